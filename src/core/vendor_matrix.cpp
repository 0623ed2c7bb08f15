// The vendor restriction matrix, built sparse (only cells with a measure).
#include "core/vendor_matrix.h"

#include <algorithm>
#include <unordered_map>

namespace rift {

bool InForce(const Dataset& ds, EventIndex i, int32_t day) {
    const Columns& c = ds.cols;
    return c.day[i] <= day && day < c.end_day[i] && c.status[i] != static_cast<uint8_t>(Status::Proposed);
}

std::vector<VendorCell> VendorMatrixAt(const Dataset& ds, std::span<const EventIndex> selection, int32_t day) {
    std::unordered_map<uint32_t, size_t> where;  // (country << 16 | vendor) -> cell index
    std::vector<VendorCell> cells;
    const Columns& c = ds.cols;
    for (EventIndex i : selection) {
        if (c.day[i] > day) break;  // date order
        if (!InForce(ds, i, day)) continue;
        const auto m = static_cast<Measure>(c.measure[i]);
        for (uint32_t k = c.vendor_begin[i]; k < c.vendor_begin[i + 1]; ++k) {
            const uint32_t key = (static_cast<uint32_t>(c.actor[i]) << 16) | c.vendors[k];
            auto [it, inserted] = where.try_emplace(key, cells.size());
            if (inserted) cells.push_back(VendorCell{c.actor[i], c.vendors[k], m, 0, {}});
            VendorCell& cell = cells[it->second];
            if (RestrictionStrength(m) > RestrictionStrength(cell.strongest) ||
                (RestrictionStrength(m) == RestrictionStrength(cell.strongest) && c.severity[i] > cell.max_severity))
                cell.strongest = m;
            cell.max_severity = std::max(cell.max_severity, c.severity[i]);
            cell.events.push_back(i);
        }
    }
    std::sort(cells.begin(), cells.end(), [&](const VendorCell& a, const VendorCell& b) {
        if (a.country != b.country) return ds.countries[a.country] < ds.countries[b.country];
        return ds.vendors[a.vendor].name < ds.vendors[b.vendor].name;
    });
    return cells;
}

VendorGrid GridOf(const Dataset& ds, std::span<const VendorCell> cells, VendorOrder order) {
    VendorGrid g;
    std::vector<uint32_t> per_vendor(ds.vendors.size(), 0), per_country(ds.countries.size(), 0);
    for (const VendorCell& c : cells) {
        ++per_vendor[c.vendor];
        ++per_country[c.country];
    }
    for (VendorId v = 0; v < per_vendor.size(); ++v)
        if (per_vendor[v]) g.vendors.push_back(v);
    for (CountryId c = 0; c < per_country.size(); ++c)
        if (per_country[c]) g.countries.push_back(c);
    if (order == VendorOrder::MostRestricted)
        std::stable_sort(g.vendors.begin(), g.vendors.end(),
                         [&](VendorId a, VendorId b) { return per_vendor[a] > per_vendor[b]; });
    else
        std::stable_sort(g.vendors.begin(), g.vendors.end(),
                         [&](VendorId a, VendorId b) { return ds.vendors[a].name < ds.vendors[b].name; });
    std::sort(g.countries.begin(), g.countries.end(), [&](CountryId a, CountryId b) {
        if (per_country[a] != per_country[b]) return per_country[a] > per_country[b];
        return ds.countries[a] < ds.countries[b];
    });
    std::vector<int32_t> row_of(ds.vendors.size(), -1), col_of(ds.countries.size(), -1);
    for (size_t r = 0; r < g.vendors.size(); ++r) row_of[g.vendors[r]] = static_cast<int32_t>(r);
    for (size_t k = 0; k < g.countries.size(); ++k) col_of[g.countries[k]] = static_cast<int32_t>(k);
    g.cell.assign(g.vendors.size() * g.countries.size(), -1);
    for (size_t i = 0; i < cells.size(); ++i)
        g.cell[static_cast<size_t>(row_of[cells[i].vendor]) * g.countries.size() + static_cast<size_t>(col_of[cells[i].country])] =
            static_cast<int32_t>(i);
    return g;
}

}  // namespace rift
