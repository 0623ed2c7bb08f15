// Vendors: country × vendor matrix of the strongest measure in force at the cursor date, with its events.
#include <imgui.h>

#include <algorithm>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

void DrawVendorsWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Vendors###vendors", p_open, app)) return;
    const Dataset& ds = *app.dataset;
    const auto& cells = app.derived.vendor_cells;
    const VendorGrid& grid = app.derived.vendor_grid;
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s", Tr("Strongest measure in force on"), FormatDay(CursorDay(app.clock)).c_str());
    // The sort box beside the heading, or under it where the line is too narrow (phones, German).
    const float order_w = std::min(180 * app.ui_scale, ImGui::GetContentRegionAvail().x);
    SameLineOrWrap(order_w);
    ImGui::SetNextItemWidth(order_w);
    int order = static_cast<int>(app.vendors_order);
    const char* orders[] = {Tr("Most restricted"), Tr("A-Z")};
    if (ImGui::Combo("##order", &order, orders, 2)) app.vendors_order = static_cast<VendorOrder>(order);
    // Products and subsidiaries under their company (TikTok and CapCut as ByteDance): families=1 in the link.
    SameLineOrWrap(ImGui::CalcTextSize(Tr("By company")).x + ImGui::GetFrameHeight() * 1.5f);
    ImGui::Checkbox(Tr("By company"), &app.view.families);
    RememberItem(app.control_rects, "vendors-families");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", Tr("Products and subsidiaries counted under the company that owns them"));
    if (grid.vendors.empty()) {
        NoMatches(app);
        ImGui::End();
        return;
    }
    // What the cells say: the colour is the family of the strongest measure, deeper for a more severe one; the
    // columns are the acting states (their names on hover).
    ImGui::TextDisabled("%s", Tr("Cell colour:"));
    FamilyLegend(app.ui_scale);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", Tr("Deeper colour: more severe. Columns: the acting states (hover for the name); only measures aimed at a vendor count."));
    ImGui::PopTextWrapPos();
    RememberItem(app.control_rects, "vendors-legend");
    const size_t ncols = std::min<size_t>(grid.countries.size(), 63);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInner | ImGuiTableFlags_SizingFixedFit;
    const float cell = ImGui::GetTextLineHeight() * 1.6f;
    if (ImGui::BeginTable("matrix", static_cast<int>(ncols) + 1, flags)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(Tr("Vendor"), ImGuiTableColumnFlags_WidthFixed, 170 * app.ui_scale);
        for (size_t k = 0; k < ncols; ++k)
            ImGui::TableSetupColumn(ds.countries[grid.countries[k]].c_str(), ImGuiTableColumnFlags_WidthFixed, cell);
        // The header row by hand, so a column's short code shows its country's name on hover.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int col = 0; col <= static_cast<int>(ncols); ++col) {
            ImGui::TableSetColumnIndex(col);
            ImGui::TableHeader(ImGui::TableGetColumnName(col));
            if (col > 0 && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", CountryLabel(app, grid.countries[static_cast<size_t>(col - 1)]).c_str());
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(grid.vendors.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const VendorId v = grid.vendors[static_cast<size_t>(row)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                TextOneLineBidi(ds.vendors[v].name);
                for (size_t k = 0; k < ncols; ++k) {
                    ImGui::TableNextColumn();
                    const int32_t at = grid.At(static_cast<size_t>(row), k);
                    if (at < 0) continue;
                    const VendorCell& c = cells[static_cast<size_t>(at)];
                    const ImVec2 p = ImGui::GetCursorScreenPos();
                    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + cell - 4, p.y + ImGui::GetTextLineHeight()),
                                                              MeasureColor(c.strongest, 0.35f + 0.13f * c.max_severity),
                                                              cell * 0.12f);
                    ImGui::PushID(at);
                    ImGui::InvisibleButton("cell", ImVec2(cell - 4, ImGui::GetTextLineHeight()));
                    app.vendor_cells.push_back({static_cast<int32_t>(v), static_cast<int32_t>(c.country),
                                                p.x + (cell - 4) / 2, p.y + ImGui::GetTextLineHeight() / 2});
                    if (ImGui::IsItemHovered()) {
                        ImGui::BeginTooltip();
                        ImGui::Text("%s → %s: %s", CountryLabel(app, c.country).c_str(), ds.vendors[v].name.c_str(),
                                    MeasureLabel(c.strongest));
                        ImGui::TextDisabled("%s", Tr("Events behind this cell"));
                        // The latest dozen, newest first (a cell of a large dataset can stand on thousands).
                        constexpr size_t kShown = 12;
                        for (size_t n = 0; n < std::min(c.events.size(), kShown); ++n) {
                            const EventIndex e = c.events[c.events.size() - 1 - n];
                            ImGui::BulletText("%s %s", FormatDate(ds.events[e].date).c_str(), Bidi(EventTitle(app, ds.events[e])).c_str());
                        }
                        if (c.events.size() > kShown) ImGui::TextDisabled("... %zu %s", c.events.size() - kShown, Tr("more"));
                        ImGui::EndTooltip();
                    }
                    if (ImGui::IsItemClicked() && !c.events.empty()) {
                        SelectEvent(app, c.events.back());
                        ShowDetails(app);
                    }
                    ImGui::PopID();
                }
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace rift
