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

}  // namespace rift
