// Cascades: each state's first act on one axis of days, and the spread figures counted from it.
#include "core/cascade.h"

#include <algorithm>

namespace rift {

namespace {

// Of two acts by one state on one day, the one that restricts more (then the more severe, then the earlier id).
bool Stronger(const Dataset& ds, EventIndex a, EventIndex b) {
    const Columns& c = ds.cols;
    const int sa = RestrictionStrength(static_cast<Measure>(c.measure[a]));
    const int sb = RestrictionStrength(static_cast<Measure>(c.measure[b]));
    if (sa != sb) return sa > sb;
    if (c.severity[a] != c.severity[b]) return c.severity[a] > c.severity[b];
    return a < b;
}

bool Coarse(const Dataset& ds, EventIndex i) { return ds.events[i].date.precision != Precision::Day; }

}  // namespace

bool IsCascadeAct(const Dataset& ds, EventIndex i, CascadeKey key, std::span<const uint8_t> vendor_set) {
    const Columns& c = ds.cols;
    if (c.status[i] == static_cast<uint8_t>(Status::Proposed)) return false;
    if (key.kind == CascadeKey::Kind::Measure) return c.measure[i] == key.id;
    for (VendorId v : c.TargetedVendorsOf(i))
        if (v < vendor_set.size() && vendor_set[v]) return true;
    return false;
}

Cascade CascadeOf(const Dataset& ds, std::span<const EventIndex> selection, CascadeKey key, bool exact) {
    Cascade out;
    out.key = key;
    std::vector<uint8_t> vendor_set;
    if (key.kind == CascadeKey::Kind::Vendor && key.id < ds.vendors.size()) {
        vendor_set.assign(ds.vendors.size(), 0);
        if (exact) vendor_set[key.id] = 1;
        else
            for (VendorId v : ds.FamilyOf(key.id)) vendor_set[v] = 1;
    }
    // Each state's acts in date order (the selection's order); the row is made once all are in.
    std::vector<std::vector<EventIndex>> acts_of(ds.countries.size());
    std::vector<CountryId> states;  // in order of their first act's day
    for (EventIndex i : selection) {
        if (!IsCascadeAct(ds, i, key, vendor_set)) continue;
        auto& acts = acts_of[ds.cols.actor[i]];
        if (acts.empty()) states.push_back(ds.cols.actor[i]);
        acts.push_back(i);
        ++out.acts;
    }
    if (states.empty()) return out;
    const Columns& c = ds.cols;
    out.start_day = c.day[acts_of[states.front()].front()];
    for (CountryId state : states) {
        std::vector<EventIndex>& acts = acts_of[state];
        CascadeRow row;
        row.state = state;
        // The strongest of the acts on its first day is its first act; the others follow it.
        const int32_t first_day = c.day[acts.front()];
        size_t best = 0;
        for (size_t k = 1; k < acts.size() && c.day[acts[k]] == first_day; ++k) {
            if (Stronger(ds, acts[k], acts[best])) best = k;
            ++row.same_day;
        }
        row.first = acts[best];
        acts.erase(acts.begin() + static_cast<std::ptrdiff_t>(best));
        row.later = std::move(acts);
        row.lag = first_day - out.start_day;
        out.last_lag = std::max(out.last_lag, (row.later.empty() ? first_day : c.day[row.later.back()]) - out.start_day);
        out.rows.push_back(std::move(row));
    }
    // A strict total order (each state has one row): std::sort, without stable_sort's merge code in the wasm.
    std::sort(out.rows.begin(), out.rows.end(), [&](const CascadeRow& a, const CascadeRow& b) {
        if (a.lag != b.lag) return a.lag < b.lag;
        return ds.countries[a.state] < ds.countries[b.state];
    });
    // Day 0 is exact when one act on it is dated to the day: an act known only to its month or year can have been
    // later than the first day of that period, never earlier.
    bool day0_exact = false;
    for (const CascadeRow& r : out.rows) {
        if (r.lag != 0) break;
        ++out.first_movers;
        day0_exact = day0_exact || !Coarse(ds, r.first);
    }
    std::vector<int32_t> lags;
    for (const CascadeRow& r : out.rows) {
        for (size_t w = 0; w < kCascadeWindows.size(); ++w) out.within[w] += r.lag <= kCascadeWindows[w] ? 1u : 0u;
        if (r.lag > 0) lags.push_back(r.lag);  // in order already
    }
    for (CascadeRow& r : out.rows) {
        r.approximate = Coarse(ds, r.first) || (!day0_exact && r.lag > 0);
        out.approximate += r.approximate ? 1 : 0;
    }
    if (!lags.empty()) {
        const size_t n = lags.size();
        out.median_lag = n % 2 ? lags[n / 2] : (lags[n / 2 - 1] + lags[n / 2]) / 2.0;
    }
    return out;
}

std::vector<CascadeKey> CascadeKeys(const Dataset& ds, const FilterSpec& spec, bool families, size_t* dropped) {
    std::vector<CascadeKey> keys;
    size_t extra = 0;
    auto add = [&](CascadeKey k) {
        if (std::find(keys.begin(), keys.end(), k) != keys.end()) return;
        if (keys.size() < kMaxCascades) keys.push_back(k);
        else ++extra;
    };
    if (!spec.vendors.empty()) {
        for (const std::string& id : spec.vendors)
            if (auto v = ds.FindVendor(id)) add({CascadeKey::Kind::Vendor, families ? ds.RootOf(*v) : *v});
    } else {
        for (Measure m : spec.measures) add({CascadeKey::Kind::Measure, static_cast<uint16_t>(m)});
    }
    if (dropped) *dropped = extra;
    return keys;
}

FilterSpec CascadeBase(const FilterSpec& spec, std::span<const CascadeKey> keys) {
    FilterSpec base = spec;
    if (keys.empty()) return base;
    if (keys.front().kind == CascadeKey::Kind::Vendor) {
        base.vendors.clear();
        base.vendor_exact = false;
    } else {
        base.measures.clear();
    }
    return base;
}

}  // namespace rift
