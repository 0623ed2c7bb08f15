// rift-diff: what changed between two releases or dataset files, and the release record (data/releases.json).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/io.h"
#include "core/load.h"
#include "core/release.h"

namespace {

constexpr size_t kMaxBytes = 64u << 20;

int Usage() {
    std::fprintf(stderr,
                 "usage: rift-diff [--releases RELEASES.json] OLD NEW\n"
                 "         OLD, NEW: dataset files (events.json) or versions in the release record; prints what\n"
                 "         changed: new, corrected (which fields, when both are files), renamed, removed (why).\n"
                 "         Exit status 0 when nothing changed, 1 when something did, 2 on trouble.\n"
                 "       rift-diff --record RELEASES.json EVENTS.json [--date YYYY-MM-DD] [--removed ID=WHY]...\n"
                 "         appends the dataset's version as a release (date: today, UTC); every event gone since the\n"
                 "         last release needs --removed with the reason, unless a current event lists it in aliases.\n"
                 "       rift-diff --check RELEASES.json EVENTS.json\n"
                 "         exit status 1 unless the dataset's content is what the record holds for its version.\n"
                 "The record defaults to releases.json beside a dataset file named, or data/releases.json.\n");
    return 2;
}

std::optional<std::string> Read(const std::string& path) {
    std::string error;
    auto text = rift::ReadFile(path, kMaxBytes, error);
    if (!text) std::fprintf(stderr, "rift-diff: %s: %s\n", path.c_str(), error.c_str());
    return text;
}

std::optional<rift::ReleaseRecord> ReadRecord(const std::string& path, bool may_be_missing) {
    if (may_be_missing && !std::filesystem::exists(path)) return rift::ReleaseRecord{};
    auto text = Read(path);
    if (!text) return std::nullopt;
    std::string error;
    auto record = rift::ParseReleaseRecord(*text, error);
    if (!record) std::fprintf(stderr, "rift-diff: %s: %s\n", path.c_str(), error.c_str());
    return record;
}

std::optional<rift::Snapshot> ReadDataset(const std::string& path) {
    auto text = Read(path);
    if (!text) return std::nullopt;
    std::string error;
    auto snapshot = rift::SnapshotOfDataset(*text, error);
    if (!snapshot) std::fprintf(stderr, "rift-diff: %s: %s\n", path.c_str(), error.c_str());
    return snapshot;
}

std::string Today() { return rift::FormatDate({rift::TodayUtc(), rift::Precision::Day}); }

int Record(const std::string& record_path, const std::string& events_path, std::string date,
           const std::map<std::string, std::string>& reasons) {
    auto record = ReadRecord(record_path, true);
    auto snapshot = ReadDataset(events_path);
    if (!record || !snapshot) return 2;
    const size_t before = record->releases.size();
    std::string error;
    if (!record->Append(*snapshot, date.empty() ? Today() : date, reasons, error)) {
        std::fprintf(stderr, "rift-diff: %s\n", error.c_str());
        return 2;
    }
    if (record->releases.size() == before) {
        std::printf("%s: version %s is recorded already, with this content\n", record_path.c_str(), snapshot->version.c_str());
        return 0;
    }
    const std::string text = rift::WriteReleaseRecord(*record);
    std::ofstream out(record_path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
        std::fprintf(stderr, "rift-diff: %s: cannot write\n", record_path.c_str());
        return 2;
    }
    const rift::Release& r = record->releases.back();
    std::printf("%s: recorded version %s (%zu events: %zu new or changed, %zu renamed, %zu removed)\n",
                record_path.c_str(), r.version.c_str(), r.event_count, r.set.size(), r.renamed.size(), r.removed.size());
    return 0;
}

int Check(const std::string& record_path, const std::string& events_path) {
    auto record = ReadRecord(record_path, false);
    auto snapshot = ReadDataset(events_path);
    if (!record || !snapshot) return 2;
    auto recorded = record->At(snapshot->version);
    if (!recorded) {
        std::printf("%s: version %s is not in %s: record the release (rift-diff --record %s %s)\n", events_path.c_str(),
                    snapshot->version.c_str(), record_path.c_str(), record_path.c_str(), events_path.c_str());
        return 1;
    }
    const rift::ReleaseDiff d = rift::DiffSnapshots(*recorded, *snapshot);
    if (!d.Empty()) {
        std::printf("%s differs from release %s as recorded in %s: bump version and record the release "
                    "(rift-diff --record %s %s)\n\n%s",
                    events_path.c_str(), snapshot->version.c_str(), record_path.c_str(), record_path.c_str(),
                    events_path.c_str(), rift::FormatReleaseDiff(d).c_str());
        return 1;
    }
    std::printf("%s: version %s matches the record (%zu events)\n", events_path.c_str(), snapshot->version.c_str(),
                snapshot->events.size());
    return 0;
}

// A file if one exists at `arg`, else a version in the record. A file's snapshot takes the record's reasons for
// removals and renames when its version is recorded.
std::optional<rift::Snapshot> Side(const std::string& arg, const rift::ReleaseRecord& record) {
    if (std::filesystem::is_regular_file(arg)) {
        auto s = ReadDataset(arg);
        if (s)
            if (auto recorded = record.At(s->version)) {
                s->removed = recorded->removed;
                s->renamed = recorded->renamed;
            }
        return s;
    }
    auto s = record.At(arg);
    if (!s) std::fprintf(stderr, "rift-diff: %s is neither a file nor a version in the release record\n", arg.c_str());
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    std::string record_path, releases_path, check_path, date;
    std::map<std::string, std::string> reasons;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--record" && has_value) record_path = argv[++i];
        else if (a == "--check" && has_value) check_path = argv[++i];
        else if (a == "--releases" && has_value) releases_path = argv[++i];
        else if (a == "--date" && has_value) date = argv[++i];
        else if (a == "--removed" && has_value) {
            const std::string v = argv[++i];
            const size_t eq = v.find('=');
            if (eq == std::string::npos || eq == 0) return Usage();
            reasons[v.substr(0, eq)] = v.substr(eq + 1);
        } else if (!a.empty() && a[0] == '-') return Usage();
        else args.push_back(a);
    }
    if (!record_path.empty()) return args.size() == 1 ? Record(record_path, args[0], date, reasons) : Usage();
    if (!check_path.empty()) return args.size() == 1 ? Check(check_path, args[0]) : Usage();
    if (args.size() != 2) return Usage();

    if (releases_path.empty()) {
        releases_path = RIFT_SOURCE_DIR "/data/releases.json";
        for (const std::string& a : args)
            if (std::filesystem::is_regular_file(a)) {
                const auto beside = std::filesystem::path(a).parent_path() / "releases.json";
                if (std::filesystem::exists(beside)) {
                    releases_path = beside.string();
                    break;
                }
            }
    }
    auto record = ReadRecord(releases_path, true);
    if (!record) return 2;
    auto from = Side(args[0], *record), to = Side(args[1], *record);
    if (!from || !to) return 2;
    const rift::ReleaseDiff d = rift::DiffSnapshots(*from, *to);
    std::fputs(rift::FormatReleaseDiff(d).c_str(), stdout);
    return d.Empty() ? 0 : 1;
}
