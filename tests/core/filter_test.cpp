// Tests for core/filter: each constraint on the small fixture, with hand-counted results.
#include "core/filter.h"

#include "core/countries.h"
#include "core/synth.h"
#include "fixture.h"

namespace rift {

namespace {
std::vector<std::string> Ids(const Dataset& ds, const std::vector<EventIndex>& sel) {
    std::vector<std::string> out;
    for (EventIndex i : sel) out.push_back(ds.events[i].id.str());
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

// The search texts lie end to end in one arena ("title\nsummary\nid\0" per event) and are scanned as one string.
TEST(Filter, TextSearchStaysWithinOneEvent) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    // "...us-2012-10-08-report\0" is followed by the next event's "china bars windows 8...": no match across the two.
    spec.text = std::string("report\0china", 12);
    EXPECT_TRUE(Filter(*ds, spec).empty());
    spec.text = std::string("REPORT\0", 7);  // up to the end of the event's own text
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2012-10-08-report"}));
    spec.text = "fixture EVENT.\nUS-2014";  // summary into id, within one event
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2014-05-19-indictment"}));
    spec.text = "CHINA BARS";  // a title, upper case
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"cn-2014-05-windows8"}));
    spec.text = "8";  // a word starting with 8: the title's "Windows 8" (the id's "-08-" starts with 0)
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"cn-2014-05-windows8"}));
    spec.text = "08";  // the id us-2012-10-08-report
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2012-10-08-report"}));
    spec.text = "us-2012-10-08-report\nx";  // longer than the event's text
    EXPECT_TRUE(Filter(*ds, spec).empty());
}

TEST(Filter, TextSearchWithOtherConstraints) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.text = "kaspersky";
    spec.to = ParseDate("2021");  // the only event naming it is the last one, outside the range
    EXPECT_TRUE(Filter(*ds, spec).empty());
    spec.to = ParseDate("2022");
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"de-2022-kaspersky"}));
    spec = {};
    spec.text = "tiktok";  // the vendor's name: India's app ban, and Pakistan's block (title), the last in range
    spec.to = ParseDate("2020-10-09");
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"in-2020-06-29-apps", "pk-2020-10-09-tiktok"}));
    spec = {};
    spec.text = "huawei";
    spec.measures = {Measure::EntityListing};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2019-05-15-entity-list"}));
    spec = {};
    spec.text = "china";  // the name of the target of every US event
    spec.actors = {"US"};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2012-10-08-report", "us-2014-05-19-indictment",
                                                                     "us-2019-05-15-entity-list"}));
    spec.actors = {"CN"};  // the name of the actor: all three Chinese events
    EXPECT_EQ(Filter(*ds, spec).size(), 3u);
    spec.actors = {};
    spec.text = "china";
    const auto counts = FacetCounts(*ds, spec, Facet::Actor);
    EXPECT_EQ(counts[*ds->FindCountry("CN")], 3u);
    EXPECT_EQ(counts[*ds->FindCountry("DE")], 0u);  // German warning targets Russia
    EXPECT_EQ(counts[*ds->FindCountry("PK")], 1u);
}

// Events built by hand, with texts that tell case folding apart from near misses: '@' (0x40) and '`' (0x60), '['
// and '{', 'Ä' (C3 84) and 'ä' (C3 A4) differ in the same 0x20 bit as 'A' and 'a', but only ASCII letters fold.
std::unique_ptr<Dataset> FoldingDataset() {
    auto ds = std::make_unique<Dataset>();
    const CountryId us = ds->InternCountry("US");
    const char* texts[][3] = {{"e0", "Mail x@Home", "x"},
                              {"e1", "mail x`home", "\xC3\x84RGER a[x]"},
                              {"e2", "\xC3\xA4rger a{X}", "AB"},
                              {"e3", "CD", ""}};
    int32_t day = test::Day("2020-01-01");
    for (const auto& t : texts) {
        Event e;
        e.id = t[0];
        e.title = t[1];
        e.summary = t[2];
        e.date = Date{day++, Precision::Day};
        e.actor = us;
        ds->events.push_back(std::move(e));
    }
    ds->Finalize();
    return ds;
}

TEST(Filter, TextSearchFoldsAsciiLettersOnly) {
    auto ds = FoldingDataset();
    auto find = [&](std::string text) {
        FilterSpec spec;
        spec.text = std::move(text);
        return Ids(*ds, Filter(*ds, spec));
    };
    using V = std::vector<std::string>;
    // Inside a word, '@' is not '`' (they differ in the bit that tells 'A' from 'a'), '[' is not '{'.
    EXPECT_EQ(find("x@home"), V{"e0"});
    EXPECT_EQ(find("X`HOME"), V{"e1"});
    EXPECT_EQ(find("MAIL"), (V{"e0", "e1"}));
    EXPECT_EQ(find("mail x@home\nX\nE0"), V{"e0"});  // words of title, summary and id, each in its own case
    EXPECT_EQ(find("a[X]"), V{"e1"});
    EXPECT_EQ(find("a{x}"), V{"e2"});
    EXPECT_EQ(find("\xC3\xA4rger"), V{"e2"});  // 'ä' is not 'Ä'
    EXPECT_EQ(find("\xC3\x84rger"), V{"e1"});  // 'Ä' then ASCII letters, folded
    EXPECT_EQ(find("M"), (V{"e0", "e1"}));  // one letter starting a word: "Mail", "mail" (no country or vendor)
    EXPECT_EQ(find("ab"), V{"e2"});
    EXPECT_EQ(find("b"), V{});             // "AB" holds b, but no word starts with it
    EXPECT_EQ(find("@"), (V{"e0", "e1", "e2", "e3"}));  // no word at all: no search
    EXPECT_EQ(find(std::string("E2\0cd", 5)), V{});  // e2's text into e3's
    EXPECT_EQ(find(std::string("E2\0", 3)), V{"e2"});
    EXPECT_EQ(find("ab\ne2"), V{"e2"});
}

TEST(Filter, FacetTallyTextFoldsAsciiLettersOnly) {
    auto ds = FoldingDataset();
    FilterSpec spec;
    for (const char* text : {"x`HOME", "a{x}", "MAIL", "m", "ab", "\xC3\xA4RGER", "mail ab"}) {
        spec.text = text;
        const FacetTally t = FacetTallyUpTo(*ds, spec, test::Day("2020-12-31"));
        EXPECT_EQ(t.counts[static_cast<size_t>(Facet::Actor)][0], Filter(*ds, spec).size()) << text;
    }
    spec.text = "a{x}";
    EXPECT_EQ(FacetTallyUpTo(*ds, spec, test::Day("2020-12-31")).counts[static_cast<size_t>(Facet::Actor)][0], 1u);
}

// The arena scan against a plain per-event search, on a synthetic dataset and many queries.
TEST(Filter, TextSearchAgreesWithAPlainSearch) {
    SynthOptions o;
    o.events = 4000;
    o.seed = 7;
    auto ds = GenerateSynthetic(o);
    // The oracle, written plainly: every word must start a word (ASCII case folded) of the event's text, of its
    // actor's or a target's English or German name, or of a vendor's name or id. (The queries have no country
    // codes in capitals or common names, which name one country alone: TextSearchFindsWordsInAnyOrder.)
    auto word_byte = [](char ch) {
        const auto b = static_cast<unsigned char>(ch);
        return std::isalnum(b) || b >= 0x80;
    };
    auto starts_word = [&](std::string_view s, const std::string& w) {
        const std::string lower = AsciiLower(s);
        for (size_t at = 0; at + w.size() <= lower.size(); ++at)
            if (lower.compare(at, w.size(), w) == 0 && (at == 0 || !word_byte(lower[at - 1]))) return true;
        return false;
    };
    auto name_has = [&](CountryId id, const std::string& w) {
        const CountryName* cn = FindCountry(ds->countries[id]);
        return cn && (starts_word(cn->en, w) || starts_word(cn->de, w));
    };
    auto word_matches = [&](const Event& e, const std::string& w) {
        if (starts_word(e.title.str() + '\n' + e.summary.str() + '\n' + e.id.str() + '\0', w)) return true;
        if (name_has(e.actor, w)) return true;
        for (CountryId t : e.targets)
            if (name_has(t, w)) return true;
        for (VendorId v : e.vendors)
            if (starts_word(ds->vendors[v].name, w) || starts_word(ds->vendors[v].id, w)) return true;
        return false;
    };
    auto plain = [&](const Event& e, const std::string& q) {
        for (const std::string& w : SearchWords(q))
            if (!word_matches(e, AsciiLower(w))) return false;
        return true;
    };
    const std::vector<std::string> queries = {"vendor 17", "VENDOR 2", "e", "7", "ns v", "synthetic-12", "-1", "\n",
                                              "zz", "ger", "united", "3\nsynthetic-3", "bans vendor 1",
                                              "technology\n\nsynthetic-399", std::string("9\0", 2),
                                              "restricts vendor 29", "17 vendor", "verein", "stat unit"};
    for (int variant = 0; variant < 3; ++variant) {
        FilterSpec base;
        if (variant == 1) {
            base.from = ParseDate("2016-03-01");
            base.to = ParseDate("2021-07-31");
        } else if (variant == 2) {
            base.actors = {ds->countries[0], ds->countries[3]};
            base.measures = {Measure::EntityListing, Measure::AppBan, Measure::ProcurementBan};
        }
        const auto without_text = Filter(*ds, base);
        for (const std::string& q : queries) {
            FilterSpec spec = base;
            spec.text = q;
            std::vector<EventIndex> expected;
            for (EventIndex i : without_text)
                if (plain(ds->events[i], q)) expected.push_back(i);
            EXPECT_EQ(Filter(*ds, spec), expected) << "query \"" << q << "\", variant " << variant;
        }
    }
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

TEST(Filter, FacetTallyCountsUpToTheDay) {
    auto ds = test::SmallDataset();
    auto at = [&](Facet f, std::string_view code, const FacetTally& t) {
        return t.counts[static_cast<size_t>(f)][*ds->FindCountry(code)];
    };
    auto measure = [](Measure m, const FacetTally& t) {
        return t.counts[static_cast<size_t>(Facet::Measure)][static_cast<size_t>(m)];
    };
    // Up to 2014-05-19: the 2012 US report, the May 2014 Windows 8 ban (counts as 1 May) and the indictment.
    FacetTally t = FacetTallyUpTo(*ds, {}, test::Day("2014-05-19"));
    EXPECT_EQ(t.counted, 3u);
    EXPECT_EQ(at(Facet::Actor, "US", t), 2u);
    EXPECT_EQ(at(Facet::Actor, "CN", t), 1u);
    EXPECT_EQ(at(Facet::Target, "CN", t), 2u);
    EXPECT_EQ(at(Facet::Target, "US", t), 1u);
    EXPECT_EQ(measure(Measure::Accusation, t), 1u);
    EXPECT_EQ(measure(Measure::ProcurementBan, t), 1u);
    EXPECT_EQ(measure(Measure::Diplomatic, t), 0u);  // 20 May, after the day

    // US only, up to the end of 2019: six events so far, three of them by the US.
    FilterSpec us;
    us.actors = {"US"};
    t = FacetTallyUpTo(*ds, us, test::Day("2019-12-31"));
    EXPECT_EQ(t.counted, 6u);
    EXPECT_EQ(at(Facet::Actor, "US", t), 3u);  // the actor counts ignore the actor constraint
    EXPECT_EQ(at(Facet::Actor, "CN", t), 3u);
    EXPECT_EQ(at(Facet::Target, "CN", t), 3u);
    EXPECT_EQ(at(Facet::Target, "US", t), 0u);
    EXPECT_EQ(measure(Measure::EntityListing, t), 1u);  // the US listing, not China's
    EXPECT_EQ(measure(Measure::ProcurementBan, t), 0u);

    // Moving forwards and back gives the same counts as counting afresh.
    MoveFacetTally(*ds, us, t, test::Day("2030-01-01"));
    EXPECT_EQ(t.counted, 10u);
    EXPECT_EQ(at(Facet::Actor, "GB", t), 1u);
    MoveFacetTally(*ds, us, t, test::Day("2014-05-19"));
    EXPECT_EQ(at(Facet::Actor, "US", t), 2u);
    EXPECT_EQ(at(Facet::Actor, "CN", t), 1u);
    EXPECT_EQ(at(Facet::Actor, "GB", t), 0u);
    MoveFacetTally(*ds, us, t, test::Day("2000-01-01"));
    EXPECT_EQ(t.counted, 0u);
    EXPECT_EQ(at(Facet::Actor, "US", t), 0u);
}

TEST(Filter, FacetTallyAgreesWithFacetCountsAtEveryDay) {
    auto ds = test::SmallDataset();
    std::vector<FilterSpec> specs(6);
    specs[1].actors = {"US", "GB"};
    specs[2].measures = {Measure::AppBan, Measure::EntityListing};
    specs[2].targets = {"CN"};
    specs[3].vendors = {"huawei"};
    specs[3].from = ParseDate("2013");
    specs[4].text = "tiktok";
    specs[4].statuses = {Status::Enacted, Status::Revoked};
    specs[5].actors = {"XX"};  // no such country: only the actor counts are left
    specs[5].sectors = {Sector::Telecom};
    const char* days[] = {"2030-01-01", "2012-10-08", "2020-06-30", "2014-05-01", "2022-12-31", "2019-05-31", "2000-01-01", "2020-12-31"};
    for (size_t s = 0; s < specs.size(); ++s) {
        FacetTally moved = FacetTallyUpTo(*ds, specs[s], test::Day("2016-01-01"));
        for (const char* day : days) {
            MoveFacetTally(*ds, specs[s], moved, test::Day(day));
            FilterSpec upto = specs[s];
            upto.to = ParseDate(day);
            for (size_t f = 0; f < kFacetCount; ++f)
                EXPECT_EQ(moved.counts[f], FacetCounts(*ds, upto, static_cast<Facet>(f))) << "spec " << s << " day " << day << " facet " << f;
        }
    }
}

// A company includes its products (ByteDance: TikTok, and CapCut under it) unless asked for exactly; a vendor's
// former id filters as its id; every event naming a vendor is found, whatever its role.
TEST(Filter, VendorFamiliesAndExact) {
    const auto ds = test::FamiliesDataset();
    FilterSpec spec;
    spec.vendors = {"bytedance"};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)),
              (std::vector<std::string>{"in-2020-06-29-apps", "cn-2020-07-01-protest", "us-2023-03-bytedance-divest"}));
    spec.vendor_exact = true;
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"us-2023-03-bytedance-divest"}));
    spec.vendors = {"tik-tok"};
    spec.vendor_exact = false;
    EXPECT_EQ(Filter(*ds, spec).size(), 2u);  // the ban and the protest defending it
    spec.vendors = {"meta"};
    EXPECT_EQ(Ids(*ds, Filter(*ds, spec)), (std::vector<std::string>{"ru-2022-03-14-instagram-block"}));
}

// Issue 16.4: words in any order, each the start of a word; common names and codes in capitals name one country.
TEST(Filter, TextSearchFindsWordsInAnyOrder) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    auto find = [&](const char* text) {
        spec.text = text;
        return Ids(*ds, Filter(*ds, spec));
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(find("UK Huawei"), V{"gb-2020-07-14-huawei-5g"});
    EXPECT_EQ(find("huawei uk"), V{"gb-2020-07-14-huawei-5g"}) << "any order, any case for a common name";
    EXPECT_EQ(find("Britain"), V{"gb-2020-07-14-huawei-5g"});
    EXPECT_EQ(find("Gro\xC3\x9F" "britannien"), V{"gb-2020-07-14-huawei-5g"});
    EXPECT_EQ(find("Vereinigtes"), V{"gb-2020-07-14-huawei-5g"}) << "German names, from a word's start";
    EXPECT_EQ(find("USA tiktok"), V{}) << "the US took no TikTok measure here";
    EXPECT_EQ(find("tiktok pakistan").size(), 1u);
    EXPECT_EQ(find("hua").size(), 3u) << "a word's start: Huawei's three events";
    EXPECT_EQ(find("awei"), V{}) << "not the middle of a word";
    EXPECT_EQ(find("GB").size(), 1u) << "a code in capitals";
    EXPECT_EQ(find("\"china\" bars"), V{"cn-2014-05-windows8"}) << "quotes around a word";
    EXPECT_EQ(SearchWords("  UK, Huawei;  (5G) "), (V{"UK", "Huawei", "5G"}));

    // "UK" as a whole word only: not Ukraine, not Lukashenko.
    Dataset uk;
    const CountryId ua = uk.InternCountry("UA"), by = uk.InternCountry("BY"), gb = uk.InternCountry("GB");
    const std::pair<CountryId, const char*> rows[] = {{ua, "Ukraine bans apps"}, {by, "Lukashenko blocks sites"},
                                                      {gb, "The UK's review"}, {ua, "Kyiv follows UK"}};
    int32_t day = test::Day("2022-01-01");
    for (const auto& [actor, title] : rows) {
        Event e;
        e.id = "e" + std::to_string(day);
        e.title = title;
        e.date = Date{day++, Precision::Day};
        e.actor = actor;
        uk.events.push_back(std::move(e));
    }
    uk.Finalize();
    FilterSpec q;
    q.text = "uk";
    EXPECT_EQ(Filter(uk, q).size(), 2u) << "the UK's event, and the text that names the UK";
}

}  // namespace rift
