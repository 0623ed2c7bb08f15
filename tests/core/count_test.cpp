// Tests for core/count: stages on a day, scope, vendor families and roles, the neighbours, the host's definition,
// against hand counts on a dataset built here, and one count of the built-in data re-counted from its JSON.
#include "core/count.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/io.h"
#include "core/load.h"
#include "core/url_state.h"
#include "fixture.h"

namespace rift {
using test::Day;

namespace {

// US, GB, DE, FR act against TikTok (a ByteDance product); CN against Huawei. Each event tests one rule.
std::shared_ptr<const Dataset> CountDataset() {
    auto ds = std::make_shared<Dataset>();
    for (const char* code : {"US", "GB", "DE", "FR", "CN"}) ds->InternCountry(code);
    for (auto [id, name] : {std::pair{"bytedance", "ByteDance"}, {"tiktok", "TikTok"}, {"huawei", "Huawei"}}) {
        Vendor v;
        v.id = id;
        v.name = name;
        ds->vendors.push_back(v);
    }
    ds->vendors[1].parent = VendorId{0};
    struct Spec {
        const char* id;
        const char* date;
        const char* actor;
        VendorId vendor;
        Measure measure;
        Sector sector;
        Status status;
        const char* effective = nullptr;
        const char* ends = nullptr;
        bool defended = false;
    };
    const Spec specs[] = {
        {"u1", "2020-01-10", "US", 1, Measure::UsageBan, Sector::Government, Status::Enacted},   // in force
        {"u2", "2020-03-01", "US", 1, Measure::AppBan, Sector::Consumer, Status::Announced},     // announced, public
        {"g1", "2020-02-01", "GB", 1, Measure::UsageBan, Sector::Government, Status::Enacted, "2020-06-01"},  // enacted, in force from June
        {"g2", "2020-01-20", "GB", 1, Measure::UsageBan, Sector::Defense, Status::Enacted, nullptr, nullptr, true},  // defends TikTok
        {"d1", "2020-01-05", "DE", 1, Measure::AppBan, Sector::Consumer, Status::Reported},      // press reports only
        {"d2", "2020-02-01", "DE", 1, Measure::UsageBan, Sector::Government, Status::Revoked, nullptr, "2020-04-01"},
        {"f1", "2020-02-01", "FR", 1, Measure::UsageBan, Sector::Government, Status::Proposed},  // a bill: never
        {"f2", "2020-02-02", "FR", 1, Measure::Diplomatic, Sector::Government, Status::Enacted}, // an answer, not a measure
        {"c1", "2020-01-01", "CN", 2, Measure::EntityListing, Sector::General, Status::Enacted},
    };
    for (const Spec& s : specs) {
        Event e;
        e.id = s.id;
        e.title = s.id;
        e.date = *ParseDate(s.date);
        if (s.effective) e.effective = *ParseDate(s.effective);
        if (s.ends) e.ends = *ParseDate(s.ends);
        e.actor = *ds->FindCountry(s.actor);
        e.vendors = {s.vendor};
        e.vendors_defended = s.defended ? 1 : 0;
        e.measure = s.measure;
        e.sector = s.sector;
        e.status = s.status;
        ds->events.push_back(std::move(e));
    }
    ds->Finalize();
    return ds;
}

std::vector<std::string> Codes(const Dataset& ds, const std::vector<CountryId>& ids) {
    std::vector<std::string> out;
    for (CountryId c : ids) out.push_back(ds.countries[c]);
    return out;
}
std::vector<std::string> Ids(const Dataset& ds, const std::vector<EventIndex>& events) {
    std::vector<std::string> out;
    for (EventIndex i : events) out.push_back(ds.events[i].id.str());
    return out;
}

CountResult CountOf(const Dataset& ds, FilterSpec f, CountStage stage, CountScope scope, const char* day) {
    std::vector<std::string> problems;
    CountRule rule;
    rule.stage = stage;
    rule.scope = scope;
    rule.vendors = CountVendors(ds, f, problems);
    rule.measures_given = !f.measures.empty();
    EXPECT_TRUE(problems.empty());
    return CountStates(ds, Filter(ds, f), rule, Day(day));
}

FilterSpec TikTok() {
    FilterSpec f;
    f.vendors = {"tiktok"};
    return f;
}

}  // namespace

TEST(Count, StagesOnADay) {
    const auto ds = CountDataset();
    auto stage = [&](const char* id, const char* day) { return StageOn(*ds, test::Idx(*ds, id), Day(day)); };
    EXPECT_EQ(stage("u1", "2020-01-09"), std::nullopt);  // not yet
    EXPECT_EQ(stage("u1", "2020-01-10"), CountStage::InForce);
    EXPECT_EQ(stage("g1", "2020-05-31"), CountStage::Enacted);  // before its effective date
    EXPECT_EQ(stage("g1", "2020-06-01"), CountStage::InForce);
    EXPECT_EQ(stage("d1", "2020-03-15"), CountStage::Any);
    EXPECT_EQ(stage("d2", "2020-03-31"), CountStage::Announced);  // revoked later: announced until its end
    EXPECT_EQ(stage("d2", "2020-04-01"), std::nullopt);
    EXPECT_EQ(stage("f1", "2020-03-15"), std::nullopt);
    EXPECT_EQ(stage("u2", "2020-03-15"), CountStage::Announced);
}

// Hand count on 2020-03-15 for TikTok: US reaches in force (u1), GB enacted (g1; g2 defends TikTok), DE announced
// (d2, revoked on 1 April), FR nothing (a bill and a protest), CN acts against Huawei only.
TEST(Count, HandCountWithNeighbours) {
    const auto ds = CountDataset();
    const CountResult r = CountOf(*ds, TikTok(), CountStage::Announced, CountScope::Any, "2020-03-15");
    EXPECT_EQ(Codes(*ds, r.states), (std::vector<std::string>{"DE", "GB", "US"}));
    EXPECT_EQ(r.Count(), 3u);
    EXPECT_EQ(Ids(*ds, r.events), (std::vector<std::string>{"d2", "g1", "u1", "u2"}));
    EXPECT_EQ(r.state_events, (std::vector<uint32_t>{1, 1, 2}));
    EXPECT_EQ(r.per_stage, (std::array<uint32_t, 4>{3, 3, 2, 1}));
    EXPECT_TRUE(r.looser_adds.empty());  // DE's reported block adds no state: DE counts already
    EXPECT_EQ(Codes(*ds, r.stricter_drops), (std::vector<std::string>{"DE"}));

    const CountResult loose = CountOf(*ds, TikTok(), CountStage::Any, CountScope::Any, "2020-03-15");
    EXPECT_EQ(Ids(*ds, loose.events), (std::vector<std::string>{"d1", "d2", "g1", "u1", "u2"}));
    EXPECT_TRUE(loose.looser_adds.empty());
    const CountResult strict = CountOf(*ds, TikTok(), CountStage::InForce, CountScope::Any, "2020-03-15");
    EXPECT_EQ(Codes(*ds, strict.states), (std::vector<std::string>{"US"}));
    EXPECT_EQ(Codes(*ds, strict.looser_adds), (std::vector<std::string>{"GB"}));
    EXPECT_TRUE(strict.stricter_drops.empty());

    // 15 June: DE's ban has ended (its reported block stays), GB's is in force.
    const CountResult june = CountOf(*ds, TikTok(), CountStage::Announced, CountScope::Any, "2020-06-15");
    EXPECT_EQ(Codes(*ds, june.states), (std::vector<std::string>{"GB", "US"}));
    EXPECT_EQ(june.per_stage, (std::array<uint32_t, 4>{3, 2, 2, 2}));
    EXPECT_EQ(Codes(*ds, june.looser_adds), (std::vector<std::string>{"DE"}));
}

TEST(Count, GovernmentOnlyAgainstBeyondIt) {
    const auto ds = CountDataset();
    const CountResult gov = CountOf(*ds, TikTok(), CountStage::Any, CountScope::Government, "2020-03-15");
    EXPECT_EQ(Ids(*ds, gov.events), (std::vector<std::string>{"d2", "g1", "u1"}));
    const CountResult pub = CountOf(*ds, TikTok(), CountStage::Any, CountScope::Public, "2020-03-15");
    EXPECT_EQ(Ids(*ds, pub.events), (std::vector<std::string>{"d1", "u2"}));
    EXPECT_EQ(pub.per_stage, (std::array<uint32_t, 4>{2, 1, 0, 0}));
}

TEST(Count, VendorFamiliesMeasuresAndUnknownIds) {
    const auto ds = CountDataset();
    FilterSpec family;
    family.vendors = {"bytedance"};  // TikTok is ByteDance's
    EXPECT_EQ(CountOf(*ds, family, CountStage::Any, CountScope::Any, "2020-03-15").Count(), 3u);
    family.vendor_exact = true;
    EXPECT_EQ(CountOf(*ds, family, CountStage::Any, CountScope::Any, "2020-03-15").Count(), 0u);
    // Without a vendor every measure counts, Huawei's listing too; a protest only when asked for.
    EXPECT_EQ(Codes(*ds, CountOf(*ds, {}, CountStage::Any, CountScope::Any, "2020-03-15").states),
              (std::vector<std::string>{"CN", "DE", "GB", "US"}));
    FilterSpec protests = TikTok();
    protests.measures = {Measure::Diplomatic};
    EXPECT_EQ(Codes(*ds, CountOf(*ds, protests, CountStage::InForce, CountScope::Any, "2020-03-15").states),
              (std::vector<std::string>{"FR"}));
    FilterSpec unknown;
    unknown.vendors = {"tiktok", "tiktokk"};
    std::vector<std::string> problems;
    EXPECT_EQ(CountVendors(*ds, unknown, problems).size(), 1u);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "vendor: no vendor has the id \"tiktokk\"");
}

TEST(Count, DefinitionFromTheHost) {
    ViewState def;
    // URLSearchParams-style values: lists as comma-separated strings.
    EXPECT_TRUE(CountDefinitionFromJson(R"({"vendor":"tiktok","measure":"usage_ban,app_ban","t":"2020-03-15","cstatus":"in_force","scope":"gov"})", def).empty());
    EXPECT_EQ(def.filter.vendors, (std::vector<std::string>{"tiktok"}));
    EXPECT_EQ(def.filter.measures, (std::vector<Measure>{Measure::UsageBan, Measure::AppBan}));
    EXPECT_EQ(def.cursor->day, Day("2020-03-15"));
    EXPECT_EQ(def.count_stage, CountStage::InForce);
    EXPECT_EQ(def.count_scope, CountScope::Government);
    auto problems = CountDefinitionFromJson(R"({"vendor":"tiktok","view":"map"})", def);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("\"view\" is not part of a count definition"), std::string::npos) << problems[0];
    problems = CountDefinitionFromJson(R"({"cstatus":"in force","t":"2020-13-01"})", def);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].find("cstatus"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("t: not a date"), std::string::npos) << problems[1];
    EXPECT_FALSE(CountDefinitionFromJson("[1]", def).empty());
    EXPECT_FALSE(CountDefinitionFromJson("{", def).empty());
}

TEST(Count, AnswerJsonAndLink) {
    const auto ds = CountDataset();
    ViewState def;
    ASSERT_TRUE(CountDefinitionFromJson(R"({"vendor":["tiktok"],"cstatus":"announced"})", def).empty());
    const CountResult r = CountOf(*ds, def.filter, def.count_stage, def.count_scope, "2020-03-15");
    const auto j = nlohmann::json::parse(CountAnswerJson(*ds, def, r));
    EXPECT_EQ(j["count"], 3);
    EXPECT_EQ(j["states"], nlohmann::json({"DE", "GB", "US"}));
    EXPECT_EQ(j["eventIds"], nlohmann::json({"d2", "g1", "u1", "u2"}));
    EXPECT_EQ(j["definition"]["t"], "2020-03-15");
    EXPECT_EQ(j["definition"]["vendor"], nlohmann::json({"tiktok"}));
    EXPECT_EQ(j["definition"]["scope"], "any");
    EXPECT_FALSE(j["definition"].contains("view"));
    EXPECT_EQ(j["looser"]["cstatus"], "any");
    EXPECT_EQ(j["looser"]["count"], 3);
    EXPECT_EQ(j["stricter"]["cstatus"], "enacted");
    EXPECT_EQ(j["stricter"]["count"], 2);
    EXPECT_EQ(j["link"], "vendor=tiktok&t=2020-03-15&count=1&cstatus=announced");
    // The link reads back as the same definition.
    const UrlParse back = FromUrl(j["link"].get<std::string>());
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.state.count_stage, CountStage::Announced);
    EXPECT_TRUE(back.state.count);
    const std::string csv = CountCsv(*ds, r, "vendor=tiktok");
    EXPECT_EQ(csv.substr(0, csv.find('\r')), "state,event_id,date,measure,sector,status,stage_on_day,effective,ends,title,day,definition");
    EXPECT_NE(csv.find("DE,d2,2020-02-01,usage_ban,government,revoked,announced,,2020-04-01,d2,2020-03-15,vendor=tiktok\r\n"), std::string::npos) << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);
}

// The built-in record, re-counted from its JSON with the rules written out here: TikTok banned on government devices
// (usage_ban, sector government or defense) against TikTok banned for the public (app_ban, any other sector), on
// two days, at the loosest stage. Nothing is hard-coded: both sides count the same file.
TEST(Count, BuiltInDataRecountedFromItsJson) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors) << error;
    LoadResult loaded = LoadDataset(*events, *vendors);
    ASSERT_TRUE(loaded.ok());
    const Dataset& ds = *loaded.dataset;
    const auto doc = nlohmann::json::parse(*events);
    auto first_day = [](std::string d) { return d.size() == 4 ? d + "-01-01" : d.size() == 7 ? d + "-01" : d; };
    for (const char* day : {"2023-01-01", "2024-06-30"}) {
        for (const bool gov : {true, false}) {
            std::set<std::string> want;
            for (const auto& e : doc["events"]) {
                const std::string sector = e["sector"], status = e["status"];
                const bool gov_sector = sector == "government" || sector == "defense";
                if (e["measure"] != (gov ? "usage_ban" : "app_ban") || gov_sector != gov || status == "proposed") continue;
                bool names = false;
                for (const auto& v : e["vendors"]) names = names || v == "tiktok";
                if (!names || (e.contains("vendor_roles") && e["vendor_roles"].contains("tiktok"))) continue;
                if (first_day(e["date"]) > day) continue;
                if (e.contains("ends") && first_day(e["ends"]) <= day) continue;
                want.insert(e["actor"].get<std::string>());
            }
            FilterSpec f = TikTok();
            f.vendor_exact = true;
            f.measures = {gov ? Measure::UsageBan : Measure::AppBan};
            const CountResult r = CountOf(ds, f, CountStage::Any, gov ? CountScope::Government : CountScope::Public, day);
            EXPECT_EQ(Codes(ds, r.states), std::vector<std::string>(want.begin(), want.end())) << day << (gov ? " gov" : " public");
            EXPECT_FALSE(want.empty());
        }
    }
}

}  // namespace rift
