// Tests for core/filter: each constraint on the small fixture, with hand-counted results.
#include "core/filter.h"

#include "fixture.h"

namespace rift {

namespace {
std::vector<std::string> Ids(const Dataset& ds, const std::vector<EventIndex>& sel) {
    std::vector<std::string> out;
    for (EventIndex i : sel) out.push_back(ds.events[i].id);
    return out;
}
}  // namespace

TEST(Filter, EmptySpecMatchesAllInDateOrder) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    EXPECT_TRUE(spec.IsEmpty());
    auto sel = Filter(*ds, spec);
    ASSERT_EQ(sel.size(), 10u);
    for (size_t i = 1; i < sel.size(); ++i) EXPECT_LT(sel[i - 1], sel[i]);
}

TEST(Filter, DateRangeIsInclusiveAndCoarseDatesCountAsFirstDay) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.from = ParseDate("2014-05-01");
    spec.to = ParseDate("2014-05-19");
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"cn-2014-05-windows8", "us-2014-05-19-indictment"}));
    spec.from = ParseDate("2014-05-02");  // the month-precision event counts as 1 May
    EXPECT_EQ(Filter(*ds, spec).size(), 1u);
    spec.from = ParseDate("2014");
    spec.to = ParseDate("2014");  // `to` as a year covers the whole year
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec.from = ParseDate("2022-01-01");
    spec.to = ParseDate("2022-01-01");  // the year-precision event counts as 1 January
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"de-2022-kaspersky"}));
    spec.from = ParseDate("2030");
    spec.to = ParseDate("2020");
    EXPECT_TRUE(Filter(*ds, spec).empty());
}

TEST(Filter, ActorsTargetsVendorsMeasures) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.actors = {"US", "GB"};
    EXPECT_EQ(Filter(*ds, spec).size(), 4u);
    spec.measures = {Measure::EntityListing, Measure::EquipmentRemoval, Measure::AppBan};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2019-05-15-entity-list", "gb-2020-07-14-huawei-5g"}));
    spec = {};
    spec.targets = {"US"};
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec = {};
    spec.vendors = {"huawei"};
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec.vendors = {"tiktok", "zte"};
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec = {};
    spec.statuses = {Status::Revoked};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"pk-2020-10-09-tiktok"}));
    spec = {};
    spec.sectors = {Sector::Consumer};
    EXPECT_EQ(Filter(*ds, spec).size(), 2u);
}

TEST(Filter, UnknownCodesMatchNothing) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.actors = {"FR"};
    EXPECT_TRUE(Filter(*ds, spec).empty());
    spec.actors = {"FR", "IN"};
    EXPECT_EQ(Filter(*ds, spec).size(), 1u);
    spec = {};
    spec.vendors = {"nokia"};
    EXPECT_TRUE(Filter(*ds, spec).empty());
}

TEST(Filter, TextSearchIsCaseInsensitiveOverNames) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.text = "HUAWEI";
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec.text = "deutschland";  // German country name of the actor
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"de-2022-kaspersky"}));
    spec.text = "Pakistan";
    EXPECT_EQ(Filter(*ds, spec).size(), 1u);
    spec.text = "vereinigtes k";  // German name of the actor, matched once per query
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"gb-2020-07-14-huawei-5g"}));
    spec.text = "kasper";  // a vendor's name
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"de-2022-kaspersky"}));
    spec.text = "zte";  // vendor ZTE; one event names it
    EXPECT_EQ(Filter(*ds, spec).size(), 1u);
    spec.text = "russ";  // a target's name (Russian Federation)
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"de-2022-kaspersky"}));
    spec.text = "zzzz";
    EXPECT_TRUE(Filter(*ds, spec).empty());
}

TEST(Filter, FacetCountsIgnoreTheirOwnConstraint) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.actors = {"US"};
    spec.measures = {Measure::AppBan};
    const auto actors = FacetCounts(*ds, spec, Facet::Actor);  // app bans by any actor
    EXPECT_EQ(actors[*ds->FindCountry("IN")], 1u);
    EXPECT_EQ(actors[*ds->FindCountry("PK")], 1u);
    EXPECT_EQ(actors[*ds->FindCountry("US")], 0u);
    const auto measures = FacetCounts(*ds, spec, Facet::Measure);  // US measures of any type
    EXPECT_EQ(measures[static_cast<size_t>(Measure::Accusation)], 1u);
    EXPECT_EQ(measures[static_cast<size_t>(Measure::Indictment)], 1u);
    EXPECT_EQ(measures[static_cast<size_t>(Measure::EntityListing)], 1u);
    EXPECT_EQ(UpperBoundDay(*ParseDate("2014-02")), test::Day("2014-02-28"));
    EXPECT_EQ(UpperBoundDay(*ParseDate("2014-12")), test::Day("2014-12-31"));
}

}  // namespace rift
