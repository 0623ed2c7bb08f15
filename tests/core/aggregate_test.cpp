// Tests for core/aggregate: time buckets, facet counts and the dyad matrix on the fixture.
#include "core/aggregate.h"

#include "fixture.h"

namespace rift {

TEST(Aggregate, ByYear) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    TimeSeries ts = CountByTime(*ds, sel, TimeBucket::Year);
    EXPECT_EQ(ts.first, 2012 - 1970);
    // 2012:1 2013:0 2014:3 ... 2019:2 2020:3 2021:0 2022:1
    EXPECT_EQ(ts.counts, (std::vector<uint32_t>{1, 0, 3, 0, 0, 0, 0, 2, 3, 0, 1}));
}

TEST(Aggregate, ByMonthAndQuarter) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.from = ParseDate("2014");
    spec.to = ParseDate("2014");
    auto sel = Filter(*ds, spec);
    TimeSeries m = CountByTime(*ds, sel, TimeBucket::Month);
    EXPECT_EQ(m.first, MonthIndex(test::Day("2014-05-01")));
    EXPECT_EQ(m.counts, (std::vector<uint32_t>{3}));
    TimeSeries all = CountByTime(*ds, Filter(*ds, {}), TimeBucket::Month);
    uint32_t total = 0;
    for (auto c : all.counts) total += c;
    EXPECT_EQ(total, 10u);
    EXPECT_EQ(all.counts.size(), static_cast<size_t>(MonthIndex(test::Day("2022-01-01")) - MonthIndex(test::Day("2012-10-01")) + 1));
    TimeSeries q = CountByTime(*ds, Filter(*ds, {}), TimeBucket::Quarter);
    EXPECT_EQ(BucketStartDay(q.first, TimeBucket::Quarter), test::Day("2012-10-01"));
    EXPECT_TRUE(CountByTime(*ds, {}, TimeBucket::Month).counts.empty());
}

TEST(Aggregate, ByFacetAndDyads) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    auto by_actor = CountBy(*ds, sel, Facet::Actor);
    EXPECT_EQ(by_actor[*ds->FindCountry("US")], 3u);
    EXPECT_EQ(by_actor[*ds->FindCountry("CN")], 3u);
    auto by_vendor = CountBy(*ds, sel, Facet::Vendor);
    EXPECT_EQ(by_vendor[*ds->FindVendor("huawei")], 3u);
    auto by_measure = CountBy(*ds, sel, Facet::Measure);
    EXPECT_EQ(by_measure[static_cast<size_t>(Measure::AppBan)], 2u);
    DyadMatrix m = CountDyads(*ds, sel);
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    EXPECT_EQ(m.at(us, cn), 3u);
    EXPECT_EQ(m.at(cn, us), 3u);
    EXPECT_EQ(m.at(*ds->FindCountry("GB"), cn), 1u);
    EXPECT_EQ(m.at(us, us), 0u);
}

// UpdateDensity: per (actor, bin) counts, and the same counts whether reached at once or cursor step by step.
namespace {
std::vector<uint32_t> ActorBins(const Dataset& ds, const DensityGrid& g, std::string_view code) {
    std::vector<uint32_t> out;
    for (size_t b = 0; b < g.bins; ++b) out.push_back(g.at(*ds.FindCountry(code), b));
    return out;
}
}  // namespace

TEST(Aggregate, DensityCountsEachActorPerBin) {
    auto ds = test::SmallDataset();
    const auto sel = Filter(*ds, {});
    std::vector<int32_t> days;
    for (EventIndex i : sel) days.push_back(ds->cols.day[i]);
    // 2012-01-01 to 2022-01-01 in two halves (split about 2017-01-01) and a third bin for the last day itself.
    const double from = test::Day("2012-01-01"), to = test::Day("2022-01-01");
    DensityGrid g;
    UpdateDensity(g, *ds, sel, days, 1, from, to, 2.0f, kNoEnd);
    ASSERT_EQ(g.bins, 3u);
    EXPECT_EQ(ActorBins(*ds, g, "US"), (std::vector<uint32_t>{2, 1, 0}));  // 2012-10-08, 2014-05-19 | 2019-05-15
    EXPECT_EQ(ActorBins(*ds, g, "CN"), (std::vector<uint32_t>{2, 1, 0}));  // 2014-05 (as May 1), 2014-05-20 | 2019-05-31
    EXPECT_EQ(ActorBins(*ds, g, "GB"), (std::vector<uint32_t>{0, 1, 0}));
    EXPECT_EQ(ActorBins(*ds, g, "DE"), (std::vector<uint32_t>{0, 0, 1}));  // "2022" is 2022-01-01, the range's end
    EXPECT_EQ(g.max_count, 2u);
    // A range that leaves events out.
    UpdateDensity(g, *ds, sel, days, 1, test::Day("2014-05-19"), test::Day("2019-05-31"), 0.0f, kNoEnd);
    ASSERT_EQ(g.bins, 1u);
    EXPECT_EQ(ActorBins(*ds, g, "US"), (std::vector<uint32_t>{2}));
    EXPECT_EQ(ActorBins(*ds, g, "CN"), (std::vector<uint32_t>{2}));
    EXPECT_EQ(ActorBins(*ds, g, "GB"), (std::vector<uint32_t>{0}));
}

TEST(Aggregate, DensityFollowsTheCursorForwardAndRecountsBackward) {
    auto ds = test::SmallDataset();
    const auto sel = Filter(*ds, {});
    std::vector<int32_t> days;
    for (EventIndex i : sel) days.push_back(ds->cols.day[i]);
    const double from = test::Day("2012-01-01"), to = test::Day("2022-01-01");
    DensityGrid stepped;
    UpdateDensity(stepped, *ds, sel, days, 7, from, to, 2.0f, test::Day("2014-05-19"));
    EXPECT_EQ(ActorBins(*ds, stepped, "US"), (std::vector<uint32_t>{2, 0, 0}));
    EXPECT_EQ(ActorBins(*ds, stepped, "CN"), (std::vector<uint32_t>{1, 0, 0}));
    EXPECT_EQ(stepped.counted, 3u);
    for (const char* day : {"2014-05-20", "2019-05-31", "2020-06-30", "2030-01-01"}) {
        UpdateDensity(stepped, *ds, sel, days, 7, from, to, 2.0f, test::Day(day));
        DensityGrid fresh;
        UpdateDensity(fresh, *ds, sel, days, 7, from, to, 2.0f, test::Day(day));
        EXPECT_EQ(stepped.counts, fresh.counts) << day;
        EXPECT_EQ(stepped.max_count, fresh.max_count) << day;
    }
    EXPECT_EQ(stepped.counted, 10u);
    // Back in time: counted afresh.
    UpdateDensity(stepped, *ds, sel, days, 7, from, to, 2.0f, test::Day("2014-01-01"));
    EXPECT_EQ(stepped.counted, 1u);
    EXPECT_EQ(ActorBins(*ds, stepped, "US"), (std::vector<uint32_t>{1, 0, 0}));
    EXPECT_EQ(ActorBins(*ds, stepped, "CN"), (std::vector<uint32_t>{0, 0, 0}));
    // Another selection version: counted afresh too.
    const std::vector<EventIndex> none;
    UpdateDensity(stepped, *ds, none, {}, 8, from, to, 2.0f, kNoEnd);
    EXPECT_EQ(stepped.max_count, 0u);
    EXPECT_EQ(stepped.counted, 0u);
}

}  // namespace rift
