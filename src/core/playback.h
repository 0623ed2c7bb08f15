// The playback clock: a cursor date that moves at a speed in days per second, pure functions only.
#pragma once
#include <cstdint>
#include <span>

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
// Jumps to the first event day after / the last event day before the cursor (days sorted ascending).
PlaybackClock StepNext(PlaybackClock clock, std::span<const int32_t> event_days);
PlaybackClock StepPrev(PlaybackClock clock, std::span<const int32_t> event_days);
PlaybackClock SeekTo(PlaybackClock clock, double day);
int32_t CursorDay(const PlaybackClock& clock);

}  // namespace rift
