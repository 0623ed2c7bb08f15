// Tests for core/compare: profiles and reciprocity on the fixture, counted by hand.
#include "core/compare.h"

#include "fixture.h"

namespace rift {
using test::Idx;

TEST(Compare, ProfilesTakenAndReceived) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    const std::vector<CountryId> countries = {us, cn};
    Comparison c = Compare(*ds, sel, countries);
    ASSERT_EQ(c.profiles.size(), 2u);
    const CountryProfile& pu = c.profiles[0];
    EXPECT_EQ(pu.taken, 3u);
    EXPECT_EQ(pu.received, 3u);
    EXPECT_EQ(pu.taken_by_measure[static_cast<size_t>(Measure::Indictment)], 1u);
    EXPECT_EQ(pu.received_by_measure[static_cast<size_t>(Measure::ProcurementBan)], 1u);
    EXPECT_EQ(*pu.first_taken, Idx(*ds, "us-2012-10-08-report"));
    EXPECT_EQ(*pu.latest_taken, Idx(*ds, "us-2019-05-15-entity-list"));
    ASSERT_EQ(pu.vendors_targeted.size(), 2u);
    EXPECT_EQ(ds->vendors[pu.vendors_targeted[0].first].id, "huawei");
    EXPECT_EQ(pu.vendors_targeted[0].second, 2u);
    const CountryProfile& pc = c.profiles[1];
    EXPECT_EQ(pc.taken, 3u);
    EXPECT_EQ(pc.received, 6u);  // US 3, GB 1, IN 1, PK 1
}

TEST(Compare, ReciprocityByYear) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    Reciprocity r = ReciprocityOf(*ds, sel, us, cn, TimeBucket::Year);
    EXPECT_EQ(r.first, 2012 - 1970);
    EXPECT_EQ(r.a_to_b, (std::vector<uint32_t>{1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0}));
    EXPECT_EQ(r.b_to_a, (std::vector<uint32_t>{0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0}));
    EXPECT_EQ(r.b_to_a_severity[2], 5u);  // 3 + 2 in 2014
    Reciprocity none = ReciprocityOf(*ds, {}, us, cn, TimeBucket::Year);
    EXPECT_TRUE(none.a_to_b.empty());
}

TEST(Compare, FourCountriesGiveSixPairs) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const std::vector<CountryId> four = {*ds->FindCountry("US"), *ds->FindCountry("CN"), *ds->FindCountry("GB"),
                                         *ds->FindCountry("IN")};
    EXPECT_EQ(Compare(*ds, sel, four).pairs.size(), 6u);
}

TEST(Compare, ChartBucketIsQuartersWithinFourYears) {
    EXPECT_EQ(ChartBucket(test::Day("2012-01-01"), test::Day("2015-12-31")), TimeBucket::Quarter);
    EXPECT_EQ(ChartBucket(test::Day("2012-12-31"), test::Day("2016-01-01")), TimeBucket::Year);
    EXPECT_EQ(ChartBucket(test::Day("2019-05-15"), test::Day("2019-05-15")), TimeBucket::Quarter);
}

TEST(Compare, TimelineByYearUpToTheDay) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    const std::vector<CountryId> countries = {us, cn};
    auto m = [](Measure x) { return static_cast<int>(x); };
    // Up to the indictment: the 2012 report (US→CN), the 2014 Windows 8 ban (CN→US), the indictment (US→CN).
    CompareTimeline t = TimelineOf(*ds, sel, countries, test::Day("2014-05-19"));
    EXPECT_EQ(t.bucket, TimeBucket::Year);
    EXPECT_EQ(t.first, 2012 - 1970);
    EXPECT_EQ(t.periods, 11u);  // 2012 to 2022, whatever the day: the axis stays put during playback
    EXPECT_EQ(t.counted, 3u);
    ASSERT_EQ(t.countries.size(), 2u);
    const CountryTimeline& tu = t.countries[0];
    EXPECT_EQ(tu.country, us);
    EXPECT_EQ(tu.Taken(0, m(Measure::Accusation)), 1u);
    EXPECT_EQ(tu.Taken(2, m(Measure::Indictment)), 1u);
    EXPECT_EQ(tu.Received(2, m(Measure::ProcurementBan)), 1u);
    EXPECT_EQ(tu.Received(2, m(Measure::Diplomatic)), 0u);  // 20 May: after the day
    uint32_t us_taken = 0, us_received = 0;
    for (uint32_t n : tu.taken) us_taken += n;
    for (uint32_t n : tu.received) us_received += n;
    EXPECT_EQ(us_taken, 2u);
    EXPECT_EQ(us_received, 1u);
    const CountryTimeline& tc = t.countries[1];
    EXPECT_EQ(tc.Taken(2, m(Measure::ProcurementBan)), 1u);
    EXPECT_EQ(tc.Received(0, m(Measure::Accusation)), 1u);
    EXPECT_EQ(tc.Received(2, m(Measure::Indictment)), 1u);

    // All of it: China received two app bans in 2020 (India, Pakistan) and a removal order (UK).
    MoveTimeline(*ds, sel, t, test::Day("2030-01-01"));
    EXPECT_EQ(t.counted, 10u);
    EXPECT_EQ(tc.Received(8, m(Measure::AppBan)), 2u);
    EXPECT_EQ(tc.Received(8, m(Measure::EquipmentRemoval)), 1u);
    EXPECT_EQ(tc.Received(7, m(Measure::EntityListing)), 1u);
    EXPECT_EQ(tc.Taken(7, m(Measure::EntityListing)), 1u);
    EXPECT_EQ(tc.Taken(2, m(Measure::Diplomatic)), 1u);
    EXPECT_EQ(tu.Taken(7, m(Measure::EntityListing)), 1u);

    EXPECT_EQ(PeakOf(t), 3u);  // China received three measures in 2020

    // Back again: the same as counting afresh; before the first event nothing is counted.
    MoveTimeline(*ds, sel, t, test::Day("2014-05-19"));
    const CompareTimeline fresh = TimelineOf(*ds, sel, countries, test::Day("2014-05-19"));
    EXPECT_EQ(t.countries[1].taken, fresh.countries[1].taken);
    EXPECT_EQ(t.countries[1].received, fresh.countries[1].received);
    EXPECT_EQ(t.countries[0].received, fresh.countries[0].received);
    MoveTimeline(*ds, sel, t, test::Day("2000-01-01"));
    EXPECT_EQ(t.counted, 0u);
    EXPECT_EQ(t.countries[1].received, std::vector<uint32_t>(11 * kMeasureCount, 0));
    EXPECT_EQ(PeakOf(t), 0u);
}

TEST(Compare, ProfileAtTheCursor) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    const std::vector<CountryId> countries = {us, cn};
    // With every event counted, the same as ProfileOf.
    CompareTimeline t = TimelineOf(*ds, sel, countries, test::Day("2030-01-01"));
    for (size_t k = 0; k < countries.size(); ++k) {
        const CountryProfile a = ProfileAt(sel, t, k), b = ProfileOf(*ds, sel, countries[k]);
        EXPECT_EQ(a.taken, b.taken);
        EXPECT_EQ(a.received, b.received);
        EXPECT_EQ(a.taken_by_measure, b.taken_by_measure);
        EXPECT_EQ(a.received_by_measure, b.received_by_measure);
        EXPECT_EQ(a.vendors_targeted, b.vendors_targeted);
        EXPECT_EQ(a.first_taken, b.first_taken);
        EXPECT_EQ(a.latest_taken, b.latest_taken);
    }
    // Up to the indictment the US had taken two measures, naming Huawei and ZTE once each, the latest the indictment.
    MoveTimeline(*ds, sel, t, test::Day("2014-05-19"));
    const CountryProfile pu = ProfileAt(sel, t, 0);
    EXPECT_EQ(pu.taken, 2u);
    EXPECT_EQ(pu.received, 1u);
    EXPECT_EQ(pu.received_by_measure[static_cast<size_t>(Measure::ProcurementBan)], 1u);
    ASSERT_EQ(pu.vendors_targeted.size(), 2u);
    EXPECT_EQ(pu.vendors_targeted[0].second, 1u);
    EXPECT_EQ(*pu.first_taken, test::Idx(*ds, "us-2012-10-08-report"));
    EXPECT_EQ(*pu.latest_taken, test::Idx(*ds, "us-2014-05-19-indictment"));
    // Before anything happened: nothing, and no first or latest measure.
    MoveTimeline(*ds, sel, t, test::Day("2011-01-01"));
    const CountryProfile none = ProfileAt(sel, t, 1);
    EXPECT_EQ(none.taken + none.received, 0u);
    EXPECT_TRUE(none.vendors_targeted.empty());
    EXPECT_FALSE(none.first_taken || none.latest_taken);
}

TEST(Compare, PairsUpToTheDay) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN"), gb = *ds->FindCountry("GB");
    const std::vector<CountryId> countries = {us, cn, gb};
    // Up to the indictment: US→CN the 2012 report and the indictment, CN→US the Windows 8 ban (May 2014); the
    // working group of 20 May is after the day.
    CompareTimeline t = TimelineOf(*ds, sel, countries, test::Day("2014-05-19"));
    ASSERT_EQ(t.pairs.size(), 3u);  // US-CN, US-GB, CN-GB
    const PairTimeline& uc = t.pairs[0];
    EXPECT_EQ(uc.a, 0u);
    EXPECT_EQ(uc.b, 1u);
    ASSERT_EQ(uc.a_to_b.size(), 11u);  // 2012 to 2022 whatever the day, like the countries' charts
    EXPECT_EQ(uc.a_to_b, (std::vector<uint32_t>{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
    EXPECT_EQ(uc.b_to_a, (std::vector<uint32_t>{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
    EXPECT_EQ(t.pairs[1].a, 0u);
    EXPECT_EQ(t.pairs[1].b, 2u);
    EXPECT_EQ(t.pairs[2].a, 1u);
    EXPECT_EQ(t.pairs[2].b, 2u);
    EXPECT_EQ(t.pairs[2].b_to_a, std::vector<uint32_t>(11, 0));

    // Up to 1 July 2020: the 2019 entity lists both ways; the UK's removal order (14 July) not yet.
    MoveTimeline(*ds, sel, t, test::Day("2020-07-01"));
    EXPECT_EQ(uc.a_to_b, (std::vector<uint32_t>{1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0}));
    EXPECT_EQ(uc.b_to_a, (std::vector<uint32_t>{0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0}));
    EXPECT_EQ(t.pairs[2].b_to_a, std::vector<uint32_t>(11, 0));
    EXPECT_EQ(PairPeakOf(t), 2u);  // China's two measures against the US in 2014

    // All of it: GB→CN once in 2020; India's and Pakistan's bans are on nobody's pair. The same as ReciprocityOf.
    MoveTimeline(*ds, sel, t, test::Day("2030-01-01"));
    EXPECT_EQ(t.pairs[2].b_to_a, (std::vector<uint32_t>{0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}));
    EXPECT_EQ(t.pairs[2].a_to_b, std::vector<uint32_t>(11, 0));
    EXPECT_EQ(t.pairs[1].a_to_b, std::vector<uint32_t>(11, 0));
    const Reciprocity r = ReciprocityOf(*ds, sel, us, cn, TimeBucket::Year);
    EXPECT_EQ(uc.a_to_b, r.a_to_b);
    EXPECT_EQ(uc.b_to_a, r.b_to_a);

    // Back before anything (a loop wrap counts afresh): empty bars on the same axis.
    MoveTimeline(*ds, sel, t, test::Day("2000-01-01"));
    EXPECT_EQ(uc.a_to_b, std::vector<uint32_t>(11, 0));
    EXPECT_EQ(uc.b_to_a, std::vector<uint32_t>(11, 0));
    EXPECT_EQ(PairPeakOf(t), 0u);
    EXPECT_TRUE(TimelineOf(*ds, sel, std::vector<CountryId>{us}, 0).pairs.empty());  // one country: no pair
}

TEST(Compare, TimelineByQuarterForAShortSelection) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.from = ParseDate("2019");
    spec.to = ParseDate("2020");
    auto sel = Filter(*ds, spec);
    const std::vector<CountryId> countries = {*ds->FindCountry("CN")};
    CompareTimeline t = TimelineOf(*ds, sel, countries, test::Day("2030-01-01"));
    EXPECT_EQ(t.bucket, TimeBucket::Quarter);
    EXPECT_EQ(t.first, (2019 - 1970) * 4 + 1);  // 2019 Q2
    EXPECT_EQ(t.periods, 7u);                   // to 2020 Q4
    const CountryTimeline& tc = t.countries[0];
    EXPECT_EQ(tc.Received(0, static_cast<int>(Measure::EntityListing)), 1u);    // US, May 2019
    EXPECT_EQ(tc.Received(4, static_cast<int>(Measure::AppBan)), 1u);           // India, June 2020
    EXPECT_EQ(tc.Received(5, static_cast<int>(Measure::EquipmentRemoval)), 1u); // UK, July 2020
    EXPECT_EQ(tc.Received(6, static_cast<int>(Measure::AppBan)), 1u);           // Pakistan, October 2020
    EXPECT_EQ(tc.Taken(0, static_cast<int>(Measure::EntityListing)), 1u);       // China's own list
    EXPECT_EQ(TimelineOf(*ds, {}, countries, 0).periods, 0u);  // an empty selection has no periods
}

// By family (hand-counted from tests/fixtures/families): India's one ban names TikTok and CapCut: one measure
// against ByteDance, where per vendor it is one each against TikTok and CapCut; before the cursor reaches it, none.
TEST(Compare, VendorsTargetedByFamily) {
    auto ds = test::FamiliesDataset();
    FilterSpec all;
    const auto sel = Filter(*ds, all);
    const CountryId in = *ds->FindCountry("IN"), us = *ds->FindCountry("US");
    const std::vector<CountryId> countries{in, us};
    CompareTimeline t = TimelineOf(*ds, sel, countries, test::Day("2024-01-01"));
    const auto tiktok = *ds->FindVendor("tiktok"), capcut = *ds->FindVendor("capcut");
    const auto bytedance = *ds->FindVendor("bytedance");
    using List = std::vector<std::pair<VendorId, uint32_t>>;
    const List per_vendor = ProfileAt(sel, t, 0).vendors_targeted;
    EXPECT_EQ(per_vendor.size(), 2u);
    EXPECT_TRUE(std::find(per_vendor.begin(), per_vendor.end(), std::pair<VendorId, uint32_t>{tiktok, 1}) != per_vendor.end());
    EXPECT_TRUE(std::find(per_vendor.begin(), per_vendor.end(), std::pair<VendorId, uint32_t>{capcut, 1}) != per_vendor.end());
    EXPECT_EQ(FamiliesTargeted(*ds, sel, t, 0), (List{{bytedance, 1}}));
    EXPECT_EQ(FamiliesTargeted(*ds, sel, t, 1), (List{{bytedance, 1}}));  // the US order names ByteDance itself
    t = TimelineOf(*ds, sel, countries, test::Day("2020-06-01"));
    EXPECT_TRUE(FamiliesTargeted(*ds, sel, t, 0).empty());
    EXPECT_TRUE(FamiliesTargeted(*ds, sel, t, 5).empty());  // no such country
}

}  // namespace rift
