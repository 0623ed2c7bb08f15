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

}  // namespace rift
