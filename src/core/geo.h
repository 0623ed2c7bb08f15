// World map geometry for the Map view: the parser of assets/world.bin (tools/gen_map.mjs) and hit testing.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rift {

// A point in projected map units: x to the east, y to the south (Equal Earth, roughly -32000..32000 wide).
struct MapPoint {
    float x = 0, y = 0;
};

struct MapCountry {
    char code[3] = {};                            // ISO 3166-1 alpha-2, NUL-terminated
    MapPoint label;                               // centroid of the largest ring; the position of a dot
    MapPoint min, max;                            // bounding box of its vertices (the label point for a dot)
    uint32_t vertex_begin = 0, vertex_count = 0;  // into WorldMap::vertices, ring after ring
    uint32_t index_begin = 0, index_count = 0;    // into WorldMap::indices (triangle corners)
    uint32_t ring_begin = 0, ring_count = 0;      // into WorldMap::ring_sizes

    std::string_view Code() const { return {code, 2}; }
    // Too small for the geometry's scale: drawn as a dot at `label`.
    bool IsDot() const { return index_count == 0; }
};

struct WorldMap {
    MapPoint min, max;                  // bounding box of everything
    std::vector<MapCountry> countries;  // sorted by code
    std::vector<MapPoint> vertices;
    std::vector<uint16_t> indices;     // relative to their country's vertex_begin
    std::vector<uint32_t> ring_sizes;  // vertices per closed outline ring

    const MapCountry* Find(std::string_view code) const;
};

// Reads the binary asset; std::nullopt with `error` set when it is truncated, inconsistent or not a map.
std::optional<WorldMap> ParseWorldMap(std::span<const uint8_t> bytes, std::string& error);

// The country whose triangles contain (x, y), or a dot within dot_radius map units of it (dots win: they
// are drawn on top); nullptr over the sea.
const MapCountry* HitTest(const WorldMap& map, float x, float y, float dot_radius = 0.0f);

}  // namespace rift
