// Tests for core/feed: which feeds a dataset has and what each holds, the Atom XML (escaping, links, ids, dates,
// newest first, the cap) and the release day of each entry.
#include "core/feed.h"

#include "core/release.h"
#include "fixture.h"

namespace rift {

namespace {
bool Has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }
size_t Count(const std::string& text, std::string_view part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}
FeedRef Actor(const Dataset& ds, std::string_view code) { return {FeedKind::Actor, *ds.FindCountry(code), 0}; }
FeedRef Family(const Dataset& ds, std::string_view id) { return {FeedKind::Family, 0, *ds.FindVendor(id)}; }
}  // namespace

TEST(Feed, NameUuidIsRfc4122Version5) {
    // The values of Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
    EXPECT_EQ(NameUuid("rift:event:de-2021-05-28-it-sig"), "ab1834df-604e-5ba9-98ff-0404585bdfb9");
    EXPECT_EQ(NameUuid("rift:feeds/all.atom"), "8ee1d8a8-6d20-566a-b0c0-9a6aa8c00f34");
    EXPECT_EQ(NameUuid(""), "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
    EXPECT_EQ(NameUuid(std::string(100, 'x')), "c4956a8f-abe3-5d39-8dfa-4bf25e22e84b");  // two SHA-1 blocks
}

TEST(Feed, XmlEscapeGivesWellFormedText) {
    EXPECT_EQ(XmlEscape("a & b <c> \"d\" 'e'"), "a &amp; b &lt;c&gt; &quot;d&quot; 'e'");
    EXPECT_EQ(XmlEscape("tab\tline\nret\r"), "tab\tline\nret\r");
    EXPECT_EQ(XmlEscape(std::string("nul\0bell\x07vt\x0B", 13)), "nulbellvt");  // XML 1.0 has no such characters
    EXPECT_EQ(XmlEscape("Größe 网信办 مراجعة 😀"), "Größe 网信办 مراجعة 😀");
    EXPECT_EQ(XmlEscape("\uFFFE\uFFFFok"), "ok");
    EXPECT_EQ(XmlEscape("bad \xC3 end \xFF"), "bad \uFFFD end \uFFFD");
    EXPECT_EQ(XmlEscape("\xE6\x96"), "\uFFFD\uFFFD");  // a character cut short
    EXPECT_EQ(XmlEscape("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");  // a surrogate is not UTF-8
}

TEST(Feed, EveryActorAndFamilyHasOne) {
    auto ds = test::FamiliesDataset();
    std::vector<std::string> paths;
    for (const FeedRef& f : AllFeeds(*ds)) paths.push_back(FeedPath(*ds, f));
    // TikTok and CapCut are ByteDance's, Instagram is Meta's: one feed per family, named by its top vendor.
    EXPECT_EQ(paths, (std::vector<std::string>{"feeds/all.atom", "feeds/actor/CN.atom", "feeds/actor/IN.atom",
                                                "feeds/actor/RU.atom", "feeds/actor/US.atom",
                                                "feeds/vendor/bytedance.atom", "feeds/vendor/meta.atom"}));
}

TEST(Feed, AnEventsFeedsAreItsActorsAndItsVendorsFamilies) {
    auto ds = test::FamiliesDataset();
    const auto apps = FeedsOfEvent(*ds, test::Idx(*ds, "in-2020-06-29-apps"));  // TikTok and CapCut
    ASSERT_EQ(apps.size(), 2u);
    EXPECT_EQ(apps[0], Actor(*ds, "IN"));
    EXPECT_EQ(apps[1], Family(*ds, "bytedance"));
    const auto insta = FeedsOfEvent(*ds, test::Idx(*ds, "ru-2022-03-14-instagram-block"));
    ASSERT_EQ(insta.size(), 2u);
    EXPECT_EQ(FeedPath(*ds, insta[1]), "feeds/vendor/meta.atom");
    auto small = test::SmallDataset();
    EXPECT_EQ(FeedsOfEvent(*small, test::Idx(*small, "us-2014-05-19-indictment")).size(), 1u);  // no vendors
}

TEST(Feed, HoldsWhatTheExplorersFilterShowsNewestFirst) {
    auto ds = test::FamiliesDataset();
    const std::string f = WriteAtomFeed(*ds, Family(*ds, "bytedance"), FeedContext{});
    EXPECT_EQ(Count(f, "<entry>"), 3u);  // TikTok's, CapCut's and ByteDance's own events
    const size_t us = f.find("US asks ByteDance to sell"), cn = f.find("China protests"), in = f.find("India bans");
    ASSERT_NE(us, std::string::npos);
    EXPECT_LT(us, cn);
    EXPECT_LT(cn, in);
    EXPECT_FALSE(Has(f, "Instagram"));
    EXPECT_TRUE(Has(f, "<title>Rift: measures naming ByteDance or its products and subsidiaries</title>"));
    // The feed's page is the explorer with the same filter.
    EXPECT_TRUE(Has(f, "<link rel=\"alternate\" type=\"text/html\" href=\"../../#vendor=bytedance\"/>"));
    const std::string cn_feed = WriteAtomFeed(*ds, Actor(*ds, "CN"), FeedContext{});
    EXPECT_EQ(Count(cn_feed, "<entry>"), 1u);
    EXPECT_TRUE(Has(cn_feed, "<title>Rift: measures by China</title>"));
}

TEST(Feed, EscapesEventTextAndLinksTheSources) {
    auto ds = test::LoadFixtureDataset("cite");
    const std::string f = WriteAtomFeed(*ds, FeedRef{}, FeedContext{});
    EXPECT_EQ(f.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"", 0), 0u);
    EXPECT_TRUE(Has(f, "<title>Germany's IT Security Act 2.0: 100% {critical} parts &amp; $costs #5"));
    EXPECT_TRUE(Has(f, "<title>مراجعة أمنية لمعدات هواوي</title>"));
    EXPECT_TRUE(Has(f, "<title>网信办：美光产品未通过网络安全审查（关键信息基础设施）</title>"));
    // Relative to feeds/all.atom without a public address; the id never depends on where the page is.
    EXPECT_TRUE(Has(f, "<link rel=\"alternate\" type=\"text/html\" href=\"../#event=de-2021-05-28-it-sig\"/>"));
    EXPECT_TRUE(Has(f, "<id>urn:uuid:ab1834df-604e-5ba9-98ff-0404585bdfb9</id>"));
    EXPECT_FALSE(Has(f, "rel=\"self\""));
    // The content is HTML escaped once more as XML text: its paragraphs and a source's link.
    EXPECT_TRUE(Has(f, "<content type=\"html\">&lt;p&gt;2021-05-28 \u00B7 Germany"));
    EXPECT_TRUE(Has(f, "&lt;a href=&quot;https://example.org/de/gesetz_2.0%C3%A4#abschnitt-9b&quot;&gt;Beispiel: "
                       "Gesetz&lt;/a&gt; (2021-05-28)"));
    EXPECT_EQ(Count(f, "<link rel=\"related\""), 4u);  // every source is http(s) here
    EXPECT_EQ(Count(f, "<category term="), 6u);          // actor and measure per entry
    for (const char* bad : {"& ", "<p>", "\"\"/>"}) EXPECT_FALSE(Has(f, bad)) << bad;
}

TEST(Feed, PublicAddressGivesAbsoluteLinksAndSelf) {
    auto ds = test::LoadFixtureDataset("cite");
    FeedContext cx;
    cx.page_url = "https://example.org/rift/index.html";
    const std::string f = WriteAtomFeed(*ds, Actor(*ds, "DE"), cx);
    EXPECT_TRUE(Has(f, "href=\"https://example.org/rift/index.html#event=de-2021-05-28-it-sig\""));
    EXPECT_TRUE(Has(f, "<link rel=\"self\" type=\"application/atom+xml\" "
                       "href=\"https://example.org/rift/feeds/actor/DE.atom\"/>"));
    EXPECT_TRUE(Has(f, "href=\"https://example.org/rift/index.html#actor=DE\""));
}

TEST(Feed, CapsToTheNewestAndSaysSo) {
    auto ds = test::SmallDataset();
    FeedContext cx;
    cx.max_entries = 2;
    const std::string f = WriteAtomFeed(*ds, FeedRef{}, cx);
    EXPECT_EQ(Count(f, "<entry>"), 2u);
    EXPECT_TRUE(Has(f, "<subtitle>The 2 newest of 10 events of Rift's dataset release fixture-1"));
    EXPECT_TRUE(Has(f, "German warning on Kaspersky"));  // 2022, the newest
    EXPECT_TRUE(Has(f, "Pakistan blocks TikTok"));
    cx.max_entries = kFeedEntries;
    EXPECT_TRUE(Has(WriteAtomFeed(*ds, FeedRef{}, cx), "<subtitle>All 10 events of"));
}

TEST(Feed, DatesAreReleaseDaysAndKnownDays) {
    auto ds = test::SmallDataset();
    FeedContext cx;
    cx.updated.assign(ds->size(), test::Day("2026-11-26"));
    cx.updated[test::Idx(*ds, "pk-2020-10-09-tiktok")] = test::Day("2026-12-02");
    const std::string f = WriteAtomFeed(*ds, FeedRef{}, cx);
    EXPECT_TRUE(Has(f, "  <updated>2026-12-02T00:00:00Z</updated>\n"));  // the feed: its newest change
    EXPECT_EQ(Count(f, "<updated>2026-11-26T00:00:00Z</updated>"), 9u);
    // Published only where the event's day is known (de-2022-kaspersky is dated to the year).
    EXPECT_EQ(Count(f, "<published>"), 8u);
    EXPECT_TRUE(Has(f, "<published>2020-10-09T00:00:00Z</published>"));
}

TEST(Feed, UpdatedIsTheReleaseThatHoldsTheContent) {
    auto ds = test::SmallDataset();
    ReleaseRecord record;
    record.releases.push_back(Release{"r1", "2026-11-26", 0, {{"us-2014-05-19-indictment", 1}, {"pk-2020-10-09-tiktok", 2}}, {}, {}});
    record.releases.push_back(Release{"r2", "2026-12-01", 0, {{"pk-2020-10-09-tiktok", 3}}, {}, {}});
    Snapshot content;
    content.events["us-2014-05-19-indictment"].hash = 1;  // as released in r1
    content.events["pk-2020-10-09-tiktok"].hash = 3;      // corrected in r2
    content.events["gb-2020-07-14-huawei-5g"].hash = 9;   // never released
    const int32_t later = test::Day("2026-12-02");
    const std::vector<int32_t> days = EventUpdatedDays(*ds, content, record, later);
    ASSERT_EQ(days.size(), ds->size());
    EXPECT_EQ(days[test::Idx(*ds, "us-2014-05-19-indictment")], test::Day("2026-11-26"));
    EXPECT_EQ(days[test::Idx(*ds, "pk-2020-10-09-tiktok")], test::Day("2026-12-01"));
    EXPECT_EQ(days[test::Idx(*ds, "gb-2020-07-14-huawei-5g")], later);
    content.events["pk-2020-10-09-tiktok"].hash = 2;  // the old content again: changed since r2
    EXPECT_EQ(EventUpdatedDays(*ds, content, record, later)[test::Idx(*ds, "pk-2020-10-09-tiktok")], later);
}

}  // namespace rift
