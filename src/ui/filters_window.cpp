// Filters: date range, actors, targets, vendors, measures, sectors, status; counts beside each option (at the
// playback cursor); the active filters as removable chips and a clear-all button.
#include <imgui.h>

#include <algorithm>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

template <typename T>
void Toggle(std::vector<T>& list, const T& value) {
    auto it = std::find(list.begin(), list.end(), value);
    if (it == list.end()) list.push_back(value); else list.erase(it);
}

bool Chip(const std::string& label) {
    const bool pressed = ImGui::SmallButton((label + "  x").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Remove filter"));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 6) ImGui::NewLine();
    return pressed;
}

// The active filters as chips, in a band of fixed height (it scrolls when they need more): adding the first filter
// or removing the last moves nothing below it.
void Chips(AppState& app) {
    FilterSpec& f = app.view.filter;
    const float band = ImGui::GetFrameHeightWithSpacing() * 2.2f;
    ImGui::BeginChild("chips", ImVec2(0, band), false);
    if (f.IsEmpty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", Tr("No filters: every event is shown."));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::Separator();
        return;
    }
    if (f.from && Chip(std::string(Tr("From")) + " " + FormatDate(*f.from))) f.from.reset();
    if (f.to && Chip(std::string(Tr("To")) + " " + FormatDate(*f.to))) f.to.reset();
    auto codes = [&](std::vector<std::string>& list, const char* prefix) {
        for (size_t i = 0; i < list.size(); ++i)
            if (Chip(std::string(prefix) + CountryLabel(app, list[i]))) { list.erase(list.begin() + static_cast<long>(i)); break; }
    };
    codes(f.actors, "");
    codes(f.targets, "→ ");
    for (size_t i = 0; i < f.vendors.size(); ++i) {
        auto v = app.dataset->FindVendor(f.vendors[i]);
        if (Chip(v ? app.dataset->vendors[*v].name : f.vendors[i])) { f.vendors.erase(f.vendors.begin() + static_cast<long>(i)); break; }
    }
    for (size_t i = 0; i < f.measures.size(); ++i)
        if (Chip(MeasureLabel(f.measures[i]))) { f.measures.erase(f.measures.begin() + static_cast<long>(i)); break; }
    for (size_t i = 0; i < f.sectors.size(); ++i)
        if (Chip(SectorLabel(f.sectors[i]))) { f.sectors.erase(f.sectors.begin() + static_cast<long>(i)); break; }
    for (size_t i = 0; i < f.statuses.size(); ++i)
        if (Chip(StatusLabel(f.statuses[i]))) { f.statuses.erase(f.statuses.begin() + static_cast<long>(i)); break; }
    if (!f.text.empty() && Chip("\"" + f.text + "\"")) { f.text.clear(); app.search_text.clear(); }
    if (ImGui::SmallButton(Tr("Clear all"))) ClearFilters(app);
    ImGui::EndChild();
    ImGui::Separator();
}

void DateField(const char* label, std::optional<Date>& value, const char* id) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s", value ? FormatDate(*value).c_str() : "");
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 2 + 4);
    if (ImGui::InputTextWithHint(id, "YYYY-MM-DD", buf, sizeof buf, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (buf[0] == '\0') value.reset();
        else if (auto d = ParseDate(buf)) value = *d;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

// A checkbox for one option, "name (count)": greyed where no event matches it now, but in its place (options never
// move while the counts change); still clickable, so a filter can be built in any order. A name too long for the
// panel (a German measure on a tablet, a long vendor name) is cut with "…" so that its count stays in view, and is
// shown whole on hover. `id` keeps the box the same item while its count changes.
bool OptionBox(std::string_view name, uint32_t count, const std::string& id, bool& on) {
    const std::string tally = " (" + std::to_string(count) + ")";
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x -
                       ImGui::CalcTextSize(tally.c_str()).x;
    const std::string shown = FitText(name, room);
    const bool pushed = count == 0 && !on;
    if (pushed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const bool changed = ImGui::Checkbox((shown + tally + "###" + id).c_str(), &on);
    if (pushed) ImGui::PopStyleColor();
    if (shown.size() != name.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", (std::string(name) + tally).c_str());
    return changed;
}

// One facet's options with their counts, in the dataset's order (Derived: most events first).
void CountryFacet(AppState& app, const char* title, Facet facet, const std::vector<CountryId>& order,
                  std::vector<std::string>& chosen) {
    const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(facet)];
    if (!ImGui::CollapsingHeader(title)) return;
    ImGui::PushID(title);
    for (CountryId c : order) {
        const std::string& code = app.dataset->countries[c];
        bool on = std::find(chosen.begin(), chosen.end(), code) != chosen.end();
        if (OptionBox(CountryLabel(app, c), counts[c], code, on)) Toggle(chosen, code);
    }
    ImGui::PopID();
}

void VendorFacet(AppState& app) {
    const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(Facet::Vendor)];
    if (!ImGui::CollapsingHeader(Tr("Vendor"))) return;
    auto& chosen = app.view.filter.vendors;
    for (VendorId v : app.derived.vendor_options) {
        const Vendor& vendor = app.dataset->vendors[v];
        bool on = std::find(chosen.begin(), chosen.end(), vendor.id) != chosen.end();
        if (OptionBox(vendor.name, counts[v], "v" + vendor.id, on)) Toggle(chosen, vendor.id);
    }
}

template <typename E, typename LabelFn>
void VocabFacet(AppState& app, const char* title, Facet facet, std::vector<E>& chosen, int count, LabelFn label_of,
                bool swatches) {
    const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(facet)];
    if (!ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::PushID(title);
    for (int i = 0; i < count; ++i) {
        const E value = static_cast<E>(i);
        bool on = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
        if (swatches) Swatch(FamilyColor(FamilyOf(static_cast<Measure>(i))));
        if (OptionBox(label_of(value), counts[static_cast<size_t>(i)], std::to_string(i), on)) Toggle(chosen, value);
    }
    ImGui::PopID();
}

}  // namespace

void DrawFiltersWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Filters###filters", p_open, app)) return;
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Filters"));
    ImGui::PopFont();
    ImGui::TextDisabled("%zu %s %zu %s", app.derived.selection.size(), Tr("of"), app.dataset->size(), Tr("events"));
    // While the playback cursor is before the last event, the counts beside the options are the state at the cursor.
    if (app.derived.facet_tally.counted < app.dataset->size())
        ImGui::TextDisabled("%s %s", Tr("Counts up to"), FormatDay(CursorDay(app.clock)).c_str());
    Chips(app);
    FilterSpec& f = app.view.filter;
    const bool dates_open = ImGui::CollapsingHeader(Tr("Date range"), ImGuiTreeNodeFlags_DefaultOpen);
    RememberItem(app.control_rects, "filters-date-range");
    if (dates_open) {
        DateField(Tr("From"), f.from, "##from");
        DateField(Tr("To"), f.to, "##to");
    }
    VocabFacet(app, Tr("Measure"), Facet::Measure, f.measures, kMeasureCount, MeasureLabel, true);
    CountryFacet(app, Tr("Acting country"), Facet::Actor, app.derived.actor_options, f.actors);
    CountryFacet(app, Tr("Targeted country"), Facet::Target, app.derived.target_options, f.targets);
    VendorFacet(app);
    VocabFacet(app, Tr("Sector"), Facet::Sector, f.sectors, kSectorCount, SectorLabel, false);
    VocabFacet(app, Tr("Status"), Facet::Status, f.statuses, kStatusCount, StatusLabel, false);
    ImGui::End();
}

}  // namespace rift
