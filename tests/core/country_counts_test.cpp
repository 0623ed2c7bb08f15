// Per-country counts, top vendors and class breaks on the small fixture, against hand-counted values.
#include "core/country_counts.h"

#include <gtest/gtest.h>

#include "core/filter.h"
#include "fixture.h"

namespace rift {
namespace {

using test::Day;
using test::SmallDataset;

CountryId Id(const Dataset& ds, std::string_view code) { return ds.FindCountry(code).value(); }

TEST(CountryCounts, TakenReceivedAndAgainstAVendorUpToADay) {
    const auto ds = SmallDataset();
    const auto all = Filter(*ds, {});
    // Up to 2019-12-31: US took 3 (2012 report, 2014 indictment, 2019 listing), CN took 3 (Windows 8, working
    // group, unreliable entity list); CN received the US's 3, the US received China's 3.
    const CountryCounts c = CountCountries(*ds, all, Day("2019-12-31"), ds->FindVendor("huawei"));
    EXPECT_EQ(c.taken[Id(*ds, "US")], 3u);
    EXPECT_EQ(c.taken[Id(*ds, "CN")], 3u);
    EXPECT_EQ(c.received[Id(*ds, "CN")], 3u);
    EXPECT_EQ(c.received[Id(*ds, "US")], 3u);
    EXPECT_EQ(c.against[Id(*ds, "US")], 2u);  // the 2012 report and the 2019 listing name Huawei
    EXPECT_EQ(c.against[Id(*ds, "CN")], 0u);
    EXPECT_EQ(c.max_taken, 3u);
    EXPECT_EQ(c.max_against, 2u);
    EXPECT_EQ(&c.Of(CountryRole::Received), &c.received);
    EXPECT_EQ(c.MaxOf(CountryRole::AgainstVendor), 2u);

    // Everything: GB, IN, PK and DE join; CN receives their three measures too, RU one.
    const CountryCounts end = CountCountries(*ds, all, Day("2026-01-01"), std::nullopt);
    EXPECT_EQ(end.received[Id(*ds, "CN")], 6u);
    EXPECT_EQ(end.received[Id(*ds, "RU")], 1u);
    EXPECT_EQ(end.taken[Id(*ds, "GB")], 1u);
    EXPECT_EQ(end.max_received, 6u);
    for (uint32_t v : end.against) EXPECT_EQ(v, 0u) << "no vendor: nothing counted against one";

    // Before the first event nothing is counted; an empty selection counts nothing.
    EXPECT_EQ(CountCountries(*ds, all, Day("2012-01-01"), std::nullopt).max_taken, 0u);
    EXPECT_EQ(CountCountries(*ds, {}, Day("2026-01-01"), std::nullopt).max_received, 0u);
}

TEST(CountryCounts, FollowTheSelection) {
    const auto ds = SmallDataset();
    FilterSpec spec;
    spec.measures = {Measure::AppBan};
    const CountryCounts c = CountCountries(*ds, Filter(*ds, spec), Day("2026-01-01"), ds->FindVendor("tiktok"));
    EXPECT_EQ(c.taken[Id(*ds, "IN")], 1u);
    EXPECT_EQ(c.taken[Id(*ds, "US")], 0u);
    EXPECT_EQ(c.received[Id(*ds, "CN")], 2u);
    EXPECT_EQ(c.against[Id(*ds, "PK")], 1u);
}

TEST(CountryCounts, TopVendorsByRoleMostFirstTiesByName) {
    const auto ds = SmallDataset();
    const auto all = Filter(*ds, {});
    const auto name = [&](const VendorCount& v) { return ds->vendors[v.first].id; };
    // What the US took: Huawei twice, ZTE once.
    auto us = TopVendors(*ds, all, Day("2026-01-01"), Id(*ds, "US"), CountryRole::Taken, 3);
    ASSERT_EQ(us.size(), 2u);
    EXPECT_EQ(name(us[0]), "huawei");
    EXPECT_EQ(us[0].second, 2u);
    EXPECT_EQ(name(us[1]), "zte");
    // What China received: Huawei 3 (2012, 2019, GB 2020), TikTok 2, ZTE 1; the limit keeps two.
    auto cn = TopVendors(*ds, all, Day("2026-01-01"), Id(*ds, "CN"), CountryRole::Received, 2);
    ASSERT_EQ(cn.size(), 2u);
    EXPECT_EQ(name(cn[0]), "huawei");
    EXPECT_EQ(cn[0].second, 3u);
    EXPECT_EQ(name(cn[1]), "tiktok");
    EXPECT_EQ(cn[1].second, 2u);
    // Up to 2012 only the report; AgainstVendor reads as Taken.
    auto early = TopVendors(*ds, all, Day("2012-12-31"), Id(*ds, "US"), CountryRole::AgainstVendor, 3);
    ASSERT_EQ(early.size(), 2u);
    EXPECT_EQ(early[0].second, 1u);
    EXPECT_LT(ds->vendors[early[0].first].name, ds->vendors[early[1].first].name) << "ties by name";
    EXPECT_TRUE(TopVendors(*ds, all, Day("2026-01-01"), Id(*ds, "GB"), CountryRole::Received, 3).empty());
}

TEST(CountryCounts, MostNamedVendor) {
    const auto ds = SmallDataset();
    ASSERT_TRUE(MostNamedVendor(*ds));
    EXPECT_EQ(ds->vendors[*MostNamedVendor(*ds)].id, "huawei");  // 3 events; TikTok 2
    Dataset empty;
    EXPECT_FALSE(MostNamedVendor(empty));
}

TEST(CountryCounts, ClassBreaksAreGeometricAndDistinct) {
    EXPECT_TRUE(ClassBreaks(0).empty());
    EXPECT_EQ(ClassBreaks(1), (std::vector<uint32_t>{1}));
    EXPECT_EQ(ClassBreaks(3), (std::vector<uint32_t>{1, 2, 3}));  // 1.25, 1.55, 1.93, 2.41 round to 1, 2, 2, 2
    EXPECT_EQ(ClassBreaks(125), (std::vector<uint32_t>{3, 7, 18, 48, 125}));  // 125^(k/5): 2.63, 6.90, 18.1, 47.6
    const auto big = ClassBreaks(50'000'000);
    ASSERT_EQ(big.size(), 5u);
    EXPECT_EQ(big.back(), 50'000'000u);
    for (size_t k = 1; k < big.size(); ++k) EXPECT_GT(big[k], big[k - 1]);
}

}  // namespace
// Only targeted vendors count "against": China's protest defending TikTok is no measure against it, and Russia's
// block of Instagram, which mentions Meta, is none against Meta.
TEST(CountryCounts, OnlyTargetedVendorsCountAgainst) {
    const auto ds = test::FamiliesDataset();
    const auto all = Filter(*ds, {});
    const int32_t end = Day("2026-01-01");
    const CountryCounts tiktok = CountCountries(*ds, all, end, ds->FindVendor("tiktok"));
    EXPECT_EQ(tiktok.against[Id(*ds, "IN")], 1u);
    EXPECT_EQ(tiktok.against[Id(*ds, "CN")], 0u);
    EXPECT_EQ(tiktok.taken[Id(*ds, "CN")], 1u) << "the protest is still a measure China took";
    EXPECT_EQ(CountCountries(*ds, all, end, ds->FindVendor("meta")).max_against, 0u);
    EXPECT_TRUE(TopVendors(*ds, all, end, Id(*ds, "CN"), CountryRole::Taken, 3).empty());
    EXPECT_EQ(TopVendors(*ds, all, end, Id(*ds, "RU"), CountryRole::Taken, 3).size(), 1u);
}

}  // namespace rift
