// Tests for core/export: the selection in dataset form loads back alone, with only the vendors it uses.
#include "core/export.h"

#include "core/filter.h"
#include "fixture.h"

namespace rift {

TEST(Export, SelectionLoadsBackSelfContained) {
    auto ds = test::SmallDataset();
    FilterSpec spec;
    spec.actors = {"CN"};
    const auto sel = Filter(*ds, spec);
    ASSERT_EQ(sel.size(), 3u);
    const std::string json = ExportDatasetJson(*ds, sel);
    LoadResult r = LoadDataset(json, "");  // no vendors file: the export brings its own
    ASSERT_TRUE(r.ok()) << FormatProblem(r.problems[0]);
    EXPECT_EQ(r.dataset->size(), 3u);
    EXPECT_EQ(r.dataset->vendors.size(), 1u);  // microsoft only
    EXPECT_EQ(r.dataset->version, "fixture-1");
    // The UEL answered a US event outside the selection: the link is dropped.
    EXPECT_TRUE(r.dataset->events[*r.dataset->FindEvent("cn-2019-05-31-uel")].responds_to.empty());
    EXPECT_EQ(ExportDatasetJson(*r.dataset, Filter(*r.dataset, {})), json);
}

TEST(Export, EmptySelection) {
    auto ds = test::SmallDataset();
    LoadResult r = LoadDataset(ExportDatasetJson(*ds, {}), "");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.dataset->size(), 0u);
}

// What the families fixture adds travels with an export: roles, a date note, an event's former id, and each
// vendor's parent (brought along when only its product is named) with its aliases.
TEST(Export, RolesNotesAliasesAndParentsRoundTrip) {
    const auto ds = test::FamiliesDataset();
    FilterSpec spec;
    spec.actors = {"CN", "US"};
    const auto sel = Filter(*ds, spec);
    const std::string json = ExportDatasetJson(*ds, sel);
    LoadResult r = LoadDataset(json, "");
    ASSERT_TRUE(r.ok()) << FormatProblem(r.problems[0]);
    const Dataset& back = *r.dataset;
    EXPECT_EQ(back.vendors.size(), 2u);  // TikTok, and ByteDance as its parent
    EXPECT_EQ(back.vendors[*back.FindVendor("tiktok")].parent, back.FindVendor("bytedance"));
    EXPECT_EQ(back.FindVendor("tik-tok"), back.FindVendor("tiktok"));
    const Event& protest = back.events[*back.FindEvent("cn-2020-07-01-protest")];
    EXPECT_EQ(protest.RoleOf(0), VendorRole::Defended);
    EXPECT_TRUE(back.FindEvent("us-2023-old-id"));
    EXPECT_EQ(back.events[*back.FindEvent("us-2023-old-id")].date_note, "Reported only as 'in March'.");
    EXPECT_EQ(ExportDatasetJson(back, Filter(back, {})), json);
}

}  // namespace rift
