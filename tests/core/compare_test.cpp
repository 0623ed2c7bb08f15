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

}  // namespace rift
