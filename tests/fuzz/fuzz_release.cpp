// libFuzzer target: the release record reader (data/releases.json, fetched by the page for old permalinks) and
// the dataset snapshot, with their round trip and diff.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/release.h"

namespace {

void Check(bool ok, const char* what) {
    if (!ok) {
        __builtin_printf("fuzz_release: property violated: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    if (auto record = rift::ParseReleaseRecord(text, error)) {
        // What was read is written back and reads again the same; every release folds to its stated count.
        const std::string written = rift::WriteReleaseRecord(*record);
        auto again = rift::ParseReleaseRecord(written, error);
        Check(again.has_value(), "a written record reads again");
        Check(rift::WriteReleaseRecord(*again) == written, "writing is stable");
        for (const rift::Release& r : record->releases) {
            auto s = record->At(r.version);
            Check(s && s->events.size() == r.event_count, "the fold gives the stated count");
            (void)rift::FormatReleaseDiff(rift::DiffSnapshots(*record->At(record->releases.front().version), *s));
        }
    } else {
        Check(!error.empty(), "a refused record says why");
    }
    if (auto snapshot = rift::SnapshotOfDataset(text, error)) {
        rift::ReleaseRecord record;
        snapshot->version = "fuzz";
        Check(record.Append(*snapshot, "2026-01-01", {}, error), "a snapshot records into an empty record");
        Check(rift::DiffSnapshots(*record.At("fuzz"), *snapshot).Empty(), "a recorded snapshot matches the record");
    }
    return 0;
}
