// Tests for core/vendor_matrix: what is in force on a day, revoked and proposed measures, strongest measure.
#include "core/vendor_matrix.h"

#include "core/filter.h"
#include "fixture.h"

namespace rift {
using test::Day;

namespace {
const VendorCell* Cell(const Dataset& ds, const std::vector<VendorCell>& cells, std::string_view c, std::string_view v) {
    for (const VendorCell& cell : cells)
        if (ds.countries[cell.country] == c && ds.vendors[cell.vendor].id == v) return &cell;
    return nullptr;
}
}  // namespace

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

TEST(VendorMatrix, EmptySelection) {
    auto ds = test::SmallDataset();
    EXPECT_TRUE(VendorMatrixAt(*ds, {}, Day("2025-01-01")).empty());
}

}  // namespace rift
