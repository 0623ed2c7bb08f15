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

}  // namespace rift
