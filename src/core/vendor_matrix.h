// Country × vendor: the strongest measure in force on a given day, with the events behind each cell.
#pragma once
#include <span>
#include <vector>

#include "core/dataset.h"

namespace rift {

struct VendorCell {
    CountryId country = 0;
    VendorId vendor = 0;
    Measure strongest = Measure::Other;
    uint8_t max_severity = 0;
    std::vector<EventIndex> events;  // in force on the day, date order
};

// Only measures in force on `day`: dated on or before it, not yet ended, not merely proposed. `selection` is in
// date order, as Filter returns it. Cells are sorted by country code then vendor name (then vendor id).
std::vector<VendorCell> VendorMatrixAt(const Dataset& ds, std::span<const EventIndex> selection, int32_t day);

bool InForce(const Dataset& ds, EventIndex i, int32_t day);

// The matrix by vendor family: each product's or subsidiary's cells are merged into its family's top (TikTok and
// CapCut into ByteDance): the strongest measure of the merged cells (then the highest severity), their events once
// each in date order. Cells come sorted as VendorMatrixAt sorts them.
std::vector<VendorCell> RollUpToFamilies(const Dataset& ds, std::span<const VendorCell> cells);

// The matrix laid out as a grid: vendors (rows) and acting countries (columns) that have at least one cell.
enum class VendorOrder : uint8_t { MostRestricted, Name };
struct VendorGrid {
    std::vector<VendorId> vendors;    // rows, by the number of countries restricting them, or by name
    std::vector<CountryId> countries; // columns, most restricting first (ties by code)
    std::vector<int32_t> cell;        // rows × columns: index into the cells, or -1
    int32_t At(size_t row, size_t col) const { return cell[row * countries.size() + col]; }
};
VendorGrid GridOf(const Dataset& ds, std::span<const VendorCell> cells, VendorOrder order);

}  // namespace rift
