// Tests for core/release: canonical hashes, the release record's fold, write/read round trip, and diffs.
#include "core/release.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/json_io.h"

namespace rift {

namespace {

nlohmann::json Parse(std::string_view text) {
    nlohmann::json j;
    EXPECT_TRUE(ParseJson(text, j)) << text;
    return j;
}

Snapshot Dataset(std::string_view text) {
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
    const ReleaseDiff d = DiffSnapshots(Dataset(kV1), Dataset(kV2));
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
    EXPECT_TRUE(DiffSnapshots(Dataset(kV2), Dataset(kV2)).Empty());
}

TEST(Release, AppendNeedsReasonsAndFolds) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(Dataset(kV1), "2026-01-01", {}, error)) << error;
    // d is gone without being renamed: a reason is required.
    EXPECT_FALSE(record.Append(Dataset(kV2), "2026-02-01", {}, error));
    EXPECT_NE(error.find(" d"), std::string::npos) << error;
    ASSERT_TRUE(record.Append(Dataset(kV2), "2026-02-01", {{"d", "a duplicate of b"}}, error)) << error;
    ASSERT_EQ(record.releases.size(), 2u);
    const Release& r = record.releases[1];
    EXPECT_EQ(r.event_count, 4u);
    EXPECT_EQ(r.set.size(), 3u);  // b, c-new, e: a is unchanged
    EXPECT_EQ(r.renamed.at("c-old"), "c-new");
    EXPECT_EQ(r.removed.at("d"), "a duplicate of b");

    // The fold gives each release's hashes back.
    for (std::string_view text : {kV1, kV2}) {
        const Snapshot file = Dataset(text);
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
    EXPECT_TRUE(record.Append(Dataset(kV2), "2026-03-01", {}, error)) << error;
    EXPECT_EQ(record.releases.size(), 2u);
    Snapshot edited = Dataset(kV2);
    edited.events.at("a").hash ^= 1;
    EXPECT_FALSE(record.Append(edited, "2026-03-01", {}, error));
    EXPECT_NE(error.find("bump version"), std::string::npos) << error;
    EXPECT_FALSE(record.Append(Dataset(kV1), "2026-03-01", {}, error));  // an older version again
    Snapshot v3 = Dataset(kV2);
    v3.version = "v3";
    EXPECT_FALSE(record.Append(v3, "March", {}, error));
}

TEST(Release, RenamesChainAcrossReleases) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(Dataset(R"({"version":"1","events":[{"id":"x"}]})"), "2026-01-01", {}, error));
    ASSERT_TRUE(record.Append(Dataset(R"({"version":"2","events":[{"id":"y","aliases":["x"]}]})"), "2026-01-02", {}, error));
    ASSERT_TRUE(record.Append(Dataset(R"({"version":"3","events":[{"id":"z","aliases":["x","y"]}]})"), "2026-01-03", {}, error));
    const ReleaseDiff d = DiffSnapshots(*record.At("1"), *record.At("3"));
    ASSERT_EQ(d.renamed.size(), 1u);
    EXPECT_EQ(d.renamed[0].second, "z");
    EXPECT_TRUE(d.added.empty());
    EXPECT_TRUE(d.removed.empty());
}

TEST(Release, WriteReadRoundTrip) {
    ReleaseRecord record;
    std::string error;
    ASSERT_TRUE(record.Append(Dataset(kV1), "2026-01-01", {}, error));
    ASSERT_TRUE(record.Append(Dataset(kV2), "2026-02-01", {{"d", "merged into \"b\""}}, error));
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

}  // namespace rift
