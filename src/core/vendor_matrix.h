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

// Only measures in force on `day`: dated on or before it, not yet ended, not merely proposed.
// Cells are sorted by country code then vendor name.
std::vector<VendorCell> VendorMatrixAt(const Dataset& ds, std::span<const EventIndex> selection, int32_t day);

bool InForce(const Dataset& ds, EventIndex i, int32_t day);

}  // namespace rift
