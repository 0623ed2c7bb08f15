// Tests for core/export: the selection in dataset form loads back alone, with only the vendors it uses.
#include "core/export.h"

#include <algorithm>

#include "core/filter.h"
#include "core/io.h"
#include "core/packed.h"
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

// The page's way to the vendor list: the first-view snapshot's vendors, written as a vendors file, read with the full
// events file, give the same dataset as the real vendors file (ids, names, countries, parents, aliases, sectors,
// websites, and which vendors each event names).
TEST(Export, VendorsFromTheFirstViewSnapshotStandForTheVendorFile) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors) << error;
    LoadOptions first_view;
    first_view.first_view = true;
    const LoadResult real = LoadDataset(*events, *vendors), first = LoadDataset(*events, *vendors, first_view);
    ASSERT_TRUE(real.ok() && first.ok());
    const LoadResult snapshot = UnpackDataset(PackDataset(*first.dataset));
    ASSERT_TRUE(snapshot.ok()) << FormatProblem(snapshot.problems[0]);
    const std::string written = ExportVendorsJson(*snapshot.dataset);
    const LoadResult back = LoadDataset(*events, written);
    ASSERT_TRUE(back.ok()) << FormatProblem(back.problems[0]);
    const Dataset &a = *real.dataset, &b = *back.dataset;
    ASSERT_EQ(a.vendors.size(), b.vendors.size());
    EXPECT_GT(a.vendors.size(), 100u);
    for (VendorId v = 0; v < a.vendors.size(); ++v) {
        const Vendor &x = a.vendors[v], &y = b.vendors[v];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(a.countries[x.country], b.countries[y.country]) << x.id;
        EXPECT_EQ(x.parent, y.parent) << x.id;
        EXPECT_EQ(x.aliases, y.aliases) << x.id;
        EXPECT_EQ(x.sectors, y.sectors) << x.id;
        EXPECT_EQ(x.website, y.website) << x.id;
    }
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_TRUE(std::equal(a.events[i].vendors.begin(), a.events[i].vendors.end(), b.events[i].vendors.begin(),
                               b.events[i].vendors.end()))
            << a.events[i].id.str();
        EXPECT_EQ(a.events[i].vendors_defended, b.events[i].vendors_defended);
        EXPECT_EQ(a.events[i].vendors_mentioned, b.events[i].vendors_mentioned);
    }
    EXPECT_EQ(ExportVendorsJson(b), written);
}

}  // namespace rift
