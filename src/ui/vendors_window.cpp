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
    ImGui::Text("%s %s", Tr("Strongest measure in force on"), FormatDay(CursorDay(app.clock)).c_str());
    // Rows: vendors with any cell, most restricted first. Columns: acting countries with any cell.
    std::vector<uint32_t> per_vendor(ds.vendors.size(), 0), per_country(ds.countries.size(), 0);
    for (const VendorCell& c : cells) {
        ++per_vendor[c.vendor];
        ++per_country[c.country];
    }
    std::vector<VendorId> rows;
    for (VendorId v = 0; v < per_vendor.size(); ++v)
        if (per_vendor[v]) rows.push_back(v);
    std::vector<CountryId> cols;
    for (CountryId c = 0; c < per_country.size(); ++c)
        if (per_country[c]) cols.push_back(c);
    std::stable_sort(cols.begin(), cols.end(), [&](CountryId a, CountryId b) { return per_country[a] > per_country[b]; });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(160 * app.ui_scale);
    const char* sorts[] = {"Most restricted", "A-Z"};
    ImGui::Combo("##sort", &app.vendors_sort, sorts, 2);
    if (app.vendors_sort == 0)
        std::stable_sort(rows.begin(), rows.end(), [&](VendorId a, VendorId b) { return per_vendor[a] > per_vendor[b]; });
    else
        std::stable_sort(rows.begin(), rows.end(), [&](VendorId a, VendorId b) { return ds.vendors[a].name < ds.vendors[b].name; });
    if (rows.empty()) {
        ImGui::TextUnformatted(Tr("No events match these filters."));
        ImGui::End();
        return;
    }
    const int ncols = static_cast<int>(std::min<size_t>(cols.size(), 60)) + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInner | ImGuiTableFlags_SizingFixedFit;
    const float cell = ImGui::GetTextLineHeight() * 1.6f;
    if (ImGui::BeginTable("matrix", ncols, flags)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(Tr("Vendor"), ImGuiTableColumnFlags_WidthFixed, 170 * app.ui_scale);
        for (int k = 0; k + 1 < ncols; ++k)
            ImGui::TableSetupColumn(ds.countries[cols[static_cast<size_t>(k)]].c_str(), ImGuiTableColumnFlags_WidthFixed, cell);
        ImGui::TableHeadersRow();
        for (VendorId v : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ds.vendors[v].name.c_str());
            for (int k = 0; k + 1 < ncols; ++k) {
                ImGui::TableNextColumn();
                const CountryId c = cols[static_cast<size_t>(k)];
                auto it = std::find_if(cells.begin(), cells.end(), [&](const VendorCell& x) { return x.vendor == v && x.country == c; });
                if (it == cells.end()) continue;
                const ImVec2 p = ImGui::GetCursorScreenPos();
                const float r = cell * 0.42f;
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + cell - 4, p.y + ImGui::GetTextLineHeight()),
                                                          MeasureColor(it->strongest, 0.35f + 0.13f * it->max_severity), r * 0.3f);
                ImGui::PushID(static_cast<int>(v * 1000 + c));
                ImGui::InvisibleButton("cell", ImVec2(cell - 4, ImGui::GetTextLineHeight()));
                if (ImGui::IsItemHovered()) {
                    ImGui::BeginTooltip();
                    ImGui::Text("%s → %s: %s", CountryLabel(app, c).c_str(), ds.vendors[v].name.c_str(), MeasureLabel(it->strongest));
                    ImGui::TextDisabled("%s", Tr("Events behind this cell"));
                    for (EventIndex e : it->events) ImGui::BulletText("%s %s", FormatDate(ds.events[e].date).c_str(), ds.events[e].title.c_str());
                    ImGui::EndTooltip();
                }
                if (ImGui::IsItemClicked() && !it->events.empty()) SelectEvent(app, it->events.back());
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace rift
