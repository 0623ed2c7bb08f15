// Counts over a selection of events: by time bucket, by any facet, and the actor × target dyad matrix.
#pragma once
#include <span>
#include <vector>

#include "core/filter.h"

namespace rift {

enum class TimeBucket : uint8_t { Month, Quarter, Year };

struct TimeSeries {
    TimeBucket bucket = TimeBucket::Month;
    int32_t first = 0;             // bucket number of counts[0] (months/quarters/years since 1970)
    std::vector<uint32_t> counts;  // one per bucket from first to the last event's bucket
};

int32_t BucketOf(int32_t day, TimeBucket bucket);
int32_t BucketStartDay(int32_t bucket_index, TimeBucket bucket);

TimeSeries CountByTime(const Dataset& ds, std::span<const EventIndex> selection, TimeBucket bucket);
std::vector<uint32_t> CountBy(const Dataset& ds, std::span<const EventIndex> selection, Facet facet);

// counts[actor * n + target], n = ds.countries.size().
struct DyadMatrix {
    size_t n = 0;
    std::vector<uint32_t> counts;
    uint32_t at(CountryId actor, CountryId target) const { return counts[actor * n + target]; }
};
DyadMatrix CountDyads(const Dataset& ds, std::span<const EventIndex> selection);

}  // namespace rift
