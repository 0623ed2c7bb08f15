// The playback clock: a cursor date that moves at a speed in days per second, pure functions only.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/dataset.h"

namespace rift {

struct PlaybackClock {
    double cursor = 0.0;          // day number (fractional while playing)
    int32_t start = 0, end = 0;   // the range the cursor moves in
    double speed = 180.0;         // days per second
    bool playing = false;
    bool loop = false;
    friend bool operator==(const PlaybackClock&, const PlaybackClock&) = default;
};

// Moves the cursor by seconds * speed; at the end it stops, or wraps to start when looping.
PlaybackClock Advance(PlaybackClock clock, double seconds);
PlaybackClock SeekTo(PlaybackClock clock, double day);

// The selection (date order) in the order stepping visits it: by day, and on one day an answered event before the
// events answering it, then the more severe first, then the dataset's order. Every event is a stop, so a day with
// five events takes five steps.
std::vector<EventIndex> StepOrder(const Dataset& ds, std::span<const EventIndex> selection);
// The position in `order` of the next (direction > 0) or previous stop: the neighbour of `current` when it is in
// `order` on `cursor_day`; else the first event after `cursor_day`, or the last before it. nullopt at either end.
std::optional<size_t> NextStop(const Dataset& ds, std::span<const EventIndex> order, std::optional<EventIndex> current,
                               int32_t cursor_day, int direction);
int32_t CursorDay(const PlaybackClock& clock);

}  // namespace rift
