// Tests for core/cascade: first acts in order, ties, month-only dates, vendor families, measure types, the spread
// figures against hand counts, and the built-in data against a second count straight from the JSON.
#include "core/cascade.h"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/filter.h"
#include "core/load.h"
#include "fixture.h"

namespace rift {
using test::Day;

namespace {

// Vendors: corp owns app and clone; other stands alone.
std::shared_ptr<const Dataset> CascadeDataset(bool month_first = false) {
    auto ds = std::make_shared<Dataset>();
    const CountryId us = ds->InternCountry("US"), fr = ds->InternCountry("FR"), de = ds->InternCountry("DE"),
                    gb = ds->InternCountry("GB"), jp = ds->InternCountry("JP"), it = ds->InternCountry("IT");
    for (auto [id, name] : {std::pair{"corp", "Corp"}, {"app", "App"}, {"clone", "Clone"}, {"other", "Other"}}) {
        Vendor v;
        v.id = id;
        v.name = name;
        ds->vendors.push_back(v);
    }
    const VendorId corp = 0, app = 1, clone = 2, other = 3;
    ds->vendors[app].parent = corp;
    ds->vendors[clone].parent = corp;
    auto add = [&](const char* id, const char* date, CountryId actor, std::vector<VendorId> vendors, Measure m,
                   uint8_t severity, Status status = Status::Enacted, uint16_t defended = 0) {
        Event e;
        e.id = id;
        e.title = id;
        e.date = *ParseDate(date);
        e.actor = actor;
        e.vendors.assign(vendors.begin(), vendors.end());
        e.vendors_defended = defended;
        e.measure = m;
        e.status = status;
        e.severity = severity;
        ds->events.push_back(std::move(e));
    };
    if (month_first) {
        add("m1", "2023-01", us, {app}, Measure::UsageBan, 2);
        add("m2", "2023-01-20", fr, {app}, Measure::UsageBan, 2);
        add("m3", "2023-02-01", de, {app}, Measure::UsageBan, 2);
        ds->Finalize();
        return ds;
    }
    add("e1", "2023-01-10", us, {app}, Measure::UsageBan, 2);
    add("e2", "2023-01-10", us, {app}, Measure::AppBan, 4);       // the same day, stronger: US's first act
    add("e3", "2023-01-10", fr, {app}, Measure::UsageBan, 2);     // a first mover too
    add("e4", "2023-02-09", de, {clone}, Measure::UsageBan, 2);   // 30 days, against the family only
    add("e5", "2023-03", gb, {app}, Measure::UsageBan, 2);        // month only: 50 days, approximate
    add("e6", "2023-04-11", jp, {app}, Measure::Accusation, 1, Status::Proposed);  // never an act
    add("e7", "2023-04-11", jp, {other, app}, Measure::UsageBan, 2, Status::Enacted, 1);  // app defended
    add("e8", "2024-01-10", it, {app}, Measure::UsageBan, 3, Status::Revoked);  // 365 days: revoked still acted
    add("e9", "2024-01-11", gb, {app}, Measure::AppBan, 4);       // GB's later act
    add("e10", "2023-01-05", us, {}, Measure::Diplomatic, 1);     // no vendor
    ds->Finalize();
    return ds;
}

using Row = std::tuple<std::string, std::string, int32_t, bool, std::vector<std::string>>;
std::vector<Row> Rows(const Dataset& ds, const Cascade& c) {
    std::vector<Row> out;
    for (const CascadeRow& r : c.rows) {
        std::vector<std::string> later;
        for (EventIndex i : r.later) later.push_back(ds.events[i].id.str());
        out.emplace_back(ds.countries[r.state], ds.events[r.first].id.str(), r.lag, r.approximate, later);
    }
    return out;
}

CascadeKey VendorKey(const Dataset& ds, std::string_view id) {
    return {CascadeKey::Kind::Vendor, ds.FindVendor(id).value()};
}

}  // namespace

TEST(Cascade, FirstActsInOrderWithTiesAndLaterActs) {
    auto ds = CascadeDataset();
    const auto sel = Filter(*ds, {});
    const Cascade c = CascadeOf(*ds, sel, VendorKey(*ds, "app"), false);
    // FR and US both acted on day 0 (by code); US's app ban is stronger than its usage ban of the same day. DE acted
    // against Clone only, JP's act defends App and its accusation is only proposed.
    const std::vector<Row> want = {{"FR", "e3", 0, false, {}},
                                   {"US", "e2", 0, false, {"e1"}},
                                   {"GB", "e5", Day("2023-03-01") - Day("2023-01-10"), true, {"e9"}},
                                   {"IT", "e8", 365, false, {}}};
    EXPECT_EQ(Rows(*ds, c), want);
    EXPECT_EQ(c.start_day, Day("2023-01-10"));
    EXPECT_EQ(c.first_movers, 2u);
    EXPECT_EQ(c.acts, 6u);
    EXPECT_EQ(c.approximate, 1u);
    EXPECT_EQ(c.last_lag, 366);  // GB's later act on 2024-01-11
    // US's usage ban shares its first act's day (drawn under its dot, so counted); GB's later act does not.
    std::vector<uint32_t> same_day;
    for (const CascadeRow& r : c.rows) same_day.push_back(r.same_day);
    EXPECT_EQ(same_day, (std::vector<uint32_t>{0, 1, 0, 0}));
}

TEST(Cascade, SpreadFiguresCountTheFirstMoversAndWindowsInclusive) {
    auto ds = CascadeDataset();
    const auto sel = Filter(*ds, {});
    const Cascade c = CascadeOf(*ds, sel, VendorKey(*ds, "app"), false);
    // Within 30 days: FR, US. Within 90: and GB (50). Within 365: and IT (exactly 365).
    EXPECT_EQ(c.within, (std::array<uint32_t, 3>{2, 3, 4}));
    // The followers' lags are 50 and 365: the median of two is their mean.
    ASSERT_TRUE(c.median_lag.has_value());
    EXPECT_DOUBLE_EQ(*c.median_lag, (50 + 365) / 2.0);
}

TEST(Cascade, FamilyTakesItsProductsAndExactDoesNot) {
    auto ds = CascadeDataset();
    const auto sel = Filter(*ds, {});
    const Cascade family = CascadeOf(*ds, sel, VendorKey(*ds, "corp"), false);
    std::vector<std::string> order;
    for (const CascadeRow& r : family.rows) order.push_back(ds->countries[r.state]);
    EXPECT_EQ(order, (std::vector<std::string>{"FR", "US", "DE", "GB", "IT"}));
    EXPECT_EQ(family.within, (std::array<uint32_t, 3>{3, 4, 5}));
    EXPECT_DOUBLE_EQ(family.median_lag.value(), 50.0);  // 30, 50, 365
    const Cascade exact = CascadeOf(*ds, sel, VendorKey(*ds, "corp"), true);  // nothing names Corp itself
    EXPECT_TRUE(exact.rows.empty());
    EXPECT_FALSE(exact.median_lag.has_value());
    EXPECT_EQ(exact.within, (std::array<uint32_t, 3>{0, 0, 0}));
}

TEST(Cascade, MeasureTypeCountsEveryActOfThatTypeWhateverItsVendors) {
    auto ds = CascadeDataset();
    const auto sel = Filter(*ds, {});
    const Cascade c = CascadeOf(*ds, sel, {CascadeKey::Kind::Measure, static_cast<uint16_t>(Measure::UsageBan)}, false);
    const std::vector<Row> want = {{"FR", "e3", 0, false, {}},
                                   {"US", "e1", 0, false, {}},
                                   {"DE", "e4", 30, false, {}},
                                   {"GB", "e5", 50, true, {}},
                                   {"JP", "e7", 91, false, {}},
                                   {"IT", "e8", 365, false, {}}};
    EXPECT_EQ(Rows(*ds, c), want);
    EXPECT_EQ(c.within, (std::array<uint32_t, 3>{3, 4, 6}));
    EXPECT_DOUBLE_EQ(c.median_lag.value(), (50 + 91) / 2.0);  // 30, 50, 91, 365
}

TEST(Cascade, ADayZeroKnownOnlyToTheMonthMakesEveryLagApproximate) {
    auto ds = CascadeDataset(true);
    const Cascade c = CascadeOf(*ds, Filter(*ds, {}), VendorKey(*ds, "app"), false);
    ASSERT_EQ(c.rows.size(), 3u);
    EXPECT_EQ(c.start_day, Day("2023-01-01"));  // 2023-01 counts as its first day
    EXPECT_EQ(c.rows[1].lag, 19);
    EXPECT_EQ(c.approximate, 3u);
    for (const CascadeRow& r : c.rows) EXPECT_TRUE(r.approximate) << ds->countries[r.state];
}

TEST(Cascade, TheFilterChoosesTheEvents) {
    auto ds = CascadeDataset();
    FilterSpec spec;
    spec.to = ParseDate("2023-12-31");
    spec.statuses = {Status::Enacted};
    const Cascade c = CascadeOf(*ds, Filter(*ds, spec), VendorKey(*ds, "app"), false);
    std::vector<std::string> order;
    for (const CascadeRow& r : c.rows) order.push_back(ds->countries[r.state]);
    EXPECT_EQ(order, (std::vector<std::string>{"FR", "US", "GB"}));  // IT's revoked act and 2024 are filtered out
    EXPECT_TRUE(c.rows[2].later.empty());
}

TEST(Cascade, KeysFromVendorsRolledUpOnceOrFromMeasureTypes) {
    auto ds = CascadeDataset();
    FilterSpec spec;
    spec.vendors = {"app", "clone", "nosuch", "other"};
    spec.measures = {Measure::UsageBan};
    auto name = [&](CascadeKey k) { return ds->vendors[k.id].id; };
    const auto keys = CascadeKeys(*ds, spec, false);
    ASSERT_EQ(keys.size(), 3u);  // the unknown id is left out
    EXPECT_EQ(name(keys[0]), "app");
    EXPECT_EQ(name(keys[2]), "other");
    const auto families = CascadeKeys(*ds, spec, true);
    ASSERT_EQ(families.size(), 2u);  // app and clone are both Corp
    EXPECT_EQ(name(families[0]), "corp");
    // The vendors became keys: the base filter keeps the measure type and drops the vendors.
    const FilterSpec base = CascadeBase(spec, keys);
    EXPECT_TRUE(base.vendors.empty());
    EXPECT_EQ(base.measures, spec.measures);

    FilterSpec by_measure;
    by_measure.measures = {Measure::UsageBan, Measure::AppBan, Measure::UsageBan};
    const auto mkeys = CascadeKeys(*ds, by_measure, false);
    ASSERT_EQ(mkeys.size(), 2u);
    EXPECT_EQ(mkeys[1].kind, CascadeKey::Kind::Measure);
    EXPECT_EQ(mkeys[1].id, static_cast<uint16_t>(Measure::AppBan));
    EXPECT_TRUE(CascadeBase(by_measure, mkeys).measures.empty());

    FilterSpec many;
    many.measures = {Measure::UsageBan, Measure::AppBan, Measure::Sanctions, Measure::Other, Measure::Indictment};
    size_t dropped = 0;
    EXPECT_EQ(CascadeKeys(*ds, many, false, &dropped).size(), kMaxCascades);
    EXPECT_EQ(dropped, 1u);
}

// The built-in data, counted a second way: straight from the JSON files with std::chrono's calendar, the vendor
// families from vendors.json's parents and the roles from vendor_roles.
TEST(Cascade, BuiltInDataMatchesACountFromTheJson) {
    const std::string events_text = test::ReadFixture("../../data/events.json");
    const std::string vendors_text = test::ReadFixture("../../data/vendors.json");
    LoadResult loaded = LoadDataset(events_text, vendors_text);
    ASSERT_TRUE(loaded.ok());
    const Dataset& ds = *loaded.dataset;
    const auto events = nlohmann::json::parse(events_text)["events"];
    std::map<std::string, std::string> parent;
    // (the parsed file in a variable: a range-for over parse(...)["vendors"] reads a destroyed temporary)
    const auto vendors = nlohmann::json::parse(vendors_text);
    for (const auto& v : vendors["vendors"])
        if (v.contains("parent")) parent[v["id"].get<std::string>()] = v["parent"].get<std::string>();
    auto root = [&](std::string v) {
        while (parent.count(v)) v = parent[v];
        return v;
    };
    auto days = [](const std::string& date) {  // YYYY, YYYY-MM or YYYY-MM-DD as the first day of its period
        using namespace std::chrono;
        const int y = std::stoi(date.substr(0, 4));
        const unsigned m = date.size() >= 7 ? static_cast<unsigned>(std::stoi(date.substr(5, 2))) : 1;
        const unsigned d = date.size() >= 10 ? static_cast<unsigned>(std::stoi(date.substr(8, 2))) : 1;
        return static_cast<int32_t>(sys_days(year{y} / month{m} / day{d}).time_since_epoch().count());
    };
    struct Case {
        std::string family;
        std::optional<std::string> measure;
    };
    for (const Case& k : {Case{"bytedance", "usage_ban"}, Case{"deepseek", std::nullopt}, Case{"huawei", std::nullopt}}) {
        SCOPED_TRACE(k.family);
        std::map<std::string, int32_t> first;  // state -> day of its first act
        for (const auto& e : events) {
            if (e["status"] == "proposed" || (k.measure && e["measure"] != *k.measure)) continue;
            bool hit = false;
            for (const auto& v : e["vendors"]) {
                const std::string id = v;
                const bool targeted = !e.contains("vendor_roles") || !e["vendor_roles"].contains(id) ||
                                      e["vendor_roles"][id] == "targeted";
                hit = hit || (targeted && root(id) == k.family);
            }
            if (!hit) continue;
            const int32_t d = days(e["date"]);
            auto [it, fresh] = first.try_emplace(e["actor"], d);
            if (!fresh) it->second = std::min(it->second, d);
        }
        ASSERT_GE(first.size(), 5u) << "the case should have a real cascade";
        int32_t day0 = INT32_MAX;
        for (const auto& [state, d] : first) day0 = std::min(day0, d);
        std::vector<std::pair<int32_t, std::string>> want;  // (lag, state): by lag, then code
        for (const auto& [state, d] : first) want.emplace_back(d - day0, state);
        std::sort(want.begin(), want.end());
        std::vector<int32_t> follower_lags;
        std::array<uint32_t, 3> within{};
        for (const auto& [lag, state] : want) {
            if (lag > 0) follower_lags.push_back(lag);
            for (size_t w = 0; w < 3; ++w) within[w] += lag <= std::array{30, 90, 365}[w] ? 1 : 0;
        }

        FilterSpec spec;
        spec.vendors = {k.family};
        if (k.measure) spec.measures = {*ParseVocab<Measure>(kMeasureNames, *k.measure)};
        const auto keys = CascadeKeys(ds, spec, true);
        ASSERT_EQ(keys.size(), 1u);
        const Cascade c = CascadeOf(ds, Filter(ds, CascadeBase(spec, keys)), keys[0], false);
        std::vector<std::pair<int32_t, std::string>> got;
        for (const CascadeRow& r : c.rows) got.emplace_back(r.lag, ds.countries[r.state]);
        EXPECT_EQ(got, want);
        EXPECT_EQ(c.start_day, day0);
        EXPECT_EQ(c.within, within);
        const size_t n = follower_lags.size();
        ASSERT_GT(n, 0u);
        EXPECT_DOUBLE_EQ(c.median_lag.value(), n % 2 ? follower_lags[n / 2] : (follower_lags[n / 2 - 1] + follower_lags[n / 2]) / 2.0);
    }
}

}  // namespace rift
