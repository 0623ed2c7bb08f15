// The escalation index of a dyad over time, and response chains (what an event answered, what answered it).
#pragma once
#include <span>
#include <vector>

#include "core/aggregate.h"

namespace rift {

// I(t) = sum over the dyad's events e with day(e) <= t of severity(e) * 2^(-(t - day(e)) / half_life).
// Documented in docs/ESCALATION.md.
struct EscalationParams {
    double half_life_days = 365.0;
};

struct EscalationSeries {
    CountryId actor = 0, target = 0;
    int32_t first_month = 0;     // month index of values[0]
    std::vector<float> values;   // the index on the last day of each month
};

// Monthly series from the month of the dyad's first event (within the selection) to `last_day`'s month.
EscalationSeries Escalation(const Dataset& ds, std::span<const EventIndex> selection, CountryId actor,
                            CountryId target, int32_t first_day, int32_t last_day, const EscalationParams& p = {});
// The index of one dyad at one day.
double EscalationAt(const Dataset& ds, std::span<const EventIndex> selection, CountryId actor, CountryId target,
                    int32_t day, const EscalationParams& p = {});

struct ResponseChain {
    std::vector<EventIndex> answered;     // transitively earlier events this one answers, in date order
    std::vector<EventIndex> answered_by;  // transitively later events answering it, in date order
};
ResponseChain ResponseChainOf(const Dataset& ds, EventIndex event);

}  // namespace rift
