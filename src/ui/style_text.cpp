// Text and small widgets: one-line text ended with "…", right-to-left text, swatches, links, wrapping.
#include <imgui_internal.h>  // CalcWrapWidthForPos and the window's text wrap position, for TextBidi

#include <cmath>
#include <vector>

#include "core/bidi.h"
#include "ui/style.h"

namespace rift {

namespace {
constexpr const char* kEllipsis = "\xE2\x80\xA6";  // …, where FitText and FitTextBidi shorten a text
}  // namespace

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

void SameLineOrWrap(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

void FamilyLegend(float scale) {
    const float right_edge = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    for (int f = 0; f < kFamilyCount; ++f) {
        const char* label = FamilyLabel(static_cast<MeasureFamily>(f));
        // (whole pixels: ImGui places each part of the item at a rounded position)
        const float item_w = std::ceil(ImGui::GetTextLineHeight() * 0.6f) + ImGui::GetStyle().ItemSpacing.x +
                             std::ceil(ImGui::CalcTextSize(label).x) + 1;
        // Decided before SameLine: a line break after it would count the gap as content (wider than the window).
        if (ImGui::GetItemRectMax().x + 14 * scale + item_w <= right_edge) ImGui::SameLine(0, 14 * scale);
        Swatch(FamilyColor(static_cast<MeasureFamily>(f)));
        ImGui::TextUnformatted(label);
    }
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

bool ClickableLine(const std::string& text, bool selected) {
    if (selected) ImGui::PushStyleColor(ImGuiCol_Text, AccentColor());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (selected) ImGui::PopStyleColor();
    // A button over the wrapped text takes the click (a press on bare text would start moving a dialog instead).
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(text.c_str());
    const bool clicked = ImGui::InvisibleButton("##line", ImVec2(std::max(max.x - min.x, 1.0f), std::max(max.y - min.y, 1.0f)));
    ImGui::PopID();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::GetWindowDrawList()->AddRectFilled(min, max, GridColor());
    }
    return clicked;
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
