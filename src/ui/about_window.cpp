// About / Data: what the dataset covers, its version, how events are chosen, how to cite it, the licence.
#include <imgui.h>

#include <string>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

void DrawAboutWindow(AppState& app, bool* p_open) {
    if (!BeginDialog(Tr("About"), p_open, app, 620.0f, 520.0f)) {
        ImGui::End();
        return;
    }
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted("Rift");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Tr("Rift shows the measures that states take against each other's technology vendors: "
                                "procurement and usage bans, equipment removals, entity listings, export controls, "
                                "indictments, app bans, security reviews and more, since 2012, and which measure "
                                "answered which."));
    if (app.dataset) {
        const DatasetSummary& s = app.derived.summary;
        ImGui::Separator();
        ImGui::TextWrapped("%s", TrFill("Dataset version {} ({})", {app.dataset->version, Tr(app.loaded_from.c_str())}).c_str());
        ImGui::TextWrapped("%s", TrFill("{} events by {} states and blocs, {} vendors, {} response links, {} sources",
                                        {std::to_string(s.events), std::to_string(s.actors), std::to_string(s.vendors),
                                         std::to_string(s.links), std::to_string(s.sources)})
                                     .c_str());
        if (s.first && s.last)
            ImGui::TextWrapped("%s", TrFill("From {} to {}", {FormatDate(*s.first), FormatDate(*s.last)}).c_str());
        if (const std::string table = SiblingUrl(app, "table.html"); !table.empty())
            if (LinkText(Tr("Every event as a plain table (table.html)"))) app.hooks.open_url(table);
        // The feeds are written beside the page at build time (core/feed, tools/rift_feeds.cpp): none on the desktop
        // or in the single file, where SiblingUrl is empty.
        if (const std::string feed = SiblingUrl(app, "feeds/all.atom"); !feed.empty()) {
            if (LinkText(Tr("Follow new events (Atom feed)"))) app.hooks.open_url(feed);
            RememberItem(app.control_rects, "follow-all");
            const char* hint = Tr("each state and vendor has its own, in Details");
            SameLineOrWrap(ImGui::CalcTextSize(hint).x);  // on a phone, a line of its own
            ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
            ImGui::TextWrapped("%s", hint);
            ImGui::PopStyleColor();
        }
    }
    ImGui::Separator();
    ImGui::TextWrapped("%s", Tr("How events are chosen: each event is one dated measure or act by one state or the EU "
                                "against vendors from another country, or against technology from abroad in general. "
                                "Every event has at least one source that says what the event says; dates are given to "
                                "the precision known (day, month or year). A response link is drawn only where a source "
                                "says that one measure answered another."));
    ImGui::TextWrapped("%s", Tr("Escalation index: for a pair of countries, the sum of the severities (1-5) of the "
                                "measures one took against the other, each halving in weight every 365 days."));
    ImGui::TextWrapped("%s", TrFill("Cite as: The Rift contributors, Rift: state measures against foreign technology "
                                    "vendors, version {} [data set], CC BY 4.0, with the event ids (CITATION.cff; "
                                    "docs/DATASET.md, \"Citing\").",
                                    {app.dataset ? app.dataset->version : std::string()})
                                 .c_str());
    if (app.dataset) {
        const bool cite = ImGui::CollapsingHeader(Tr("Cite the dataset"));
        RememberItem(app.control_rects, "cite-dataset");
        if (ImGui::IsItemToggledOpen() && cite) ImGui::SetScrollHereY(0.0f);
        if (cite) DrawCitations(app, std::nullopt, "cite-dataset");
    }
    ImGui::TextWrapped("%s", Tr("Licence: the dataset is published under CC BY 4.0 (LICENSE-DATA); the code under the "
                                "MIT licence (LICENSE). Country names come from Debian's iso-codes. The components Rift "
                                "carries (Dear ImGui, nlohmann/json, stb, Inter, Noto, Natural Earth, d3-geo, earcut, "
                                "iso-codes, Emscripten) keep their own licences, in THIRD-PARTY-NOTICES.txt beside the "
                                "page or the app (inside the single-file page)."));
    if (const std::string notices = SiblingUrl(app, "THIRD-PARTY-NOTICES.txt"); !notices.empty())
        if (LinkText(Tr("Third-party licences (THIRD-PARTY-NOTICES.txt)"))) app.hooks.open_url(notices);
    if (ImGui::Button(Tr("Close"))) *p_open = false;
    ImGui::End();
}

}  // namespace rift
