// Aggregations over a selection, reading only the columns.
#include "core/aggregate.h"

#include <algorithm>
#include <cmath>

namespace rift {

int32_t BucketOf(int32_t day, TimeBucket bucket) {
    switch (bucket) {
        case TimeBucket::Month: return MonthIndex(day);
        case TimeBucket::Quarter: return QuarterIndex(day);
        case TimeBucket::Year: return YearIndex(day);
    }
    return 0;
}

int32_t BucketStartDay(int32_t bucket_index, TimeBucket bucket) {
    switch (bucket) {
        case TimeBucket::Month: return DayFromMonthIndex(bucket_index);
        case TimeBucket::Quarter: return DayFromMonthIndex(bucket_index * 3);
        case TimeBucket::Year: return DaysFromCivil(1970 + bucket_index, 1, 1);
    }
    return 0;
}

TimeSeries CountByTime(const Dataset& ds, std::span<const EventIndex> selection, TimeBucket bucket) {
    TimeSeries ts;
    ts.bucket = bucket;
    if (selection.empty()) return ts;
    // The selection is in date order, so the first and last events bound the series.
    ts.first = BucketOf(ds.cols.day[selection.front()], bucket);
    const int32_t last = BucketOf(ds.cols.day[selection.back()], bucket);
    ts.counts.assign(static_cast<size_t>(last - ts.first + 1), 0);
    if (bucket == TimeBucket::Month) {
        // Month boundaries advance monotonically along a date-ordered selection: avoid a civil
        // conversion per event.
        int32_t month = ts.first;
        int32_t next_start = DayFromMonthIndex(month + 1);
        for (EventIndex i : selection) {
            const int32_t d = ds.cols.day[i];
            while (d >= next_start) next_start = DayFromMonthIndex(++month + 1);
            ++ts.counts[static_cast<size_t>(month - ts.first)];
        }
        return ts;
    }
    for (EventIndex i : selection) ++ts.counts[static_cast<size_t>(BucketOf(ds.cols.day[i], bucket) - ts.first)];
    return ts;
}

std::vector<uint32_t> CountBy(const Dataset& ds, std::span<const EventIndex> selection, Facet facet) {
    std::vector<uint32_t> counts(FacetSize(ds, facet), 0);
    for (EventIndex i : selection) ForEachFacetValue(ds.cols, i, facet, [&](auto v) { ++counts[v]; });
    return counts;
}

DyadMatrix CountDyads(const Dataset& ds, std::span<const EventIndex> selection) {
    DyadMatrix m;
    m.n = ds.countries.size();
    m.counts.assign(m.n * m.n, 0);
    const Columns& c = ds.cols;
    for (EventIndex i : selection) {
        const size_t row = c.actor[i] * m.n;
        for (CountryId t : c.TargetsOf(i)) ++m.counts[row + t];
    }
    return m;
}

void UpdateDensity(DensityGrid& grid, const Dataset& ds, std::span<const EventIndex> selection,
                   std::span<const int32_t> selection_days, uint64_t version, double from, double to,
                   float width_in_bins, int32_t up_to_day) {
    const auto days_begin = selection_days.begin();
    const auto first = static_cast<size_t>(
        std::lower_bound(days_begin, selection_days.end(), static_cast<int32_t>(std::floor(from))) - days_begin);
    const auto last = static_cast<size_t>(
        std::upper_bound(days_begin, selection_days.end(), static_cast<int32_t>(std::ceil(to))) - days_begin);
    const size_t end = first >= last ? first
                                     : static_cast<size_t>(std::upper_bound(days_begin + static_cast<std::ptrdiff_t>(first),
                                                                            days_begin + static_cast<std::ptrdiff_t>(last),
                                                                            up_to_day) - days_begin);
    const bool same = grid.version == version && grid.from == from && grid.to == to &&
                      grid.width_in_bins == width_in_bins && grid.first == first && grid.counted <= end &&
                      grid.bins > 0;
    if (!same) {
        grid.bins = static_cast<size_t>(std::max(width_in_bins, 0.0f)) + 1;
        grid.counts.assign(ds.countries.size() * grid.bins, 0);
        grid.max_count = 0;
        grid.version = version;
        grid.from = from;
        grid.to = to;
        grid.width_in_bins = width_in_bins;
        grid.first = grid.counted = first;
    }
    const float last_bin = static_cast<float>(grid.bins - 1);
    const double span = to > from ? to - from : 1.0;
    for (size_t k = grid.counted; k < end; ++k) {
        const EventIndex i = selection[k];
        const float x = static_cast<float>((selection_days[k] - from) / span) * width_in_bins;
        const auto bin = static_cast<size_t>(std::clamp(x, 0.0f, last_bin));
        grid.max_count = std::max(grid.max_count, ++grid.counts[ds.cols.actor[i] * grid.bins + bin]);
    }
    grid.counted = end;
}

}  // namespace rift
