// Side-by-side country profiles, each country's measures over time, and the reciprocity of each pair (A→B
// against B→A over time).
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

// Each compared country's measures per period, taken (as actor) and received (as a target), by measure type,
// on one time axis shared by all of them. Only the first `counted` events of the selection are counted, so the
// playback cursor can move the count forwards and backwards without recounting the whole selection.
struct CountryTimeline {
    CountryId country = 0;
    std::vector<uint32_t> taken, received;  // periods × kMeasureCount, [period * kMeasureCount + measure]
    std::vector<uint32_t> vendors;          // per vendor: counted measures the country took naming it
    std::vector<size_t> taken_at;           // selection positions of every event the country took, counted or not
    uint32_t Taken(size_t period, int measure) const {
        return taken[period * static_cast<size_t>(kMeasureCount) + static_cast<size_t>(measure)];
    }
    uint32_t Received(size_t period, int measure) const {
        return received[period * static_cast<size_t>(kMeasureCount) + static_cast<size_t>(measure)];
    }
};
// Two compared countries per period: the counted measures a took against b, and b against a (ReciprocityOf
// at the cursor, on the timeline's axis).
struct PairTimeline {
    size_t a = 0, b = 0;                   // indices into CompareTimeline::countries, a < b
    std::vector<uint32_t> a_to_b, b_to_a;  // per period
};
struct CompareTimeline {
    TimeBucket bucket = TimeBucket::Year;
    int32_t first = 0;    // bucket number of period 0
    size_t periods = 0;   // from the selection's first event to its last: the axis does not move during playback
    size_t counted = 0;   // selection events [0, counted) are in the counts: those up to the day last asked for
    std::vector<CountryTimeline> countries;
    std::vector<PairTimeline> pairs;  // every unordered pair, in the order of the countries given
};

// Years, or quarters when both days fall within four calendar years.
TimeBucket ChartBucket(int32_t first_day, int32_t last_day);
// A compared country's vendors targeted by family (TikTok and CapCut counted as ByteDance): each counted measure it
// took once per family it targets, most targeted first. ProfileAt's vendors_targeted counts per vendor.
std::vector<std::pair<VendorId, uint32_t>> FamiliesTargeted(const Dataset& ds, std::span<const EventIndex> selection,
                                                            const CompareTimeline& timeline, size_t index);
// The timeline of `countries` over the selection, counting the events up to `up_to_day` (inclusive).
CompareTimeline TimelineOf(const Dataset& ds, std::span<const EventIndex> selection, std::span<const CountryId> countries,
                           int32_t up_to_day);
// Moves a timeline made by TimelineOf (with the same selection) to count the events up to another day: adds or
// removes only the events between the two days.
void MoveTimeline(const Dataset& ds, std::span<const EventIndex> selection, CompareTimeline& timeline, int32_t up_to_day);
// The largest number of measures any of the countries took, or received, in one period.
uint32_t PeakOf(const CompareTimeline& timeline);
// The largest number of measures one country of a pair took against the other in one period.
uint32_t PairPeakOf(const CompareTimeline& timeline);
// Country `index` of the timeline as ProfileOf would give it for the counted events only: the profile at the cursor.
CountryProfile ProfileAt(std::span<const EventIndex> selection, const CompareTimeline& timeline, size_t index);

}  // namespace rift
