// Themes and the measure palette: ImGui's colours for light and dark, and one colour per family of measures.
#include "ui/i18n.h"
#include "ui/style.h"

namespace rift {

namespace {
bool g_dark = false;
// Okabe & Ito (2008), "Color Universal Design"; two shades per colour for light and dark backgrounds. The light
// shades are darkened where Okabe & Ito's own are under WCAG's 3:1 for marks on white (tests/ui/contrast_test.cpp).
constexpr ImU32 kLight[kFamilyCount] = {IM_COL32(200, 85, 0, 255),  IM_COL32(190, 80, 150, 255),
                                        IM_COL32(0, 114, 178, 255), IM_COL32(0, 135, 98, 255),
                                        IM_COL32(165, 110, 0, 255), IM_COL32(110, 110, 110, 255)};
constexpr ImU32 kDark[kFamilyCount] = {IM_COL32(240, 120, 40, 255), IM_COL32(224, 150, 190, 255),
                                       IM_COL32(86, 180, 233, 255), IM_COL32(40, 190, 150, 255),
                                       IM_COL32(240, 200, 66, 255), IM_COL32(170, 170, 170, 255)};
// Dear ImGui 1.86's own palettes (ImGui::StyleColorsLight and StyleColorsDark) as the 8-bit colours the screen gets
// of them, the base the themes below change: the page's code carries these 424 bytes instead of ImGui's two
// functions (5 KB of float stores; the page's link leaves StyleColorsDark out: web_emscripten.cpp).
// tests/ui/contrast_test.cpp checks that they are ImGui's.
constexpr ImU32 kImGuiLight[ImGuiCol_COUNT] = {
    0xFF000000, 0xFF999999, 0xFFF0F0F0, 0x00000000, 0xFAFFFFFF, 0x4D000000, 0x00000000, 0xFFFFFFFF, 0x66FA9642,
    0xABFA9642, 0xFFF5F5F5, 0xFFD1D1D1, 0x82FFFFFF, 0xFFDBDBDB, 0x87FAFAFA, 0xCCB0B0B0, 0xCC7D7D7D, 0xFF7D7D7D,
    0xFFFA9642, 0xC7FA9642, 0x99CC8A75, 0x66FA9642, 0xFFFA9642, 0xFFFA870F, 0x4FFA9642, 0xCCFA9642, 0xFFFA9642,
    0x9E636363, 0xC7CC7024, 0xFFCC7024, 0x2B595959, 0xABFA9642, 0xF2FA9642, 0xEDD5CBC3, 0xCCFA9642, 0xFFE1BA98,
    0xFBEEECEB, 0xFFE9D1BD, 0xFF636363, 0xFF596EFF, 0xFF00B3E6, 0xFF0073FF, 0xFFFADEC7, 0xFFA39191, 0xFFBDADAD,
    0x00000000, 0x174D4D4D, 0x59FA9642, 0xF2FA9642, 0xCCFA9642, 0xB3B3B3B3, 0x33333333, 0x59333333,
};
constexpr ImU32 kImGuiDark[ImGuiCol_COUNT] = {
    0xFFFFFFFF, 0xFF808080, 0xF00F0F0F, 0x00000000, 0xF0141414, 0x80806E6E, 0x00000000, 0x8A7A4A29, 0x66FA9642,
    0xABFA9642, 0xFF0A0A0A, 0xFF7A4A29, 0x82000000, 0xFF242424, 0x87050505, 0xFF4F4F4F, 0xFF696969, 0xFF828282,
    0xFFFA9642, 0xFFE0853D, 0xFFFA9642, 0x66FA9642, 0xFFFA9642, 0xFFFA870F, 0x4FFA9642, 0xCCFA9642, 0xFFFA9642,
    0x80806E6E, 0xC7BF661A, 0xFFBF661A, 0x33FA9642, 0xABFA9642, 0xF2FA9642, 0xDC94592E, 0xCCFA9642, 0xFFAD6933,
    0xF8261A11, 0xFF6C4323, 0xFF9C9C9C, 0xFF596EFF, 0xFF00B3E6, 0xFF0099FF, 0xFF333030, 0xFF594F4F, 0xFF403B3B,
    0x00000000, 0x0FFFFFFF, 0x59FA9642, 0xE600FFFF, 0xFFFA9642, 0xB3FFFFFF, 0x33CCCCCC, 0x59CCCCCC,
};
}  // namespace

void BasePalette(bool dark, ImVec4* colors) {
    for (int i = 0; i < ImGuiCol_COUNT; ++i) colors[i] = ImGui::ColorConvertU32ToFloat4((dark ? kImGuiDark : kImGuiLight)[i]);
}

void ApplyTheme(bool dark, float scale) {
    g_dark = dark;
    ImGuiStyle style;
    BasePalette(dark, style.Colors);
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
        // Muted text, the selected row and the active tab are set so that text and the accent keep WCAG AA's
        // 4.5:1 on each (tests/ui/contrast_test.cpp).
        c[ImGuiCol_TextDisabled] = ImVec4(0.70f, 0.72f, 0.76f, 1);
        c[ImGuiCol_Header] = ImVec4(0.20f, 0.32f, 0.48f, 0.6f);
        // The active tab's label is the accent blue: its background must not be blue too.
        c[ImGuiCol_TabActive] = ImVec4(0.20f, 0.22f, 0.26f, 1);
        c[ImGuiCol_PlotHistogram] = c[ImGuiCol_CheckMark];  // the recording's progress bar, not ImGui's yellow
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
        c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.34f, 0.36f, 0.40f, 1);
        // The focus ring, check marks and the scrubber's grab in the accent blue (ImGui's lighter blue is under
        // WCAG's 3:1 for marks on white).
        const ImVec4 accent(0.0f, 0.353f, 0.627f, 1);
        c[ImGuiCol_NavHighlight] = accent;
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_PlotHistogram] = accent;  // the recording's progress bar
        c[ImGuiCol_SliderGrabActive] = ImVec4(0.0f, 0.28f, 0.50f, 1);
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

}  // namespace rift
