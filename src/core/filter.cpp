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
};

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
    if (skip != Facet::Actor) c.actor = CodeSet(spec.actors, ds.countries.size(), country, c.impossible);
    if (skip != Facet::Target) c.target = CodeSet(spec.targets, ds.countries.size(), country, c.impossible);
    if (skip != Facet::Vendor) c.vendor = CodeSet(spec.vendors, ds.vendors.size(), vendor, c.impossible);
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
        if (by_text) {
            const std::string_view hay(col.text.data() + col.text_begin[i], col.text_begin[i + 1] - col.text_begin[i]);
            const bool by_name = c.text_names && (c.text_country[col.actor[i]] ||
                                                  AnyIn(c.text_country, col.targets, col.target_begin[i], col.target_begin[i + 1]) ||
                                                  AnyIn(c.text_vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1]));
            if (!by_name && hay.find(c.text) == std::string_view::npos) continue;
        }
        fn(static_cast<EventIndex>(i));
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

}  // namespace rift
