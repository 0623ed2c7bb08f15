#include "core/packed.h"

#include <gtest/gtest.h>

#include "core/filter.h"
#include "core/io.h"
#include "fixture.h"

namespace rift {
namespace {

// Everything a dataset holds that Rift reads, as one comparable text.
std::string Describe(const Dataset& ds) {
    std::string out = ds.schema + "|" + ds.version + "|" + (ds.partial ? "partial" : "full") + "\n";
    for (const std::string& c : ds.countries) out += c + ",";
    out += "\n";
    for (const Vendor& v : ds.vendors) {
        out += v.id + "|" + v.name + "|" + ds.countries[v.country] + "|" + v.website + "|" +
               (v.parent ? ds.vendors[*v.parent].id : "-") + "|";
        for (const std::string& s : v.sectors) out += s + ",";
        for (const std::string& a : v.aliases) out += a + ";";
        out += "\n";
    }
    for (const Event& e : ds.events) {
        out += e.id.str() + "|" + e.title.str() + "|" + e.summary.str() + "|" + e.title_de.str() + "|" +
               e.summary_de.str() + "|" + std::to_string(e.date.day) + "/" +
               std::to_string(static_cast<int>(e.date.precision)) + "|" +
               (e.effective ? std::to_string(e.effective->day) : "-") + "|" + (e.ends ? std::to_string(e.ends->day) : "-") +
               "|" + ds.countries[e.actor] + "|";
        for (CountryId c : e.targets) out += ds.countries[c] + ",";
        for (VendorId v : e.vendors) out += ds.vendors[v].id + ",";
        out += std::to_string(e.vendors_defended) + "/" + std::to_string(e.vendors_mentioned) + "|" +
               std::to_string(static_cast<int>(e.measure)) + std::to_string(static_cast<int>(e.sector)) +
               std::to_string(static_cast<int>(e.status)) + std::to_string(e.severity) + "|";
        for (const Source& s : e.sources) out += s.url + " " + s.publisher + " " + s.title + " " + s.date + ";";
        for (EventIndex r : e.responds_to) out += "<" + ds.events[r].id.str();
        for (EventIndex r : e.answered_by) out += ">" + ds.events[r].id.str();
        out += "|" + e.date_note.str() + "|" + std::to_string(e.content_hash) + "\n";
    }
    for (const auto& [alias, of] : ds.event_aliases) out += alias + "=" + of + "\n";
    return out;
}

std::shared_ptr<const Dataset> RoundTrip(const Dataset& ds) {
    const std::string bytes = PackDataset(ds);
    LoadResult back = UnpackDataset(bytes);
    for (const Problem& p : back.problems) ADD_FAILURE() << FormatProblem(p);
    if (!back.ok()) return nullptr;
    EXPECT_EQ(PackDataset(*back.dataset), bytes) << "packing is deterministic";
    EXPECT_EQ(Describe(*back.dataset), Describe(ds));
    return back.dataset;
}

TEST(Packed, FixturesRoundTripWithFamiliesAliasesAndLinks) {
    auto families = RoundTrip(*test::FamiliesDataset());
    ASSERT_TRUE(families);
    // The look-ups Finalize builds work on what was read: vendor aliases, event aliases, families.
    const Dataset& ref = *test::FamiliesDataset();
    for (const Vendor& v : ref.vendors) {
        for (const std::string& a : v.aliases) EXPECT_EQ(families->FindVendor(a), ref.FindVendor(a)) << a;
        EXPECT_EQ(families->FamilyOf(*ref.FindVendor(v.id)), ref.FamilyOf(*ref.FindVendor(v.id))) << v.id;
    }
    for (const auto& [alias, of] : ref.event_aliases) EXPECT_EQ(families->FindEvent(alias), ref.FindEvent(alias));
    EXPECT_TRUE(RoundTrip(*test::SmallDataset()));
}

TEST(Packed, TheBuiltInDataRoundTripsWholeAndAsTheFirstView) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors) << error;
    LoadResult full = LoadDataset(*events, *vendors);
    ASSERT_TRUE(full.ok());
    auto back = RoundTrip(*full.dataset);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->size(), full.dataset->size());
    // The columns the views read come out the same.
    EXPECT_EQ(back->cols.day, full.dataset->cols.day);
    EXPECT_EQ(back->cols.vendors, full.dataset->cols.vendors);
    EXPECT_EQ(back->cols.text, full.dataset->cols.text);
    LoadOptions first;
    first.first_view = true;
    LoadResult partial = LoadDataset(*events, *vendors, first);
    ASSERT_TRUE(partial.ok());
    auto partial_back = RoundTrip(*partial.dataset);
    ASSERT_TRUE(partial_back);
    EXPECT_TRUE(partial_back->partial);
}

// A dataset made in code, to be spoiled in one place before packing.
struct Made {
    std::shared_ptr<Dataset> ds = std::make_shared<Dataset>();
    Made() {
        ds->schema = "rift-events/1";
        ds->version = "test";
        const CountryId us = ds->InternCountry("US"), cn = ds->InternCountry("CN");
        ds->vendors.resize(2);
        ds->vendors[0].id = "huawei";
        ds->vendors[0].name = "Huawei";
        ds->vendors[0].country = cn;
        ds->vendors[1].id = "honor";
        ds->vendors[1].name = "Honor";
        ds->vendors[1].country = cn;
        ds->vendors[1].parent = 0;
        for (int k = 0; k < 3; ++k) {
            Event e;
            e.id = "e" + std::to_string(k);
            e.title = "Event " + std::to_string(k);
            e.date = Date{19000 + k, Precision::Day};
            e.actor = us;
            e.targets = {cn};
            e.vendors = {0};
            if (k > 0) e.responds_to = {static_cast<EventIndex>(k - 1)};
            ds->events.push_back(std::move(e));
        }
        ds->Finalize();
    }
    std::string Problem() const {
        LoadResult r = UnpackDataset(PackDataset(*ds));
        EXPECT_FALSE(r.ok());
        return r.problems.empty() ? "" : FormatProblem(r.problems[0]);
    }
};

TEST(Packed, RefusesWhatItDidNotWriteSayingWhere) {
    const std::string good = PackDataset(*Made().ds);
    ASSERT_TRUE(UnpackDataset(good).ok());
    auto problem = [](std::string_view bytes) {
        LoadResult r = UnpackDataset(bytes);
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(r.problems.size(), 1u);
        return r.problems.empty() ? "" : FormatProblem(r.problems[0]);
    };
    EXPECT_NE(problem("").find("not a Rift binary snapshot"), std::string::npos);
    EXPECT_NE(problem("{\"events\": []}").find("byte 0"), std::string::npos);
    std::string other = good;
    other[8] = 3;  // format 3
    EXPECT_NE(problem(other).find("format 3, this Rift reads 2"), std::string::npos);
    std::string flipped = good;
    flipped[good.size() / 2] ^= 0x20;
    EXPECT_NE(problem(flipped).find("damaged"), std::string::npos);
    EXPECT_NE(problem(good.substr(0, good.size() - 1)).find("damaged"), std::string::npos);
    EXPECT_NE(problem(good + "x").find("damaged"), std::string::npos);
}

// Each spoilt field, packed with a correct check, is refused by the reader's own checks (what a fuzzer that fixes up
// the check would find), naming what is wrong.
TEST(Packed, RefusesIndicesOutOfRangeRepeatsAndCycles) {
    {
        Made m;
        m.ds->events[1].actor = 7;
        EXPECT_NE(m.Problem().find("actor out of range"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[0].vendors = {0, 0};
        EXPECT_NE(m.Problem().find("a vendor listed twice"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[0].targets = {5};
        EXPECT_NE(m.Problem().find("a target out of range"), std::string::npos);
    }
    {
        Made m;
        m.ds->vendors[0].parent = 1;  // huawei -> honor -> huawei
        EXPECT_NE(m.Problem().find("vendor parents form a cycle"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[0].responds_to = {2};  // 0 -> 2 -> 1 -> 0
        EXPECT_NE(m.Problem().find("response links form a cycle"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[2].responds_to = {2};
        EXPECT_NE(m.Problem().find("responds to itself"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[1].id = "e0";
        EXPECT_NE(m.Problem().find("repeated event id"), std::string::npos);
        // ... at the byte where the second "e0" begins (its length), as the check ran when it was read
        const std::string bytes = PackDataset(*m.ds);
        const size_t second = bytes.find(std::string("\x02" "e0"), bytes.find(std::string("\x02" "e0")) + 1);
        ASSERT_NE(second, std::string::npos);
        EXPECT_NE(m.Problem().find("byte " + std::to_string(second) + ":"), std::string::npos) << m.Problem();
    }
    {
        Made m;
        m.ds->vendors[1].id = "huawei";
        EXPECT_NE(m.Problem().find("repeated vendor id or alias"), std::string::npos) << m.Problem();
    }
    {
        Made m;
        m.ds->vendors[1].aliases = {"huawei"};  // another vendor's id as an alias
        EXPECT_NE(m.Problem().find("repeated vendor id or alias"), std::string::npos) << m.Problem();
    }
    {
        Made m;
        m.ds->vendors[0].aliases = {"hw", "hw"};
        EXPECT_NE(m.Problem().find("repeated vendor id or alias"), std::string::npos) << m.Problem();
    }
    {
        Made m;
        m.ds->events[1].severity = 9;
        EXPECT_NE(m.Problem().find("out of range"), std::string::npos);
    }
    {
        Made m;
        m.ds->events[1].title = std::string("bad \xff byte");
        const std::string p = m.Problem();
        EXPECT_NE(p.find("a title is not UTF-8"), std::string::npos) << p;
        EXPECT_NE(p.find("snapshot: byte "), std::string::npos) << p;
    }
}

// An id is written without the prefix its actor and date already say (to the day, the month or the year), and any
// other id whole: each reads back as it was.
TEST(Packed, IdsLeaveOutWhatTheActorAndDateSay) {
    Made m;
    const int32_t day = DaysFromCivil(2022, 3, 4);
    const char* ids[] = {"us-2022-03-04-entity-list", "us-2022-03-ban", "us-2022-order", "cn-2022-03-04-other-actor"};
    for (size_t k = 0; k < 3; ++k) {
        m.ds->events[k].id = ids[k];
        m.ds->events[k].date = Date{day, Precision::Day};
    }
    m.ds->Finalize();
    auto back = RoundTrip(*m.ds);
    ASSERT_TRUE(back);
    const std::string bytes = PackDataset(*m.ds);
    for (const char* prefix : {"us-2022-03-04-", "us-2022-03-", "us-2022-"})
        EXPECT_EQ(bytes.find(prefix), std::string::npos) << prefix;
    for (const char* rest : {"entity-list", "ban", "order"}) EXPECT_NE(bytes.find(rest), std::string::npos) << rest;
    // An id that only looks like a prefix is kept whole; so is one whose actor is another.
    m.ds->events[0].id = "us-2022-03-04-";
    m.ds->events[1].id = ids[3];
    m.ds->Finalize();
    back = RoundTrip(*m.ds);
    ASSERT_TRUE(back);
    EXPECT_NE(PackDataset(*m.ds).find(ids[3]), std::string::npos);
    // A form the writer never uses, or an empty rest, is refused.
    std::string payload = PackDataset(*Made().ds).substr(20);
    const size_t form_at = payload.find(std::string{'\0', '\x02', 'e', '0'});  // form 0 (whole), length 2, "e0"
    ASSERT_NE(form_at, std::string::npos);
    std::string bad = payload;
    bad[form_at] = 4;
    LoadResult r = UnpackDataset(WithPackHeader(bad));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(FormatProblem(r.problems[0]).find("unknown id form"), std::string::npos) << FormatProblem(r.problems[0]);
}

TEST(Packed, AnyTruncationWithItsCheckFixedIsRefusedNotRead) {
    const std::string good = PackDataset(*test::FamiliesDataset());
    // Cut the payload anywhere and recompute the check: the reader must find the end, never read past it.
    const std::string_view payload = std::string_view(good).substr(20);
    ASSERT_EQ(WithPackHeader(payload), good);
    for (size_t cut = 0; cut < payload.size(); cut += 7)
        EXPECT_FALSE(UnpackDataset(WithPackHeader(payload.substr(0, cut))).ok()) << cut;
}

// The page's first view comes without titles; they follow as text (PackTitles) and are put in as the snapshot is read:
// the same events as the titled data, and search finds them.
TEST(Packed, TitlesFollowTheFirstViewAndAreSearchable) {
    Made titled, untitled;
    for (Event& e : untitled.ds->events) e.title = "";
    untitled.ds->Finalize();
    const std::string text = PackTitles(*titled.ds);
    EXPECT_EQ(text.substr(0, 16), "rift-titles 1 3 ");
    EXPECT_EQ(text.substr(text.size() - 25), "\nEvent 0\nEvent 1\nEvent 2\n");
    LoadResult back = UnpackDataset(PackDataset(*untitled.ds), {}, text);
    for (const Problem& p : back.problems) ADD_FAILURE() << FormatProblem(p);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(Describe(*back.dataset), Describe(*titled.ds));
    EXPECT_EQ(back.dataset->cols.text, titled.ds->cols.text);
    FilterSpec words;
    words.text = "event 1";
    EXPECT_EQ(Filter(*back.dataset, words), std::vector<EventIndex>{1});
    EXPECT_TRUE(Filter(*untitled.ds, words).empty()) << "without its titles, the first view finds no title";
    // A title with a line break cannot be written in this format: PackTitles says so with nothing.
    Made broken;
    broken.ds->events[1].title = "two\nlines";
    EXPECT_EQ(PackTitles(*broken.ds), "");
}

TEST(Packed, TheBuiltInFirstViewTakesTheBuiltInTitles) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors) << error;
    LoadOptions first;
    first.first_view = true;
    LoadResult partial = LoadDataset(*events, *vendors, first);
    LoadResult full = LoadDataset(*events, *vendors);
    ASSERT_TRUE(partial.ok() && full.ok());
    const std::string text = PackTitles(*full.dataset);
    ASSERT_FALSE(text.empty());
    LoadResult back = UnpackDataset(PackDataset(*partial.dataset), {}, text);
    ASSERT_TRUE(back.ok()) << FormatProblem(back.problems[0]);
    EXPECT_EQ(Describe(*back.dataset), Describe(*partial.dataset));
}

// Titles that are not PackTitles's for these events are refused with the line that is wrong, and nothing is put in.
TEST(Packed, RefusesTitlesForOtherEventsSayingWhichLine) {
    Made m;
    const std::string snapshot = PackDataset(*m.ds), text = PackTitles(*m.ds);
    auto problem = [&](const std::string& titles) {
        LoadResult r = UnpackDataset(snapshot, {}, titles);
        EXPECT_FALSE(r.ok()) << titles;
        EXPECT_EQ(r.problems.size(), 1u);
        return r.problems.empty() ? "" : FormatProblem(r.problems[0]);
    };
    const size_t head_end = text.find('\n') + 1;
    const std::string head = text.substr(0, head_end);
    EXPECT_NE(problem("Event 0\nEvent 1\n").find("titles: line 1: not a Rift titles file"), std::string::npos);
    EXPECT_NE(problem("rift-titles 2" + text.substr(13)).find("line 1: not a Rift titles file (format 1)"), std::string::npos);
    Made other;
    other.ds->events[2].id = "e9";
    other.ds->Finalize();
    const std::string p = problem(PackTitles(*other.ds));
    EXPECT_NE(p.find("line 1: made for other events"), std::string::npos) << p;
    EXPECT_NE(problem(head + "Event 0\n").find("line 3: the file ends early"), std::string::npos);
    EXPECT_NE(problem(head + "Event 0\n\nEvent 2\n").find("line 3: a title is empty"), std::string::npos);
    EXPECT_NE(problem(head + "Event 0\nbad \xff\nEvent 2\n").find("line 3: a title is not UTF-8"), std::string::npos);
    EXPECT_NE(problem(head + "Event 0\r\nEvent 1\nEvent 2\n").find("line 2: a title is not UTF-8"), std::string::npos);
    EXPECT_NE(problem(text + "Event 3\n").find("line 5: text after the last title"), std::string::npos);
    EXPECT_NE(problem(text.substr(0, text.size() - 1)).find("line 4: the file ends early"), std::string::npos);
    EXPECT_TRUE(UnpackDataset(snapshot, {}, text).ok());
}

}  // namespace
}  // namespace rift
