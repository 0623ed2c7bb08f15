// libFuzzer target: CSV parsing and import; an imported CSV that loads must survive export → import → load.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/export.h"
#include "core/load.h"

namespace {

// tests/fixtures/small/vendors.json
constexpr std::string_view kVendors = R"({
 "schema": "1.0",
 "vendors": [
  {"id": "huawei", "name": "Huawei", "country": "CN", "sectors": ["telecom", "consumer"]},
  {"id": "zte", "name": "ZTE", "country": "CN", "sectors": ["telecom"]},
  {"id": "microsoft", "name": "Microsoft", "country": "US", "sectors": ["software"]},
  {"id": "tiktok", "name": "TikTok", "country": "CN", "sectors": ["social_media"]},
  {"id": "kaspersky", "name": "Kaspersky", "country": "RU", "sectors": ["security"]}
 ]
})";

void Check(bool ok, const char* what) {
    if (!ok) {
        __builtin_printf("fuzz_csv: property violated: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<std::vector<std::string>> rows;
    std::string error;
    const bool parsed = rift::ParseCsv(text, rows, error, 4096);
    Check(parsed == error.empty(), "ParseCsv reports an error iff it fails");

    std::vector<std::string> problems;
    const std::string json = rift::CsvToDatasetJson(text, "fuzz", problems);
    Check(json.empty() == !problems.empty(), "CsvToDatasetJson gives JSON or problems");
    for (const std::string& p : problems)
        Check(rift::InvalidUtf8At(p) == std::string_view::npos, "problems are UTF-8 (shown, sent as JSON)");
    if (json.empty()) return 0;
    const rift::LoadResult first = rift::LoadDataset(json, kVendors);
    for (const rift::Problem& p : first.problems)
        Check(rift::InvalidUtf8At(rift::CsvPath(p.path) + rift::FormatProblem(p)) == std::string_view::npos,
              "load problems are UTF-8");
    if (!first.ok()) return 0;

    // Round trip: export the loaded dataset as CSV, import it again, load it again.
    std::vector<rift::EventIndex> all(first.dataset->size());
    std::iota(all.begin(), all.end(), 0u);
    const std::string csv = rift::ExportCsv(*first.dataset, all);
    std::vector<std::string> problems2;
    const std::string json2 = rift::CsvToDatasetJson(csv, "fuzz", problems2);
    Check(problems2.empty(), "an exported CSV imports without problems");
    const rift::LoadResult second = rift::LoadDataset(json2, kVendors);
    Check(second.ok(), "an exported CSV loads again");
    Check(second.dataset->size() == first.dataset->size(), "same number of events after the round trip");
    // Nothing is lost on the way: the same dataset, field for field.
    Check(rift::ExportDatasetJson(*second.dataset, all) == rift::ExportDatasetJson(*first.dataset, all),
          "same events, field for field, after the round trip");
    Check(rift::ExportCsv(*second.dataset, all) == csv, "CSV export is stable");
    // "CSV for Excel" (a byte-order mark, ';' as in German Excel, or ',') imports to the same dataset too.
    for (bool semicolon : {true, false}) {
        const std::string excel = rift::ExportCsv(*first.dataset, all, rift::ExcelDialect(semicolon));
        std::vector<std::string> problems3;
        const rift::LoadResult third = rift::LoadDataset(rift::CsvToDatasetJson(excel, "fuzz", problems3), kVendors);
        Check(problems3.empty() && third.ok(), "a CSV for Excel imports and loads again");
        Check(rift::ExportDatasetJson(*third.dataset, all) == rift::ExportDatasetJson(*first.dataset, all),
              "same events, field for field, through CSV for Excel");
    }
    return 0;
}
