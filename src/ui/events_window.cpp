// Events: a sortable table of the current selection; selecting a row selects everywhere.
#include <imgui.h>

#include <algorithm>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

void DrawEventsWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Events###events", p_open, app)) return;
    const Dataset& ds = *app.dataset;
    ImGui::Text("%zu %s %zu %s", app.derived.selection.size(), Tr("of"), ds.size(), Tr("events"));
    // "What changed since" a link's version: how many are new, and a tag on their rows.
    const bool marks = app.mark_changes && app.derived.change_marks.size() == ds.size();
    if (marks) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(AccentColor()), "%s",
                           TrFill("{} new since {}", {std::to_string(app.derived.changes_added.size()),
                                                      app.derived.changes_since}).c_str());
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Hideable;
    // On a phone only date, actor and title fit; the other columns can be shown from the header's menu.
    const bool narrow = ImGui::GetContentRegionAvail().x < 560.0f * app.ui_scale;
    const ImGuiTableColumnFlags optional = narrow ? ImGuiTableColumnFlags_DefaultHide : 0;
    if (app.derived.selection.empty()) NoMatches(app);  // above the (empty) table, which fills the window
    if (ImGui::BeginTable(narrow ? "events-narrow" : "events", 7, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(Tr("Date"), ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(Tr("Actor"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(Tr("Targets"), ImGuiTableColumnFlags_WidthFixed | optional);
        ImGui::TableSetupColumn(Tr("Vendor"), optional, 1.2f);
        ImGui::TableSetupColumn(Tr("Measure"), optional, 1.2f);
        ImGui::TableSetupColumn(Tr("Status"), ImGuiTableColumnFlags_WidthFixed | optional);
        ImGui::TableSetupColumn(Tr("Title"), 0, 4.0f);
        ImGui::TableHeadersRow();
        // The order is the core's (Refresh sorts the selection when it or the order changes): the table only says
        // which column and direction the reader clicked.
        if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsDirty) {
            if (sort->SpecsCount > 0)
                SetTableSort(app, sort->Specs[0].ColumnIndex, sort->Specs[0].SortDirection == ImGuiSortDirection_Ascending);
            sort->SpecsDirty = false;
        }
        const std::vector<EventIndex>& rows = app.derived.table_rows_valid ? app.derived.table_rows : app.derived.selection;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const EventIndex i = rows[static_cast<size_t>(r)];
                const Event& e = ds.events[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(i));
                const std::string date = FormatDate(e.date);
                if (ImGui::Selectable(date.c_str(), app.selected == i, ImGuiSelectableFlags_SpanAllColumns)) {
                    SelectEvent(app, i);
                    ShowDetails(app);
                }
                if (r < 3) RememberItem(app.control_rects, "events-row-" + std::to_string(r));  // for tests and the page
                ImGui::PopID();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(ds.countries[e.actor].c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(TargetsText(app, e).c_str());
                ImGui::TableNextColumn();
                TextBidi(VendorsText(app, e));
                ImGui::TableNextColumn();
                Swatch(MeasureColor(e.measure));
                ImGui::TextUnformatted(MeasureLabel(e.measure));
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(StatusLabel(e.status));
                ImGui::TableNextColumn();
                if (marks && app.derived.change_marks[i] != kChangeNone) {
                    const bool fresh = app.derived.change_marks[i] == kChangeNew;
                    ImGui::PushStyleColor(ImGuiCol_Text, fresh ? AccentColor() : MutedColor());
                    ImGui::TextUnformatted(Tr(fresh ? "New" : "Corrected"));
                    ImGui::PopStyleColor();
                    ImGui::SameLine();
                }
                TextOneLineBidi(EventTitle(app, e));  // phones show only date, actor and title: a long one ends in "…"
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace rift
