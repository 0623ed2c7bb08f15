// Loading and validating a dataset from JSON text: every problem is reported with its JSON path.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace rift {

struct Problem {
    std::string file;     // "events", "vendors" or a file name given by the caller
    std::string path;     // JSON path, e.g. $.events[12].date
    std::string message;  // what is wrong, in plain words
};
std::string FormatProblem(const Problem& p);

// Documented limits (docs/DATASET.md); exceeding one is a problem, never a crash.
struct Limits {
    size_t max_bytes = 64u << 20;     // per file
    size_t max_events = 2'000'000;
    size_t max_string = 20'000;       // bytes per string value
    int max_depth = 16;               // JSON nesting
    size_t max_problems = 200;        // further problems are counted, not listed
};

struct LoadOptions {
    int32_t today = kNoEnd;  // day number; dates after it are problems (kNoEnd: no check)
    Limits limits;
    // The page's first-view file: the events without their titles, summaries and sources, which follow (the titles
    // in their own file, core/packed's PackTitles, the rest in the full file). Those fields may then be absent
    // (anything present is checked as usual); the dataset is marked partial.
    bool first_view = false;
    // The dataset version a permalink was made with (v=). When it is set and the file has another version, each
    // event's content hash is taken (Event::content_hash, Dataset::content_hashed) for "what changed since" that
    // version (core/release). Hashing every event costs about 40% of a load, so it is done only then.
    std::string link_version;
};

struct LoadResult {
    std::shared_ptr<const Dataset> dataset;  // null when there was any problem
    std::vector<Problem> problems;
    size_t problems_not_listed = 0;
    bool ok() const { return dataset != nullptr; }
};

// `events_json` is the dataset (object with schema, version, events and optionally its own vendors);
// `vendors_json` is the vendor list (may be empty when the dataset brings its own).
LoadResult LoadDataset(std::string_view events_json, std::string_view vendors_json, const LoadOptions& options = {});

// Today as a day number (UTC), for callers that check "not in the future".
int32_t TodayUtc();

// True for a well-formed absolute http(s) URL (the only links Rift ever opens).
bool IsHttpUrl(std::string_view url);

}  // namespace rift
