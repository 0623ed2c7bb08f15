// Tests for core/geo: the real world map asset, hit testing, and refusing truncated or corrupt bytes.
#include "core/geo.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "core/io.h"

namespace rift {

namespace {

std::vector<uint8_t> AssetBytes() {
    std::string error;
    auto text = ReadFile(std::string(RIFT_SOURCE_DIR) + "/assets/world.bin", 1u << 22, error);
    EXPECT_TRUE(text) << error;
    if (!text) return {};
    return std::vector<uint8_t>(text->begin(), text->end());
}

// The centre of the country's largest triangle: inside it and inside no other country.
MapPoint InsidePoint(const WorldMap& map, const MapCountry& c) {
    MapPoint best;
    float best_area = -1;
    const MapPoint* v = map.vertices.data() + c.vertex_begin;
    for (uint32_t k = 0; k < c.index_count; k += 3) {
        const MapPoint a = v[map.indices[c.index_begin + k]], b = v[map.indices[c.index_begin + k + 1]],
                       d = v[map.indices[c.index_begin + k + 2]];
        const float area = std::abs((b.x - a.x) * (d.y - a.y) - (d.x - a.x) * (b.y - a.y));
        if (area > best_area) {
            best_area = area;
            best = {(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3};
        }
    }
    return best;
}

std::optional<WorldMap> Parse(const std::vector<uint8_t>& bytes, std::string& error) {
    return ParseWorldMap(std::span<const uint8_t>(bytes.data(), bytes.size()), error);
}

void PutU32(std::vector<uint8_t>& bytes, size_t at, uint32_t v) {
    for (int k = 0; k < 4; ++k) bytes[at + static_cast<size_t>(k)] = static_cast<uint8_t>(v >> (8 * k));
}

}  // namespace

TEST(Geo, ParsesTheAsset) {
    const auto bytes = AssetBytes();
    std::string error;
    const auto map = Parse(bytes, error);
    ASSERT_TRUE(map) << error;
    EXPECT_GT(map->countries.size(), 170u);
    EXPECT_GT(map->vertices.size(), 5000u);
    EXPECT_LT(map->min.x, 0.0f);
    EXPECT_GT(map->max.x, 0.0f);
    EXPECT_GT(map->max.x - map->min.x, map->max.y - map->min.y);  // wider than high
    for (const char* code : {"US", "CN", "DE", "JP", "AU", "BR", "IN", "GB", "RU", "TW", "NL"}) {
        const MapCountry* c = map->Find(code);
        ASSERT_NE(c, nullptr) << code;
        EXPECT_FALSE(c->IsDot()) << code;
        EXPECT_GT(c->index_count, 0u) << code;
        EXPECT_GE(c->ring_count, 1u) << code;
    }
    // Too small for 1:110 million, but in the dataset: dots at their centroid.
    for (const char* code : {"SG", "KY"}) {
        const MapCountry* c = map->Find(code);
        ASSERT_NE(c, nullptr) << code;
        EXPECT_TRUE(c->IsDot()) << code;
    }
    EXPECT_EQ(map->Find("EU"), nullptr);
    EXPECT_EQ(map->Find("AQ"), nullptr);
    // Geography, in screen orientation: y grows to the south, x to the east.
    EXPECT_LT(map->Find("US")->label.x, map->Find("CN")->label.x);
    EXPECT_LT(map->Find("GB")->label.y, map->Find("AU")->label.y);
    EXPECT_LT(map->Find("DE")->label.y, map->Find("IN")->label.y);
}

TEST(Geo, HitTestFindsCountriesAndTheSea) {
    const auto bytes = AssetBytes();
    std::string error;
    const auto map = Parse(bytes, error);
    ASSERT_TRUE(map) << error;
    for (const char* code : {"US", "CN", "DE", "JP", "AU", "BR", "IN", "GB", "CH", "LS"}) {
        const MapCountry* c = map->Find(code);
        ASSERT_NE(c, nullptr) << code;
        const MapPoint p = InsidePoint(*map, *c);
        EXPECT_EQ(HitTest(*map, p.x, p.y), c) << code;
    }
    // The South Atlantic, between Brazil and Angola, and the corners outside the globe.
    const MapCountry *br = map->Find("BR"), *ao = map->Find("AO");
    ASSERT_TRUE(br && ao);
    EXPECT_EQ(HitTest(*map, (br->max.x + ao->min.x) / 2, br->label.y), nullptr);
    EXPECT_EQ(HitTest(*map, map->min.x, map->max.y), nullptr);
    EXPECT_EQ(HitTest(*map, map->max.x, map->min.y), nullptr);
    // Dots are found within a radius only.
    const MapCountry* sg = map->Find("SG");
    ASSERT_NE(sg, nullptr);
    EXPECT_EQ(HitTest(*map, sg->label.x + 30, sg->label.y, 50), sg);
    EXPECT_NE(HitTest(*map, sg->label.x + 30, sg->label.y, 10), sg);
}

TEST(Geo, RejectsTruncatedAndGarbage) {
    const auto bytes = AssetBytes();
    ASSERT_GT(bytes.size(), 1000u);
    std::string error;
    for (size_t n :
         {size_t{0}, size_t{3}, size_t{27}, size_t{28}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
        const std::vector<uint8_t> prefix(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n));
        error.clear();
        EXPECT_FALSE(Parse(prefix, error)) << n;
        EXPECT_NE(error.find("truncated"), std::string::npos) << n << ": " << error;
    }
    auto longer = bytes;
    longer.push_back(0);
    EXPECT_FALSE(Parse(longer, error));
    EXPECT_NE(error.find("trailing"), std::string::npos) << error;

    std::vector<uint8_t> garbage(bytes.size());
    std::mt19937 rng(7);
    for (auto& b : garbage) b = static_cast<uint8_t>(rng());
    EXPECT_FALSE(Parse(garbage, error));
    EXPECT_NE(error.find("magic"), std::string::npos) << error;

    auto bad_version = bytes;
    bad_version.at(4) = 9;  // (at: the copy is never empty, which g++ cannot see)
    EXPECT_FALSE(Parse(bad_version, error));
    EXPECT_NE(error.find("version"), std::string::npos) << error;

    // The first country's vertex range pointing past the table, and then a wild triangle index.
    auto bad_range = bytes;
    PutU32(bad_range, 28 + 12, 0xFFFFFFF0u);
    EXPECT_FALSE(Parse(bad_range, error));
    EXPECT_NE(error.find("out of range"), std::string::npos) << error;
    auto bad_index = bytes;
    bad_index[bytes.size() - 2] = 0xFF;
    bad_index[bytes.size() - 1] = 0xFF;
    EXPECT_FALSE(Parse(bad_index, error));
    EXPECT_NE(error.find("index out of range"), std::string::npos) << error;
    auto bad_code = bytes;
    bad_code.at(28) = '?';
    EXPECT_FALSE(Parse(bad_code, error));
    EXPECT_NE(error.find("bad code"), std::string::npos) << error;
}

TEST(Geo, SurvivesRandomCorruption) {
    // Flipped bytes anywhere must give a map or an error, never a crash or an out-of-bounds read.
    const auto bytes = AssetBytes();
    std::mt19937 rng(42);
    int rejected = 0;
    for (int round = 0; round < 300; ++round) {
        auto copy = bytes;
        const size_t span = round % 2 ? copy.size() : std::min<size_t>(copy.size(), 28 + 28 * 240);
        for (int k = 0; k < 4; ++k) copy[rng() % span] = static_cast<uint8_t>(rng());
        std::string error;
        const auto map = Parse(copy, error);
        if (!map) {
            ++rejected;
            EXPECT_FALSE(error.empty());
            continue;
        }
        for (const MapCountry& c : map->countries) {
            const MapPoint p = c.label;
            HitTest(*map, p.x, p.y, 10);
        }
    }
    EXPECT_GT(rejected, 0);
}

}  // namespace rift
