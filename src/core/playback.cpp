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

PlaybackClock StepNext(PlaybackClock clock, std::span<const int32_t> event_days) {
    auto it = std::upper_bound(event_days.begin(), event_days.end(), CursorDay(clock));
    if (it != event_days.end()) clock = SeekTo(clock, *it);
    return clock;
}

PlaybackClock StepPrev(PlaybackClock clock, std::span<const int32_t> event_days) {
    auto it = std::lower_bound(event_days.begin(), event_days.end(), CursorDay(clock));
    if (it != event_days.begin()) clock = SeekTo(clock, *std::prev(it));
    return clock;
}

}  // namespace rift
