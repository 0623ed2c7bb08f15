// The filter: a date-range binary search, then one pass over compact columns with bitmask tests.
#include "core/filter.h"

#include "core/countries.h"

#include <algorithm>
#include <cstring>

namespace rift {

bool FilterSpec::IsEmpty() const {
    return !from && !to && actors.empty() && targets.empty() && vendors.empty() && measures.empty() &&
           sectors.empty() && statuses.empty() && text.empty();
}

namespace {

// A spec compiled against one dataset: codes become bit sets.
struct Compiled {
    bool impossible = false;  // a listed code does not exist in the dataset at all
    int32_t lo = std::numeric_limits<int32_t>::min(), hi = std::numeric_limits<int32_t>::max();
    std::vector<uint8_t> actor, target, vendor;  // empty: any
    uint32_t measure = ~0u, sector = ~0u, status = ~0u;
    std::string text;
    std::vector<uint8_t> text_country, text_vendor;  // countries / vendors whose names contain `text`
    bool text_names = false;                         // any of them does
    uint32_t never = 0;  // FacetBit of each facet whose list names no code of the dataset (nothing can match it)
};

constexpr uint32_t FacetBit(Facet f) { return 1u << static_cast<unsigned>(f); }

template <typename Lookup>
std::vector<uint8_t> CodeSet(const std::vector<std::string>& codes, size_t universe, Lookup lookup, bool& impossible) {
    if (codes.empty()) return {};
    std::vector<uint8_t> set(universe, 0);
    bool any = false;
    for (const std::string& c : codes)
        if (auto id = lookup(c)) { set[*id] = 1; any = true; }
    if (!any) impossible = true;
    return set;
}

template <typename E>
uint32_t Mask(const std::vector<E>& values) {
    if (values.empty()) return ~0u;
    uint32_t m = 0;
    for (E v : values) m |= 1u << static_cast<unsigned>(v);
    return m;
}

Compiled Compile(const Dataset& ds, const FilterSpec& spec, std::optional<Facet> skip = std::nullopt) {
    Compiled c;
    if (spec.from) c.lo = spec.from->day;
    if (spec.to) c.hi = UpperBoundDay(*spec.to);
    auto country = [&](const std::string& s) { return ds.FindCountry(s); };
    auto vendor = [&](const std::string& s) { return ds.FindVendor(s); };
    auto codes = [&](Facet f, const std::vector<std::string>& list, size_t universe, auto lookup) {
        bool none = false;
        std::vector<uint8_t> set = CodeSet(list, universe, lookup, none);
        if (none) {
            c.impossible = true;
            c.never |= FacetBit(f);
        }
        return set;
    };
    if (skip != Facet::Actor) c.actor = codes(Facet::Actor, spec.actors, ds.countries.size(), country);
    if (skip != Facet::Target) c.target = codes(Facet::Target, spec.targets, ds.countries.size(), country);
    if (skip != Facet::Vendor) c.vendor = codes(Facet::Vendor, spec.vendors, ds.vendors.size(), vendor);
    if (skip != Facet::Measure) c.measure = Mask(spec.measures);
    if (skip != Facet::Sector) c.sector = Mask(spec.sectors);
    if (skip != Facet::Status) c.status = Mask(spec.statuses);
    c.text = AsciiLower(spec.text);
    if (!c.text.empty()) {
        auto contains = [&](std::string_view name) { return AsciiLower(name).find(c.text) != std::string::npos; };
        c.text_country.assign(ds.countries.size(), 0);
        for (CountryId id = 0; id < ds.countries.size(); ++id) {
            const CountryName* cn = rift::FindCountry(ds.countries[id]);
            if (contains(ds.countries[id]) || (cn && (contains(cn->en) || contains(cn->de)))) c.text_country[id] = c.text_names = 1;
        }
        c.text_vendor.assign(ds.vendors.size(), 0);
        for (VendorId v = 0; v < ds.vendors.size(); ++v)
            if (contains(ds.vendors[v].name)) c.text_vendor[v] = c.text_names = 1;
    }
    return c;
}

bool AnyIn(const std::vector<uint8_t>& set, const std::vector<uint16_t>& values, uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k)
        if (set[values[k]]) return true;
    return false;
}

bool TextMatches(const Compiled& c, const Columns& col, size_t i) {
    const bool by_name = c.text_names && (c.text_country[col.actor[i]] ||
                                          AnyIn(c.text_country, col.targets, col.target_begin[i], col.target_begin[i + 1]) ||
                                          AnyIn(c.text_vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1]));
    if (by_name) return true;
    const std::string_view hay(col.text.data() + col.text_begin[i], col.text_begin[i + 1] - col.text_begin[i]);
    return hay.find(c.text) != std::string_view::npos;
}

// Calls fn(i) for every event matching `c`, in date order.
template <typename Fn>
void ForEachMatch(const Dataset& ds, const Compiled& c, Fn&& fn) {
    if (c.impossible || c.lo > c.hi) return;
    const Columns& col = ds.cols;
    const auto first = std::lower_bound(col.day.begin(), col.day.end(), c.lo) - col.day.begin();
    const auto last = std::upper_bound(col.day.begin(), col.day.end(), c.hi) - col.day.begin();
    const bool by_actor = !c.actor.empty(), by_target = !c.target.empty(), by_vendor = !c.vendor.empty();
    const bool by_text = !c.text.empty();
    for (auto i = static_cast<size_t>(first); i < static_cast<size_t>(last); ++i) {
        if (!((c.measure >> col.measure[i]) & 1u)) continue;
        if (!((c.sector >> col.sector[i]) & 1u)) continue;
        if (!((c.status >> col.status[i]) & 1u)) continue;
        if (by_actor && !c.actor[col.actor[i]]) continue;
        if (by_target && !AnyIn(c.target, col.targets, col.target_begin[i], col.target_begin[i + 1])) continue;
        if (by_vendor && !AnyIn(c.vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1])) continue;
        if (by_text && !TextMatches(c, col, i)) continue;
        fn(static_cast<EventIndex>(i));
    }
}

// The facets whose constraint event i fails (FacetBit each); the date range and the text are not facets.
uint32_t FacetMisses(const Compiled& c, const Columns& col, size_t i) {
    uint32_t m = c.never;
    if (!((c.measure >> col.measure[i]) & 1u)) m |= FacetBit(Facet::Measure);
    if (!((c.sector >> col.sector[i]) & 1u)) m |= FacetBit(Facet::Sector);
    if (!((c.status >> col.status[i]) & 1u)) m |= FacetBit(Facet::Status);
    if (!c.actor.empty() && !c.actor[col.actor[i]]) m |= FacetBit(Facet::Actor);
    if (!c.target.empty() && !AnyIn(c.target, col.targets, col.target_begin[i], col.target_begin[i + 1]))
        m |= FacetBit(Facet::Target);
    if (!c.vendor.empty() && !AnyIn(c.vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1]))
        m |= FacetBit(Facet::Vendor);
    return m;
}

// Adds (sign +1) or removes (sign -1) dataset events [begin, end) to/from a tally's counts: an event that fails
// no facet counts in every facet, one that fails exactly one facet counts in that facet only.
void AddToTally(const Dataset& ds, const Compiled& c, FacetTally& t, size_t begin, size_t end, int sign) {
    if (c.lo > c.hi) return;
    const Columns& col = ds.cols;
    begin = std::max(begin, static_cast<size_t>(std::lower_bound(col.day.begin(), col.day.end(), c.lo) - col.day.begin()));
    end = std::min(end, static_cast<size_t>(std::upper_bound(col.day.begin(), col.day.end(), c.hi) - col.day.begin()));
    const auto step = static_cast<uint32_t>(sign);  // unsigned wrap-around makes -1 a decrement
    for (size_t i = begin; i < end; ++i) {
        const uint32_t m = FacetMisses(c, col, i);
        if (m & (m - 1)) continue;  // fails two facets or more: in no count
        if (!c.text.empty() && !TextMatches(c, col, i)) continue;
        for (size_t f = 0; f < kFacetCount; ++f) {
            const auto facet = static_cast<Facet>(f);
            if (m == 0 || m == FacetBit(facet)) ForEachFacetValue(col, i, facet, [&](auto v) { t.counts[f][v] += step; });
        }
    }
}

}  // namespace

std::vector<EventIndex> Filter(const Dataset& ds, const FilterSpec& spec) {
    std::vector<EventIndex> out;
    ForEachMatch(ds, Compile(ds, spec), [&](EventIndex i) { out.push_back(i); });
    return out;
}

size_t FacetSize(const Dataset& ds, Facet facet) {
    switch (facet) {
        case Facet::Actor:
        case Facet::Target: return ds.countries.size();
        case Facet::Vendor: return ds.vendors.size();
        case Facet::Measure: return kMeasureCount;
        case Facet::Sector: return kSectorCount;
        case Facet::Status: return kStatusCount;
    }
    return 0;
}

std::vector<uint32_t> FacetCounts(const Dataset& ds, const FilterSpec& spec, Facet facet) {
    std::vector<uint32_t> counts(FacetSize(ds, facet), 0);
    ForEachMatch(ds, Compile(ds, spec, facet),
                 [&](EventIndex i) { ForEachFacetValue(ds.cols, i, facet, [&](auto v) { ++counts[v]; }); });
    return counts;
}

FacetTally FacetTallyUpTo(const Dataset& ds, const FilterSpec& spec, int32_t up_to_day) {
    FacetTally t;
    for (size_t f = 0; f < kFacetCount; ++f) t.counts[f].assign(FacetSize(ds, static_cast<Facet>(f)), 0);
    MoveFacetTally(ds, spec, t, up_to_day);
    return t;
}

void MoveFacetTally(const Dataset& ds, const FilterSpec& spec, FacetTally& t, int32_t up_to_day) {
    const auto& day = ds.cols.day;
    const auto to = static_cast<size_t>(std::upper_bound(day.begin(), day.end(), up_to_day) - day.begin());
    if (to == t.counted) return;  // the day moved without passing an event
    const Compiled c = Compile(ds, spec);
    if (to > t.counted) {
        AddToTally(ds, c, t, t.counted, to, +1);
    } else if (t.counted - to <= to) {
        AddToTally(ds, c, t, to, t.counted, -1);
    } else {  // going back most of the way (a loop wrap): counting from zero is less work
        for (auto& counts : t.counts) std::fill(counts.begin(), counts.end(), 0u);
        AddToTally(ds, c, t, 0, to, +1);
    }
    t.counted = to;
}

}  // namespace rift
