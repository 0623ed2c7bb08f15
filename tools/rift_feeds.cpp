// rift-feeds: writes the dataset's Atom feeds (all events, one per acting state, one per vendor family) beside the page.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/feed.h"
#include "core/io.h"
#include "core/load.h"
#include "core/release.h"

namespace {

int Usage() {
    std::fprintf(stderr,
                 "usage: rift-feeds [--page URL] [--releases RELEASES.json] [--max N] EVENTS.json VENDORS.json OUT\n"
                 "Writes OUT/feeds/all.atom, OUT/feeds/actor/CODE.atom and OUT/feeds/vendor/ID.atom (OUT/feeds is\n"
                 "replaced), each with its newest N events (default 100). --page: the page's public address, for\n"
                 "absolute links (else links are relative to each feed). --releases: the release record, whose\n"
                 "dates become the entries' `updated` (else the dataset version's date).\n");
    return 2;
}

std::optional<std::string> Read(const std::string& path) {
    std::string error;
    auto text = rift::ReadFile(path, rift::Limits{}.max_bytes, error);
    if (!text) std::fprintf(stderr, "rift-feeds: %s: %s\n", path.c_str(), error.c_str());
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    rift::FeedContext context;
    std::string releases_path;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--page" && i + 1 < argc) {
            context.page_url = argv[++i];
            if (!context.page_url.empty() && !rift::IsHttpUrl(context.page_url)) {
                std::fprintf(stderr, "rift-feeds: --page %s: not an http(s) address\n", context.page_url.c_str());
                return 2;
            }
        } else if (arg == "--releases" && i + 1 < argc) {
            releases_path = argv[++i];
        } else if (arg == "--max" && i + 1 < argc) {
            const int n = std::atoi(argv[++i]);
            if (n < 1) return Usage();
            context.max_entries = static_cast<size_t>(n);
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage();
        } else {
            args.push_back(arg);
        }
    }
    if (args.size() != 3) return Usage();
    const auto events = Read(args[0]);
    const auto vendors = Read(args[1]);
    if (!events || !vendors) return 1;
    const rift::LoadResult r = rift::LoadDataset(*events, *vendors);
    if (!r.ok()) {
        for (const rift::Problem& p : r.problems) std::fprintf(stderr, "%s\n", rift::FormatProblem(p).c_str());
        return 1;
    }
    const rift::Dataset& ds = *r.dataset;
    // Releases are named by their day ("2026-12-02.2"); content no release holds yet is dated by that day too.
    const auto version_day = rift::ParseDate(ds.version.substr(0, 10));
    context.release_day =
        version_day && version_day->precision == rift::Precision::Day ? version_day->day : rift::TodayUtc();
    if (!releases_path.empty()) {
        const auto record_text = Read(releases_path);
        if (!record_text) return 1;
        std::string error;
        const auto record = rift::ParseReleaseRecord(*record_text, error);
        const auto content = record ? rift::SnapshotOfDataset(*events, error) : std::nullopt;
        if (!record || !content) {
            std::fprintf(stderr, "rift-feeds: %s: %s\n", record ? args[0].c_str() : releases_path.c_str(),
                         error.c_str());
            return 1;
        }
        context.updated = rift::EventUpdatedDays(ds, *content, *record, context.release_day);
    }

    const std::filesystem::path out = args[2];
    std::error_code ec;
    std::filesystem::remove_all(out / "feeds", ec);  // feeds of actors or vendors no longer in the data go too
    size_t written = 0;
    for (const rift::FeedRef& feed : rift::AllFeeds(ds)) {
        const std::filesystem::path path = out / rift::FeedPath(ds, feed);
        std::filesystem::create_directories(path.parent_path(), ec);
        std::ofstream file(path, std::ios::binary | std::ios::trunc);
        file << rift::WriteAtomFeed(ds, feed, context);
        if (!file.flush()) {
            std::fprintf(stderr, "rift-feeds: %s: cannot write\n", path.string().c_str());
            return 1;
        }
        ++written;
    }
    std::printf("rift-feeds: %zu feeds of %zu events in %s\n", written, ds.size(), (out / "feeds").string().c_str());
    return 0;
}
