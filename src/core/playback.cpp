// Playback clock transitions.
#include "core/playback.h"

#include <algorithm>
#include <cmath>

namespace rift {

PlaybackClock SeekTo(PlaybackClock clock, double day) {
    clock.cursor = std::clamp(day, static_cast<double>(clock.start), static_cast<double>(clock.end));
    return clock;
}

PlaybackClock Advance(PlaybackClock clock, double seconds) {
    if (!clock.playing || seconds <= 0.0) return clock;
    const double next = clock.cursor + seconds * clock.speed;
    if (next <= clock.end) {
        clock.cursor = next;
    } else if (clock.loop && clock.end > clock.start) {
        const double span = clock.end - clock.start;
        clock.cursor = clock.start + std::fmod(next - clock.start, span);
    } else {
        clock.cursor = clock.end;
        clock.playing = false;
    }
    return clock;
}

int32_t CursorDay(const PlaybackClock& clock) { return static_cast<int32_t>(std::floor(clock.cursor)); }

double RecordingPlan::CursorAt(double seconds) const {
    return std::min(start + std::max(seconds, 0.0) * speed, static_cast<double>(end));
}

RecordingPlan PlanRecording(const PlaybackClock& clock) {
    RecordingPlan plan;
    plan.start = clock.start;
    plan.end = std::max(clock.end, clock.start);
    const double days = plan.end - plan.start;
    const double seconds = clock.speed > 0 ? days / clock.speed : kRecordingMaxSeconds;
    plan.speed = days / std::clamp(seconds, kRecordingMinSeconds, kRecordingMaxSeconds);
    return plan;
}

std::vector<EventIndex> StepOrder(const Dataset& ds, std::span<const EventIndex> selection) {
    std::vector<EventIndex> order;
    order.reserve(selection.size());
    const Columns& c = ds.cols;
    for (size_t a = 0; a < selection.size();) {
        size_t b = a;
        while (b < selection.size() && c.day[selection[b]] == c.day[selection[a]]) ++b;
        // One day's events [a, b): the more severe first; where one answers another of the same day (rare), each is
        // placed once those it answers are (a scan per placement: days hold a few events in real data, and a
        // synthetic million has no same-day links, so that day takes the sort alone).
        std::vector<EventIndex> left(selection.begin() + static_cast<std::ptrdiff_t>(a),
                                     selection.begin() + static_cast<std::ptrdiff_t>(b));
        bool linked = false;
        for (EventIndex e : left)
            for (EventIndex r : ds.events[e].responds_to) linked = linked || c.day[r] == c.day[e];
        if (!linked) {  // by severity, 5 to 1, each in the dataset's order: one pass per severity, no sort
            for (int sev = 5; sev >= 0; --sev)
                for (EventIndex e : left)
                    if (c.severity[e] == sev || (sev == 0 && (c.severity[e] > 5 || c.severity[e] == 0))) order.push_back(e);
            a = b;
            continue;
        }
        while (!left.empty()) {
            size_t best = left.size();
            for (size_t k = 0; k < left.size(); ++k) {
                bool ready = true;
                for (EventIndex r : ds.events[left[k]].responds_to)
                    ready = ready && std::find(left.begin(), left.end(), r) == left.end();
                if (ready && (best == left.size() || c.severity[left[k]] > c.severity[left[best]])) best = k;
            }
            if (best == left.size()) best = 0;  // a cycle within a day (the loader refuses them): the first
            order.push_back(left[best]);
            left.erase(left.begin() + static_cast<std::ptrdiff_t>(best));
        }
        a = b;
    }
    return order;
}

std::optional<size_t> NextStop(const Dataset& ds, std::span<const EventIndex> order, std::optional<EventIndex> current,
                               int32_t cursor_day, int direction) {
    const Columns& c = ds.cols;
    if (current && c.day[*current] == cursor_day) {
        const auto at = std::find(order.begin(), order.end(), *current);
        if (at != order.end()) {
            const auto k = static_cast<size_t>(at - order.begin());
            if (direction > 0) return k + 1 < order.size() ? std::optional<size_t>(k + 1) : std::nullopt;
            return k > 0 ? std::optional<size_t>(k - 1) : std::nullopt;
        }
    }
    // No current stop on this day: the first event after the cursor's day, or the last one before it (the order is
    // by day, so a binary search over it finds the day's bounds).
    auto by_day = [&](EventIndex e, int32_t d) { return c.day[e] < d; };
    if (direction > 0) {
        const auto it = std::lower_bound(order.begin(), order.end(), cursor_day + 1, by_day);
        return it != order.end() ? std::optional<size_t>(static_cast<size_t>(it - order.begin())) : std::nullopt;
    }
    const auto it = std::lower_bound(order.begin(), order.end(), cursor_day, by_day);
    return it != order.begin() ? std::optional<size_t>(static_cast<size_t>(it - order.begin()) - 1) : std::nullopt;
}

}  // namespace rift
