// What changed since: the events new or corrected since the link's dataset version, and the ids renamed or
// removed.
#include <imgui.h>

#include <string>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

// One event per row: its date and title; choosing it selects it everywhere and shows its details.
void EventRows(AppState& app, const std::vector<EventIndex>& events) {
    const Dataset& ds = *app.dataset;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const EventIndex i = events[static_cast<size_t>(r)];
            const Event& e = ds.events[i];
            ImGui::PushID(static_cast<int>(i));
            const float x = ImGui::GetCursorPosX();
            if (ImGui::Selectable("##event", app.selected == i)) {
                SelectEvent(app, i);
                ShowDetails(app);
            }
            ImGui::SameLine(x);
            ImGui::TextUnformatted(FormatDate(e.date).c_str());
            ImGui::SameLine();
            TextOneLineBidi(EventTitle(app, e));
            ImGui::PopID();
        }
    }
}

}  // namespace

void DrawChangesWindow(AppState& app, bool* p_open) {
    const Derived& d = app.derived;
    const std::string title = TrFill("What changed since {}", {d.changes_since}) + "###changes";
    if (!BeginDialog(title.c_str(), p_open, app, 620.0f, 560.0f)) {
        ImGui::End();
        return;
    }
    if (!app.dataset || !d.changes) {  // the record or the data went away meanwhile
        ImGui::End();
        return;
    }
    const ReleaseDiff& c = *d.changes;
    ImGui::TextWrapped("%s", TrFill("From version {} to {}: {} new, {} corrected, {} renamed, {} removed.",
                                    {c.from_version, c.to_version, std::to_string(c.added.size()),
                                     std::to_string(c.corrected.size()), std::to_string(c.renamed.size()),
                                     std::to_string(c.removed.size())})
                                 .c_str());
    RememberItem(app.control_rects, "changes-summary");
    if (c.Empty()) {
        ImGui::TextUnformatted(Tr("Nothing changed since this version."));
        ImGui::End();
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    ImGui::TextWrapped(
        "%s",
        Tr("New events are marked in the timeline and in the Events table until the notice is dismissed."));
    ImGui::PopStyleColor();
    // Headers keep their ids ("###new") while their counts change with the data.
    auto events = [&](const char* label, const char* id, const std::vector<EventIndex>& rows, int flags) {
        if (rows.empty()) return;
        const bool open = ImGui::CollapsingHeader(
            (TrFill(label, {std::to_string(rows.size())}) + "###" + id).c_str(), flags);
        RememberItem(app.control_rects, std::string("changes-") + id);
        if (open) EventRows(app, rows);
    };
    events("New ({})", "new", d.changes_added, ImGuiTreeNodeFlags_DefaultOpen);
    events("Corrected ({})", "corrected", d.changes_corrected, 0);
    if (!c.renamed.empty() &&
        ImGui::CollapsingHeader(
            (TrFill("Renamed ({})", {std::to_string(c.renamed.size())}) + "###renamed").c_str())) {
        for (const auto& [from, to] : c.renamed) ImGui::BulletText("%s → %s", from.c_str(), to.c_str());
    }
    if (!c.removed.empty() &&
        ImGui::CollapsingHeader(
            (TrFill("Removed ({})", {std::to_string(c.removed.size())}) + "###removed").c_str())) {
        for (const auto& [id, why] : c.removed)
            ImGui::BulletText("%s%s%s", id.c_str(), why.empty() ? "" : ": ", why.c_str());
    }
    ImGui::End();
}

}  // namespace rift
