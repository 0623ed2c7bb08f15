// The "how many" count: one pass over the selection up to the day gives each acting state's strongest stage, so the
// count under every stage (the neighbours the panel compares) costs no more than the count under one.
#include "core/count.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "core/json_io.h"
#include "core/state_json.h"
#include "core/url_state.h"

namespace rift {

std::vector<VendorId> CountVendors(const Dataset& ds, const FilterSpec& filter, std::vector<std::string>& problems) {
    std::vector<VendorId> out;
    for (const std::string& id : filter.vendors) {
        const auto v = ds.FindVendor(id);
        if (!v) {
            problems.push_back("vendor: no vendor has the id \"" + ClipForMessage(id, 40) + "\"");
            continue;
        }
        if (filter.vendor_exact) out.push_back(*v);
        else
            for (VendorId f : ds.FamilyOf(*v)) out.push_back(f);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<CountStage> StageOn(const Dataset& ds, EventIndex i, int32_t day) {
    const Columns& c = ds.cols;
    if (c.day[i] > day || day >= c.end_day[i]) return std::nullopt;
    switch (static_cast<Status>(c.status[i])) {
        case Status::Proposed: return std::nullopt;
        case Status::Reported: return CountStage::Any;
        // A revoked measure keeps only its last status: the record says the state acted, not that it was enacted.
        case Status::Announced:
        case Status::Revoked: return CountStage::Announced;
        case Status::Enacted: {
            const auto& effective = ds.events[i].effective;
            return effective && effective->day > day ? CountStage::Enacted : CountStage::InForce;
        }
    }
    return std::nullopt;
}

namespace {

bool InScope(CountScope scope, uint8_t sector) {
    const bool government = sector == static_cast<uint8_t>(Sector::Government) || sector == static_cast<uint8_t>(Sector::Defense);
    return scope == CountScope::Any || (scope == CountScope::Government) == government;
}

bool TargetsAny(const Dataset& ds, EventIndex i, std::span<const VendorId> vendors) {
    if (vendors.empty()) return true;
    for (VendorId v : ds.cols.TargetedVendorsOf(i))
        if (std::binary_search(vendors.begin(), vendors.end(), v)) return true;
    return false;
}

std::vector<CountryId> ByCode(const Dataset& ds, std::vector<CountryId> ids) {
    std::sort(ids.begin(), ids.end(), [&](CountryId a, CountryId b) { return ds.countries[a] < ds.countries[b]; });
    return ids;
}

}  // namespace

CountResult CountStates(const Dataset& ds, std::span<const EventIndex> selection, const CountRule& rule, int32_t day) {
    CountResult r;
    r.day = day;
    const Columns& c = ds.cols;
    const auto end = std::partition_point(selection.begin(), selection.end(), [&](EventIndex i) { return c.day[i] <= day; });
    // Per state: the strongest stage any of its events reaches (-1: none), and the events that reach the rule's.
    std::vector<int8_t> best(ds.countries.size(), -1);
    std::vector<std::vector<EventIndex>> counted(ds.countries.size());
    constexpr auto kDiplomatic = static_cast<uint8_t>(Measure::Diplomatic);
    for (auto it = selection.begin(); it != end; ++it) {
        const EventIndex i = *it;
        if (day >= c.end_day[i] || !InScope(rule.scope, c.sector[i])) continue;
        if (!rule.measures_given && c.measure[i] == kDiplomatic) continue;
        if (!TargetsAny(ds, i, rule.vendors)) continue;
        const auto stage = StageOn(ds, i, day);
        if (!stage) continue;
        const CountryId actor = c.actor[i];
        best[actor] = std::max<int8_t>(best[actor], static_cast<int8_t>(*stage));
        if (*stage >= rule.stage) counted[actor].push_back(i);
    }
    const int want = static_cast<int>(rule.stage);
    std::vector<CountryId> looser, stricter;
    for (CountryId s = 0; s < best.size(); ++s) {
        for (int k = 0; k <= best[s]; ++k) ++r.per_stage[static_cast<size_t>(k)];
        if (want > 0 && best[s] == want - 1) looser.push_back(s);
        if (best[s] == want && want + 1 < kCountStageCount) stricter.push_back(s);
        if (best[s] >= want) r.states.push_back(s);
    }
    r.states = ByCode(ds, std::move(r.states));
    r.looser_adds = ByCode(ds, std::move(looser));
    r.stricter_drops = ByCode(ds, std::move(stricter));
    for (CountryId s : r.states) {
        r.state_events.push_back(static_cast<uint32_t>(counted[s].size()));
        r.events.insert(r.events.end(), counted[s].begin(), counted[s].end());
    }
    return r;
}

int32_t DefaultCountDay(const Dataset& ds, const FilterSpec& filter) {
    const int32_t last = ds.cols.day.empty() ? 0 : ds.cols.day.back();
    return filter.to ? std::min(last, UpperBoundDay(*filter.to)) : last;
}

namespace {
constexpr std::string_view kCountKeys[] = {"from", "to", "actor", "target", "vendor", "exact", "measure",
                                           "sector", "status", "q",    "t",      "cstatus", "scope"};
}

bool IsCountKey(std::string_view key) {
    return std::find(std::begin(kCountKeys), std::end(kCountKeys), key) != std::end(kCountKeys);
}

std::vector<std::string> CountDefinitionFromJson(std::string_view json_text, ViewState& definition) {
    definition = ViewState{};
    nlohmann::json j;
    if (json_text.size() > 65536 || !ParseJson(json_text, j) || !j.is_object())
        return {"count: the definition is not a JSON object (write it as setState's state: {\"vendor\": \"tiktok\", \"t\": \"2023-06-01\"})"};
    std::vector<std::string> problems;
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!IsCountKey(it.key()))
            problems.push_back("count: \"" + ClipForMessage(it.key(), 40) +
                               "\" is not part of a count definition (from, to, actor, target, vendor, exact, measure, "
                               "sector, status, q, t, cstatus, scope)");
    if (!problems.empty()) return problems;
    UrlParse parsed = StateFromJsonObject(j, ViewState{});
    definition = std::move(parsed.state);
    for (std::string& w : parsed.warnings) problems.push_back("count: " + w);
    return problems;
}

std::string CountLink(const ViewState& definition, int32_t day) {
    ViewState only;  // the definition's keys alone: a count link opens the panel on the same question
    only.filter = definition.filter;
    only.count = true;
    only.count_stage = definition.count_stage;
    only.count_scope = definition.count_scope;
    only.cursor = Date{day, Precision::Day};
    return ToUrl(only);
}

std::string CountCsv(const Dataset& ds, const CountResult& result, const std::string& link) {
    std::string out = "state,event_id,date,measure,sector,status,stage_on_day,effective,ends,title,day,definition\r\n";
    size_t at = 0;
    for (size_t s = 0; s < result.states.size(); ++s) {
        for (uint32_t k = 0; k < result.state_events[s]; ++k, ++at) {
            const EventIndex i = result.events[at];
            const Event& e = ds.events[i];
            const auto stage = StageOn(ds, i, result.day);
            const std::string cells[] = {ds.countries[result.states[s]], e.id.str(), FormatDate(e.date),
                                         std::string(Name(e.measure)), std::string(Name(e.sector)),
                                         std::string(Name(e.status)),
                                         stage ? std::string(kCountStageNames[static_cast<size_t>(*stage)]) : "",
                                         e.effective ? FormatDate(*e.effective) : "", e.ends ? FormatDate(*e.ends) : "",
                                         e.title.str(), FormatDay(result.day), link};
            for (size_t c = 0; c < std::size(cells); ++c) {
                if (c) out += ',';
                out += CsvCell(cells[c]);
            }
            out += "\r\n";
        }
    }
    return out;
}

std::string CountAnswerJson(const Dataset& ds, const ViewState& definition, const CountResult& result) {
    ViewState filled = definition;
    filled.cursor = Date{result.day, Precision::Day};
    JsonWriter w;
    w.BeginObject().Key("count").Uint(result.Count());
    std::vector<std::string> states, ids;
    for (CountryId s : result.states) states.push_back(ds.countries[s]);
    for (EventIndex i : result.events) ids.push_back(ds.events[i].id.str());
    w.Key("states").Strings(states).Key("eventIds").Strings(ids);
    // The definition as getState writes these keys, in sorted order.
    std::vector<const StateKey*> keys;
    for (const StateKey& k : StateKeys())
        if (IsCountKey(k.name)) keys.push_back(&k);
    std::sort(keys.begin(), keys.end(), [](const StateKey* a, const StateKey* b) { return a->name < b->name; });
    w.Key("definition").BeginObject();
    for (const StateKey* k : keys) {
        const std::vector<std::string> items = k->get(filled);
        w.Key(k->name);
        if (k->form == StateKey::Form::List) w.Strings(items);
        else if (k->form == StateKey::Form::Bool) w.Bool(!items.empty() && items[0] == "1");
        else if (items.empty()) w.Null();
        else w.String(items[0]);
    }
    w.EndObject();
    const int stage = static_cast<int>(definition.count_stage);
    auto neighbour = [&](const char* name, int k) {
        w.Key(name);
        if (k < 0 || k >= kCountStageCount) {
            w.Null();
            return;
        }
        w.BeginObject().Field("cstatus", kCountStageNames[static_cast<size_t>(k)]);
        w.Key("count").Uint(result.per_stage[static_cast<size_t>(k)]).EndObject();
    };
    neighbour("looser", stage - 1);
    neighbour("stricter", stage + 1);
    w.Field("link", CountLink(definition, result.day)).Field("partial", ds.partial);
    return w.EndObject().Take();
}

}  // namespace rift
