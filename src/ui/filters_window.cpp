// Filters: date range, actors, targets, vendors, measures, sectors, status; counts beside each option (at the
// playback cursor); the active filters as removable chips and a clear-all button.
#include <imgui.h>

#include <algorithm>

#include "core/sort_ids.h"
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

void Chips(AppState& app) {
    FilterSpec& f = app.view.filter;
    if (f.IsEmpty()) return;
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
    ImGui::NewLine();
    if (ImGui::Button(Tr("Clear all"))) ClearFilters(app);
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

// One facet's options with their counts, most frequent first; options with no events are hidden.
void CountryFacet(AppState& app, const char* title, Facet facet, std::vector<std::string>& chosen) {
    const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(facet)];
    if (!ImGui::CollapsingHeader(title)) return;
    std::vector<CountryId> ids;
    for (CountryId c = 0; c < counts.size(); ++c)
        if (counts[c] || std::find(chosen.begin(), chosen.end(), app.dataset->countries[c]) != chosen.end()) ids.push_back(c);
    // Ties in id order (ids are ascending): as a stable sort, with less code.
    SortIds(ids, [&](CountryId a, CountryId b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    ImGui::PushID(title);
    for (CountryId c : ids) {
        const std::string& code = app.dataset->countries[c];
        bool on = std::find(chosen.begin(), chosen.end(), code) != chosen.end();
        const std::string label = CountryLabel(app, c) + " (" + std::to_string(counts[c]) + ")###" + code;
        if (ImGui::Checkbox(label.c_str(), &on)) Toggle(chosen, code);
    }
    ImGui::PopID();
}

void VendorFacet(AppState& app) {
    const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(Facet::Vendor)];
    if (!ImGui::CollapsingHeader(Tr("Vendor"))) return;
    std::vector<VendorId> ids;
    auto& chosen = app.view.filter.vendors;
    for (VendorId v = 0; v < counts.size(); ++v)
        if (counts[v] || std::find(chosen.begin(), chosen.end(), app.dataset->vendors[v].id) != chosen.end()) ids.push_back(v);
    SortIds(ids, [&](VendorId a, VendorId b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    for (VendorId v : ids) {
        const Vendor& vendor = app.dataset->vendors[v];
        bool on = std::find(chosen.begin(), chosen.end(), vendor.id) != chosen.end();
        const std::string label = vendor.name + " (" + std::to_string(counts[v]) + ")###v" + vendor.id;
        if (ImGui::Checkbox(label.c_str(), &on)) Toggle(chosen, vendor.id);
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
        if (!counts[static_cast<size_t>(i)] && !on) continue;
        if (swatches) Swatch(FamilyColor(FamilyOf(static_cast<Measure>(i))));
        const std::string label = std::string(label_of(value)) + " (" + std::to_string(counts[static_cast<size_t>(i)]) + ")##" + std::to_string(i);
        if (ImGui::Checkbox(label.c_str(), &on)) Toggle(chosen, value);
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
    if (ImGui::CollapsingHeader(Tr("Date range"), ImGuiTreeNodeFlags_DefaultOpen)) {
        DateField(Tr("From"), f.from, "##from");
        DateField(Tr("To"), f.to, "##to");
    }
    VocabFacet(app, Tr("Measure"), Facet::Measure, f.measures, kMeasureCount, MeasureLabel, true);
    CountryFacet(app, Tr("Acting country"), Facet::Actor, f.actors);
    CountryFacet(app, Tr("Targeted country"), Facet::Target, f.targets);
    VendorFacet(app);
    VocabFacet(app, Tr("Sector"), Facet::Sector, f.sectors, kSectorCount, SectorLabel, false);
    VocabFacet(app, Tr("Status"), Facet::Status, f.statuses, kStatusCount, StatusLabel, false);
    ImGui::End();
}

}  // namespace rift
