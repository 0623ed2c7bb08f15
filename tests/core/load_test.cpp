// Tests for core/load: good data loads; each kind of bad input gives a problem with its JSON path.
#include "core/load.h"

#include "core/filter.h"

#include "fixture.h"

namespace rift {

namespace {
std::string EventJson(const std::string& override_fields) {
    return R"({"id":"us-2014-05-19-x","date":"2014-05-19","actor":"US","targets":["CN"],"vendors":[],)"
           R"("measure":"indictment","sector":"government","status":"enacted","title":"T","summary":"S",)"
           R"("sources":[{"url":"https://example.org/a","publisher":"P","title":"T","date":"2014-05-19"}],"severity":4)" +
           override_fields + "}";
}
// n events with ids us-2014-05-19-0…, each changed by edit(event, i), joined for Doc().
template <typename Edit>
std::string Numbered(int n, Edit edit) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        std::string e = EventJson("");
        e.replace(e.find("us-2014-05-19-x"), 15, "us-2014-05-19-" + std::to_string(i));
        edit(e, i);
        out += (i ? "," : "") + e;
    }
    return out;
}
std::string Doc(const std::string& events) { return R"({"schema":"1.0","version":"t","events":[)" + events + "]}"; }

std::vector<std::string> Problems(const std::string& events_json, const std::string& vendors = "", int32_t today = kNoEnd) {
    LoadOptions o;
    o.today = today;
    LoadResult r = LoadDataset(events_json, vendors, o);
    std::vector<std::string> out;
    for (const Problem& p : r.problems) out.push_back(p.path + ": " + p.message);
    EXPECT_EQ(r.ok(), out.empty());
    return out;
}
}  // namespace

TEST(Load, AcceptsAMinimalEvent) { EXPECT_TRUE(Problems(Doc(EventJson(""))).empty()); }

// German text is optional: an event with it shows it in German, one without falls back to the English (and says
// so: LacksGerman, counted by Summarize), a search finds the German words, and a wrong type is a problem with its path.
TEST(Load, GermanTextIsOptionalAndFallsBackToEnglish) {
    const std::string with = EventJson(R"(,"title_de":"USA klagen fünf Offiziere an","summary_de":"Anklage in Pittsburgh.")");
    const std::string without =
        R"({"id":"cn-2014-05-16-y","date":"2014-05-16","actor":"CN","targets":["US"],"vendors":[],"measure":"procurement_ban",)"
        R"("sector":"government","status":"enacted","title":"China excludes Windows 8","summary":"S2","sources":[{"url":)"
        R"("https://example.org/b","publisher":"P","title":"T"}],"severity":3})";
    LoadResult r = LoadDataset(Doc(with + "," + without), "", {});
    ASSERT_TRUE(r.ok()) << r.problems.front().message;
    const Dataset& ds = *r.dataset;
    const Event& de = ds.events[*ds.FindEvent("us-2014-05-19-x")];
    const Event& en = ds.events[*ds.FindEvent("cn-2014-05-16-y")];
    EXPECT_EQ(de.Title(true), "USA klagen fünf Offiziere an");
    EXPECT_EQ(de.Title(false), "T");
    EXPECT_EQ(de.Summary(true), "Anklage in Pittsburgh.");
    EXPECT_FALSE(de.LacksGerman());
    EXPECT_EQ(en.Title(true), "China excludes Windows 8");
    EXPECT_EQ(en.Summary(true), "S2");
    EXPECT_TRUE(en.LacksGerman());
    EXPECT_EQ(Summarize(ds).without_german, 1u);
    FilterSpec spec;
    spec.text = "Offiziere Pittsburgh";
    EXPECT_EQ(Filter(ds, spec), (std::vector<EventIndex>{*ds.FindEvent("us-2014-05-19-x")}));
    EXPECT_EQ(Problems(Doc(EventJson(R"(,"title_de":5)"))),
              (std::vector<std::string>{"$.events[0].title_de: must be a string, not number"}));
}

TEST(Load, InvalidJsonSaysWhere) {
    auto p = Problems("{\"schema\": \"1.0\",\n \"events\": [,]}");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("not valid JSON at line 2"), std::string::npos) << p[0];
}

TEST(Load, WrongTypesAndMissingFields) {
    auto p = Problems(Doc(R"({"id":"a","date":20140519,"actor":"US"})"));
    auto has = [&](const std::string& s) {
        for (auto& x : p) if (x.find(s) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("$.events[0].date: must be a string, not number"));
    EXPECT_TRUE(has("$.events[0]: missing required field \"measure\""));
    EXPECT_TRUE(has("$.events[0]: missing required field \"sources\""));
}

// The page's first-view file: events without summaries and sources, which follow in the full file.
TEST(Load, FirstViewMayLeaveOutSummariesAndSources) {
    const std::string bare = Doc(R"({"id":"a","date":"2014-05-19","actor":"US","targets":["CN"],"vendors":[],)"
                                 R"("measure":"indictment","sector":"government","status":"enacted","title":"T","severity":4})");
    EXPECT_EQ(Problems(bare), (std::vector<std::string>{"$.events[0]: missing required field \"summary\"",
                                                        "$.events[0]: missing required field \"sources\""}));
    LoadOptions o;
    o.first_view = true;
    LoadResult r = LoadDataset(bare, "", o);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.dataset->partial);
    EXPECT_TRUE(r.dataset->events[0].sources.empty());
    EXPECT_EQ(std::string(r.dataset->events[0].title), "T");
    // What is there is still checked, and the other fields stay required.
    std::string bad = Doc(EventJson(R"(,"x":1)"));
    bad.replace(bad.find("https://"), 8, "ftp://");
    r = LoadDataset(bad, "", o);
    ASSERT_FALSE(r.ok());
    std::vector<std::string> got;
    for (const Problem& p : r.problems) got.push_back(p.path + ": " + p.message);
    EXPECT_EQ(got, (std::vector<std::string>{"$.events[0]: unknown field \"x\"",
                                             "$.events[0].sources[0].url: not a well-formed http(s) URL: \"ftp://example.org/a\""}));
    r = LoadDataset(Doc(R"({"id":"a","date":"2014-05-19","actor":"US"})"), "", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problems[0].message, "missing required field \"targets\"");
    // The full file loads as a complete dataset.
    r = LoadDataset(Doc(EventJson("")), "", LoadOptions{});
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.dataset->partial);
}

TEST(Load, UnknownVocabulariesAndCodes) {
    auto p = Problems(Doc(EventJson(R"(,"x_note":"ok")")));
    EXPECT_TRUE(p.empty());
    p = Problems(Doc(R"x({"id":"a","date":"2014-05-19","actor":"XX","targets":["CN","ZZ"],"vendors":["nokia"],)x"
                     R"x("measure":"ban","sector":"space","status":"done","title":"T","summary":"S","severity":9,)x"
                     R"x("sources":[{"url":"javascript:alert(1)","publisher":"P","title":"T","date":"2014"}],"color":"red"})x"));
    const std::vector<std::string> expected = {
        "$.events[0]: unknown field \"color\"",
        "$.events[0].actor: unknown country code \"XX\" (ISO 3166-1 alpha-2 or EU)",
        "$.events[0].targets[1]: unknown country code \"ZZ\" (ISO 3166-1 alpha-2 or EU)",
        "$.events[0].vendors[0]: unknown vendor \"nokia\"",
        "$.events[0].measure: unknown value \"ban\"",
        "$.events[0].sector: unknown value \"space\"",
        "$.events[0].status: unknown value \"done\"",
        "$.events[0].severity: must be between 1 and 5, not 9",
        "$.events[0].sources[0].url: not a well-formed http(s) URL: \"javascript:alert(1)\"",
    };
    for (const std::string& e : expected) {
        bool found = false;
        for (auto& x : p) found |= x.rfind(e, 0) == 0;
        EXPECT_TRUE(found) << "missing: " << e;
    }
}

TEST(Load, DatesInvalidFutureAndEnds) {
    auto p = Problems(Doc(EventJson(R"(,"ends":"2013-01-01")")));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0], "$.events[0].ends: ends before the event's date");
    p = Problems(Doc(EventJson("")), "", test::Day("2014-05-18"));
    ASSERT_GE(p.size(), 1u);
    EXPECT_EQ(p[0], "$.events[0].date: \"2014-05-19\" is in the future");
    p = Problems(Doc(R"({"id":"a","date":"2014-02-30"})"));
    EXPECT_EQ(p[0], "$.events[0].date: \"2014-02-30\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
}

TEST(Load, DuplicateIdsLinksAndCycles) {
    auto e2 = EventJson(R"(,"responds_to":["us-2014-05-19-x"])");
    auto p = Problems(Doc(EventJson("") + "," + e2));
    bool dup = false;
    for (auto& x : p) dup |= x.find("duplicate id \"us-2014-05-19-x\" (first at $.events[0])") != std::string::npos;
    EXPECT_TRUE(dup);

    std::string a = EventJson(R"(,"responds_to":["b"])");
    a.replace(a.find("us-2014-05-19-x"), 15, "a");
    std::string b = EventJson(R"(,"responds_to":["a"])");
    b.replace(b.find("us-2014-05-19-x"), 15, "b");
    p = Problems(Doc(a + "," + b));
    bool cycle = false;
    for (auto& x : p) cycle |= x.find("forms a cycle") != std::string::npos;
    EXPECT_TRUE(cycle);

    std::string later = EventJson(R"(,"responds_to":["c"])");
    later.replace(later.find("us-2014-05-19-x"), 15, "d");
    std::string c = EventJson("");
    c.replace(c.find("us-2014-05-19-x"), 15, "c");
    c.replace(c.find("2014-05-19"), 10, "2015-01-01");
    p = Problems(Doc(later + "," + c));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0], "$.events[0].responds_to[0]: \"c\" is dated after this event; a response must come later");
    p = Problems(Doc(EventJson(R"(,"responds_to":["missing"])")));
    EXPECT_EQ(p[0], "$.events[0].responds_to[0]: no event has the id \"missing\"");
}

// A country, vendor or link listed twice in one event would be counted twice in some views and once in others:
// refused, where it repeats.
TEST(Load, RepeatedTargetsVendorsAndLinks) {
    auto with = [](std::string e, std::string_view from, std::string_view to) {
        e.replace(e.find(from), from.size(), to);
        return e;
    };
    const std::string e = EventJson("");
    EXPECT_EQ(Problems(Doc(with(e, R"("targets":["CN"])", R"("targets":["CN","US","CN"])"))),
              (std::vector<std::string>{"$.events[0].targets[2]: country \"CN\" is listed twice"}));
    const std::string vendors = R"({"schema":"1.0","vendors":[{"id":"huawei","name":"Huawei","country":"CN","sectors":["telecom"]}]})";
    EXPECT_EQ(Problems(Doc(with(e, R"("vendors":[])", R"("vendors":["huawei","huawei"])")), vendors),
              (std::vector<std::string>{"$.events[0].vendors[1]: vendor \"huawei\" is listed twice"}));
    std::string answer = with(EventJson(R"(,"responds_to":["us-2014-05-19-x","us-2014-05-19-x"])"), "us-2014-05-19-x", "b");
    EXPECT_EQ(Problems(Doc(e + "," + answer)),
              (std::vector<std::string>{"$.events[1].responds_to[1]: \"us-2014-05-19-x\" is listed twice"}));
    EXPECT_TRUE(Problems(Doc(with(e, R"("targets":["CN"])", R"("targets":["CN","US"])"))).empty());
}

TEST(Load, ProbableDuplicate) {
    const std::string vendors = R"({"vendors":[{"id":"huawei","name":"Huawei","country":"CN","sectors":["telecom"]}]})";
    std::string a = EventJson("");
    a.replace(a.find("\"vendors\":[]"), 12, "\"vendors\":[\"huawei\"]");
    std::string b = a;
    b.replace(b.find("us-2014-05-19-x"), 15, "us-2014-05-19-y");
    auto p = Problems(Doc(a + "," + b), vendors);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0], "$.events[1]: probable duplicate of \"us-2014-05-19-x\" (same actor, date, measure and vendors)");
}

TEST(Load, LimitsDepthStringSizeAndBom) {
    std::string deep = Doc(EventJson(R"(,"x_deep":)" + std::string(50, '[') + std::string(50, ']')));
    auto p = Problems(deep);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("nesting deeper than 16 levels"), std::string::npos) << p[0];
    std::string big = Doc(EventJson(R"(,"x_big":")" + std::string(30000, 'a') + "\""));
    p = Problems(big);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("a string of 30000 bytes is longer than the limit of 20000"), std::string::npos) << p[0];
    p = Problems("\xEF\xBB\xBF" + Doc(EventJson("")));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("byte-order mark"), std::string::npos);
    p = Problems(Doc(EventJson(R"(,"x_bad":"\xC3\x28")")));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("not valid JSON"), std::string::npos);
}

TEST(Load, UrlCheck) {
    EXPECT_TRUE(IsHttpUrl("https://www.justice.gov/opa/pr/x"));
    EXPECT_TRUE(IsHttpUrl("http://localhost:8000/a"));
    EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
    EXPECT_FALSE(IsHttpUrl("data:text/html,hi"));
    EXPECT_FALSE(IsHttpUrl("https://"));
    EXPECT_FALSE(IsHttpUrl("https://exa mple.org"));
    EXPECT_FALSE(IsHttpUrl("https://user@evil.org"));
    EXPECT_FALSE(IsHttpUrl("ftp://example.org"));
    // Only http and https: a URL with no scheme, another scheme or a scheme-relative one never becomes a link,
    // however good the rest looks.
    EXPECT_FALSE(IsHttpUrl("example.org/page"));
    EXPECT_FALSE(IsHttpUrl("www.example.org"));
    EXPECT_FALSE(IsHttpUrl("//example.org/page"));
    EXPECT_FALSE(IsHttpUrl("file.example.org/etc/passwd"));
    EXPECT_FALSE(IsHttpUrl("HTTPX://example.org"));
}

// A source whose URL is not http(s) is a problem with its path (the page would otherwise make it a link).
TEST(Load, SourceUrlMustBeHttp) {
    for (const char* url : {"javascript:alert(1)", "example.org/page", "file:///etc/passwd"}) {
        std::string e = EventJson("");
        e.replace(e.find("https://example.org/a"), 21, url);
        const auto p = Problems(Doc(e));
        ASSERT_EQ(p.size(), 1u) << url;
        EXPECT_EQ(p[0].rfind("$.events[0].sources[0].url: ", 0), 0u) << p[0];
    }
}

// The documented limits on the number of events and of problems listed hold (smaller limits, the same code).
TEST(Load, EventAndProblemCaps) {
    LoadOptions o;
    o.limits.max_events = 2;
    // Three good events on distinct days (no probable duplicates).
    const std::string three = Numbered(3, [](std::string& e, int i) {
        e.replace(e.find("2014-05-19\","), 10, "2014-05-1" + std::to_string(i + 1));
    });
    LoadResult r = LoadDataset(Doc(three), "", o);
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].path, "$.events");
    EXPECT_EQ(r.problems[0].message, "3 events are more than the limit of 2");
    o.limits.max_events = 3;
    EXPECT_TRUE(LoadDataset(Doc(three), "", o).ok());

    // Ten events with a bad date each: three listed, seven counted.
    o.limits.max_events = 100;
    o.limits.max_problems = 3;
    const std::string ten = Numbered(10, [](std::string& e, int) {
        e.replace(e.find("\"date\":\"2014-05-19\""), 19, "\"date\":\"2014-02-30\"");
    });
    r = LoadDataset(Doc(ten), "", o);
    EXPECT_EQ(r.problems.size(), 3u);
    EXPECT_EQ(r.problems_not_listed, 7u);
}

TEST(Load, DatasetMayBringItsOwnVendors) {
    std::string a = EventJson("");
    a.replace(a.find("\"vendors\":[]"), 12, "\"vendors\":[\"acme\"]");
    const std::string doc = R"({"schema":"1.0","version":"t","vendors":[{"id":"acme","name":"Acme","country":"US","sectors":["other"]}],"events":[)" + a + "]}";
    EXPECT_TRUE(Problems(doc).empty());
}

// Found by tests/fuzz/fuzz_load: problems quoted raw bytes (JSON syntax errors) and cut values in the middle of
// a character, so a problem list could not be sent to the page as JSON.
TEST(Load, ProblemsAreUtf8) {
    LoadResult r = LoadDataset("{\"schema\": \xFF\xFE}", "");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].message.find("not valid JSON"), std::string::npos);
    EXPECT_EQ(InvalidUtf8At(r.problems[0].message), std::string_view::npos) << r.problems[0].message;
    std::string id;
    for (int i = 0; i < 40; ++i) id += "\xC3\xBC";
    r = LoadDataset(Doc(EventJson("").replace(7, 15, id)), "");  // the id is too long and not a-z
    ASSERT_FALSE(r.problems.empty());
    for (const Problem& p : r.problems) EXPECT_EQ(InvalidUtf8At(FormatProblem(p)), std::string_view::npos) << p.message;
}

// Found while writing tests/fuzz/fuzz_load (inputs too large for the fuzzer to reach): 65 536 vendors or more
// wrapped the 16-bit vendor ids and the loader never finished.
TEST(Load, TooManyVendorsIsAProblemNotAHang) {
    std::string vendors = R"({"vendors":[)";
    for (int i = 0; i < 65536; ++i)
        vendors += (i ? "," : "") + std::string(R"({"id":"v)") + std::to_string(i) + R"(","name":"V","country":"CN","sectors":[]})";
    vendors += "]}";
    auto p = Problems(Doc(EventJson("")), vendors);
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(p[0], "$.vendors: 65536 vendors are more than the limit of 65535");
}

// Roles name the event's own vendors with a known role; parents and aliases are checked; date notes are text.
TEST(Load, RolesParentsAndAliasesAreChecked) {
    const std::string vendors =
        R"({"schema":"1.0","vendors":[{"id":"a","name":"A","country":"CN","sectors":["other"],"parent":"b"},)"
        R"({"id":"b","name":"B","country":"CN","sectors":["other"],"parent":"a","aliases":["a"]},)"
        R"({"id":"c","name":"C","country":"CN","sectors":["other"],"parent":"nope","aliases":["Bad Id"]}]})";
    std::string e = EventJson(R"(,"vendor_roles":{"a":"defended","c":"hero"},"aliases":["us-2014-05-19-x"],"date_note":7)");
    e.replace(e.find(R"("vendors":[])"), 12, R"("vendors":["a","c"])");
    const auto p = Problems(Doc(e), vendors);
    auto has = [&](const std::string& s) {
        for (auto& x : p)
            if (x.find(s) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("vendors.$.vendors[2].parent: unknown vendor \"nope\"") || has("$.vendors[2].parent: unknown vendor \"nope\""));
    EXPECT_TRUE(has("come back to it"));
    EXPECT_TRUE(has("\"a\" is already a vendor's id"));
    EXPECT_TRUE(has("$.vendors[2].aliases[0]: must be an id"));
    EXPECT_TRUE(has("$.events[0].vendor_roles.c: must be \"targeted\", \"defended\" or \"mentioned\""));
    EXPECT_TRUE(has("\"us-2014-05-19-x\" is an event's id, not a former one"));
    EXPECT_TRUE(has("$.events[0].date_note: must be a string"));
    std::string stranger = EventJson(R"(,"vendor_roles":{"b":"defended"})");
    EXPECT_TRUE(Problems(Doc(stranger), vendors).size() > 0);
}

}  // namespace rift
