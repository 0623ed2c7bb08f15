// Details: the selected event in full, its sources as links, and its response chain.
#include <imgui.h>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {
void Field(const char* label, const std::string& value) {
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine(ImGui::GetFontSize() * 7);
    TextWrappedBidi(value);
}

void ChainList(AppState& app, const char* label, const std::vector<EventIndex>& events) {
    if (events.empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("%s", label);
    for (EventIndex i : events) {
        const Event& e = app.dataset->events[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string text =
            FormatDate(e.date) + "  " + ShortCountryLabel(app, app.dataset->countries[e.actor]) + ": " +
            std::string(EventTitle(app, e));
        ImGui::PushTextWrapPos(0);
        if (LinkText(text.c_str())) {
            SelectEvent(app, i);
            SetCursor(app, std::max<double>(CursorDay(app.clock), e.date.day));
        }
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}
// Follow: the Atom feeds of the event's actor and of its vendors' families, beside the page (none on the desktop or
// in the single file, where SiblingUrl is empty).
void DrawFollowLinks(AppState& app) {
    const std::vector<FeedRef>& feeds = app.derived.details_feeds;
    if (feeds.empty() || SiblingUrl(app, "feeds/all.atom").empty()) return;
    const Dataset& ds = *app.dataset;
    ImGui::Spacing();
    ImGui::TextDisabled("%s", Tr("Follow (Atom feeds)"));
    for (size_t k = 0; k < feeds.size(); ++k) {
        const FeedRef& f = feeds[k];
        const bool actor = f.kind == FeedKind::Actor;
        const std::string label = actor ? CountryLabel(app, f.actor) : ds.vendors[f.vendor].name;
        if (k > 0) SameLineOrWrap(ImGui::CalcTextSize(label.c_str()).x, ImGui::GetFontSize());
        ImGui::PushID(static_cast<int>(k));
        if (LinkText(label.c_str())) app.hooks.open_url(SiblingUrl(app, FeedPath(ds, f)));
        ImGui::PopID();
        RememberItem(app.control_rects, actor ? "follow-actor" : "follow-vendor-" + ds.vendors[f.vendor].id);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", TrFill(actor ? "New measures by {}" : "New measures naming {}", {label}).c_str());
    }
}
}  // namespace

void DrawCitations(AppState& app, std::optional<EventIndex> event, const char* id) {
    // One format at a time (the side panel is narrow, and a reader wants one of them), chosen like the picture's size.
    const ImGuiStyle& style = ImGui::GetStyle();
    for (size_t k = 0; k < std::size(kCiteFormatNames); ++k) {
        const char* label = Tr(kCiteFormatLabels[k]);
        if (k > 0) SameLineOrWrap(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x);
        if (ImGui::RadioButton(label, app.cite_format == static_cast<CiteFormat>(k)))
            app.cite_format = static_cast<CiteFormat>(k);
        RememberItem(app.control_rects, std::string(id) + "-format-" + kCiteFormatNames[k]);
    }
    const size_t k = static_cast<size_t>(app.cite_format);
    const std::string text = CiteFor(app, event, app.cite_format);
    ImGui::PushID(id);
    const bool copy = ImGui::Button(Tr("Copy"));
    ImGui::PopID();
    RememberItem(app.control_rects, std::string(id) + "-copy-" + kCiteFormatNames[k]);
    if (copy && app.hooks.set_clipboard) {
        app.hooks.set_clipboard(text);
        app.status_line = std::string(Tr("Copied")) + ": " + Tr(kCiteFormatLabels[k]);
    }
    TextWrappedBidi(text);  // wrapped on screen only; the copy keeps its lines
}

void DrawDetailsWindow(AppState& app, bool* p_open) {
    ImGui::Begin("Details###details", p_open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                  ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings |
                                                  ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (!app.dataset || !app.selected || *app.selected >= app.dataset->size()) {
        ImGui::PushFont(BoldFont());
        ImGui::TextUnformatted(Tr("Details"));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", Tr("Select an event on the timeline or in the table."));
        ImGui::End();
        return;
    }
    const Dataset& ds = *app.dataset;
    const EventIndex idx = *app.selected;
    const Event& e = ds.events[idx];
    ImGui::PushFont(BoldFont());
    TextWrappedBidi(EventTitle(app, e));
    ImGui::PopFont();
    if (ShownInEnglish(app, e)) ImGui::TextDisabled("%s", Tr("(in English: this dataset has no German text for it)"));
    Swatch(MeasureColor(e.measure));
    ImGui::Text("%s · %s · %s", MeasureLabel(e.measure), SectorLabel(e.sector), StatusLabel(e.status));
    ImGui::Separator();
    Field(Tr("Announced"), FormatDate(e.date));
    if (!e.date_note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
        TextWrappedBidi(e.date_note);
        ImGui::PopStyleColor();
    }
    if (e.effective) Field(Tr("Effective"), FormatDate(*e.effective));
    if (e.ends) Field(Tr("Ends"), FormatDate(*e.ends));
    std::string targets;
    for (CountryId t : e.targets) targets += (targets.empty() ? "" : ", ") + CountryLabel(app, t);
    Field(Tr("Actor"), CountryLabel(app, e.actor) + (targets.empty() ? "" : " → " + targets));
    if (!e.vendors.empty()) {
        std::string vendors;
        for (size_t k = 0; k < e.vendors.size(); ++k) {
            vendors += (vendors.empty() ? "" : ", ") + ds.vendors[e.vendors[k]].name;
            if (e.RoleOf(k) == VendorRole::Defended) vendors += std::string(" (") + Tr("defended") + ")";
            if (e.RoleOf(k) == VendorRole::Mentioned) vendors += std::string(" (") + Tr("mentioned") + ")";
        }
        Field(Tr("Vendor"), vendors);
    }
    Field(Tr("Severity"), std::string(e.severity, '*') + " (" + std::to_string(e.severity) + "/5)");
    ImGui::Spacing();
    if (ds.partial && e.sources.empty())  // the page's first view: the full file is on its way (or failed)
        ImGui::TextDisabled("%s", Tr(app.details_failed ? "The summary and sources could not be loaded."
                                                        : "Loading the summary and sources..."));
    TextWrappedBidi(EventSummary(app, e));
    ImGui::Spacing();
    if (!e.sources.empty()) ImGui::TextDisabled("%s", Tr("Sources"));
    for (size_t k = 0; k < e.sources.size(); ++k) {
        const Source& s = e.sources[k];
        ImGui::PushID(static_cast<int>(k));
        const std::string label = s.publisher + ": " + s.title + (s.date.empty() ? "" : " (" + s.date + ")");
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0);
        if (LinkText(label.c_str()) && app.hooks.open_url && IsHttpUrl(s.url)) app.hooks.open_url(s.url);
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Bidi(s.url).c_str());
        ImGui::PopID();
    }
    const ResponseChain& chain = app.derived.details_chain;
    ChainList(app, Tr("Answers"), chain.answered);
    ChainList(app, Tr("Answered by"), chain.answered_by);
    DrawFollowLinks(app);
    ImGui::Spacing();
    const bool cite = ImGui::CollapsingHeader(Tr("Cite"));
    RememberItem(app.control_rects, "cite");
    if (ImGui::IsItemToggledOpen() && cite) ImGui::SetScrollHereY(0.0f);  // bring the opened section into view
    if (cite) DrawCitations(app, idx, "cite");
    ImGui::End();
}

}  // namespace rift
