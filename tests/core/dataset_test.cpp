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
    // (then the German title and summary, empty in this fixture)
    EXPECT_EQ(text, std::string_view("UK orders Huawei out of 5G\nHand-made test fixture event.\n\n\ngb-2020-07-14-huawei-5g\0", 83));
    EXPECT_EQ(AsciiLower("HuaWEI Ä"), "huawei Ä");
}

TEST(Dataset, TextOwnsACopyUntilFinalizeThenViewsTheArena) {
    Text a("title");
    Text b = a;  // a deep copy: both own one
    EXPECT_NE(a.data(), b.data());
    EXPECT_EQ(b, "title");
    Text c = std::move(a);
    EXPECT_TRUE(a.empty());
    EXPECT_EQ(c.view(), "title");
    c = "other";
    EXPECT_EQ(c.str(), "other");
    EXPECT_GT(b, c);
    EXPECT_GT(Text("b"), std::string_view("a"));
    EXPECT_EQ(Text(""), Text());

    Dataset ds;
    ds.InternCountry("US");
    for (const char* id : {"b", "a"}) {
        Event e;
        e.id = id;
        e.title = std::string("Title ") + id;
        e.date = Date{Day("2020-01-01"), Precision::Day};
        ds.events.push_back(std::move(e));
    }
    ds.Finalize();  // sorts by date, then id: "a" first
    const auto in_arena = [](const Dataset& d, const Text& t) {
        return t.data() >= d.cols.text.data() && t.data() + t.size() <= d.cols.text.data() + d.cols.text.size();
    };
    EXPECT_EQ(ds.events[0].id, "a");
    EXPECT_EQ(ds.events[0].title, "Title a");
    EXPECT_TRUE(in_arena(ds, ds.events[0].title));
    EXPECT_EQ(std::string_view(ds.cols.text.data(), ds.cols.text.size()),
              std::string_view("Title a\n\n\n\na\0Title b\n\n\n\nb\0", 26));

    const Text view = ds.events[1].title;  // a copy of a view views the same bytes
    EXPECT_EQ(view.data(), ds.events[1].title.data());

    Dataset moved = std::move(ds);  // the arena's buffer moves with it: the views stay valid
    EXPECT_EQ(moved.events[1].title, "Title b");
    EXPECT_EQ(moved.events[1].summary, "");
    EXPECT_EQ(moved.events[1].id, "b");
    EXPECT_TRUE(in_arena(moved, moved.events[1].id));
    EXPECT_EQ(moved.FindEvent("b"), EventIndex{1});

    moved.events[0].title = "New";  // owned again until the next Finalize, which builds a new arena
    moved.Finalize();
    EXPECT_EQ(moved.events[0].title, "New");
    EXPECT_EQ(moved.events[1].title, "Title b");
    EXPECT_TRUE(in_arena(moved, moved.events[0].title));
    EXPECT_TRUE(in_arena(moved, moved.events[1].title));
    EXPECT_EQ(moved.cols.text_begin, (std::vector<uint32_t>{0, 9, 22}));
}

TEST(Dataset, SmallListKeepsFewValuesInPlaceAndMoreOnTheHeap) {
    SmallList<uint16_t, 4> list;
    EXPECT_TRUE(list.empty());
    const uint16_t* in_place = list.data();
    for (uint16_t v = 0; v < 4; ++v) list.push_back(v);
    EXPECT_EQ(list.data(), in_place);
    for (uint16_t v = 4; v < 11; ++v) list.push_back(v);  // 5 -> 8 -> 16 capacity on the heap
    EXPECT_NE(list.data(), in_place);
    ASSERT_EQ(list.size(), 11u);
    for (uint16_t v = 0; v < 11; ++v) EXPECT_EQ(list[v], v);

    SmallList<uint16_t, 4> copy = list;
    EXPECT_NE(copy.data(), list.data());
    EXPECT_EQ(std::vector<uint16_t>(copy.begin(), copy.end()), std::vector<uint16_t>(list.begin(), list.end()));
    const uint16_t* heap = list.data();
    SmallList<uint16_t, 4> moved = std::move(list);
    EXPECT_EQ(moved.data(), heap);
    EXPECT_TRUE(list.empty());
    moved = SmallList<uint16_t, 4>{7, 8};
    EXPECT_EQ(std::vector<uint16_t>(moved.begin(), moved.end()), (std::vector<uint16_t>{7, 8}));
    copy.clear();
    EXPECT_TRUE(copy.empty());
    copy.push_back(3);
    EXPECT_EQ(copy[0], 3);

    SmallList<EventIndex, 2> links{1, 2, 3};
    EXPECT_EQ(std::vector<EventIndex>(links.begin(), links.end()), (std::vector<EventIndex>{1, 2, 3}));
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

// Vendor families and aliases, event aliases, vendor roles (tests/fixtures/families).
TEST(Dataset, FamiliesAliasesAndRoles) {
    const auto ds = test::FamiliesDataset();
    ASSERT_TRUE(ds);
    const VendorId bytedance = *ds->FindVendor("bytedance"), tiktok = *ds->FindVendor("tiktok");
    const VendorId capcut = *ds->FindVendor("capcut"), meta = *ds->FindVendor("meta");
    EXPECT_EQ(ds->FindVendor("tik-tok"), tiktok) << "a former id names the vendor";
    EXPECT_EQ(ds->FindVendor("facebook-inc"), meta);
    EXPECT_EQ(ds->vendors[capcut].parent, tiktok);
    EXPECT_EQ(ds->FamilyOf(bytedance), (std::vector<VendorId>{bytedance, tiktok, capcut}));
    EXPECT_EQ(ds->FamilyOf(capcut), (std::vector<VendorId>{capcut}));
    // An event's former id still finds it; its date note is kept.
    const auto divest = ds->FindEvent("us-2023-old-id");
    ASSERT_TRUE(divest);
    EXPECT_EQ(ds->events[*divest].id, "us-2023-03-bytedance-divest");
    EXPECT_EQ(ds->events[*divest].date_note, "Reported only as 'in March'.");
    // Roles: targeted first; the protest defends TikTok; Russia's block targets Instagram and mentions Meta.
    const Event& protest = ds->events[*ds->FindEvent("cn-2020-07-01-protest")];
    EXPECT_EQ(protest.RoleOf(0), VendorRole::Defended);
    EXPECT_EQ(protest.TargetedCount(), 0u);
    const EventIndex block = *ds->FindEvent("ru-2022-03-14-instagram-block");
    const Event& b = ds->events[block];
    ASSERT_EQ(b.vendors.size(), 2u);
    EXPECT_EQ(ds->vendors[b.vendors[0]].id, "instagram");
    EXPECT_EQ(b.RoleOf(0), VendorRole::Targeted);
    EXPECT_EQ(b.RoleOf(1), VendorRole::Mentioned);
    EXPECT_EQ(ds->cols.VendorsOf(block).size(), 2u);
    ASSERT_EQ(ds->cols.TargetedVendorsOf(block).size(), 1u);
    EXPECT_TRUE(ds->cols.TargetsVendor(block, *ds->FindVendor("instagram")));
    EXPECT_FALSE(ds->cols.TargetsVendor(block, meta));
}

// What About and rift-validate print, counted from the small fixture by hand: 10 events by 6 states (US, CN, GB, IN,
// PK, DE), 5 vendors all named, 2 response links, one source each; 8 dated to the day (Windows 8 is 2014-05, the
// Kaspersky warning 2022), none of the two with a note.
TEST(Dataset, SummaryCountsWhatTheDatasetHolds) {
    const DatasetSummary s = Summarize(*test::SmallDataset());
    EXPECT_EQ(s.events, 10u);
    EXPECT_EQ(s.actors, 6u);
    EXPECT_EQ(s.vendors, 5u);
    EXPECT_EQ(s.vendors_used, 5u);
    EXPECT_EQ(s.links, 2u);
    EXPECT_EQ(s.links_between_states, 2u);  // China answering the US, twice
    EXPECT_EQ(s.without_german, 10u);       // the fixture has no German text
    EXPECT_EQ(s.sources, 10u);
    EXPECT_EQ(s.dated_to_the_day, 8u);
    EXPECT_EQ(s.dated_coarser_with_note, 0u);
    ASSERT_TRUE(s.first && s.last);
    EXPECT_EQ(FormatDate(*s.first), "2012-10-08");
    EXPECT_EQ(FormatDate(*s.last), "2022");
    EXPECT_EQ(Summarize(*test::FamiliesDataset()).dated_coarser_with_note, 1u);
    EXPECT_FALSE(Summarize(Dataset{}).first);
}

}  // namespace rift

namespace rift {

// OrderByKey: indices by key, equal keys in index order (the vendor index and a snapshot's repeat check rely on it).
TEST(Dataset, OrderByKeyKeepsEqualKeysInIndexOrder) {
    const std::string_view keys[] = {"zte", "huawei", "apple", "huawei", "", "apple"};
    EXPECT_EQ(OrderByKey(keys), (std::vector<uint32_t>{4, 2, 5, 1, 3, 0}));
    EXPECT_TRUE(OrderByKey({}).empty());
    // The first repeat by index: "huawei" at 3 (its first is 1), before "apple" at 5.
    EXPECT_EQ(FirstRepeat(OrderByKey(keys), keys), 3u);
    const std::string_view unique[] = {"b", "a", "c"};
    EXPECT_EQ(FirstRepeat(OrderByKey(unique), unique), std::nullopt);
}

// Vendors are found by id or alias; a key given twice (which both loaders refuse) keeps its first owner, ids first.
TEST(Dataset, VendorsAreFoundByIdOrAliasFirstOwnerKept) {
    Dataset ds;
    ds.vendors.resize(3);
    ds.vendors[0].id = "huawei";
    ds.vendors[0].aliases = {"hw", "zte"};
    ds.vendors[1].id = "zte";
    ds.vendors[2].id = "apple";
    ds.vendors[2].aliases = {"hw"};
    ds.Finalize();
    EXPECT_EQ(ds.FindVendor("huawei"), VendorId{0});
    EXPECT_EQ(ds.FindVendor("hw"), VendorId{0});
    EXPECT_EQ(ds.FindVendor("zte"), VendorId{1});  // an id before another vendor's alias
    EXPECT_EQ(ds.FindVendor("apple"), VendorId{2});
    EXPECT_EQ(ds.FindVendor("app"), std::nullopt);
    EXPECT_EQ(ds.FindVendor(""), std::nullopt);
    EXPECT_EQ(ds.InternCountry("US"), CountryId{0});
    EXPECT_EQ(ds.InternCountry("CN"), CountryId{1});
    EXPECT_EQ(ds.InternCountry("US"), CountryId{0});
    EXPECT_EQ(ds.FindCountry("CN"), CountryId{1});
    EXPECT_EQ(ds.FindCountry("DE"), std::nullopt);
}

}  // namespace rift
