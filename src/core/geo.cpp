// Parses assets/world.bin with every range checked, and finds the country under a point.
#include "core/geo.h"

#include <algorithm>
#include <cstring>

namespace rift {

// The format, written by tools/gen_map.mjs (all integers little-endian, no padding):
//   header, 28 bytes: char[4] "RMAP", u16 version (1), u16 country count C, i16 min x, min y, max x, max y,
//                     u32 ring count R, u32 vertex count V, u32 index count I (a multiple of 3)
//   C country records, 28 bytes each, sorted by code: char[2] alpha-2 code, i16 label x, i16 label y,
//                     u16 ring count, u32 first ring, u32 first vertex, u32 vertex count, u32 first index,
//                     u32 index count. No rings and no triangles: a dot at the label point.
//   R u16 ring sizes: a country's rings cover its vertex range exactly, each a closed outline
//   V vertices: i16 x, i16 y (projected map units, y to the south)
//   I u16 triangle corner indices, relative to the first vertex of their country
// The file must end exactly after the indices.

namespace {

constexpr size_t kHeaderSize = 28;
constexpr size_t kCountrySize = 28;

// A cursor over the bytes that never reads past the end (callers check Has() first).
class Reader {
  public:
    explicit Reader(std::span<const uint8_t> bytes) : m_bytes(bytes) {}
    bool Has(uint64_t n) const { return n <= m_bytes.size() - m_at; }
    size_t Offset() const { return m_at; }
    uint8_t U8() { return m_bytes[m_at++]; }
    uint16_t U16() {
        const auto lo = static_cast<uint16_t>(U8());
        return static_cast<uint16_t>(lo | (U8() << 8));
    }
    int16_t I16() { return static_cast<int16_t>(U16()); }
    uint32_t U32() {
        const uint32_t lo = U16();
        return lo | (static_cast<uint32_t>(U16()) << 16);
    }

  private:
    std::span<const uint8_t> m_bytes;
    size_t m_at = 0;
};

bool Fail(std::string& error, std::string message) {
    error = "world map: " + std::move(message);
    return false;
}

// Whether a [begin, begin + count) range fits in a table of `size` entries (no overflow: 64-bit sums).
bool InRange(uint32_t begin, uint32_t count, size_t size) {
    return static_cast<uint64_t>(begin) + count <= size;
}

bool ReadCountry(Reader& r, const WorldMap& map, MapCountry& c, std::string& error) {
    for (int k = 0; k < 2; ++k) {
        const uint8_t ch = r.U8();
        if (ch < 'A' || ch > 'Z')
            return Fail(error, "country " + std::to_string(map.countries.size()) + ": bad code");
        c.code[k] = static_cast<char>(ch);
    }
    c.label.x = r.I16();
    c.label.y = r.I16();
    c.ring_count = r.U16();
    c.ring_begin = r.U32();
    c.vertex_begin = r.U32();
    c.vertex_count = r.U32();
    c.index_begin = r.U32();
    c.index_count = r.U32();
    const std::string name(c.Code());
    if (!InRange(c.ring_begin, c.ring_count, map.ring_sizes.size()))
        return Fail(error, name + ": rings out of range");
    if (!InRange(c.vertex_begin, c.vertex_count, map.vertices.size()))
        return Fail(error, name + ": vertices out of range");
    if (!InRange(c.index_begin, c.index_count, map.indices.size()) || c.index_count % 3 != 0)
        return Fail(error, name + ": triangles out of range");
    if (c.vertex_count > 0x10000u) return Fail(error, name + ": too many vertices");
    if ((c.ring_count == 0) != (c.vertex_count == 0) || (c.index_count == 0) != (c.vertex_count == 0))
        return Fail(error, name + ": rings, vertices and triangles disagree");
    return true;
}

// Checks what ReadCountry could not before the tables were read: ring sizes, indices, bounding box.
bool CheckCountry(MapCountry& c, const WorldMap& map, std::string& error) {
    const std::string name(c.Code());
    uint64_t ring_total = 0;
    for (uint32_t k = 0; k < c.ring_count; ++k) {
        const uint32_t n = map.ring_sizes[c.ring_begin + k];
        if (n < 3) return Fail(error, name + ": ring with fewer than 3 vertices");
        ring_total += n;
    }
    if (ring_total != c.vertex_count) return Fail(error, name + ": rings do not cover its vertices");
    for (uint32_t k = 0; k < c.index_count; ++k)
        if (map.indices[c.index_begin + k] >= c.vertex_count)
            return Fail(error, name + ": triangle index out of range");
    c.min = c.max = c.label;
    if (c.vertex_count) c.min = c.max = map.vertices[c.vertex_begin];
    for (uint32_t k = 0; k < c.vertex_count; ++k) {
        const MapPoint p = map.vertices[c.vertex_begin + k];
        c.min.x = std::min(c.min.x, p.x);
        c.min.y = std::min(c.min.y, p.y);
        c.max.x = std::max(c.max.x, p.x);
        c.max.y = std::max(c.max.y, p.y);
    }
    return true;
}

bool Parse(std::span<const uint8_t> bytes, WorldMap& map, std::string& error) {
    Reader r(bytes);
    if (!r.Has(kHeaderSize))
        return Fail(error, "truncated header (" + std::to_string(bytes.size()) + " bytes)");
    if (std::memcmp(bytes.data(), "RMAP", 4) != 0) return Fail(error, "not a Rift map (bad magic)");
    for (int k = 0; k < 4; ++k) r.U8();
    if (const uint16_t version = r.U16(); version != 1)
        return Fail(error, "unsupported version " + std::to_string(version));
    const uint16_t country_count = r.U16();
    map.min.x = r.I16();
    map.min.y = r.I16();
    map.max.x = r.I16();
    map.max.y = r.I16();
    const uint32_t ring_count = r.U32(), vertex_count = r.U32(), index_count = r.U32();
    if (map.min.x > map.max.x || map.min.y > map.max.y) return Fail(error, "empty bounding box");
    if (index_count % 3 != 0) return Fail(error, "index count is not a multiple of 3");
    const uint64_t expected = kHeaderSize + uint64_t{country_count} * kCountrySize +
                              uint64_t{ring_count} * 2 + uint64_t{vertex_count} * 4 +
                              uint64_t{index_count} * 2;
    if (expected != bytes.size())
        return Fail(error, (expected > bytes.size() ? "truncated: " : "trailing bytes: ") +
                               std::to_string(bytes.size()) + " bytes, the header promises " +
                               std::to_string(expected));

    // The tables follow the country records; read them first so that each record is checked against them.
    Reader tables(bytes.subspan(kHeaderSize + size_t{country_count} * kCountrySize));
    map.ring_sizes.resize(ring_count);
    for (uint32_t& n : map.ring_sizes) n = tables.U16();
    map.vertices.resize(vertex_count);
    for (MapPoint& p : map.vertices) {
        p.x = tables.I16();
        p.y = tables.I16();
        if (p.x < map.min.x || p.x > map.max.x || p.y < map.min.y || p.y > map.max.y)
            return Fail(error, "vertex outside the bounding box");
    }
    map.indices.resize(index_count);
    for (uint16_t& i : map.indices) i = tables.U16();

    map.countries.resize(country_count);
    for (MapCountry& c : map.countries)
        if (!ReadCountry(r, map, c, error) || !CheckCountry(c, map, error)) return false;
    for (size_t k = 1; k < map.countries.size(); ++k)
        if (!(map.countries[k - 1].Code() < map.countries[k].Code()))
            return Fail(error, "countries not sorted by code at " + std::string(map.countries[k].Code()));
    return true;
}

bool InTriangle(MapPoint p, MapPoint a, MapPoint b, MapPoint c) {
    const float d1 = (p.x - b.x) * (a.y - b.y) - (a.x - b.x) * (p.y - b.y);
    const float d2 = (p.x - c.x) * (b.y - c.y) - (b.x - c.x) * (p.y - c.y);
    const float d3 = (p.x - a.x) * (c.y - a.y) - (c.x - a.x) * (p.y - a.y);
    const bool neg = d1 < 0 || d2 < 0 || d3<0, pos = d1> 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
}

}  // namespace

const MapCountry* WorldMap::Find(std::string_view code) const {
    auto it = std::lower_bound(countries.begin(), countries.end(), code,
                               [](const MapCountry& c, std::string_view k) { return c.Code() < k; });
    return it != countries.end() && it->Code() == code ? &*it : nullptr;
}

std::optional<WorldMap> ParseWorldMap(std::span<const uint8_t> bytes, std::string& error) {
    WorldMap map;
    if (!Parse(bytes, map, error)) return std::nullopt;
    return map;
}

const MapCountry* HitTest(const WorldMap& map, float x, float y, float dot_radius) {
    const MapPoint p{x, y};
    const MapCountry* nearest_dot = nullptr;
    float best = dot_radius * dot_radius;
    for (const MapCountry& c : map.countries) {
        if (!c.IsDot()) continue;
        const float dx = c.label.x - x, dy = c.label.y - y, d2 = dx * dx + dy * dy;
        if (d2 <= best) {
            best = d2;
            nearest_dot = &c;
        }
    }
    if (nearest_dot) return nearest_dot;
    for (const MapCountry& c : map.countries) {
        if (c.IsDot() || x < c.min.x || x > c.max.x || y < c.min.y || y > c.max.y) continue;
        const MapPoint* v = map.vertices.data() + c.vertex_begin;
        const uint16_t* idx = map.indices.data() + c.index_begin;
        for (uint32_t k = 0; k < c.index_count; k += 3)
            if (InTriangle(p, v[idx[k]], v[idx[k + 1]], v[idx[k + 2]])) return &c;
    }
    return nullptr;
}

}  // namespace rift
