// libFuzzer target: the dataset loader and validator on arbitrary bytes, then the dataset JSON export round
// trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <string_view>
#include <vector>

#include "core/export.h"
#include "core/filter.h"
#include "core/load.h"

namespace {

constexpr std::string_view kVendors = R"({"schema":"1.0","vendors":[
 {"id":"huawei","name":"Huawei","country":"CN","sectors":["telecom","consumer"]},
 {"id":"zte","name":"ZTE","country":"CN","sectors":["telecom"]},
 {"id":"kaspersky","name":"Kaspersky","country":"RU","sectors":["security"],"website":"https://www.kaspersky.com"}]})";

// Small limits so the fuzzer reaches every limit check with inputs of a few KiB.
rift::LoadOptions SmallLimits() {
    rift::LoadOptions o;
    o.limits.max_bytes = 1u << 16;
    o.limits.max_events = 200;
    o.limits.max_string = 512;
    o.limits.max_problems = 20;
    return o;
}

void Check(bool ok, const char* what) {
    if (!ok) {
        __builtin_printf("fuzz_load: property violated: %s\n", what);
        std::abort();
    }
}

// A dataset that loaded must survive being written back (ExportDatasetJson) and read again unchanged.
void ExportRoundTrip(const rift::Dataset& ds) {
    std::vector<rift::EventIndex> all(ds.size());
    std::iota(all.begin(), all.end(), 0u);
    const std::string json = rift::ExportDatasetJson(ds, all);
    const rift::LoadResult again = rift::LoadDataset(json, "");
    Check(again.ok(), "exported dataset loads again");
    Check(again.dataset->size() == ds.size(), "same number of events after export");
    Check(rift::ExportDatasetJson(*again.dataset, all) == json, "export is stable");
    (void)rift::Filter(ds, rift::FilterSpec{});
}

void Load(std::string_view events, std::string_view vendors, const rift::LoadOptions& options) {
    const rift::LoadResult r = rift::LoadDataset(events, vendors, options);
    Check(r.ok() == (r.problems.empty() && r.problems_not_listed == 0), "ok() iff no problems");
    Check(r.problems.size() <= options.limits.max_problems, "problem list bounded");
    for (const rift::Problem& p : r.problems) {
        const std::string text = rift::FormatProblem(p);
        Check(!text.empty(), "problem has text");
        Check(rift::InvalidUtf8At(text) == std::string_view::npos,
              "problem text is UTF-8 (shown, sent as JSON)");
    }
    if (r.ok()) ExportRoundTrip(*r.dataset);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const rift::LoadOptions defaults;
    Load(text, kVendors, defaults);
    Load(text, "", SmallLimits());
    // The same bytes as an events file and a vendors file.
    const size_t half = size / 2;
    Load(text.substr(0, half), text.substr(half), defaults);
    return 0;
}
