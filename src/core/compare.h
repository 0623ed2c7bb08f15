// Side-by-side country profiles and the reciprocity of each pair (A→B against B→A over time).
#pragma once
#include <span>
#include <vector>

#include "core/aggregate.h"

namespace rift {

struct CountryProfile {
    CountryId country = 0;
    std::vector<uint32_t> taken_by_measure;     // kMeasureCount entries
    std::vector<uint32_t> received_by_measure;  // kMeasureCount entries
    std::vector<std::pair<VendorId, uint32_t>> vendors_targeted;  // most targeted first
    uint32_t taken = 0, received = 0;
    std::optional<EventIndex> first_taken, latest_taken;
};

struct Reciprocity {
    CountryId a = 0, b = 0;
    TimeBucket bucket = TimeBucket::Year;
    int32_t first = 0;                  // bucket number of the entries below
    std::vector<uint32_t> a_to_b, b_to_a;
    std::vector<uint32_t> a_to_b_severity, b_to_a_severity;
};

CountryProfile ProfileOf(const Dataset& ds, std::span<const EventIndex> selection, CountryId country);
Reciprocity ReciprocityOf(const Dataset& ds, std::span<const EventIndex> selection, CountryId a, CountryId b,
                          TimeBucket bucket);

struct Comparison {
    std::vector<CountryProfile> profiles;
    std::vector<Reciprocity> pairs;  // every unordered pair, in the order of the countries given
};
// 2-4 countries; codes unknown to the dataset are skipped.
Comparison Compare(const Dataset& ds, std::span<const EventIndex> selection, std::span<const CountryId> countries,
                   TimeBucket bucket = TimeBucket::Year);

}  // namespace rift
