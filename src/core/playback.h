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

// Playback recorded as a video: the cursor runs from `start` to `end` at `speed` days a second, then the last frame is
// held for `hold` seconds. The same plan drives the page's WebM (wall-clock time) and the desktop's numbered frames.
struct RecordingPlan {
    int32_t start = 0, end = 0;
    double speed = 180.0;  // days per second, after PlanRecording's limits
    double hold = 1.5;     // seconds on the last frame
    double PlaySeconds() const { return speed > 0 ? (end - start) / speed : 0.0; }
    double Duration() const { return PlaySeconds() + hold; }
    double CursorAt(double seconds) const;  // the cursor day `seconds` into the video
    friend bool operator==(const RecordingPlan&, const RecordingPlan&) = default;
};
inline constexpr double kRecordingMinSeconds = 2.0, kRecordingMaxSeconds = 60.0;
// A plan for the clock's range at its speed, with the playing part kept between kRecordingMinSeconds and
// kRecordingMaxSeconds (a slower or faster speed where the reader's would fall outside): a video for a social post
// lasts a minute at most, and a one-day range still shows its events for two seconds.
RecordingPlan PlanRecording(const PlaybackClock& clock);

}  // namespace rift
