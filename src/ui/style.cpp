// Themes, palette and fonts (an Inter subset and its fallbacks, from the font pack of tools/gen_font.py).
#include "ui/style.h"

#include <imgui_internal.h>  // CalcWrapWidthForPos and the window's text wrap position, for TextBidi

#include <type_traits>
#include <vector>

#include "core/bidi.h"
#include "core/font_pack.h"
#include "ui/i18n.h"

namespace rift {

namespace {
bool g_dark = false;
ImFont* g_bold = nullptr;
// Okabe & Ito (2008), "Color Universal Design"; two shades per colour for light and dark backgrounds.
constexpr ImU32 kLight[kFamilyCount] = {IM_COL32(213, 94, 0, 255),  IM_COL32(204, 121, 167, 255),
                                        IM_COL32(0, 114, 178, 255), IM_COL32(0, 158, 115, 255),
                                        IM_COL32(230, 159, 0, 255), IM_COL32(120, 120, 120, 255)};
constexpr ImU32 kDark[kFamilyCount] = {IM_COL32(240, 120, 40, 255), IM_COL32(224, 150, 190, 255),
                                       IM_COL32(86, 180, 233, 255), IM_COL32(40, 190, 150, 255),
                                       IM_COL32(240, 200, 66, 255), IM_COL32(170, 170, 170, 255)};
}  // namespace

namespace {

// The atlas reads the font bytes and the glyph ranges whenever it is rebuilt, so the packs and their faces are kept
// (each pack's buffer stays where it is when the list grows: the faces point into it).
std::vector<std::vector<uint8_t>> g_packs;
std::vector<FontFace> g_faces;
float g_font_scale = 1.0f;
bool g_fonts_complete = false;
constexpr const char* kEllipsis = "\xE2\x80\xA6";  // …, where FitText and FitTextBidi shorten a text

// Builds the atlas from g_faces: body and headings, each followed by the faces merged into it (Noto Sans, Noto Sans
// Arabic). Horizontal oversampling (glyphs rasterised at `oversample` subpixel offsets) sharpens body text at one
// pixel per point; headings, and any text at twice that, look the same without it, at half the glyphs to rasterise
// before the first frame. The renderer uploads the atlas again when its texture id is null.
void BuildAtlas() {
    static_assert(std::is_same_v<ImWchar, uint16_t>, "the pack's ranges are handed to ImGui as they are");
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->SetTexID(nullptr);
    auto add = [&](const FontFace& f, float px, const ImFontConfig& c) {
        return io.Fonts->AddFontFromMemoryTTF(const_cast<uint8_t*>(f.bytes.data()), static_cast<int>(f.bytes.size()),
                                              px * f.size, &c, f.ranges.data());
    };
    auto add_with_merges = [&](FontRole role, float px, int oversample) -> ImFont* {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.OversampleH = oversample;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = oversample == 1;
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        ImFont* font = nullptr;
        for (const FontFace& f : g_faces)
            if (f.role == role) font = add(f, px, cfg);
        if (font)
            for (const FontFace& f : g_faces)
                if (f.role == FontRole::Merge) add(f, px, merge);
        return font;
    };
    const float size = 15.0f * g_font_scale;
    add_with_merges(FontRole::Regular, size, g_font_scale >= 1.5f ? 1 : 2);
    g_bold = add_with_merges(FontRole::Bold, size * 1.2f, 1);
    if (!g_bold) g_bold = io.Fonts->Fonts[0];
    io.Fonts->Build();
}

}  // namespace

bool LoadFonts(std::span<const uint8_t> pack, float scale, bool complete, std::string& error) {
    std::vector<uint8_t> bytes(pack.begin(), pack.end());
    auto parsed = ParseFontPack(bytes, error);
    if (!parsed) return false;
    g_packs.clear();
    g_packs.push_back(std::move(bytes));  // the buffer moves with it, so the faces still point into it
    g_faces = std::move(*parsed);
    g_font_scale = scale;
    g_fonts_complete = complete;
    BuildAtlas();
    return true;
}

bool AddFonts(std::span<const uint8_t> pack, std::string& error) {
    if (g_packs.empty()) {
        error = "no base font pack loaded yet";
        return false;
    }
    std::vector<uint8_t> bytes(pack.begin(), pack.end());
    auto parsed = ParseFontPack(bytes, error, FontPackKind::Extra);
    if (!parsed) return false;
    g_fonts_complete = true;
    if (parsed->empty()) return true;
    g_packs.push_back(std::move(bytes));
    g_faces.insert(g_faces.end(), parsed->begin(), parsed->end());
    BuildAtlas();
    return true;
}

bool FontsComplete() { return g_fonts_complete; }

void TextOneLine(std::string_view text) {
    const float avail = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= avail) {
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        return;
    }
    ImGui::TextUnformatted(FitText(text, avail).c_str());
}

void TextOneLineBidi(std::string_view text) {
    if (HasRtl(text)) ImGui::TextUnformatted(FitTextBidi(text, ImGui::GetContentRegionAvail().x).c_str());
    else TextOneLine(text);
}

std::string FitText(std::string_view text, float max_width) {
    const char* b = text.data();
    const char* e = b + text.size();
    if (ImGui::CalcTextSize(b, e).x <= max_width) return std::string(text);
    // The longest start that fits beside the ellipsis (ImGui stops at a character).
    const char* fit = e;
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), max_width - ImGui::CalcTextSize(kEllipsis).x, 0.0f, b, e, &fit);
    while (fit > b && fit[-1] == ' ') --fit;
    return std::string(b, fit) + kEllipsis;
}

std::string FitTextBidi(std::string_view text, float max_width) {
    if (!HasRtl(text)) return FitText(text, max_width);
    auto width = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
    std::string shown = VisualOrder(text);
    if (width(shown) <= max_width) return shown;
    // Where each character starts; keeping k characters keeps text[0, starts[k]). All of them do not fit.
    std::vector<size_t> starts;
    for (size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    // Shaped and ordered with the "…" after the kept start (letters join differently where the text is cut).
    auto shorten = [&](size_t keep) {
        std::string_view start = text.substr(0, starts[keep]);
        while (!start.empty() && start.back() == ' ') start.remove_suffix(1);
        return VisualOrder(std::string(start) + kEllipsis);
    };
    size_t lo = 0, hi = starts.size() - 1;  // the most characters kept that fit: lo fits (or is 0), hi + 1 not
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (width(shorten(mid)) <= max_width) lo = mid;
        else hi = mid - 1;
    }
    return shorten(lo);
}

ImFont* BoldFont() {
    return g_bold;
}

void ApplyTheme(bool dark, float scale) {
    g_dark = dark;
    ImGuiStyle style;
    if (dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.ChildRounding = 4;
    style.PopupRounding = 4;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = dark ? 0.0f : 1.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 12;
    ImVec4* c = style.Colors;
    if (dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.14f, 0.16f, 1);
        c[ImGuiCol_Text] = ImVec4(0.92f, 0.93f, 0.94f, 1);
        c[ImGuiCol_Button] = ImVec4(0.20f, 0.22f, 0.26f, 1);
        c[ImGuiCol_Header] = ImVec4(0.20f, 0.35f, 0.55f, 0.6f);
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
        c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.44f, 0.48f, 1);
        c[ImGuiCol_Border] = ImVec4(0.82f, 0.83f, 0.86f, 1);
        c[ImGuiCol_FrameBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
        c[ImGuiCol_Button] = ImVec4(0.93f, 0.94f, 0.96f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.85f, 0.89f, 0.95f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.83f, 0.93f, 1);
        c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.96f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.86f, 0.91f, 0.97f, 1);
        c[ImGuiCol_Tab] = ImVec4(0.93f, 0.94f, 0.96f, 1);
        c[ImGuiCol_TabActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.94f, 0.95f, 0.97f, 1);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

MeasureFamily FamilyOf(Measure m) {
    switch (m) {
        case Measure::ProcurementBan:
        case Measure::UsageBan:
        case Measure::EquipmentRemoval:
            return MeasureFamily::Ban;
        case Measure::AppBan:
            return MeasureFamily::AppBan;
        case Measure::EntityListing:
        case Measure::ExportControl:
        case Measure::ImportRestriction:
        case Measure::Sanctions:
            return MeasureFamily::Trade;
        case Measure::SecurityReview:
        case Measure::DivestmentOrder:
            return MeasureFamily::Review;
        case Measure::Indictment:
        case Measure::VisaRestriction:
            return MeasureFamily::Legal;
        case Measure::Accusation:
        case Measure::Diplomatic:
        case Measure::Other:
            return MeasureFamily::Words;
    }
    return MeasureFamily::Words;
}

const char* FamilyLabel(MeasureFamily f) {
    static const char* en[] = {"Bans & removals",      "App bans",
                               "Trade & entity lists", "Reviews & divestment",
                               "Indictments & visas",  "Accusations & diplomacy"};
    return Tr(en[static_cast<int>(f)]);  // German in i18n.cpp, with the other interface text
}

ImU32 FamilyColor(MeasureFamily f, float alpha) {
    ImU32 c = (g_dark ? kDark : kLight)[static_cast<int>(f)];
    const auto a = static_cast<ImU32>(alpha * 255.0f);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 TextColor(float alpha) {
    ImVec4 c = ImGui::GetStyle().Colors[ImGuiCol_Text];
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}
ImU32 MutedColor() {
    return ImGui::GetColorU32(ImGuiCol_TextDisabled);
}
ImU32 GridColor() {
    return g_dark ? IM_COL32(255, 255, 255, 28) : IM_COL32(0, 0, 0, 22);
}
ImU32 AccentColor() {
    return g_dark ? IM_COL32(86, 180, 233, 255) : IM_COL32(0, 90, 160, 255);
}

void SameLineOrWrap(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

void Swatch(ImU32 color) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f),
                                              ImVec2(p.x + h * 0.6f, p.y + h * 0.8f), color, h * 0.15f);
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    ImGui::SameLine();
}

void RememberItem(std::map<std::string, std::array<float, 4>>& rects, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    rects[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

bool LinkText(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, AccentColor());
    TextBidi(label);
    ImGui::PopStyleColor();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(mn.x, mx.y), mx, AccentColor());
    }
    return hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left);
}

void TextBidi(std::string_view text) {
    if (!HasRtl(text)) {
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        return;
    }
    const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    if (wrap_pos < 0.0f) {
        ImGui::TextUnformatted(VisualOrder(text).c_str());
        return;
    }
    // Break the lines in logical order, then put each in visual order: the first words stay on the first
    // line.
    const float wrap_width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap_pos);
    const ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const std::vector<std::string> lines = VisualLines(text, [&](std::string_view rest) {
        const char* end =
            font->CalcWordWrapPositionA(scale, rest.data(), rest.data() + rest.size(), wrap_width);
        return static_cast<size_t>(end - rest.data());
    });
    std::string joined;
    for (size_t k = 0; k < lines.size(); ++k) joined += (k ? "\n" : "") + lines[k];
    ImGui::TextUnformatted(joined.c_str());
}

void TextWrappedBidi(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    TextBidi(text);
    ImGui::PopTextWrapPos();
}

std::string Bidi(std::string_view text) {
    return HasRtl(text) ? VisualOrder(text) : std::string(text);
}

}  // namespace rift
