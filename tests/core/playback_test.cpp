// Tests for core/playback: advancing, stopping, looping and stepping between event days.
#include "core/playback.h"

#include <gtest/gtest.h>

#include <vector>

namespace rift {

TEST(Playback, AdvanceMovesOnlyWhilePlaying) {
    PlaybackClock c{.cursor = 100, .start = 100, .end = 1000, .speed = 10, .playing = false, .loop = false};
    EXPECT_EQ(Advance(c, 1.0).cursor, 100);
    c.playing = true;
    EXPECT_DOUBLE_EQ(Advance(c, 1.5).cursor, 115);
    EXPECT_DOUBLE_EQ(Advance(c, -1).cursor, 100);
}

TEST(Playback, StopsAtEndOrLoops) {
    PlaybackClock c{.cursor = 990, .start = 100, .end = 1000, .speed = 100, .playing = true, .loop = false};
    PlaybackClock d = Advance(c, 1.0);
    EXPECT_EQ(d.cursor, 1000);
    EXPECT_FALSE(d.playing);
    c.loop = true;
    d = Advance(c, 1.0);
    EXPECT_TRUE(d.playing);
    EXPECT_DOUBLE_EQ(d.cursor, 190);  // 990 + 100 = 1090 -> 100 + (990 % 900)
}

TEST(Playback, StepsBetweenEventDays) {
    const std::vector<int32_t> days = {150, 150, 300, 700};
    PlaybackClock c{.cursor = 200, .start = 100, .end = 1000};
    EXPECT_EQ(StepNext(c, days).cursor, 300);
    EXPECT_EQ(StepPrev(c, days).cursor, 150);
    c.cursor = 700;
    EXPECT_EQ(StepNext(c, days).cursor, 700);  // no later event: stays
    c.cursor = 150;
    EXPECT_EQ(StepPrev(c, days).cursor, 150);  // no earlier event: stays
    EXPECT_EQ(SeekTo(c, 5000).cursor, 1000);
    EXPECT_EQ(SeekTo(c, -5).cursor, 100);
    c.cursor = 299.7;
    EXPECT_EQ(CursorDay(c), 299);
}

}  // namespace rift
