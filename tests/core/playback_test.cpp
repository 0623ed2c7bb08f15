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

TEST(Playback, SeekClampsAndDays) {
    PlaybackClock c{.cursor = 150, .start = 100, .end = 1000};
    EXPECT_EQ(SeekTo(c, 5000).cursor, 1000);
    EXPECT_EQ(SeekTo(c, -5).cursor, 100);
    c.cursor = 299.7;
    EXPECT_EQ(CursorDay(c), 299);
}

// Stepping visits every event: on 19 May 2014 (the small fixture) the indictment, then nothing else that day; a
// day with an event and its answer steps through the answered one first, whatever their ids or severities say.
TEST(Playback, StepOrderVisitsEveryEventAnswersAfterWhatTheyAnswer) {
    auto ds = std::make_unique<Dataset>();
    const CountryId us = ds->InternCountry("US"), cn = ds->InternCountry("CN");
    struct Row { const char* id; const char* date; CountryId actor; uint8_t severity; const char* answers; };
    const Row rows[] = {{"a-indictment", "2014-05-19", us, 3, ""}, {"b-summons", "2014-05-19", cn, 2, "a-indictment"},
                        {"c-suspends", "2014-05-19", cn, 4, "a-indictment"}, {"d-protest", "2014-05-19", cn, 5, "c-suspends"},
                        {"e-vetting", "2014-05-22", cn, 4, ""}, {"f-earlier", "2014-05-01", us, 1, ""}};
    for (const Row& r : rows) {
        Event e;
        e.id = r.id;
        e.date = *ParseDate(r.date);
        e.actor = r.actor;
        e.severity = r.severity;
        ds->events.push_back(std::move(e));
    }
    ds->Finalize();
    auto at = [&](const char* id) { return *ds->FindEvent(id); };
    for (const Row& r : rows)
        if (*r.answers) ds->events[at(r.id)].responds_to.push_back(at(r.answers));
    ds->Finalize();  // links in place (answered_by filled)
    std::vector<EventIndex> all(ds->size());
    for (EventIndex i = 0; i < all.size(); ++i) all[i] = i;
    const auto order = StepOrder(*ds, all);
    std::vector<std::string> ids;
    for (EventIndex i : order) ids.push_back(ds->events[i].id.str());
    // 19 May: the indictment first (it answers nothing), then of its answers the more severe (c, 4), then d (5,
    // which answers c), then b.
    EXPECT_EQ(ids, (std::vector<std::string>{"f-earlier", "a-indictment", "c-suspends", "d-protest", "b-summons", "e-vetting"}));
    const int32_t may19 = ParseDate("2014-05-19")->day;
    // From nothing selected before the day: the first stop is the day's first event; then each in turn.
    auto next = NextStop(*ds, order, std::nullopt, may19 - 1, +1);
    ASSERT_TRUE(next);
    EXPECT_EQ(order[*next], at("a-indictment"));
    EXPECT_EQ(order[*NextStop(*ds, order, at("a-indictment"), may19, +1)], at("c-suspends"));
    EXPECT_EQ(order[*NextStop(*ds, order, at("b-summons"), may19, +1)], at("e-vetting"));
    EXPECT_EQ(order[*NextStop(*ds, order, at("c-suspends"), may19, -1)], at("a-indictment"));
    // With no stop selected on the cursor's day: after it / before it.
    EXPECT_EQ(order[*NextStop(*ds, order, std::nullopt, may19, +1)], at("e-vetting"));
    EXPECT_EQ(order[*NextStop(*ds, order, std::nullopt, may19, -1)], at("f-earlier"));
    EXPECT_FALSE(NextStop(*ds, order, at("e-vetting"), ParseDate("2014-05-22")->day, +1));
    EXPECT_FALSE(NextStop(*ds, order, at("f-earlier"), ParseDate("2014-05-01")->day, -1));
}

TEST(Playback, RecordingPlanPlaysTheRangeAtTheReadersSpeedWithinLimits) {
    PlaybackClock clock;
    clock.start = 1000;
    clock.end = 1900;  // 900 days
    clock.speed = 180.0;
    RecordingPlan plan = PlanRecording(clock);
    EXPECT_EQ(plan.start, 1000);
    EXPECT_EQ(plan.end, 1900);
    EXPECT_DOUBLE_EQ(plan.PlaySeconds(), 5.0);  // the reader's speed: 900 / 180
    EXPECT_DOUBLE_EQ(plan.Duration(), 5.0 + plan.hold);
    EXPECT_DOUBLE_EQ(plan.CursorAt(-1.0), 1000.0);
    EXPECT_DOUBLE_EQ(plan.CursorAt(0.0), 1000.0);
    EXPECT_DOUBLE_EQ(plan.CursorAt(2.5), 1450.0);
    EXPECT_DOUBLE_EQ(plan.CursorAt(5.0), 1900.0);
    EXPECT_DOUBLE_EQ(plan.CursorAt(6.0), 1900.0);  // the hold
    // Too slow for a social post: a minute at most.
    clock.speed = 1.0;
    plan = PlanRecording(clock);
    EXPECT_DOUBLE_EQ(plan.PlaySeconds(), kRecordingMaxSeconds);
    EXPECT_DOUBLE_EQ(plan.CursorAt(kRecordingMaxSeconds), 1900.0);
    // Too fast to see anything: two seconds at least, even for a range of no days.
    clock.speed = 10000.0;
    EXPECT_DOUBLE_EQ(PlanRecording(clock).PlaySeconds(), kRecordingMinSeconds);
    clock.end = clock.start;
    plan = PlanRecording(clock);
    EXPECT_DOUBLE_EQ(plan.CursorAt(1.0), 1000.0);
    EXPECT_GT(plan.Duration(), 0.0);
}

}  // namespace rift
