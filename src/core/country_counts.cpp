// Per-country counts for the Map and its tooltip.
#include "core/country_counts.h"

#include <algorithm>
#include <cmath>

#include "core/sort_ids.h"

namespace rift {

CountryCounts CountCountries(const Dataset& ds, std::span<const EventIndex> selection, int32_t day,
                             std::optional<VendorId> vendor) {
    const Columns& col = ds.cols;
    CountryCounts c;
    c.taken.assign(ds.countries.size(), 0);
    c.received.assign(ds.countries.size(), 0);
    c.against.assign(ds.countries.size(), 0);
    for (EventIndex i : selection) {
        if (col.day[i] > day) break;  // the selection is in date order
        ++c.taken[col.actor[i]];
        for (CountryId t : col.TargetsOf(i)) ++c.received[t];
        if (vendor && col.TargetsVendor(i, *vendor)) ++c.against[col.actor[i]];
    }
    auto max_of = [](const std::vector<uint32_t>& v) { return v.empty() ? 0u : *std::max_element(v.begin(), v.end()); };
    c.max_taken = max_of(c.taken);
    c.max_received = max_of(c.received);
    c.max_against = max_of(c.against);
    return c;
}

std::vector<VendorCount> TopVendors(const Dataset& ds, std::span<const EventIndex> selection, int32_t day,
                                    CountryId country, CountryRole role, size_t limit) {
    const Columns& col = ds.cols;
    std::vector<uint32_t> n(ds.vendors.size(), 0);
    for (EventIndex i : selection) {
        if (col.day[i] > day) break;
        const bool involved = role == CountryRole::Received ? col.HasTarget(i, country) : col.actor[i] == country;
        if (!involved) continue;
        for (VendorId v : col.TargetedVendorsOf(i)) ++n[v];
    }
    std::vector<VendorCount> top;
    for (size_t v = 0; v < n.size(); ++v)
        if (n[v]) top.emplace_back(static_cast<VendorId>(v), n[v]);
    SortIdCounts(top, [&](const IdCount& a, const IdCount& b) {
        return a.second != b.second ? a.second > b.second : ds.vendors[a.first].name < ds.vendors[b.first].name;
    });
    if (top.size() > limit) top.resize(limit);
    return top;
}

std::optional<VendorId> MostNamedVendor(const Dataset& ds) {
    if (ds.vendors.empty()) return std::nullopt;
    std::vector<uint32_t> n(ds.vendors.size(), 0);
    for (size_t i = 0; i < ds.size(); ++i)
        for (VendorId v : ds.cols.TargetedVendorsOf(i)) ++n[v];
    return static_cast<VendorId>(std::max_element(n.begin(), n.end()) - n.begin());
}

// max^(k/5) as exp(log(max) k/5): the same bounds as std::pow for every max up to 50M (checked natively and in
// wasm), and pow's code and tables (2 KB of wasm) stay out of the page.
std::vector<uint32_t> ClassBreaks(uint32_t max) {
    std::vector<uint32_t> b;
    for (int k = 1; k <= 5 && max > 0; ++k) {
        const auto v =
            k == 5 ? max : static_cast<uint32_t>(std::lround(std::exp(std::log(static_cast<double>(max)) * k / 5.0)));
        if (b.empty() || v > b.back()) b.push_back(std::max(v, 1u));
    }
    return b;
}

}  // namespace rift
