// Tests for core/lags: first answers, ties, month-only dates, quartiles, shares and the unanswered, against hand
// counts on a dataset built here, and the built-in record's US -> China lags re-derived from its JSON.
#include "core/lags.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/filter.h"
#include "core/io.h"
#include "core/load.h"
#include "fixture.h"

namespace rift {
using test::Day;

namespace {

// The United States' measures against China and China's answers (GB answers one too: not China's answer).
std::shared_ptr<const Dataset> LagDataset() {
    auto ds = std::make_shared<Dataset>();
    const CountryId us = ds->InternCountry("US"), cn = ds->InternCountry("CN"), gb = ds->InternCountry("GB");
    struct Spec {
        const char* id;
        const char* date;
        CountryId actor, target;
        Measure measure;
        std::vector<const char*> answers;
    };
    const std::vector<Spec> specs = {
        {"m1", "2020-01-01", us, cn, Measure::ExportControl, {}},
        {"r1", "2020-01-03", cn, us, Measure::Diplomatic, {"m1"}},    // 2 days
        {"r1b", "2020-01-10", cn, us, Measure::Diplomatic, {"m1"}},   // a later answer: not the first
        {"m2", "2020-02-01", us, cn, Measure::ExportControl, {}},
        {"r2", "2020-03-12", cn, us, Measure::EntityListing, {"m2"}}, // 40 days
        {"m3", "2020-03-01", us, cn, Measure::EntityListing, {}},
        {"g3", "2020-03-02", gb, us, Measure::Diplomatic, {"m3"}},    // GB's, not China's
        {"m4", "2020-04", us, cn, Measure::ExportControl, {}},        // known to the month
        {"r4", "2020-04-20", cn, us, Measure::Diplomatic, {"m4"}},    // 0 to 19 days
        {"m5", "2020-05-01", us, cn, Measure::ExportControl, {}},
        {"r5b", "2020-05-01", cn, us, Measure::Diplomatic, {"m5"}},   // same day as r5: r5 comes first by id
        {"r5", "2020-05-01", cn, us, Measure::Diplomatic, {"m5"}},
        {"m6", "2020-06-01", us, cn, Measure::ExportControl, {}},
        {"r6", "2020-10-01", cn, us, Measure::Diplomatic, {"m6"}},    // 122 days
        {"m7", "2020-12-01", us, cn, Measure::ExportControl, {}},     // no answer, not yet 90 days old
        {"x1", "2020-01-01", us, gb, Measure::ExportControl, {}},     // another dyad
    };
    std::map<std::string, std::vector<std::string>> answers;
    for (const Spec& s : specs) {
        Event e;
        e.id = s.id;
        e.title = s.id;
        e.date = *ParseDate(s.date);
        e.actor = s.actor;
        e.targets = {s.target};
        e.measure = s.measure;
        e.status = Status::Enacted;
        for (const char* a : s.answers) answers[s.id].push_back(a);
        ds->events.push_back(std::move(e));
    }
    // Links by index once the events are in place (Finalize sorts them and fills answered_by).
    for (Event& e : ds->events)
        for (const std::string& target : answers[e.id.str()])
            for (EventIndex k = 0; k < ds->events.size(); ++k)
                if (ds->events[k].id == target) e.responds_to.push_back(k);
    ds->Finalize();
    return ds;
}

std::vector<std::string> MeasureIds(const Dataset& ds, const DyadLags& d, const std::vector<size_t>& cases) {
    std::vector<std::string> out;
    for (size_t k : cases) out.push_back(ds.events[d.cases[k].measure].id.str());
    return out;
}

DyadLags UsCn(const Dataset& ds, const char* day) {
    const auto all = Filter(ds, {});
    const CountryId us = *ds.FindCountry("US"), cn = *ds.FindCountry("CN");
    return LagsOn(ds, us, cn, LagCases(ds, all, us, cn), Day(day));
}

}  // namespace

TEST(Lags, Quantiles) {
    const std::vector<int32_t> four = {0, 2, 40, 122}, one = {5}, ties = {3, 3, 3};
    EXPECT_DOUBLE_EQ(Quantile(four, 0.25), 1.5);  // h = 0.75: 0 + 0.75 * (2 - 0)
    EXPECT_DOUBLE_EQ(Quantile(four, 0.5), 21.0);
    EXPECT_DOUBLE_EQ(Quantile(four, 0.75), 60.5);  // h = 2.25: 40 + 0.25 * 82
    EXPECT_DOUBLE_EQ(Quantile(one, 0.25), 5.0);
    EXPECT_DOUBLE_EQ(Quantile(ties, 0.75), 3.0);
    EXPECT_DOUBLE_EQ(Quantile(std::vector<int32_t>{}, 0.5), 0.0);
}

TEST(Lags, FirstAnswersTiesAndMonthOnlyDates) {
    const auto ds = LagDataset();
    const DyadLags d = UsCn(*ds, "2021-01-15");
    ASSERT_EQ(d.cases.size(), 7u);  // m1..m7, not x1
    auto response = [&](size_t k) { return d.cases[k].response ? ds->events[*d.cases[k].response].id.str() : "-"; };
    EXPECT_EQ(response(0), "r1");
    EXPECT_EQ(d.cases[0].days, 2);
    EXPECT_EQ(response(1), "r2");
    EXPECT_EQ(response(2), "-");   // GB answered m3, China did not
    EXPECT_EQ(response(3), "r4");
    EXPECT_FALSE(d.cases[3].precise);
    EXPECT_EQ(d.cases[3].low, 0);  // April 20 against any day of April
    EXPECT_EQ(d.cases[3].high, 19);
    EXPECT_EQ(response(4), "r5");  // the tie goes to the one first in date order (then id)
    EXPECT_EQ(d.cases[4].days, 0);
    EXPECT_EQ(d.cases[5].days, 122);
}

// By hand, on 15 January 2021: 7 measures, 5 answered (one only to the month), precise lags 0, 2, 40, 122; due
// (90 days old) m1, m2, m3, m5, m6 (m4's lag is a range, m7 is too recent); within 7 and 30 days m1 and m5, within
// 90 also m2; unanswered after 90 days m3 (never) and m6 (after 122).
TEST(Lags, HandCountedSummary) {
    const auto ds = LagDataset();
    const DyadLags d = UsCn(*ds, "2021-01-15");
    ASSERT_EQ(d.rows.size(), 3u);
    const LagSummary& all = d.rows[0];
    EXPECT_FALSE(all.measure.has_value());
    EXPECT_EQ(all.cases.size(), 7u);
    EXPECT_EQ(all.answered, 5u);
    EXPECT_EQ(all.lags, (std::vector<int32_t>{0, 2, 40, 122}));
    EXPECT_EQ(all.imprecise, 1u);
    EXPECT_DOUBLE_EQ(all.median, 21.0);
    EXPECT_DOUBLE_EQ(all.q1, 1.5);
    EXPECT_DOUBLE_EQ(all.q3, 60.5);
    EXPECT_EQ(all.due, 5u);
    EXPECT_EQ(all.within7, 2u);
    EXPECT_EQ(all.within30, 2u);
    EXPECT_EQ(all.within90, 3u);
    EXPECT_EQ(MeasureIds(*ds, d, all.unanswered90), (std::vector<std::string>{"m3", "m6"}));
    // Types: export controls (6) before the entity listing (1).
    EXPECT_EQ(d.rows[1].measure, Measure::ExportControl);
    EXPECT_EQ(d.rows[1].cases.size(), 6u);
    EXPECT_EQ(d.rows[1].due, 4u);
    EXPECT_EQ(d.rows[1].within90, 3u);
    EXPECT_EQ(MeasureIds(*ds, d, d.rows[1].unanswered90), (std::vector<std::string>{"m6"}));
    EXPECT_EQ(d.rows[2].measure, Measure::EntityListing);
    EXPECT_EQ(MeasureIds(*ds, d, d.rows[2].unanswered90), (std::vector<std::string>{"m3"}));
}

// On 5 March 2020 only m1..m3 have happened; r2 (12 March) has not: m2 is unanswered, and nothing is 90 days old.
TEST(Lags, AsOfADay) {
    const auto ds = LagDataset();
    const DyadLags d = UsCn(*ds, "2020-03-05");
    EXPECT_EQ(d.rows[0].cases.size(), 3u);
    EXPECT_EQ(d.rows[0].answered, 1u);
    EXPECT_EQ(d.rows[0].due, 0u);
    EXPECT_TRUE(d.rows[0].unanswered90.empty());
}

TEST(Lags, CsvCarriesFiguresCasesAndDefinition) {
    const auto ds = LagDataset();
    const std::vector<DyadLags> dyads = {UsCn(*ds, "2021-01-15")};
    const std::string csv = LagsCsv(*ds, dyads, "view=compare");
    EXPECT_EQ(csv.substr(0, csv.find('\r')),
              "from,to,measure_type,as_of,measures,answered,lags_n,median_days,q1_days,q3_days,imprecise,due_n,"
              "within_7_days,within_30_days,within_90_days,unanswered_after_90_days,cases,definition");
    // Four precise lags: below 5, so no quartiles; five due: the shares are given.
    EXPECT_NE(csv.find("US,CN,all,2021-01-15,7,5,4,,,,1,5,2,2,3,2,m1>r1:2;m2>r2:40;m3>-;m4>r4:0-19;m5>r5:0;m6>r6:122;m7>-,view=compare\r\n"),
              std::string::npos)
        << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);  // header, all, two types
}

// The built-in record's US -> China measures and China's first answers, derived from the JSON with the rules
// written out here: the answered count, the precise lags and the measures unanswered after 90 days agree.
TEST(Lags, BuiltInDataRederivedFromItsJson) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors) << error;
    LoadResult loaded = LoadDataset(*events, *vendors);
    ASSERT_TRUE(loaded.ok());
    const Dataset& ds = *loaded.dataset;
    const auto doc = nlohmann::json::parse(*events);
    auto day_of = [](const std::string& d) {
        return DaysFromCivil(std::stoi(d.substr(0, 4)), d.size() >= 7 ? std::stoi(d.substr(5, 2)) : 1,
                             d.size() == 10 ? std::stoi(d.substr(8, 2)) : 1);
    };
    const int32_t as_of = ds.cols.day.back();
    // China's answers per measure id: (day, id), the earliest first.
    std::map<std::string, std::vector<std::pair<int32_t, std::string>>> answers;
    std::map<std::string, bool> precise;
    for (const auto& e : doc["events"]) {
        precise[e["id"]] = e["date"].get<std::string>().size() == 10;
        if (e["actor"] != "CN" || !e.contains("responds_to")) continue;
        for (const auto& m : e["responds_to"]) answers[m].emplace_back(day_of(e["date"]), e["id"]);
    }
    uint32_t measures = 0, answered = 0, unanswered90 = 0;
    std::vector<int32_t> lags;
    for (const auto& e : doc["events"]) {
        if (e["actor"] != "US" || std::find(e["targets"].begin(), e["targets"].end(), "CN") == e["targets"].end()) continue;
        ++measures;
        const std::string id = e["id"], date = e["date"];
        auto list = answers[id];
        std::sort(list.begin(), list.end());
        const int32_t m = day_of(date);
        const int32_t last = date.size() == 10 ? m : date.size() == 7 ? UpperBoundDay(*ParseDate(date)) : UpperBoundDay(*ParseDate(date));
        if (!list.empty()) {
            ++answered;
            if (precise[id] && precise[list[0].second]) lags.push_back(list[0].first - m);
        }
        if (last + 90 <= as_of && (list.empty() || std::max(0, list[0].first - last) > 90)) ++unanswered90;
    }
    std::sort(lags.begin(), lags.end());
    const CountryId us = *ds.FindCountry("US"), cn = *ds.FindCountry("CN");
    const DyadLags d = LagsOn(ds, us, cn, LagCases(ds, Filter(ds, {}), us, cn), as_of);
    EXPECT_EQ(d.rows[0].cases.size(), measures);
    EXPECT_EQ(d.rows[0].answered, answered);
    EXPECT_EQ(d.rows[0].lags, lags);
    EXPECT_EQ(d.rows[0].unanswered90.size(), unanswered90);
    EXPECT_GE(lags.size(), kMinSummarised);  // the example in docs/ANALYSES.md is summarised
}

}  // namespace rift
