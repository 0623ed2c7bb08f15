// Release record and dataset diff: canonical event hashes, data/releases.json in and out, what changed.
#include "core/release.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/dataset.h"
#include "core/json_io.h"

namespace rift {

using nlohmann::json;

namespace {

void WriteCanonical(JsonWriter& w, const json& v) {
    switch (v.type()) {
        case json::value_t::object:
            w.BeginObject();
            for (auto it = v.begin(); it != v.end(); ++it) {  // std::map: sorted keys
                w.Key(it.key());
                WriteCanonical(w, *it);
            }
            w.EndObject();
            break;
        case json::value_t::array:
            w.BeginArray();
            for (const json& x : v) WriteCanonical(w, x);
            w.EndArray();
            break;
        case json::value_t::string: w.String(v.get_ref<const std::string&>()); break;
        case json::value_t::boolean: w.Bool(v.get<bool>()); break;
        case json::value_t::number_integer: w.Int(v.get<int64_t>()); break;
        case json::value_t::number_unsigned: w.Uint(v.get<uint64_t>()); break;
        case json::value_t::number_float: w.Double(v.get<double>()); break;
        default: w.Null(); break;
    }
}

// The record's files are small (a few hundred KB); these limits only keep hostile input cheap.
constexpr JsonParseLimits kRecordLimits{32, 20'000};
constexpr size_t kMaxRecordBytes = 64u << 20;

bool IsDay(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// obj[key] when obj is an object that has it.
const json* Member(const json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

// An object of string -> string at `path` (absent: empty).
bool StringMap(const json& obj, const char* key, const std::string& path, std::map<std::string, std::string>& out,
               std::string& error) {
    const json* it = Member(obj, key);
    if (!it) return true;
    if (!it->is_object()) {
        error = path + "." + key + ": must be an object";
        return false;
    }
    for (auto e = it->begin(); e != it->end(); ++e) {
        if (!e->is_string()) {
            error = path + "." + key + "." + e.key() + ": must be a string";
            return false;
        }
        out[e.key()] = e->get<std::string>();
    }
    return true;
}

// Follows renames from `id` (a chain over several releases) to an id present in `events`, if any.
std::optional<std::string> RenamedTo(const Snapshot& to, const std::map<std::string, std::string>& aliases,
                                     const std::string& id) {
    std::string at = id;
    for (size_t steps = 0; steps <= to.renamed.size() + 1; ++steps) {
        if (auto a = aliases.find(at); a != aliases.end()) return a->second;
        auto r = to.renamed.find(at);
        if (r == to.renamed.end()) return std::nullopt;
        at = r->second;
        if (to.events.count(at)) return at;
    }
    return std::nullopt;  // a cycle in a hostile record
}

std::vector<std::string> ChangedFields(const SnapshotEvent& a, const SnapshotEvent& b, bool skip_identity) {
    std::vector<std::string> out;
    std::set<std::string> keys;
    for (const auto& [k, v] : a.fields) keys.insert(k);
    for (const auto& [k, v] : b.fields) keys.insert(k);
    for (const std::string& k : keys) {
        if (skip_identity && (k == "id" || k == "aliases")) continue;
        auto x = a.fields.find(k), y = b.fields.find(k);
        if (x == a.fields.end() || y == b.fields.end() || x->second != y->second) out.push_back(k);
    }
    return out;
}

}  // namespace

std::string CanonicalJson(const json& value) {
    JsonWriter w;
    WriteCanonical(w, value);
    return w.Take();
}

uint64_t EventHash(const json& event) { return Fnv1a64(CanonicalJson(event)); }

std::string HashHex(uint64_t hash) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4) s[static_cast<size_t>(i)] = kDigits[hash & 15];
    return s;
}

std::optional<uint64_t> ParseHashHex(std::string_view s) {
    if (s.size() != 16) return std::nullopt;
    uint64_t h = 0;
    for (char c : s) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return std::nullopt;
        h = h << 4 | static_cast<uint64_t>(d);
    }
    return h;
}

std::optional<Snapshot> SnapshotOfDataset(std::string_view events_json, std::string& error) {
    json doc;
    size_t position = 0;
    if (events_json.size() > kMaxRecordBytes) {
        error = "the file is larger than 64 MiB";
        return std::nullopt;
    }
    if (!ParseJson(events_json, doc, {64, std::numeric_limits<size_t>::max()}, error, position)) {
        error = "not valid JSON: " + error;
        return std::nullopt;
    }
    const json* events_member = Member(doc, "events");
    if (!events_member || !events_member->is_array()) {
        error = "not a dataset: an object with an \"events\" array";
        return std::nullopt;
    }
    Snapshot s;
    s.has_fields = true;
    if (const json* v = Member(doc, "version"); v && v->is_string()) s.version = v->get<std::string>();
    const json& events = *events_member;
    for (size_t i = 0; i < events.size(); ++i) {
        const json& e = events[i];
        const std::string path = "$.events[" + std::to_string(i) + "]";
        const json* id = Member(e, "id");
        if (!id || !id->is_string()) {
            error = path + ": an event needs a string id";
            return std::nullopt;
        }
        SnapshotEvent se;
        se.hash = EventHash(e);
        for (auto f = e.begin(); f != e.end(); ++f) se.fields[f.key()] = CanonicalJson(*f);
        if (const json* a = Member(e, "aliases"); a && a->is_array())
            for (const json& x : *a)
                if (x.is_string()) se.aliases.push_back(x.get<std::string>());
        if (!s.events.emplace(id->get<std::string>(), std::move(se)).second) {
            error = path + ".id: duplicate id \"" + id->get<std::string>() + "\"";
            return std::nullopt;
        }
    }
    return s;
}

const Release* ReleaseRecord::Find(std::string_view version) const {
    for (const Release& r : releases)
        if (r.version == version) return &r;
    return nullptr;
}

std::optional<Snapshot> ReleaseRecord::At(std::string_view version) const {
    if (!Find(version)) return std::nullopt;
    Snapshot s;
    for (const Release& r : releases) {
        for (const auto& [id, why] : r.removed) s.events.erase(id);
        for (const auto& [from, to] : r.renamed) s.events.erase(from);
        for (const auto& [id, hash] : r.set) s.events[id].hash = hash;
        // Why ids went, over every release so far (a diff may span several).
        for (const auto& [id, why] : r.removed) s.removed[id] = why;
        for (const auto& [from, to] : r.renamed) s.renamed[from] = to;
        if (r.version == version) break;
    }
    s.version = std::string(version);
    return s;
}

bool ReleaseRecord::Append(const Snapshot& snapshot, std::string_view date,
                           const std::map<std::string, std::string>& removed_reasons, std::string& error) {
    if (snapshot.version.empty()) {
        error = "the dataset has no version";
        return false;
    }
    if (!IsDay(date)) {
        error = "the release date must be YYYY-MM-DD";
        return false;
    }
    Snapshot last;
    if (!releases.empty()) last = *At(releases.back().version);
    auto same_content = [&] {
        if (last.events.size() != snapshot.events.size()) return false;
        for (const auto& [id, e] : snapshot.events) {
            auto it = last.events.find(id);
            if (it == last.events.end() || it->second.hash != e.hash) return false;
        }
        return true;
    };
    if (const Release* recorded = Find(snapshot.version)) {
        if (recorded == &releases.back() && same_content()) return true;
        error = "version " + snapshot.version + " is already recorded with other content: bump version in the "
                "dataset and record the release";
        return false;
    }
    Release r;
    r.version = snapshot.version;
    r.date = std::string(date);
    r.event_count = snapshot.events.size();
    std::map<std::string, std::string> aliases;  // former id -> current id
    for (const auto& [id, e] : snapshot.events)
        for (const std::string& a : e.aliases) aliases[a] = id;
    std::vector<std::string> missing;
    for (const auto& [id, e] : last.events) {
        if (snapshot.events.count(id)) continue;
        if (auto a = aliases.find(id); a != aliases.end()) r.renamed[id] = a->second;
        else if (auto why = removed_reasons.find(id); why != removed_reasons.end() && !why->second.empty())
            r.removed[id] = why->second;
        else missing.push_back(id);
    }
    if (!missing.empty()) {
        error = "say why each removed event was removed (or list its id in the new event's aliases):";
        for (const std::string& id : missing) error += " " + id;
        return false;
    }
    for (const auto& [id, e] : snapshot.events) {
        auto it = last.events.find(id);
        if (it == last.events.end() || it->second.hash != e.hash) r.set[id] = e.hash;
    }
    releases.push_back(std::move(r));
    return true;
}

std::optional<ReleaseRecord> ParseReleaseRecord(std::string_view text, std::string& error) {
    if (text.size() > kMaxRecordBytes) {
        error = "the file is larger than 64 MiB";
        return std::nullopt;
    }
    json doc;
    size_t position = 0;
    if (!ParseJson(text, doc, kRecordLimits, error, position)) {
        error = "not valid JSON: " + error;
        return std::nullopt;
    }
    const json* releases = Member(doc, "releases");
    if (!releases || !releases->is_array()) {
        error = "$: must be an object with a \"releases\" array";
        return std::nullopt;
    }
    ReleaseRecord record;
    std::set<std::string> versions;
    std::map<std::string, uint64_t> live;  // the fold so far, to check each release's count
    for (size_t i = 0; i < releases->size(); ++i) {
        const json& r = (*releases)[i];
        const std::string path = "$.releases[" + std::to_string(i) + "]";
        if (!r.is_object()) {
            error = path + ": must be an object";
            return std::nullopt;
        }
        Release out;
        const json *version = Member(r, "version"), *date = Member(r, "date"), *count = Member(r, "events");
        if (!version || !version->is_string() || version->get_ref<const std::string&>().empty()) {
            error = path + ".version: must be a non-empty string";
            return std::nullopt;
        }
        out.version = version->get<std::string>();
        if (!versions.insert(out.version).second) {
            error = path + ".version: \"" + out.version + "\" is recorded twice";
            return std::nullopt;
        }
        if (!date || !date->is_string() || !IsDay(date->get_ref<const std::string&>())) {
            error = path + ".date: must be YYYY-MM-DD";
            return std::nullopt;
        }
        out.date = date->get<std::string>();
        if (!count || !count->is_number_unsigned()) {
            error = path + ".events: must be the number of events";
            return std::nullopt;
        }
        out.event_count = count->get<size_t>();
        if (const json* set = Member(r, "set")) {
            if (!set->is_object()) {
                error = path + ".set: must be an object of id -> hash";
                return std::nullopt;
            }
            for (auto e = set->begin(); e != set->end(); ++e) {
                auto h = e->is_string() ? ParseHashHex(e->get_ref<const std::string&>()) : std::nullopt;
                if (!h) {
                    error = path + ".set." + e.key() + ": must be 16 hex digits";
                    return std::nullopt;
                }
                out.set[e.key()] = *h;
            }
        }
        if (!StringMap(r, "removed", path, out.removed, error) || !StringMap(r, "renamed", path, out.renamed, error))
            return std::nullopt;
        for (const auto& [id, why] : out.removed) live.erase(id);
        for (const auto& [from, to] : out.renamed) live.erase(from);
        for (const auto& [id, hash] : out.set) live[id] = hash;
        if (live.size() != out.event_count) {
            error = path + ".events: the record gives " + std::to_string(live.size()) + " events, not " +
                    std::to_string(out.event_count);
            return std::nullopt;
        }
        record.releases.push_back(std::move(out));
    }
    return record;
}

std::string WriteReleaseRecord(const ReleaseRecord& record) {
    JsonWriter w(1);
    w.BeginObject();
    w.Field("about", "Rift's releases (docs/DATASET.md, \"Releases and what changed\"): per release, the ids of "
                     "events new or changed since the release before with the FNV-1a 64 hash of each event's "
                     "canonical JSON (keys sorted, no spaces), and the ids removed (why) or renamed (to what). "
                     "Written by rift-diff --record.");
    w.Key("releases").BeginArray();
    for (const Release& r : record.releases) {
        w.BeginObject();
        w.Field("version", r.version).Field("date", r.date);
        w.Key("events").Uint(r.event_count);
        if (!r.removed.empty()) {
            w.Key("removed").BeginObject();
            for (const auto& [id, why] : r.removed) w.Field(id, why);
            w.EndObject();
        }
        if (!r.renamed.empty()) {
            w.Key("renamed").BeginObject();
            for (const auto& [from, to] : r.renamed) w.Field(from, to);
            w.EndObject();
        }
        w.Key("set").BeginObject();
        for (const auto& [id, hash] : r.set) w.Field(id, HashHex(hash));
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return w.Take() + "\n";
}

ReleaseDiff DiffSnapshots(const Snapshot& from, const Snapshot& to) {
    ReleaseDiff d;
    d.from_version = from.version;
    d.to_version = to.version;
    std::map<std::string, std::string> aliases;  // former id -> id in `to`
    for (const auto& [id, e] : to.events)
        for (const std::string& a : e.aliases) aliases[a] = id;
    std::set<std::string> renamed_to;
    const bool fields = from.has_fields && to.has_fields;
    for (const auto& [id, e] : from.events) {
        if (auto it = to.events.find(id); it != to.events.end()) {
            if (it->second.hash == e.hash) ++d.unchanged;
            else d.corrected.push_back({id, fields ? ChangedFields(e, it->second, false) : std::vector<std::string>{}});
            continue;
        }
        if (auto now = RenamedTo(to, aliases, id); now && to.events.count(*now) && !from.events.count(*now)) {
            d.renamed.emplace_back(id, *now);
            renamed_to.insert(*now);
            if (fields) {
                std::vector<std::string> changed = ChangedFields(e, to.events.at(*now), true);
                if (!changed.empty()) d.corrected.push_back({*now, std::move(changed)});
            }
            continue;
        }
        auto why = to.removed.find(id);
        d.removed.emplace_back(id, why == to.removed.end() ? std::string() : why->second);
    }
    for (const auto& [id, e] : to.events)
        if (!from.events.count(id) && !renamed_to.count(id)) d.added.push_back(id);
    return d;
}

std::optional<ReleaseDiff> DiffSinceRelease(const ReleaseRecord& record, std::string_view since, const Dataset& ds) {
    std::optional<Snapshot> from = record.At(since);
    if (!from) return std::nullopt;
    // The dataset as a snapshot; removals and renames over the whole record (the dataset may be newer than its last
    // release, whose At() then lists every reason recorded).
    Snapshot to = *record.At(record.releases.back().version);
    to.version = ds.version;
    to.events.clear();
    for (const Event& e : ds.events) to.events[e.id.str()].hash = e.content_hash;
    for (const auto& [alias, id] : ds.event_aliases)
        if (auto it = to.events.find(id); it != to.events.end()) it->second.aliases.push_back(alias);
    return DiffSnapshots(*from, to);
}

std::string FormatReleaseDiff(const ReleaseDiff& d) {
    auto name = [](const std::string& v) { return v.empty() ? std::string("(no version)") : v; };
    std::string s = "From " + name(d.from_version) + " to " + name(d.to_version) + ": " + std::to_string(d.added.size()) +
                    " new, " + std::to_string(d.corrected.size()) + " corrected, " + std::to_string(d.renamed.size()) +
                    " renamed, " + std::to_string(d.removed.size()) + " removed, " + std::to_string(d.unchanged) +
                    " unchanged.\n";
    if (!d.added.empty()) {
        s += "\nNew (" + std::to_string(d.added.size()) + "):\n";
        for (const std::string& id : d.added) s += "  " + id + "\n";
    }
    if (!d.corrected.empty()) {
        s += "\nCorrected (" + std::to_string(d.corrected.size()) + "):\n";
        for (const EventChange& c : d.corrected) {
            s += "  " + c.id;
            for (size_t i = 0; i < c.fields.size(); ++i) s += (i ? ", " : ": ") + c.fields[i];
            s += "\n";
        }
    }
    if (!d.renamed.empty()) {
        s += "\nRenamed (" + std::to_string(d.renamed.size()) + "):\n";
        for (const auto& [from, to] : d.renamed) s += "  " + from + " -> " + to + "\n";
    }
    if (!d.removed.empty()) {
        s += "\nRemoved (" + std::to_string(d.removed.size()) + "):\n";
        for (const auto& [id, why] : d.removed) s += "  " + id + (why.empty() ? "" : ": " + why) + "\n";
    }
    return s;
}

}  // namespace rift
