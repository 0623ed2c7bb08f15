// Releases of the record: a canonical hash per event, the release record (data/releases.json) and what changed
// between two releases or dataset files (new, corrected, removed, renamed).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace rift {

struct Dataset;

// The event object's canonical text: compact JSON with keys in sorted order (what nlohmann's dump() writes for a
// parsed object), so the same content written with other key order or spacing has the same text.
std::string CanonicalJson(const nlohmann::json& value);
// FNV-1a 64 of CanonicalJson(event).
uint64_t EventHash(const nlohmann::json& event);
std::string HashHex(uint64_t hash);                        // 16 lower-case hex digits
std::optional<uint64_t> ParseHashHex(std::string_view s);  // exactly 16 hex digits

// One dataset as far as releases are concerned: each event's hash, former ids and (from a file) fields.
struct SnapshotEvent {
    uint64_t hash = 0;
    std::vector<std::string> aliases;
    std::map<std::string, std::string> fields;  // field -> CanonicalJson(value); empty when from a release record
};
struct Snapshot {
    std::string version;
    std::map<std::string, SnapshotEvent> events;     // by id
    std::map<std::string, std::string> removed;      // id gone in this release -> why (from the record)
    std::map<std::string, std::string> renamed;      // former id -> its id in this release (from the record)
    bool has_fields = false;                         // from a file: corrections can name their fields
};

// A dataset file's snapshot (events.json text: an object with version and events; each event an object with a
// string id). Checks only what hashing needs: rift-validate checks the rest.
std::optional<Snapshot> SnapshotOfDataset(std::string_view events_json, std::string& error);

// The release record: per release its version, the day it was recorded, and its events' hashes. Stored as
// changes from the release before (`set`: ids new or changed, with their hash; `removed` and `renamed`: ids gone,
// with why or their new id), so the file grows by what changed; ReleaseRecord::At folds it back.
struct Release {
    std::string version;
    std::string date;                             // YYYY-MM-DD
    size_t event_count = 0;                       // events in this release (checks the fold)
    std::map<std::string, uint64_t> set;          // id -> hash, new or changed since the release before
    std::map<std::string, std::string> removed;   // id -> why it was removed
    std::map<std::string, std::string> renamed;   // former id -> new id
};
struct ReleaseRecord {
    std::vector<Release> releases;  // oldest first

    const Release* Find(std::string_view version) const;
    // The snapshot of the release `version` (hashes only), or nullopt if the record has no such release.
    std::optional<Snapshot> At(std::string_view version) const;
    // Appends `snapshot` as a release made on `date`. `removed_reasons` must give a reason for every id that is
    // gone since the last release without being renamed (an alias of a current event). Fails, with `error`, when
    // the version is already recorded with other content, or a reason is missing. Recording the last release's
    // version again with the same content changes nothing and succeeds.
    bool Append(const Snapshot& snapshot, std::string_view date,
                const std::map<std::string, std::string>& removed_reasons, std::string& error);
};

// Reads data/releases.json; any problem (not JSON, a wrong field, a hash not 16 hex digits, a fold that does not
// give the stated count, a repeated version) is an error with its JSON path.
std::optional<ReleaseRecord> ParseReleaseRecord(std::string_view text, std::string& error);
// One id per line (readable diffs), releases in order; ParseReleaseRecord(WriteReleaseRecord(r)) gives r.
std::string WriteReleaseRecord(const ReleaseRecord& record);

// What changed from `from` to `to`.
struct EventChange {
    std::string id;
    std::vector<std::string> fields;  // changed, added or dropped fields; empty when either side has no content
};
struct ReleaseDiff {
    std::string from_version, to_version;
    std::vector<std::string> added;                               // new ids
    std::vector<EventChange> corrected;                           // same id (or renamed), other content
    std::vector<std::pair<std::string, std::string>> renamed;     // former id -> new id
    std::vector<std::pair<std::string, std::string>> removed;     // id -> why ("" when not recorded)
    size_t unchanged = 0;
    bool Empty() const { return added.empty() && corrected.empty() && renamed.empty() && removed.empty(); }
};
// Renames are found by `to`'s aliases (an event listing a former id) or its record. A renamed event whose content
// changed beyond its id and aliases is also listed as corrected (under its new id).
ReleaseDiff DiffSnapshots(const Snapshot& from, const Snapshot& to);
// What changed from the release `since` of `record` to a loaded dataset (the one shown): each event's content hash
// (Event::content_hash, taken when it was loaded) and former ids (its aliases) against the release's hashes; the
// whole record says why ids went (removed, renamed). Corrections name no fields (the record keeps hashes only).
// nullopt when the record has no release `since`. Needs a dataset loaded with its hashes (Dataset::content_hashed:
// LoadOptions::link_version); without them every event would count as corrected.
std::optional<ReleaseDiff> DiffSinceRelease(const ReleaseRecord& record, std::string_view since, const Dataset& ds);
// A readable report: counts, then each list (ids, fields, reasons).
std::string FormatReleaseDiff(const ReleaseDiff& diff);

}  // namespace rift
