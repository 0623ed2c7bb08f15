// Tests for core/vendor_matrix: what is in force on a day, revoked and proposed measures, strongest measure.
#include "core/vendor_matrix.h"

#include <iterator>
#include <map>
#include <string>
#include <tuple>

#include "core/filter.h"
#include "core/io.h"
#include "core/load.h"
#include "core/synth.h"
#include "fixture.h"

namespace rift {
using test::Day;

namespace {
const VendorCell* Cell(const Dataset& ds, const std::vector<VendorCell>& cells, std::string_view c, std::string_view v) {
    for (const VendorCell& cell : cells)
        if (ds.countries[cell.country] == c && ds.vendors[cell.vendor].id == v) return &cell;
    return nullptr;
}

std::vector<std::string> Ids(const Dataset& ds, const std::vector<EventIndex>& events) {
    std::vector<std::string> out;
    for (EventIndex i : events) out.push_back(ds.events[i].id.str());
    return out;
}

// Countries interned out of code order (US, CN, DE) and vendors out of name order, two of them with the same name.
std::shared_ptr<const Dataset> MatrixDataset() {
    auto ds = std::make_shared<Dataset>();
    const CountryId us = ds->InternCountry("US"), cn = ds->InternCountry("CN"), de = ds->InternCountry("DE");
    for (auto [id, name] : {std::pair{"zeta", "Zeta"}, {"alpha", "Alpha"}, {"acme-b", "Acme"}, {"acme-a", "Acme"}}) {
        Vendor v;
        v.id = id;
        v.name = name;
        ds->vendors.push_back(v);
    }
    const VendorId zeta = 0, alpha = 1, acme_b = 2, acme_a = 3;
    auto add = [&](const char* id, const char* date, CountryId actor, std::vector<VendorId> vendors, Measure m,
                   uint8_t severity, Status status = Status::Enacted, const char* ends = nullptr) {
        Event e;
        e.id = id;
        e.title = id;
        e.date = *ParseDate(date);
        if (ends) e.ends = *ParseDate(ends);
        e.actor = actor;
        e.vendors.assign(vendors.begin(), vendors.end());
        e.measure = m;
        e.status = status;
        e.severity = severity;
        ds->events.push_back(std::move(e));
    };
    add("a1", "2020-01-01", us, {zeta, alpha}, Measure::Accusation, 3);      // strength 1
    add("a2", "2020-02-01", us, {zeta}, Measure::UsageBan, 1);               // 5: stronger, though less severe
    add("a3", "2020-03-01", us, {zeta}, Measure::ProcurementBan, 5);         // 4: weaker, but raises the severity
    add("a4", "2020-03-02", us, {alpha}, Measure::VisaRestriction, 3);       // 1, as severe as before: stays
    add("a5", "2020-03-03", us, {alpha}, Measure::Other, 4);                 // 1, more severe: wins
    add("b1", "2020-01-15", cn, {acme_b, acme_a}, Measure::EntityListing, 2, Status::Proposed);  // never in force
    add("b2", "2020-01-20", cn, {acme_a}, Measure::AppBan, 2, Status::Revoked);  // revoked, no end: never
    add("b3", "2020-02-10", cn, {acme_a, acme_b}, Measure::Sanctions, 2, Status::Enacted, "2020-06-01");
    add("c1", "2020-04-01", de, {alpha}, Measure::ExportControl, 1);
    add("c2", "2020-07-01", de, {zeta}, Measure::ExportControl, 1);  // later than the days asked about
    add("c3", "2020-04-02", de, {}, Measure::UsageBan, 5);           // no vendor
    ds->Finalize();
    return ds;
}

// What each cell should hold, as (country, vendor id, strongest, max severity, event ids).
using Expected = std::tuple<std::string, std::string, Measure, int, std::vector<std::string>>;
std::vector<Expected> Describe(const Dataset& ds, const std::vector<VendorCell>& cells) {
    std::vector<Expected> out;
    for (const VendorCell& c : cells)
        out.emplace_back(ds.countries[c.country], ds.vendors[c.vendor].id, c.strongest, c.max_severity, Ids(ds, c.events));
    return out;
}
// "In force" as docs/DATASET.md says it, from the event's own fields (not the columns InForce reads): dated on or
// before the day, the day before `ends` (a revoked event without `ends` ended on its date), not proposed.
bool InForceAsDocumented(const Event& e, int32_t day) {
    if (e.status == Status::Proposed || e.date.day > day) return false;
    if (e.ends) return day < e.ends->day;
    return e.status != Status::Revoked;
}

// The documented ranks (DATASET.md's table, which tests/core/vocab_test.cpp holds RestrictionStrength to), in
// kMeasureNames order: procurement_ban, usage_ban, equipment_removal, entity_listing, export_control,
// import_restriction, security_review, indictment, sanctions, app_ban, visa_restriction, accusation,
// divestment_order, diplomatic, other.
constexpr int kDocumentedRank[] = {4, 5, 7, 8, 9, 6, 3, 2, 9, 7, 1, 1, 8, 0, 1};
static_assert(std::size(kDocumentedRank) == kMeasureNames.size());
int Rank(Measure m) { return kDocumentedRank[static_cast<size_t>(m)]; }
}  // namespace

// InForce against the documented rule for every event of the built-in record and of a synthetic one, on the days
// around each event's own dates (the edges are where an off-by-one hides).
TEST(VendorMatrix, InForceIsTheDocumentedRule) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 1u << 26, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 1u << 26, error);
    ASSERT_TRUE(events && vendors) << error;
    const LoadResult real = LoadDataset(*events, *vendors);
    ASSERT_TRUE(real.dataset);
    SynthOptions o;
    o.events = 5000;
    o.seed = 3;
    size_t in_force = 0, ended = 0;
    for (const auto& ds : {real.dataset, GenerateSynthetic(o)}) {
        for (EventIndex i = 0; i < ds->events.size(); ++i) {
            const Event& e = ds->events[i];
            std::vector<int32_t> days = {e.date.day - 1, e.date.day, e.date.day + 1, e.date.day + 400};
            if (e.ends) days.insert(days.end(), {e.ends->day - 1, e.ends->day, e.ends->day + 1});
            for (int32_t day : days) {
                const bool expected = InForceAsDocumented(e, day);
                EXPECT_EQ(InForce(*ds, i, day), expected) << e.id.str() << " on day " << day;
                in_force += expected;
                ended += !expected && e.date.day <= day;
            }
        }
    }
    EXPECT_GT(in_force, 1000u);
    EXPECT_GT(ended, 10u) << "the data has ended, revoked or proposed measures to tell apart";
}

TEST(VendorMatrix, InForceOnADay) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    auto cells = VendorMatrixAt(*ds, sel, Day("2020-10-15"));
    const VendorCell* us_huawei = Cell(*ds, cells, "US", "huawei");
    ASSERT_NE(us_huawei, nullptr);
    EXPECT_EQ(us_huawei->strongest, Measure::EntityListing);  // stronger than the 2012 accusation
    EXPECT_EQ(us_huawei->events.size(), 2u);
    EXPECT_EQ(us_huawei->max_severity, 4);
    EXPECT_NE(Cell(*ds, cells, "PK", "tiktok"), nullptr);  // blocked 9 Oct, lifted 19 Oct
    EXPECT_EQ(Cell(*ds, cells, "DE", "kaspersky"), nullptr);  // not yet
    cells = VendorMatrixAt(*ds, sel, Day("2020-10-19"));
    EXPECT_EQ(Cell(*ds, cells, "PK", "tiktok"), nullptr);  // ended
    EXPECT_NE(Cell(*ds, cells, "IN", "tiktok"), nullptr);
    cells = VendorMatrixAt(*ds, sel, Day("2012-01-01"));
    EXPECT_TRUE(cells.empty());
    // Sorted by country code.
    cells = VendorMatrixAt(*ds, sel, Day("2025-01-01"));
    for (size_t i = 1; i < cells.size(); ++i)
        EXPECT_LE(ds->countries[cells[i - 1].country], ds->countries[cells[i].country]);
}

TEST(VendorMatrix, GridLaysOutCells) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const auto cells = VendorMatrixAt(*ds, sel, Day("2020-10-15"));
    ASSERT_EQ(cells.size(), 6u);  // US×Huawei, US×ZTE, CN×Microsoft, GB×Huawei, IN×TikTok, PK×TikTok
    const VendorGrid g = GridOf(*ds, cells, VendorOrder::MostRestricted);
    std::vector<std::string> rows, cols;
    for (VendorId v : g.vendors) rows.push_back(ds->vendors[v].id);
    for (CountryId c : g.countries) cols.push_back(ds->countries[c]);
    EXPECT_EQ(rows, (std::vector<std::string>{"huawei", "tiktok", "microsoft", "zte"}));
    EXPECT_EQ(cols, (std::vector<std::string>{"US", "CN", "GB", "IN", "PK"}));
    ASSERT_GE(g.At(0, 0), 0);
    EXPECT_EQ(ds->vendors[cells[static_cast<size_t>(g.At(0, 0))].vendor].id, "huawei");
    EXPECT_EQ(ds->countries[cells[static_cast<size_t>(g.At(0, 0))].country], "US");
    EXPECT_EQ(g.At(3, 4), -1);  // PK does not restrict ZTE
    EXPECT_GE(g.At(3, 0), 0);   // US × ZTE
    const VendorGrid by_name = GridOf(*ds, cells, VendorOrder::Name);
    EXPECT_EQ(ds->vendors[by_name.vendors[1]].name, "Microsoft");
    EXPECT_EQ(ds->vendors[by_name.vendors[2]].name, "TikTok");
    EXPECT_TRUE(GridOf(*ds, {}, VendorOrder::Name).vendors.empty());
}

TEST(VendorMatrix, StrongestMeasureAndEventsPerCell) {
    auto ds = MatrixDataset();
    const auto all = Filter(*ds, {});
    // Country code order, then vendor name (the two "Acme" by id order: acme-b was listed first).
    EXPECT_EQ(Describe(*ds, VendorMatrixAt(*ds, all, test::Day("2020-05-01"))),
              (std::vector<Expected>{{"CN", "acme-b", Measure::Sanctions, 2, {"b3"}},
                                     {"CN", "acme-a", Measure::Sanctions, 2, {"b3"}},
                                     {"DE", "alpha", Measure::ExportControl, 1, {"c1"}},
                                     {"US", "alpha", Measure::Other, 4, {"a1", "a4", "a5"}},
                                     {"US", "zeta", Measure::UsageBan, 5, {"a1", "a2", "a3"}}}));
    // b3 ends on 1 June: not in force that day.
    EXPECT_EQ(Describe(*ds, VendorMatrixAt(*ds, all, test::Day("2020-06-01"))),
              (std::vector<Expected>{{"DE", "alpha", Measure::ExportControl, 1, {"c1"}},
                                     {"US", "alpha", Measure::Other, 4, {"a1", "a4", "a5"}},
                                     {"US", "zeta", Measure::UsageBan, 5, {"a1", "a2", "a3"}}}));
    // Proposed (b1) and revoked without an end (b2, on its own day) are never in force.
    EXPECT_EQ(Describe(*ds, VendorMatrixAt(*ds, all, test::Day("2020-01-20"))),
              (std::vector<Expected>{{"US", "alpha", Measure::Accusation, 3, {"a1"}},
                                     {"US", "zeta", Measure::Accusation, 3, {"a1"}}}));
    // Only the selected events count.
    const std::vector<EventIndex> some = {test::Idx(*ds, "a2"), test::Idx(*ds, "a3"), test::Idx(*ds, "c2")};
    EXPECT_EQ(Describe(*ds, VendorMatrixAt(*ds, some, test::Day("2020-05-01"))),
              (std::vector<Expected>{{"US", "zeta", Measure::UsageBan, 5, {"a2", "a3"}}}));
    EXPECT_TRUE(VendorMatrixAt(*ds, all, test::Day("2019-12-31")).empty());
}

// The matrix against a plain one (a map per call, the first rules), on synthetic datasets: one with a few
// hundred vendors (the dense table), one with 65 535, the most a dataset may have (too many pairs for the table:
// the hash map).
TEST(VendorMatrix, AgreesWithAPlainMatrix) {
    for (size_t n_vendors : {size_t{300}, size_t{65535}}) {
        SynthOptions o;
        o.events = 20000;
        o.seed = 11;
        o.countries = 40;
        o.vendors = n_vendors;
        auto ds = GenerateSynthetic(o);
        FilterSpec spec;
        spec.actors = {ds->countries[0], ds->countries[1], ds->countries[5]};
        for (const auto& sel : {Filter(*ds, {}), Filter(*ds, spec)})
            for (const char* date : {"2013-01-01", "2019-06-30", "2030-01-01"}) {
                const int32_t day = test::Day(date);
                std::map<std::pair<std::string, std::pair<std::string, VendorId>>, VendorCell> plain;
                for (EventIndex i : sel) {
                    const Event& e = ds->events[i];
                    if (!InForceAsDocumented(e, day)) continue;
                    for (VendorId v : e.vendors) {
                        auto key = std::pair{ds->countries[e.actor], std::pair{ds->vendors[v].name, v}};
                        auto [it, inserted] = plain.try_emplace(key, VendorCell{e.actor, v, e.measure, 0, {}});
                        VendorCell& cell = it->second;
                        const int s = Rank(e.measure), best = Rank(cell.strongest);
                        if (s > best || (s == best && e.severity > cell.max_severity)) cell.strongest = e.measure;
                        cell.max_severity = std::max(cell.max_severity, e.severity);
                        cell.events.push_back(i);
                    }
                }
                std::vector<VendorCell> expected;
                for (auto& [key, cell] : plain) expected.push_back(cell);
                const auto cells = VendorMatrixAt(*ds, sel, day);
                EXPECT_EQ(Describe(*ds, cells), Describe(*ds, expected)) << n_vendors << " vendors, " << date;
                if (std::string(date) == "2019-06-30") {
                    EXPECT_GT(cells.size(), 100u);
                }
            }
    }
}

// By family: India's ban of TikTok and CapCut is one cell under ByteDance (one event, once), merged with nothing
// else; the US order on ByteDance itself stays its own country's cell; Russia's block of Instagram goes to Meta;
// China's protest defends TikTok and makes no cell. Hand-counted from tests/fixtures/families.
TEST(VendorMatrix, RollsUpToFamilies) {
    auto ds = test::FamiliesDataset();
    FilterSpec all;
    const auto cells = VendorMatrixAt(*ds, Filter(*ds, all), Day("2024-01-01"));
    ASSERT_NE(Cell(*ds, cells, "IN", "tiktok"), nullptr);
    ASSERT_NE(Cell(*ds, cells, "IN", "capcut"), nullptr);
    const auto families = RollUpToFamilies(*ds, cells);
    std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> got;
    for (const VendorCell& c : families)
        got.emplace_back(ds->countries[c.country], ds->vendors[c.vendor].id, Ids(*ds, c.events));
    using Row = std::tuple<std::string, std::string, std::vector<std::string>>;
    EXPECT_EQ(got, (std::vector<Row>{Row{"IN", "bytedance", {"in-2020-06-29-apps"}},
                                     Row{"RU", "meta", {"ru-2022-03-14-instagram-block"}},
                                     Row{"US", "bytedance", {"us-2023-03-bytedance-divest"}}}));
    EXPECT_EQ(Cell(*ds, families, "IN", "bytedance")->strongest, Measure::AppBan);
    EXPECT_EQ(ds->vendors[ds->RootOf(*ds->FindVendor("capcut"))].id, "bytedance");
    EXPECT_EQ(ds->RootOf(*ds->FindVendor("meta")), *ds->FindVendor("meta"));
}

// Two cells of one family in one country: the stronger measure wins, the events are merged in date order, once.
TEST(VendorMatrix, RollUpKeepsTheStrongestAndEachEventOnce) {
    auto ds = test::FamiliesDataset();
    const VendorId tiktok = *ds->FindVendor("tiktok"), capcut = *ds->FindVendor("capcut");
    const CountryId in = *ds->FindCountry("IN");
    const EventIndex ban = *ds->FindEvent("in-2020-06-29-apps"), protest = *ds->FindEvent("cn-2020-07-01-protest");
    std::vector<VendorCell> cells{{in, capcut, Measure::Diplomatic, 1, {protest}},
                                  {in, tiktok, Measure::AppBan, 4, {ban, protest}}};
    const auto f = RollUpToFamilies(*ds, cells);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(ds->vendors[f[0].vendor].id, "bytedance");
    EXPECT_EQ(f[0].strongest, Measure::AppBan);
    EXPECT_EQ(f[0].max_severity, 4);
    EXPECT_EQ(Ids(*ds, f[0].events), (std::vector<std::string>{"in-2020-06-29-apps", "cn-2020-07-01-protest"}));
}

TEST(VendorMatrix, EmptySelection) {
    auto ds = test::SmallDataset();
    EXPECT_TRUE(VendorMatrixAt(*ds, {}, Day("2025-01-01")).empty());
}

}  // namespace rift
