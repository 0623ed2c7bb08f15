// Look and feel: light and dark themes and the measure palette (style_theme.cpp), fonts (style_fonts.cpp), text and
// small widgets (style_text.cpp).
#pragma once
#include <imgui.h>

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "core/vocab.h"

namespace rift {

// Builds the font atlas from a base font pack (core/font_pack.h) at `scale` (device pixel ratio × zoom). The pack's
// bytes are copied and kept. `complete`: the pack has every face (the desktop's); else an extra pack follows
// (AddFonts). False, with the reason in `error`, when the pack is broken (the atlas is untouched).
bool LoadFonts(std::span<const uint8_t> pack, float scale, bool complete, std::string& error);
// Adds an extra pack's faces (the page's assets/fonts-extra.bin) and rebuilds the atlas at the same scale; call it
// between frames. False, with the reason, when the pack is broken or no base pack was loaded (the atlas is untouched).
bool AddFonts(std::span<const uint8_t> pack, std::string& error);
// Whether the atlas has every face: the base pack was complete, or the extra pack came (or failed: see main.cpp).
bool FontsComplete();
ImFont* BoldFont();
void ApplyTheme(bool dark, float scale);
// ImGui's own light or dark palette (ImGuiCol_COUNT colours), the base ApplyTheme changes.
void BasePalette(bool dark, ImVec4* colors);

// Measures are grouped into six families, each with one Okabe-Ito colour (safe for colour-blind readers).
enum class MeasureFamily : uint8_t { Ban, AppBan, Trade, Review, Legal, Words };
inline constexpr int kFamilyCount = 6;
MeasureFamily FamilyOf(Measure m);
const char* FamilyLabel(MeasureFamily f);
ImU32 FamilyColor(MeasureFamily f, float alpha = 1.0f);
inline ImU32 MeasureColor(Measure m, float alpha = 1.0f) {
    return FamilyColor(FamilyOf(m), alpha);
}
ImU32 TextColor(float alpha = 1.0f);
ImU32 MutedColor();
ImU32 GridColor();
ImU32 AccentColor();

// The six measure families with their colours, after the last item and wrapping at the window's edge.
void FamilyLegend(float scale);
// Draws a small coloured swatch inline with text.
void Swatch(ImU32 color);
// Continues the line when an item `width` wide still fits before the window's right edge (after `spacing`, as
// ImGui::SameLine), else starts a new line: legends and toolbars wrap instead of running off a phone's edge.
void SameLineOrWrap(float width, float spacing = -1.0f);
// Records the last item's rectangle under `name` (see AppState::control_rects).
void RememberItem(std::map<std::string, std::array<float, 4>>& rects, const std::string& name);
// `label` drawn as a link (accent colour, hand cursor); true when clicked: the caller opens the URL. Right-to-left
// text is shown as TextBidi does.
bool LinkText(const char* label);

// A line of text wrapped at the window's edge that a click picks (the accent colour while `selected`, a hand cursor
// over it): lists of events inside a panel's text. True when clicked. The text is drawn as given (visual order).
bool ClickableLine(const std::string& text, bool selected);

// Dataset text may be right to left (an Arabic source title) and ImGui draws left to right only: these put it
// in visual order (core/bidi), wrapped at the current PushTextWrapPos line by line. Other text goes straight
// to ImGui.
void TextBidi(std::string_view text);
// TextBidi wrapped at the window's edge, like ImGui::TextWrapped("%s", text).
void TextWrappedBidi(std::string_view text);
// `text` on one line, cut at a character and ended with "…" where it is wider than the space left.
void TextOneLine(std::string_view text);
// TextOneLine for text that may hold right-to-left characters (table cells): shown through FitTextBidi.
void TextOneLineBidi(std::string_view text);
// `text` if it fits in `max_width` at the current font, else its longest start that fits followed by "…".
std::string FitText(std::string_view text, float max_width);
// FitText for text that may hold right-to-left characters: the result is in visual order (as Bidi), shortened in
// logical order, so the "…" stands where the text goes on: at the left end of a right-to-left line.
std::string FitTextBidi(std::string_view text, float max_width);
// `text` in visual order on one line (for tooltips, combo items and labels drawn by ImGui).
std::string Bidi(std::string_view text);

}  // namespace rift
