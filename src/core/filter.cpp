// The filter: a date-range binary search, then one pass over compact columns with bitmask tests (text: one scan
// of the search-text arena and the name columns, visiting only the events with a hit).
#include "core/filter.h"

#include "core/countries.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace rift {

bool FilterSpec::IsEmpty() const {
    return !from && !to && actors.empty() && targets.empty() && vendors.empty() && measures.empty() &&
           sectors.empty() && statuses.empty() && text.empty();
}

namespace {

// A spec compiled against one dataset: codes become bit sets.
struct Compiled {
    bool impossible = false;  // a listed code does not exist in the dataset at all
    int32_t lo = std::numeric_limits<int32_t>::min(), hi = std::numeric_limits<int32_t>::max();
    std::vector<uint8_t> actor, target, vendor;  // empty: any
    uint32_t measure = ~0u, sector = ~0u, status = ~0u;
    std::string text;
    std::vector<uint8_t> text_country, text_vendor;  // countries / vendors whose names contain `text`
    bool text_countries = false, text_vendors = false;  // any of them does
};

template <typename Lookup>
std::vector<uint8_t> CodeSet(const std::vector<std::string>& codes, size_t universe, Lookup lookup, bool& impossible) {
    if (codes.empty()) return {};
    std::vector<uint8_t> set(universe, 0);
    bool any = false;
    for (const std::string& c : codes)
        if (auto id = lookup(c)) { set[*id] = 1; any = true; }
    if (!any) impossible = true;
    return set;
}

template <typename E>
uint32_t Mask(const std::vector<E>& values) {
    if (values.empty()) return ~0u;
    uint32_t m = 0;
    for (E v : values) m |= 1u << static_cast<unsigned>(v);
    return m;
}

Compiled Compile(const Dataset& ds, const FilterSpec& spec, std::optional<Facet> skip = std::nullopt) {
    Compiled c;
    if (spec.from) c.lo = spec.from->day;
    if (spec.to) c.hi = UpperBoundDay(*spec.to);
    auto country = [&](const std::string& s) { return ds.FindCountry(s); };
    auto vendor = [&](const std::string& s) { return ds.FindVendor(s); };
    if (skip != Facet::Actor) c.actor = CodeSet(spec.actors, ds.countries.size(), country, c.impossible);
    if (skip != Facet::Target) c.target = CodeSet(spec.targets, ds.countries.size(), country, c.impossible);
    if (skip != Facet::Vendor) c.vendor = CodeSet(spec.vendors, ds.vendors.size(), vendor, c.impossible);
    if (skip != Facet::Measure) c.measure = Mask(spec.measures);
    if (skip != Facet::Sector) c.sector = Mask(spec.sectors);
    if (skip != Facet::Status) c.status = Mask(spec.statuses);
    c.text = AsciiLower(spec.text);
    if (!c.text.empty()) {
        auto contains = [&](std::string_view name) { return AsciiLower(name).find(c.text) != std::string::npos; };
        c.text_country.assign(ds.countries.size(), 0);
        for (CountryId id = 0; id < ds.countries.size(); ++id) {
            const CountryName* cn = rift::FindCountry(ds.countries[id]);
            if (contains(ds.countries[id]) || (cn && (contains(cn->en) || contains(cn->de)))) {
                c.text_country[id] = 1;
                c.text_countries = true;
            }
        }
        c.text_vendor.assign(ds.vendors.size(), 0);
        for (VendorId v = 0; v < ds.vendors.size(); ++v)
            if (contains(ds.vendors[v].name)) {
                c.text_vendor[v] = 1;
                c.text_vendors = true;
            }
    }
    return c;
}

bool AnyIn(const std::vector<uint8_t>& set, const std::vector<uint16_t>& values, uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k)
        if (set[values[k]]) return true;
    return false;
}

// Position of the first `needle` (at least 2 bytes) that starts in [from, end - needle.size()] of `base`, or `end`.
// Eight candidate starts at a time are tested on their first and last byte with 64-bit word operations (the same on
// x86 and wasm32, which share no SIMD), and only the rare starts that agree on both are compared in full.
size_t FindText(const char* base, size_t from, size_t end, std::string_view needle) {
    const size_t m = needle.size();
    if (end < from + m) return end;
    const size_t last = end - m;  // the last possible start
    const char* rest = needle.data() + 1;
    auto rest_matches = [&](size_t q) {  // needle[1, m - 1) at q + 1; inline: a memcmp call costs more than it saves
        for (size_t k = 0; k + 2 < m; ++k)
            if (base[q + 1 + k] != rest[k]) return false;
        return true;
    };
    size_t p = from;
    if constexpr (std::endian::native == std::endian::little) {
        constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
        const uint64_t first_byte = kOnes * static_cast<uint8_t>(needle.front());
        const uint64_t final_byte = kOnes * static_cast<uint8_t>(needle.back());
        for (; p + 8 <= last + 1; p += 8) {
            uint64_t a, b;
            std::memcpy(&a, base + p, 8);
            std::memcpy(&b, base + p + m - 1, 8);  // p + 7 <= last, so this ends before `end`
            const uint64_t x = (a ^ first_byte) | (b ^ final_byte);
            uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);  // 0x80 in each byte of x that is 0, exactly
            while (zero) {
                const size_t q = p + static_cast<size_t>(std::countr_zero(zero)) / 8;
                if (rest_matches(q)) return q;
                zero &= zero - 1;
            }
        }
    }
    for (; p <= last; ++p)
        if (base[p] == needle.front() && base[p + m - 1] == needle.back() && rest_matches(p)) return p;
    return end;
}

// The events, in increasing order, that have a hit in one column stored as per-event parts laid end to end (the
// search texts, the target lists, the vendor lists). The column is scanned once as a whole, not part by part, and
// each hit is mapped back to its event through the offsets `begin`. find(from, end) gives the position of the next
// hit in [from, end), or `end`; a hit `width` elements long counts only when it lies within one event's part (text:
// no match across the end of one event's text into the next).
template <typename Find>
class Hits {
public:
    Hits(const uint32_t* begin, size_t last, size_t width, Find find)
        : m_begin(begin), m_last(last), m_width(width), m_find(std::move(find)) {}

    // The first event at or after i (i < last) with a hit, or `last`; i must not decrease from one call to the next.
    size_t Next(size_t i) {
        if (!m_started || m_next < i) {
            m_started = true;
            m_next = Advance(i);
        }
        return m_next;
    }

private:
    size_t Advance(size_t i) const {
        const size_t end = m_begin[m_last];
        for (size_t from = m_begin[i];;) {
            const size_t pos = m_find(from, end);
            if (pos >= end) return m_last;
            // The event whose part holds `pos`: gallop forward from i (hits are mostly near), then bisect.
            size_t lo = i, step = 1;
            while (i + step < m_last && m_begin[i + step] <= pos) {
                lo = i + step;
                step *= 2;
            }
            const uint32_t* up = std::upper_bound(m_begin + lo + 1, m_begin + std::min(i + step, m_last), pos);
            const auto e = static_cast<size_t>(up - m_begin) - 1;
            if (pos + m_width <= m_begin[e + 1]) return e;
            // Any later hit in event e runs past its end too.
            i = e + 1;
            if (i == m_last) return m_last;
            from = m_begin[i];
        }
    }

    const uint32_t* m_begin;
    size_t m_last, m_width;
    Find m_find;
    size_t m_next = 0;       // the first event with a hit at or after the last one asked about
    bool m_started = false;  // m_next is known
};

template <typename Find>
Hits<Find> MakeHits(const std::vector<uint32_t>& begin, size_t last, size_t width, Find find) {
    return Hits<Find>(begin.data(), last, width, std::move(find));
}

// Finds the first code in [from, end) of `codes` that is in `set`.
auto CodeIn(const std::vector<uint16_t>& codes, const std::vector<uint8_t>& set) {
    return [&codes, &set](size_t from, size_t end) {
        while (from < end && !set[codes[from]]) ++from;
        return from;
    };
}

// Calls fn(i) for every event in [first, last) that matches `c`, whose text is not empty, in date order: only the
// events whose search text contains it, or whose actor's, a target's or a vendor's name does, are visited, and
// the other constraints are tested on them alone.
template <typename Passes, typename Fn>
void ForEachTextMatch(const Columns& col, const Compiled& c, size_t first, size_t last, Passes&& passes, Fn&& fn) {
    const std::string_view needle = c.text;
    auto text = MakeHits(col.text_begin, last, needle.size(), [&](size_t from, size_t end) {
        if (needle.size() > 1) return FindText(col.text.data(), from, end, needle);
        const void* hit = std::memchr(col.text.data() + from, needle[0], end - from);
        return hit ? static_cast<size_t>(static_cast<const char*>(hit) - col.text.data()) : end;
    });
    auto targets = MakeHits(col.target_begin, last, 1, CodeIn(col.targets, c.text_country));
    auto vendors = MakeHits(col.vendor_begin, last, 1, CodeIn(col.vendors, c.text_vendor));
    size_t next_actor = first;  // no event in [i, next_actor) has an actor whose name contains the text
    for (size_t i = first; i < last; ++i) {
        size_t next = text.Next(i);
        if (c.text_countries) {
            if (next_actor < i) next_actor = i;
            while (next_actor < next && !c.text_country[col.actor[next_actor]]) ++next_actor;
            next = std::min({next, next_actor, targets.Next(i)});
        }
        if (c.text_vendors) next = std::min(next, vendors.Next(i));
        if (next >= last) return;
        i = next;
        if (passes(i)) fn(static_cast<EventIndex>(i));
    }
}

// Calls fn(i) for every event matching `c`, in date order.
template <typename Fn>
void ForEachMatch(const Dataset& ds, const Compiled& c, Fn&& fn) {
    if (c.impossible || c.lo > c.hi) return;
    const Columns& col = ds.cols;
    const auto first = std::lower_bound(col.day.begin(), col.day.end(), c.lo) - col.day.begin();
    const auto last = std::upper_bound(col.day.begin(), col.day.end(), c.hi) - col.day.begin();
    const bool by_actor = !c.actor.empty(), by_target = !c.target.empty(), by_vendor = !c.vendor.empty();
    auto passes = [&](size_t i) {
        if (!((c.measure >> col.measure[i]) & 1u)) return false;
        if (!((c.sector >> col.sector[i]) & 1u)) return false;
        if (!((c.status >> col.status[i]) & 1u)) return false;
        if (by_actor && !c.actor[col.actor[i]]) return false;
        if (by_target && !AnyIn(c.target, col.targets, col.target_begin[i], col.target_begin[i + 1])) return false;
        if (by_vendor && !AnyIn(c.vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1])) return false;
        return true;
    };
    if (!c.text.empty()) {
        ForEachTextMatch(col, c, static_cast<size_t>(first), static_cast<size_t>(last), passes, fn);
        return;
    }
    // The same tests as `passes`, written out: em++ kept that lambda out of line (it has two callers), and a call
    // per event made this loop nearly twice as slow in wasm.
    for (auto i = static_cast<size_t>(first); i < static_cast<size_t>(last); ++i) {
        if (!((c.measure >> col.measure[i]) & 1u)) continue;
        if (!((c.sector >> col.sector[i]) & 1u)) continue;
        if (!((c.status >> col.status[i]) & 1u)) continue;
        if (by_actor && !c.actor[col.actor[i]]) continue;
        if (by_target && !AnyIn(c.target, col.targets, col.target_begin[i], col.target_begin[i + 1])) continue;
        if (by_vendor && !AnyIn(c.vendor, col.vendors, col.vendor_begin[i], col.vendor_begin[i + 1])) continue;
        fn(static_cast<EventIndex>(i));
    }
}

}  // namespace

std::vector<EventIndex> Filter(const Dataset& ds, const FilterSpec& spec) {
    std::vector<EventIndex> out;
    ForEachMatch(ds, Compile(ds, spec), [&](EventIndex i) { out.push_back(i); });
    return out;
}

size_t FacetSize(const Dataset& ds, Facet facet) {
    switch (facet) {
        case Facet::Actor:
        case Facet::Target: return ds.countries.size();
        case Facet::Vendor: return ds.vendors.size();
        case Facet::Measure: return kMeasureCount;
        case Facet::Sector: return kSectorCount;
        case Facet::Status: return kStatusCount;
    }
    return 0;
}

std::vector<uint32_t> FacetCounts(const Dataset& ds, const FilterSpec& spec, Facet facet) {
    std::vector<uint32_t> counts(FacetSize(ds, facet), 0);
    ForEachMatch(ds, Compile(ds, spec, facet),
                 [&](EventIndex i) { ForEachFacetValue(ds.cols, i, facet, [&](auto v) { ++counts[v]; }); });
    return counts;
}

}  // namespace rift
