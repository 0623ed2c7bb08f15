// Tests for core/release: canonical hashes, the release record's fold, write/read round trip, and diffs.
#include "core/release.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/dataset.h"
#include "core/json_io.h"
#include "core/load.h"
#include "fixture.h"

namespace rift {

namespace {

nlohmann::json Parse(std::string_view text) {
    nlohmann::json j;
    EXPECT_TRUE(ParseJson(text, j)) << text;
    return j;
}

Snapshot SnapshotText(std::string_view text) {
    std::string error;
    auto s = SnapshotOfDataset(text, error);
    EXPECT_TRUE(s.has_value()) << error;
    return s.value_or(Snapshot{});
}

constexpr std::string_view kV1 = R"({"version": "v1", "events": [
 {"id": "a", "title": "A", "severity": 2},
 {"id": "b", "title": "B", "severity": 3},
 {"id": "c-old", "title": "C", "severity": 1},
 {"id": "d", "title": "D", "severity": 1}]})";
// b corrected (title, severity), c renamed (its id had a wrong date) and corrected, d removed, e new.
constexpr std::string_view kV2 = R"({"version": "v2", "events": [
 {"severity": 2, "title": "A", "id": "a"},
 {"id": "b", "title": "B corrected", "severity": 4},
 {"id": "c-new", "aliases": ["c-old"], "title": "C", "severity": 2},
 {"id": "e", "title": "E", "severity": 5}]})";

}  // namespace

TEST(Release, HashIgnoresKeyOrderAndSpacing) {
    const auto a = Parse(R"({"id":"x","title":"T","targets":["CN","US"],"severity":3})");
    const auto b = Parse(R"({ "severity": 3,
        "targets": [ "CN", "US" ], "title": "T", "id": "x" })");
    EXPECT_EQ(CanonicalJson(a), R"({"id":"x","severity":3,"targets":["CN","US"],"title":"T"})");
    EXPECT_EQ(EventHash(a), EventHash(b));
    // Order inside arrays is content.
    EXPECT_NE(EventHash(a), EventHash(Parse(R"({"id":"x","title":"T","targets":["US","CN"],"severity":3})")));
    // FNV-1a 64 of the empty object "{}" (offset basis, then '{' and '}').
    EXPECT_EQ(HashHex(EventHash(Parse("{}"))), "08f44b07b5901a25");
}

TEST(Release, CanonicalTextEscapesAsDump) {
    const auto j = Parse(R"({"b":"line\nbreak \"q\" \u00e9 \u0001","a":[1,-2,2.5,true,null]})");
    EXPECT_EQ(CanonicalJson(j), j.dump());
}

TEST(Release, HashHexRoundTrip) {
    EXPECT_EQ(HashHex(0x0123456789abcdefull), "0123456789abcdef");
    EXPECT_EQ(ParseHashHex("0123456789abcdef"), 0x0123456789abcdefull);
    EXPECT_FALSE(ParseHashHex("0123456789ABCDEF"));
    EXPECT_FALSE(ParseHashHex("0123"));
    EXPECT_FALSE(ParseHashHex("0123456789abcdeg"));
}

TEST(Release, SnapshotNeedsIds) {
    std::string error;
    EXPECT_FALSE(SnapshotOfDataset(R"({"events":[{"title":"x"}]})", error));
    EXPECT_NE(error.find("$.events[0]"), std::string::npos) << error;
    EXPECT_FALSE(SnapshotOfDataset(R"({"events":[{"id":"a"},{"id":"a"}]})", error));
    EXPECT_NE(error.find("duplicate id"), std::string::npos) << error;
    EXPECT_FALSE(SnapshotOfDataset("[", error));
    EXPECT_FALSE(SnapshotOfDataset("[]", error));
}

TEST(Release, DiffOfTwoFilesNamesFields) {
    const ReleaseDiff d = DiffSnapshots(SnapshotText(kV1), SnapshotText(kV2));
    EXPECT_EQ(d.from_version, "v1");
    EXPECT_EQ(d.to_version, "v2");
    EXPECT_EQ(d.added, std::vector<std::string>{"e"});
    ASSERT_EQ(d.corrected.size(), 2u);
    EXPECT_EQ(d.corrected[0].id, "b");
    EXPECT_EQ(d.corrected[0].fields, (std::vector<std::string>{"severity", "title"}));
    EXPECT_EQ(d.corrected[1].id, "c-new");  // renamed and corrected: the fields beyond id and aliases
    EXPECT_EQ(d.corrected[1].fields, std::vector<std::string>{"severity"});
    ASSERT_EQ(d.renamed.size(), 1u);
    EXPECT_EQ(d.renamed[0], (std::pair<std::string, std::string>{"c-old", "c-new"}));
    ASSERT_EQ(d.removed.size(), 1u);
    EXPECT_EQ(d.removed[0].first, "d");
    EXPECT_EQ(d.unchanged, 1u);  // a: same content, other key order
    const std::string report = FormatReleaseDiff(d);
    EXPECT_NE(report.find("From v1 to v2: 1 new, 2 corrected, 1 renamed, 1 removed, 1 unchanged."), std::string::npos)
        << report;
    EXPECT_NE(report.find("  b: severity, title\n"), std::string::npos) << report;
    EXPECT_NE(report.find("  c-old -> c-new\n"), std::string::npos) << report;
    EXPECT_TRUE(DiffSnapshots(SnapshotText(kV2), SnapshotText(kV2)).Empty());
}

TEST(Release, AppendNeedsReasonsAndFolds) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(SnapshotText(kV1), "2026-01-01", {}, error)) << error;
    // d is gone without being renamed: a reason is required.
    EXPECT_FALSE(record.Append(SnapshotText(kV2), "2026-02-01", {}, error));
    EXPECT_NE(error.find(" d"), std::string::npos) << error;
    ASSERT_TRUE(record.Append(SnapshotText(kV2), "2026-02-01", {{"d", "a duplicate of b"}}, error)) << error;
    ASSERT_EQ(record.releases.size(), 2u);
    const Release& r = record.releases[1];
    EXPECT_EQ(r.event_count, 4u);
    EXPECT_EQ(r.set.size(), 3u);  // b, c-new, e: a is unchanged
    EXPECT_EQ(r.renamed.at("c-old"), "c-new");
    EXPECT_EQ(r.removed.at("d"), "a duplicate of b");

    // The fold gives each release's hashes back.
    for (std::string_view text : {kV1, kV2}) {
        const Snapshot file = SnapshotText(text);
        const auto recorded = record.At(file.version);
        ASSERT_TRUE(recorded);
        EXPECT_TRUE(DiffSnapshots(*recorded, file).Empty()) << FormatReleaseDiff(DiffSnapshots(*recorded, file));
    }
    EXPECT_FALSE(record.At("v3"));

    // Against the record, corrections have no fields; removals have their reason.
    const ReleaseDiff d = DiffSnapshots(*record.At("v1"), *record.At("v2"));
    EXPECT_EQ(d.added, std::vector<std::string>{"e"});
    ASSERT_EQ(d.corrected.size(), 1u);
    EXPECT_EQ(d.corrected[0].id, "b");
    EXPECT_TRUE(d.corrected[0].fields.empty());
    EXPECT_EQ(d.renamed.size(), 1u);
    ASSERT_EQ(d.removed.size(), 1u);
    EXPECT_EQ(d.removed[0].second, "a duplicate of b");

    // The same version again: unchanged content is a no-op, other content is refused.
    EXPECT_TRUE(record.Append(SnapshotText(kV2), "2026-03-01", {}, error)) << error;
    EXPECT_EQ(record.releases.size(), 2u);
    Snapshot edited = SnapshotText(kV2);
    edited.events.at("a").hash ^= 1;
    EXPECT_FALSE(record.Append(edited, "2026-03-01", {}, error));
    EXPECT_NE(error.find("bump version"), std::string::npos) << error;
    EXPECT_FALSE(record.Append(SnapshotText(kV1), "2026-03-01", {}, error));  // an older version again
    Snapshot v3 = SnapshotText(kV2);
    v3.version = "v3";
    EXPECT_FALSE(record.Append(v3, "March", {}, error));
}

TEST(Release, RenamesChainAcrossReleases) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(SnapshotText(R"({"version":"1","events":[{"id":"x"}]})"), "2026-01-01", {}, error));
    ASSERT_TRUE(record.Append(SnapshotText(R"({"version":"2","events":[{"id":"y","aliases":["x"]}]})"), "2026-01-02", {}, error));
    ASSERT_TRUE(record.Append(SnapshotText(R"({"version":"3","events":[{"id":"z","aliases":["x","y"]}]})"), "2026-01-03", {}, error));
    const ReleaseDiff d = DiffSnapshots(*record.At("1"), *record.At("3"));
    ASSERT_EQ(d.renamed.size(), 1u);
    EXPECT_EQ(d.renamed[0].second, "z");
    EXPECT_TRUE(d.added.empty());
    EXPECT_TRUE(d.removed.empty());
}

TEST(Release, WriteReadRoundTrip) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(SnapshotText(kV1), "2026-01-01", {}, error));
    ASSERT_TRUE(record.Append(SnapshotText(kV2), "2026-02-01", {{"d", "merged into \"b\""}}, error));
    const std::string text = WriteReleaseRecord(record);
    const auto back = ParseReleaseRecord(text, error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(WriteReleaseRecord(*back), text);
    ASSERT_EQ(back->releases.size(), 2u);
    EXPECT_EQ(back->releases[1].removed.at("d"), "merged into \"b\"");
    EXPECT_EQ(back->releases[1].set, record.releases[1].set);
    // One id a line, so a release's diff in git is one line per changed event.
    EXPECT_NE(text.find("\n    \"e\": \""), std::string::npos) << text;
}

TEST(Release, ParseRejectsWhatDoesNotFold) {
    std::string error;
    EXPECT_TRUE(ParseReleaseRecord(R"({"releases":[]})", error)) << error;
    const std::pair<std::string_view, std::string_view> bad[] = {
        {"[]", "$: must be an object"},
        {"{", "not valid JSON"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":1,"set":{"a":"0123"}}]})", "$.releases[0].set.a"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":2,"set":{"a":"0123456789abcdef"}}]})",
         "gives 1 events, not 2"},
        {R"({"releases":[{"version":"1","date":"1 Jan","events":0}]})", "$.releases[0].date"},
        {R"({"releases":[{"version":"","date":"2026-01-01","events":0}]})", "$.releases[0].version"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":-1}]})", "$.releases[0].events"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":0},{"version":"1","date":"2026-01-02","events":0}]})",
         "recorded twice"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":0,"removed":{"a":1}}]})", "$.releases[0].removed.a"},
        {R"({"releases":[{"version":"1","date":"2026-01-01","events":0,"renamed":[]}]})", "$.releases[0].renamed"},
    };
    for (const auto& [text, expected] : bad) {
        EXPECT_FALSE(ParseReleaseRecord(text, error)) << text;
        EXPECT_NE(error.find(expected), std::string::npos) << text << " -> " << error;
    }
}

namespace {

std::vector<std::string> Ids(const std::vector<EventChange>& changes) {
    std::vector<std::string> ids;
    for (const EventChange& c : changes) ids.push_back(c.id);
    return ids;
}

}  // namespace

// The page's "what changed since": a loaded dataset (hashes taken at load) against an older release of the record.
TEST(Release, DiffSinceReleaseOfALoadedDataset) {
    const std::string text = test::ReadFixture("families/events.json");
    const std::string vendors = test::ReadFixture("families/vendors.json");
    // The release before: without the Instagram block (new since), with another title for the app ban (corrected),
    // the divestment under its former id (renamed since) and an event dropped since (removed).
    nlohmann::json old = Parse(text);
    old["version"] = "families-0";
    nlohmann::json events = nlohmann::json::array();
    for (nlohmann::json e : old["events"]) {
        const std::string id = e["id"].get<std::string>();
        if (id == "ru-2022-03-14-instagram-block") continue;
        if (id == "in-2020-06-29-apps") e["title"] = "India bans 59 apps";
        if (id == "us-2023-03-bytedance-divest") {
            e["id"] = "us-2023-old-id";
            e.erase("aliases");
        }
        events.push_back(e);
    }
    events.push_back({{"id", "xx-2020-01-01-duplicate"}, {"title", "A duplicate"}});
    old["events"] = events;

    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(SnapshotText(old.dump()), "2026-01-01", {}, error)) << error;

    LoadOptions options;
    options.link_version = "families-0";  // a link made with the release before: the events are hashed
    LoadResult loaded = LoadDataset(text, vendors, options);
    ASSERT_TRUE(loaded.ok());
    const Dataset& ds = *loaded.dataset;
    EXPECT_TRUE(ds.content_hashed);
    // The current data is newer than the record's last release: the diff still runs, without reasons for removals.
    auto d = DiffSinceRelease(record, "families-0", ds);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->from_version, "families-0");
    EXPECT_EQ(d->to_version, "families-1");
    EXPECT_EQ(d->added, std::vector<std::string>{"ru-2022-03-14-instagram-block"});
    EXPECT_EQ(Ids(d->corrected), std::vector<std::string>{"in-2020-06-29-apps"});
    EXPECT_TRUE(d->corrected[0].fields.empty());
    ASSERT_EQ(d->renamed.size(), 1u);
    EXPECT_EQ(d->renamed[0], (std::pair<std::string, std::string>{"us-2023-old-id", "us-2023-03-bytedance-divest"}));
    ASSERT_EQ(d->removed.size(), 1u);
    EXPECT_EQ(d->removed[0], (std::pair<std::string, std::string>{"xx-2020-01-01-duplicate", ""}));
    EXPECT_EQ(d->unchanged, 1u);

    // Once the current data is recorded, removals have their reason and the data against its own release is empty.
    ASSERT_TRUE(record.Append(SnapshotText(text), "2026-02-01", {{"xx-2020-01-01-duplicate", "a duplicate"}}, error))
        << error;
    d = DiffSinceRelease(record, "families-0", ds);
    ASSERT_TRUE(d);
    ASSERT_EQ(d->removed.size(), 1u);
    EXPECT_EQ(d->removed[0].second, "a duplicate");
    d = DiffSinceRelease(record, "families-1", ds);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->Empty()) << FormatReleaseDiff(*d);

    // A version the record does not know.
    EXPECT_FALSE(DiffSinceRelease(record, "families-9", ds));
    EXPECT_FALSE(DiffSinceRelease(ReleaseRecord{}, "families-1", ds));

    // No hashes (they cost a good part of a load) without such a link, for a link with the file's own version, and
    // in the first-view file, which has no summaries or sources (the page waits for the full file).
    LoadOptions first = options;
    first.first_view = true;
    LoadOptions same;
    same.link_version = "families-1";
    for (const LoadOptions& o : {LoadOptions{}, same, first}) {
        LoadResult r = LoadDataset(text, vendors, o);
        ASSERT_TRUE(r.ok());
        EXPECT_FALSE(r.dataset->content_hashed);
        for (const Event& e : r.dataset->events) EXPECT_EQ(e.content_hash, 0u) << e.id.view();
    }
}

// The built-in data against each release in data/releases.json: the same answer as rift-diff's (the file's
// snapshot), whatever the data and the record hold.
TEST(Release, DiffSinceReleaseOfTheBuiltInData) {
    std::string error;
    const auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 64u << 20, error);
    const auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 64u << 20, error);
    const auto record_text = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/releases.json", 64u << 20, error);
    ASSERT_TRUE(events && vendors && record_text) << error;
    const auto record = ParseReleaseRecord(*record_text, error);
    ASSERT_TRUE(record) << error;
    ASSERT_FALSE(record->releases.empty());
    LoadOptions options;
    options.link_version = "a link's other version";
    LoadResult loaded = LoadDataset(*events, *vendors, options);
    ASSERT_TRUE(loaded.ok());
    const Snapshot file = SnapshotText(*events);
    for (const Release& r : record->releases) {
        const auto d = DiffSinceRelease(*record, r.version, *loaded.dataset);
        ASSERT_TRUE(d) << r.version;
        const ReleaseDiff expected = DiffSnapshots(*record->At(r.version), file);
        EXPECT_EQ(d->added, expected.added) << r.version;
        EXPECT_EQ(Ids(d->corrected), Ids(expected.corrected)) << r.version;
        EXPECT_EQ(d->renamed, expected.renamed) << r.version;
        EXPECT_EQ(d->removed, expected.removed) << r.version;
        EXPECT_EQ(d->unchanged, expected.unchanged) << r.version;
    }
}

}  // namespace rift
