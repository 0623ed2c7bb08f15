// Tests for core/dataset: sorting, reverse links, columns and look-ups after Finalize().
#include "core/dataset.h"

#include "fixture.h"

namespace rift {
using test::Day;
using test::Idx;

TEST(Dataset, SortedByDateWithColumns) {
    auto ds = test::SmallDataset();
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->size(), 10u);
    for (size_t i = 1; i < ds->size(); ++i) EXPECT_LE(ds->cols.day[i - 1], ds->cols.day[i]);
    EXPECT_EQ(ds->events.front().id, "us-2012-10-08-report");
    EXPECT_EQ(ds->cols.day.size(), 10u);
    EXPECT_EQ(ds->cols.target_begin.size(), 11u);
    EXPECT_EQ(ds->cols.vendor_begin.back(), ds->cols.vendors.size());
    // The month-precision event sorts as the first of its month, before 19 May.
    EXPECT_LT(Idx(*ds, "cn-2014-05-windows8"), Idx(*ds, "us-2014-05-19-indictment"));
}

TEST(Dataset, LinksBothWays) {
    auto ds = test::SmallDataset();
    const EventIndex a = Idx(*ds, "us-2014-05-19-indictment");
    const EventIndex b = Idx(*ds, "cn-2014-05-20-working-group");
    ASSERT_EQ(ds->events[b].responds_to.size(), 1u);
    EXPECT_EQ(ds->events[b].responds_to[0], a);
    ASSERT_EQ(ds->events[a].answered_by.size(), 1u);
    EXPECT_EQ(ds->events[a].answered_by[0], b);
}

TEST(Dataset, RevokedWithEndAndLookups) {
    auto ds = test::SmallDataset();
    const EventIndex pk = Idx(*ds, "pk-2020-10-09-tiktok");
    EXPECT_EQ(ds->cols.end_day[pk], Day("2020-10-19"));
    EXPECT_EQ(ds->cols.end_day[Idx(*ds, "in-2020-06-29-apps")], kNoEnd);
    EXPECT_TRUE(ds->FindCountry("US"));
    EXPECT_FALSE(ds->FindCountry("FR"));
    EXPECT_TRUE(ds->FindVendor("huawei"));
    EXPECT_FALSE(ds->FindVendor("nokia"));
    EXPECT_FALSE(ds->FindEvent("nope"));
}

TEST(Dataset, SearchTextIsTitleSummaryAndIdInTheirOwnCase) {
    auto ds = test::SmallDataset();
    const EventIndex gb = Idx(*ds, "gb-2020-07-14-huawei-5g");
    const std::string_view text(ds->cols.text.data() + ds->cols.text_begin[gb],
                                ds->cols.text_begin[gb + 1] - ds->cols.text_begin[gb]);
    // Names of countries and vendors are not copied per event: the filter matches them by code.
    EXPECT_EQ(text, std::string_view("UK orders Huawei out of 5G\nHand-made test fixture event.\ngb-2020-07-14-huawei-5g\0", 81));
    EXPECT_EQ(AsciiLower("HuaWEI Ä"), "huawei Ä");
}

TEST(Dataset, Utf8CheckAndClipForMessages) {
    EXPECT_EQ(InvalidUtf8At("plain, \xC3\xBC \xE2\x82\xAC \xF0\x9F\x98\x80"), std::string_view::npos);
    EXPECT_EQ(InvalidUtf8At("ab\xFF"), 2u);
    EXPECT_EQ(InvalidUtf8At("\xC0\xAF"), 0u);          // overlong '/'
    EXPECT_EQ(InvalidUtf8At("x\xED\xA0\x80"), 1u);     // a surrogate
    EXPECT_EQ(InvalidUtf8At("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
    EXPECT_EQ(InvalidUtf8At("\xE2\x82"), 0u);          // cut short
    EXPECT_EQ(ClipForMessage("short", 40), "short");
    EXPECT_EQ(ClipForMessage(std::string(50, 'a'), 40), std::string(37, 'a') + "...");
    // 20 two-byte letters: the cut falls inside one; the message keeps whole characters only.
    std::string umlauts;
    for (int i = 0; i < 20; ++i) umlauts += "\xC3\xBC";
    EXPECT_EQ(ClipForMessage(umlauts, 30), umlauts.substr(0, 26) + "...");
    EXPECT_EQ(ClipForMessage("a\xFF\xC3", 40), "a??");
}

}  // namespace rift
