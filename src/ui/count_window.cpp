// How many: "how many states restrict X on day t?" under a definition the reader sets and sees (the filter's vendor
// and measure types, which events count, whom they apply to, the day), the number, the next looser and stricter
// counts, the states and events behind it, a link and a CSV.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <iterator>
#include <type_traits>

#include "core/csv.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

constexpr const char* kStageLabels[] = {"Any act (announced, enacted or reported)", "Announced by the government",
                                        "Enacted", "In force (enacted and effective)"};
constexpr const char* kStageDefinitions[] = {
    "Counts every act on record that was announced, enacted or is known from press reports.",
    "Counts acts the government announced or enacted (a measure revoked since counts until it ended); press reports alone do not count.",
    "Counts enacted acts (in legal force by the record).",
    "Counts enacted acts on or after their effective date (their date when the record gives none)."};
constexpr const char* kScopeLabels[] = {"Any", "Government only", "Beyond government"};
constexpr const char* kScopeDefinitions[] = {
    "Whom it applies to: anyone.",
    "Whom it applies to: the state's own offices, devices and forces (sector government or defence).",
    "Whom it applies to: beyond the government (every other sector: the public, a market, an industry)."};

std::string VendorNames(const AppState& app) {
    const Dataset& ds = *app.dataset;
    std::string out;
    for (const std::string& id : app.view.filter.vendors) {
        const auto v = ds.FindVendor(id);
        out += (out.empty() ? "" : ", ") + (v ? ds.vendors[*v].name : id);
    }
    return out;
}

std::string MeasureNames(const AppState& app) {
    std::string out;
    for (Measure m : app.view.filter.measures) out += (out.empty() ? "" : ", ") + std::string(MeasureLabel(m));
    return out.empty() ? std::string(Tr("Any measure")) : out;
}

std::string StateNames(const AppState& app, const std::vector<CountryId>& states) {
    std::string out;
    for (CountryId c : states) out += (out.empty() ? "" : ", ") + CountryLabel(app, c);
    return out;
}

// The definition's controls: vendor, measure types, which events count, whom they apply to, the day.
void DefinitionControls(AppState& app) {
    const Dataset& ds = *app.dataset;
    FilterSpec& f = app.view.filter;
    const float field_w = std::min(260 * app.ui_scale, ImGui::GetContentRegionAvail().x);
    ImGui::TextDisabled("%s", Tr("Vendor"));
    ImGui::SetNextItemWidth(field_w);
    const std::string vendor = f.vendors.empty() ? std::string(Tr("Any vendor")) : VendorNames(app);
    if (ImGui::BeginCombo("##count-vendor", vendor.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(Tr("Any vendor"), f.vendors.empty())) f.vendors.clear();
        for (VendorId v : app.derived.vendor_options)
            if (ImGui::Selectable(ds.vendors[v].name.c_str(), f.vendors.size() == 1 && f.vendors[0] == ds.vendors[v].id))
                f.vendors = {ds.vendors[v].id};
        ImGui::EndCombo();
    }
    RememberItem(app.control_rects, "count-vendor");
    ImGui::TextDisabled("%s", Tr("Measure types"));
    ImGui::SetNextItemWidth(field_w);
    if (ImGui::BeginCombo("##count-measures", MeasureNames(app).c_str(), ImGuiComboFlags_HeightLarge)) {
        for (int m = 0; m < kMeasureCount; ++m) {
            const auto measure = static_cast<Measure>(m);
            const auto at = std::find(f.measures.begin(), f.measures.end(), measure);
            bool on = at != f.measures.end();
            if (ImGui::Checkbox(MeasureLabel(measure), &on)) {
                if (on) f.measures.push_back(measure);
                else f.measures.erase(at);
            }
        }
        ImGui::EndCombo();
    }
    RememberItem(app.control_rects, "count-measures");
    auto radios = [&](const char* title, const char* const* labels, size_t n, auto& value, const char* id) {
        ImGui::TextDisabled("%s", Tr(title));
        for (size_t k = 0; k < n; ++k) {
            const char* label = Tr(labels[k]);
            if (k) SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x);
            if (ImGui::RadioButton(label, static_cast<size_t>(value) == k))
                value = static_cast<std::remove_reference_t<decltype(value)>>(k);
            RememberItem(app.control_rects, std::string(id) + std::to_string(k));
        }
    };
    radios("Which events count", kStageLabels, std::size(kStageLabels), app.view.count_stage, "count-stage-");
    radios("Whom they apply to", kScopeLabels, std::size(kScopeLabels), app.view.count_scope, "count-scope-");
    // The day: the playback cursor's (typed here or moved on the timeline).
    ImGui::TextDisabled("%s", Tr("On"));
    char* typed = app.count_day_field;
    if (app.count_day_field_for != app.derived.count.day && !app.count_day_editing) {
        app.count_day_field_for = app.derived.count.day;
        std::snprintf(typed, sizeof app.count_day_field, "%s", FormatDay(app.count_day_field_for).c_str());
    }
    ImGui::SetNextItemWidth(std::min(140 * app.ui_scale, field_w));
    if (ImGui::InputText("##count-day", typed, sizeof app.count_day_field, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (const auto date = ParseDate(typed)) SetCursor(app, date->day);
        app.count_day_field_for = -1;
    }
    app.count_day_editing = ImGui::IsItemActive();
    RememberItem(app.control_rects, "count-day");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("Type a date (YYYY-MM-DD) and press Enter"));
}

// Each state with its events (a click on an event selects it and shows its details).
void StatesAndEvents(AppState& app) {
    const Dataset& ds = *app.dataset;
    const CountResult& r = app.derived.count;
    size_t at = 0;
    for (size_t s = 0; s < r.states.size(); ++s) {
        const std::string& code = ds.countries[r.states[s]];
        const std::string label = CountryLabel(app, r.states[s]) + " (" + std::to_string(r.state_events[s]) + ")###" + code;
        const bool open = ImGui::TreeNode(label.c_str());
        RememberItem(app.control_rects, "count-state-" + code);
        if (open) {
            for (uint32_t k = 0; k < r.state_events[s]; ++k) {
                const EventIndex i = r.events[at + k];
                const Event& e = ds.events[i];
                const std::string line = FormatDate(e.date) + " · " + std::string(MeasureLabel(e.measure)) + " · " +
                                         Bidi(EventTitle(app, e));
                if (ClickableLine(line, app.selected == i)) {
                    SelectEvent(app, i);
                    ShowDetails(app);
                    if (app.narrow) app.view.count = false;  // a phone shows Details in place of the panel
                }
                RememberItem(app.control_rects, "count-event-" + e.id.str());
            }
            ImGui::TreePop();
        }
        at += r.state_events[s];
    }
}

}  // namespace

void DrawCountWindow(AppState& app, bool* p_open) {
    if (!BeginDialog(Tr("How many?"), p_open, app, 640.0f, 760.0f)) {
        ImGui::End();
        return;
    }
    if (!app.dataset) {
        ImGui::End();
        return;
    }
    DefinitionControls(app);
    ImGui::Separator();
    const Derived& d = app.derived;
    const CountResult& r = d.count;
    const std::string day = FormatDay(r.day);
    const std::string vendor = VendorNames(app);
    ImGui::PushFont(BoldFont());
    ImGui::TextWrapped("%s", (vendor.empty() ? TrFill("How many states take measures against technology vendors on {}?", {day})
                                             : TrFill("How many states restrict {} on {}?", {vendor, day}))
                                 .c_str());
    // The number in large type, the sentence it answers beside it.
    const float big = ImGui::GetFontSize() * 2.4f;
    const std::string number = std::to_string(r.Count());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(BoldFont(), big, p, AccentColor(), number.c_str());
    const float number_w = BoldFont()->CalcTextSizeA(big, FLT_MAX, 0, number.c_str()).x;
    ImGui::Dummy(ImVec2(number_w, big));
    RememberItem(app.control_rects, "count-number");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + big - ImGui::GetTextLineHeight() * 1.2f);
    ImGui::TextUnformatted(Tr(r.Count() == 1 ? "state" : "states"));
    for (const std::string& problem : d.count_problems) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", problem.c_str());
    // The definition, printed with the number so that it travels with it.
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    const auto stage = static_cast<size_t>(app.view.count_stage);
    ImGui::TextUnformatted(
        TrFill("Definition: a state (or the EU) counts once if at least one of its acts against {} on {} is dated on "
               "or before that day and not revoked, lifted or expired by it.",
               {vendor.empty() ? std::string_view(Tr("any vendor or none")) : std::string_view(vendor), day})
            .c_str());
    ImGui::Bullet();
    ImGui::TextUnformatted(Tr(kStageDefinitions[stage]));
    ImGui::Bullet();
    ImGui::TextUnformatted(Tr(kScopeDefinitions[static_cast<size_t>(app.view.count_scope)]));
    ImGui::Bullet();
    ImGui::TextUnformatted((std::string(Tr("Measure types")) + ": " +
                            (app.view.filter.measures.empty() ? std::string(Tr("every type but diplomatic answers"))
                                                              : MeasureNames(app)))
                               .c_str());
    if (!vendor.empty()) {
        ImGui::Bullet();
        ImGui::TextUnformatted(Tr(app.view.filter.vendor_exact
                                      ? "Only measures aimed at the vendor named count (not at its products)."
                                      : "Only measures aimed at the vendor or its products and subsidiaries count."));
    }
    FilterSpec rest = app.view.filter;  // what else the filter narrows: the Filters panel's other choices
    rest.vendors.clear();
    rest.vendor_exact = false;
    rest.measures.clear();
    if (!rest.IsEmpty()) {
        ImGui::Bullet();
        ImGui::TextUnformatted(TrFill("Within the other filters: {}", {d.filters_line}).c_str());
    }
    ImGui::PopStyleColor();
    // How the number moves under the next looser and stricter rule (which events count).
    if (stage > 0)
        ImGui::TextUnformatted(TrFill("Looser ({}): {} states{}",
                                      {Tr(kStageLabels[stage - 1]), std::to_string(r.per_stage[stage - 1]),
                                       r.looser_adds.empty() ? std::string() : ", + " + StateNames(app, r.looser_adds)})
                                   .c_str());
    if (stage + 1 < std::size(kStageLabels))
        ImGui::TextUnformatted(TrFill("Stricter ({}): {} states{}",
                                      {Tr(kStageLabels[stage + 1]), std::to_string(r.per_stage[stage + 1]),
                                       r.stricter_drops.empty() ? std::string() : ", – " + StateNames(app, r.stricter_drops)})
                                   .c_str());
    ImGui::PopTextWrapPos();
    // The link and the table: the same definition, to check and reproduce.
    const bool copy = ImGui::Button(Tr("Copy link"));
    RememberItem(app.control_rects, "count-copy-link");
    const std::string page = app.hooks.page_url ? app.hooks.page_url() : std::string("rift.html");
    if (copy && app.hooks.set_clipboard) {
        app.hooks.set_clipboard(page + "#" + d.count_link);
        app.status_line = Tr("Copied");
    }
    ImGui::SameLine();
    if (CsvButton(app, "count-csv", false))
        SaveCsv(app, "rift-how-many-" + day + ".csv", CountCsv(*app.dataset, r, page + "#" + d.count_link));
    ImGui::Separator();
    ImGui::TextDisabled("%s", TrFill("The states and the {} events counted", {std::to_string(r.events.size())}).c_str());
    StatesAndEvents(app);
    ImGui::End();
}

}  // namespace rift
