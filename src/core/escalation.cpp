// Escalation index with exponential decay (one pass per dyad), and response-chain walks.
#include "core/escalation.h"

#include <algorithm>
#include <cmath>

namespace rift {

EscalationSeries Escalation(const Dataset& ds, std::span<const EventIndex> selection, CountryId actor,
                            CountryId target, int32_t first_day, int32_t last_day, const EscalationParams& p) {
    EscalationSeries s;
    s.actor = actor;
    s.target = target;
    s.first_month = MonthIndex(first_day);
    const int32_t last_month = MonthIndex(last_day);
    if (last_month < s.first_month) return s;
    s.values.assign(static_cast<size_t>(last_month - s.first_month + 1), 0.0f);
    const double lambda = std::log(2.0) / p.half_life_days;
    const Columns& c = ds.cols;
    // Walk months and events together: carry the decayed sum from one month end to the next.
    double sum = 0.0;
    int32_t sum_day = first_day;
    size_t k = 0;
    for (size_t m = 0; m < s.values.size(); ++m) {
        const int32_t month_end = DayFromMonthIndex(s.first_month + static_cast<int32_t>(m) + 1) - 1;
        for (; k < selection.size() && c.day[selection[k]] <= month_end; ++k) {
            const EventIndex i = selection[k];
            if (c.actor[i] != actor || !c.HasTarget(i, target) || c.day[i] < first_day) continue;
            sum = sum * std::exp(-lambda * (c.day[i] - sum_day)) + c.severity[i];
            sum_day = c.day[i];
        }
        s.values[m] = static_cast<float>(sum * std::exp(-lambda * (month_end - sum_day)));
    }
    return s;
}

double EscalationAt(const Dataset& ds, std::span<const EventIndex> selection, CountryId actor, CountryId target,
                    int32_t day, const EscalationParams& p) {
    const double lambda = std::log(2.0) / p.half_life_days;
    const Columns& c = ds.cols;
    double sum = 0.0;
    for (EventIndex i : selection) {
        if (c.day[i] > day) break;
        if (c.actor[i] == actor && c.HasTarget(i, target)) sum += c.severity[i] * std::exp(-lambda * (day - c.day[i]));
    }
    return sum;
}

ResponseChain ResponseChainOf(const Dataset& ds, EventIndex event) {
    ResponseChain chain;
    auto walk = [&](auto member, std::vector<EventIndex>& out) {
        std::vector<uint8_t> seen(ds.events.size(), 0);
        std::vector<EventIndex> stack{event};
        seen[event] = 1;
        while (!stack.empty()) {
            const EventIndex e = stack.back();
            stack.pop_back();
            for (EventIndex next : ds.events[e].*member) {
                if (seen[next]) continue;
                seen[next] = 1;
                out.push_back(next);
                stack.push_back(next);
            }
        }
        std::sort(out.begin(), out.end());
    };
    walk(&Event::responds_to, chain.answered);
    walk(&Event::answered_by, chain.answered_by);
    return chain;
}

}  // namespace rift
