// Tests for core/date: parsing with precision, calendar arithmetic, formatting.
#include "core/date.h"

#include <gtest/gtest.h>

namespace rift {

TEST(Date, ParsesThreePrecisions) {
    auto d = ParseDate("2014-05-19");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Day);
    EXPECT_EQ(d->day, 16209);  // 2014-05-19 is day 16209 after 1970-01-01
    auto m = ParseDate("2014-05");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->precision, Precision::Month);
    EXPECT_EQ(m->day, DaysFromCivil(2014, 5, 1));
    auto y = ParseDate("2014");
    ASSERT_TRUE(y);
    EXPECT_EQ(y->precision, Precision::Year);
    EXPECT_EQ(y->day, DaysFromCivil(2014, 1, 1));
}

TEST(Date, RejectsMalformed) {
    for (const char* bad : {"", "14", "2014-5-1", "2014-13", "2014-02-30", "2014/05/19", "20140519", "2014-05-19T00",
                            "1899", "abcd", "2023-02-29", "2014-00", "2014-05-00"})
        EXPECT_FALSE(ParseDate(bad)) << bad;
    EXPECT_TRUE(ParseDate("2024-02-29"));
}

TEST(Date, RoundTrips) {
    for (const char* s : {"1970-01-01", "2000-02-29", "2014-05-19", "2026-11-26", "2014-05", "2014"})
        EXPECT_EQ(FormatDate(*ParseDate(s)), s);
    for (int32_t day = -1000; day < 40000; day += 17) {
        const Civil c = CivilFromDays(day);
        EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), day);
    }
}

TEST(Date, Buckets) {
    const int32_t d = DaysFromCivil(2014, 5, 19);
    EXPECT_EQ(MonthIndex(d), 44 * 12 + 4);
    EXPECT_EQ(QuarterIndex(d), (44 * 12 + 4) / 3);
    EXPECT_EQ(YearIndex(d), 44);
    EXPECT_EQ(MonthStart(d), DaysFromCivil(2014, 5, 1));
    EXPECT_EQ(YearStart(d), DaysFromCivil(2014, 1, 1));
    EXPECT_EQ(DayFromMonthIndex(MonthIndex(d)), DaysFromCivil(2014, 5, 1));
    EXPECT_EQ(FormatDay(d), "2014-05-19");
}

}  // namespace rift
