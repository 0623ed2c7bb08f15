// Contrast of both themes, read from the theme itself (ApplyTheme and the mark colours), against WCAG 2.2 AA:
// 4.5:1 for text on every background it is drawn on, 3:1 for marks, check marks and the keyboard focus ring.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/style.h"
#include "core/vocab.h"

namespace rift {

namespace {

struct Rgb {
    double r, g, b;
};

// A colour drawn with its alpha over an opaque background, as the renderer blends it.
Rgb Over(ImVec4 c, Rgb bg) {
    const auto a = static_cast<double>(c.w), r = static_cast<double>(c.x), g = static_cast<double>(c.y),
               b = static_cast<double>(c.z);
    return {r * a + bg.r * (1 - a), g * a + bg.g * (1 - a), b * a + bg.b * (1 - a)};
}
Rgb Opaque(ImVec4 c) { return {static_cast<double>(c.x), static_cast<double>(c.y), static_cast<double>(c.z)}; }

// WCAG 2.2 relative luminance and contrast ratio.
double Luminance(Rgb c) {
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}
double Contrast(Rgb a, Rgb b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class Contrast_ : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ApplyTheme(GetParam(), 1.0f);
    }
    void TearDown() override { ImGui::DestroyContext(); }
    static ImVec4 Col(ImGuiCol c) { return ImGui::GetStyle().Colors[c]; }
    static ImVec4 U32(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
    // The backgrounds text is drawn on: windows, side panels (child windows), popups and tooltips, input fields,
    // buttons, alternate table rows, the selected row, table headers.
    static std::vector<std::pair<std::string, Rgb>> TextBackgrounds() {
        const Rgb window = Opaque(Col(ImGuiCol_WindowBg));
        std::vector<std::pair<std::string, Rgb>> out = {{"window", window}};
        for (auto [name, c] : {std::pair{"child", ImGuiCol_ChildBg}, std::pair{"popup", ImGuiCol_PopupBg},
                               std::pair{"frame", ImGuiCol_FrameBg}, std::pair{"button", ImGuiCol_Button},
                               std::pair{"row", ImGuiCol_TableRowBgAlt}, std::pair{"selected", ImGuiCol_Header},
                               std::pair{"table header", ImGuiCol_TableHeaderBg}, std::pair{"tab", ImGuiCol_TabActive}})
            out.emplace_back(name, Over(Col(c), window));
        return out;
    }
};

}  // namespace

TEST_P(Contrast_, TextMeetsAAOnEveryBackground) {
    const Rgb window = Opaque(Col(ImGuiCol_WindowBg));
    for (const auto& [bg_name, bg] : TextBackgrounds()) {
        for (auto [name, colour] : {std::pair{"text", Col(ImGuiCol_Text)}, std::pair{"muted text", U32(MutedColor())},
                                    std::pair{"links and accent", U32(AccentColor())}}) {
            const double ratio = Contrast(Over(colour, window), bg);
            EXPECT_GE(ratio, 4.5) << name << " on " << bg_name << (GetParam() ? " (dark)" : " (light)");
        }
    }
}

TEST_P(Contrast_, MarksAndFocusMeetAAAgainstTheBackground) {
    const Rgb window = Opaque(Col(ImGuiCol_WindowBg));
    // Timeline marks are drawn at 85 % opacity; matrix cells and map fills carry text or a legend beside them.
    for (int f = 0; f < kFamilyCount; ++f) {
        const Rgb mark = Over(U32(FamilyColor(static_cast<MeasureFamily>(f), 0.85f)), window);
        EXPECT_GE(Contrast(mark, window), 3.0) << FamilyLabel(static_cast<MeasureFamily>(f)) << (GetParam() ? " (dark)" : " (light)");
    }
    EXPECT_GE(Contrast(Over(Col(ImGuiCol_NavHighlight), window), window), 3.0) << "keyboard focus ring";
    EXPECT_GE(Contrast(Over(Col(ImGuiCol_CheckMark), Over(Col(ImGuiCol_FrameBg), window)), Over(Col(ImGuiCol_FrameBg), window)), 3.0)
        << "check mark in its box";
    EXPECT_GE(Contrast(Over(Col(ImGuiCol_SliderGrab), Over(Col(ImGuiCol_FrameBg), window)), Over(Col(ImGuiCol_FrameBg), window)), 3.0)
        << "the scrubber's grab";
    EXPECT_GE(Contrast(Over(Col(ImGuiCol_PlotHistogram), Over(Col(ImGuiCol_FrameBg), window)), Over(Col(ImGuiCol_FrameBg), window)), 3.0)
        << "a recording's progress bar";
}

// The themes start from ImGui's own palettes, carried as 8-bit colours (style_theme.cpp): each is ImGui's colour as the
// screen gets it (ImGui's float to 8 bits), so a newer ImGui with other colours fails here.
TEST_P(Contrast_, BasePaletteIsImGuisOwn) {
    ImGuiStyle imgui;
    if (GetParam())
        ImGui::StyleColorsDark(&imgui);
    else
        ImGui::StyleColorsLight(&imgui);
    ImVec4 ours[ImGuiCol_COUNT];
    BasePalette(GetParam(), ours);
    for (int i = 0; i < ImGuiCol_COUNT; ++i)
        EXPECT_EQ(ImGui::ColorConvertFloat4ToU32(ours[i]), ImGui::ColorConvertFloat4ToU32(imgui.Colors[i]))
            << ImGui::GetStyleColorName(i);
}

INSTANTIATE_TEST_SUITE_P(Themes, Contrast_, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& p) { return p.param ? std::string("Dark") : std::string("Light"); });

}  // namespace rift
