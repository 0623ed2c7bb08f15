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

// Events of a selection per (actor, time bin) over a range of days, up to a day: the timeline's density view when
// too many events are visible to draw one by one. Kept between frames: while the playback cursor moves forward,
// only the events it passed are added; anything else (another selection, range or bin count, a cursor moved back)
// counts afresh.
struct DensityGrid {
    size_t bins = 0;
    std::vector<uint32_t> counts;  // counts[actor * bins + bin]
    uint32_t max_count = 0;
    uint32_t at(CountryId actor, size_t bin) const { return counts[actor * bins + bin]; }

    // What the counts are for (UpdateDensity's arguments), and the selection positions counted: [first, counted).
    uint64_t version = 0;
    double from = 0, to = 0;
    float width_in_bins = -1;
    size_t first = 0, counted = 0;
};
// `selection` in date order with its days (`selection_days`), and `version` changing whenever it does. Counts the
// events with from <= day <= to (whole days: floor(from) to ceil(to)) and day <= up_to_day (kNoEnd: all), in bins
// of equal width over [from, to]: an event goes to bin floor((day - from) / (to - from) * width_in_bins), clamped to
// the last of the floor(width_in_bins) + 1 bins. (The timeline: `width_in_bins` is its width over the bin width.)
void UpdateDensity(DensityGrid& grid, const Dataset& ds, std::span<const EventIndex> selection,
                   std::span<const int32_t> selection_days, uint64_t version, double from, double to,
                   float width_in_bins, int32_t up_to_day);

}  // namespace rift
