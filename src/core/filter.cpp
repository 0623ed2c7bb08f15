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
    // The search, one word at a time: every word must match the event (in any order). `text` etc. are the first
    // word's, which drives the scan of the text arena; `more` are the others, tested on what it finds.
    std::string text;       // lower-case
    std::string text_fold;  // per byte of `text`: 0x20 where it is an ASCII letter, else 0 (see FindText)
    bool text_whole = false;  // the word names a country by code or common name: whole words only ("UK" is no "Ukraine")
    std::vector<uint8_t> text_country, text_vendor;  // countries / vendors the word names
    bool text_countries = false, text_vendors = false;  // any of them does
    std::vector<Compiled> more;
    uint32_t never = 0;  // FacetBit of each facet whose list names no code of the dataset (nothing can match it)
};

constexpr uint32_t FacetBit(Facet f) { return 1u << static_cast<unsigned>(f); }

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

// A byte inside a word: an ASCII letter or digit, or any byte of a UTF-8 sequence (ü, é and other letters).
bool IsWordByte(char ch) {
    const auto b = static_cast<unsigned char>(ch);
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
}

// Whether `word` (lower-case) starts a word of `name`: "chin" in "People's Republic of China".
bool StartsAWord(std::string_view name, std::string_view word) {
    const std::string lower = AsciiLower(name);
    for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1))
        if (at == 0 || !IsWordByte(lower[at - 1])) return true;
    return false;
}

// Common names readers type for a country, beside ISO's names (lower-case, whole words).
struct CountryAlias {
    std::string_view word, code;
};
constexpr CountryAlias kCountryAliases[] = {
    {"uk", "GB"},         {"britain", "GB"},  {"england", "GB"},   {"großbritannien", "GB"}, {"grossbritannien", "GB"},
    {"usa", "US"},        {"america", "US"},  {"amerika", "US"},   {"eu", "EU"},             {"korea", "KR"},
    {"südkorea", "KR"},   {"turkey", "TR"},   {"türkei", "TR"},    {"vietnam", "VN"},        {"russland", "RU"},
    {"holland", "NL"},    {"prc", "CN"},      {"taiwan", "TW"},    {"iran", "IR"},           {"laos", "LA"},
    {"syria", "SY"},      {"syrien", "SY"},   {"moldova", "MD"},   {"tanzania", "TZ"},       {"bolivia", "BO"},
    {"venezuela", "VE"},  {"czech", "CZ"},    {"tschechien", "CZ"},
};

void CompileWord(const Dataset& ds, const std::string& original, Compiled& w) {
    w.text = AsciiLower(original);
    w.text_fold.resize(w.text.size());
    for (size_t k = 0; k < w.text.size(); ++k) w.text_fold[k] = (w.text[k] >= 'a' && w.text[k] <= 'z') ? 0x20 : 0;
    // A code written in capitals ("US", "CN") or a common name ("UK", "Britain") names its country alone.
    std::string_view named;
    if (original.size() == 2 && std::isupper(static_cast<unsigned char>(original[0])) &&
        std::isupper(static_cast<unsigned char>(original[1])) && rift::FindCountry(original))
        named = original;
    for (const CountryAlias& a : kCountryAliases)
        if (a.word == w.text) named = a.code;
    w.text_whole = !named.empty();
    w.text_country.assign(ds.countries.size(), 0);
    for (CountryId id = 0; id < ds.countries.size(); ++id) {
        const CountryName* cn = rift::FindCountry(ds.countries[id]);
        const bool match = named.empty() ? (cn && (StartsAWord(cn->en, w.text) || StartsAWord(cn->de, w.text)))
                                         : ds.countries[id] == named;
        if (match) {
            w.text_country[id] = 1;
            w.text_countries = true;
        }
    }
    w.text_vendor.assign(ds.vendors.size(), 0);
    if (!w.text_whole)
        for (VendorId v = 0; v < ds.vendors.size(); ++v)
            if (StartsAWord(ds.vendors[v].name, w.text) || StartsAWord(ds.vendors[v].id, w.text)) {
                w.text_vendor[v] = 1;
                w.text_vendors = true;
            }
}

Compiled Compile(const Dataset& ds, const FilterSpec& spec, std::optional<Facet> skip = std::nullopt) {
    Compiled c;
    if (spec.from) c.lo = spec.from->day;
    if (spec.to) c.hi = UpperBoundDay(*spec.to);
    auto country = [&](const std::string& s) { return ds.FindCountry(s); };
    auto vendor = [&](const std::string& s) { return ds.FindVendor(s); };
    auto codes = [&](Facet f, const std::vector<std::string>& list, size_t universe, auto lookup) {
        bool none = false;
        std::vector<uint8_t> set = CodeSet(list, universe, lookup, none);
        if (none) {
            c.impossible = true;
            c.never |= FacetBit(f);
        }
        return set;
    };
    if (skip != Facet::Actor) c.actor = codes(Facet::Actor, spec.actors, ds.countries.size(), country);
    if (skip != Facet::Target) c.target = codes(Facet::Target, spec.targets, ds.countries.size(), country);
    if (skip != Facet::Vendor) {
        c.vendor = codes(Facet::Vendor, spec.vendors, ds.vendors.size(), vendor);
        // A company includes its products and subsidiaries (ByteDance: TikTok, CapCut), unless asked for exactly.
        if (!spec.vendor_exact)
            for (VendorId v = 0; v < c.vendor.size(); ++v)
                if (c.vendor[v])
                    for (VendorId member : ds.FamilyOf(v)) c.vendor[member] = 1;
    }
    if (skip != Facet::Measure) c.measure = Mask(spec.measures);
    if (skip != Facet::Sector) c.sector = Mask(spec.sectors);
    if (skip != Facet::Status) c.status = Mask(spec.statuses);
    const std::vector<std::string> words = SearchWords(spec.text);
    for (size_t k = 0; k < words.size(); ++k) {
        Compiled& w = k == 0 ? c : c.more.emplace_back();
        CompileWord(ds, words[k], w);
    }
    return c;
}

bool AnyIn(const std::vector<uint8_t>& set, std::span<const uint16_t> values) {
    for (uint16_t v : values)
        if (set[v]) return true;
    return false;
}

// Position of the first `needle` that starts in [from, end - needle.size()] of `base`, or `end`, ignoring ASCII case:
// `needle` is lower-case and fold[k] is 0x20 where needle[k] is an ASCII letter, else 0. A text byte is compared with
// fold[k] or-ed in: that maps 'A'-'Z' onto 'a'-'z' and nothing else onto a letter, and where the needle byte is no
// letter the compare is exact (so '@' does not match '`', nor a UTF-8 byte another one).
// Eight candidate starts at a time are tested on their first and last byte with 64-bit word operations (the same on
// x86 and wasm32, which share no SIMD), and only the rare starts that agree on both are compared in full.
size_t FindText(const char* base, size_t from, size_t end, std::string_view needle, const char* fold) {
    const size_t m = needle.size();
    if (end < from + m) return end;
    const size_t last = end - m;  // the last possible start
    auto rest_matches = [&](size_t q) {  // needle[1, m - 1) at q + 1; inline: a memcmp call costs more than it saves
        for (size_t k = 1; k + 1 < m; ++k)
            if ((base[q + k] | fold[k]) != needle[k]) return false;
        return true;
    };
    const char first = needle.front(), final = needle.back(), first_fold = fold[0], final_fold = fold[m - 1];
    size_t p = from;
    if constexpr (std::endian::native == std::endian::little) {
        constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
        const uint64_t first_byte = kOnes * static_cast<uint8_t>(first);
        const uint64_t final_byte = kOnes * static_cast<uint8_t>(final);
        const uint64_t first_case = kOnes * static_cast<uint8_t>(first_fold);
        const uint64_t final_case = kOnes * static_cast<uint8_t>(final_fold);
        for (; p + 8 <= last + 1; p += 8) {
            uint64_t a, b;
            std::memcpy(&a, base + p, 8);
            std::memcpy(&b, base + p + m - 1, 8);  // p + 7 <= last, so this ends before `end`
            const uint64_t x = ((a | first_case) ^ first_byte) | ((b | final_case) ^ final_byte);
            uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);  // 0x80 in each byte of x that is 0, exactly
            while (zero) {
                const size_t q = p + static_cast<size_t>(std::countr_zero(zero)) / 8;
                if (rest_matches(q)) return q;
                zero &= zero - 1;
            }
        }
    }
    for (; p <= last; ++p)
        if ((base[p] | first_fold) == first && (base[p + m - 1] | final_fold) == final && rest_matches(p)) return p;
    return end;
}

// FindText where the hit starts a word (and, for `whole`, also ends one): "uk" finds "UK's" but not "Ukraine".
size_t FindWord(const char* base, size_t from, size_t end, const Compiled& w) {
    const size_t m = w.text.size();
    for (size_t p = FindText(base, from, end, w.text, w.text_fold.data()); p < end;
         p = FindText(base, p + 1, end, w.text, w.text_fold.data())) {
        const bool starts = p == 0 || !IsWordByte(base[p - 1]);
        const bool ends = !w.text_whole || p + m >= end || !IsWordByte(base[p + m]);
        if (starts && ends) return p;
    }
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

bool TextMatches(const Compiled& c, const Columns& col, size_t i);

// Calls fn(i) for every event in [first, last) that matches `c`, whose text is not empty, in date order: only the
// events whose search text contains it, or whose actor's, a target's or a vendor's name does, are visited, and
// the other constraints are tested on them alone.
template <typename Passes, typename Fn>
void ForEachTextMatch(const Columns& col, const Compiled& c, size_t first, size_t last, Passes&& passes, Fn&& fn) {
    auto text = MakeHits(col.text_begin, last, c.text.size(),
                         [&](size_t from, size_t end) { return FindWord(col.text.data(), from, end, c); });
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
        if (!passes(i)) continue;
        bool every_word = true;
        for (const Compiled& w : c.more) every_word = every_word && TextMatches(w, col, i);
        if (every_word) fn(static_cast<EventIndex>(i));
    }
}

// Whether event i alone matches the text (its search text, or its actor's, a target's or a vendor's name): the
// tally adds a few events at a time as the cursor moves, where a scan of the whole arena would not pay.
bool TextMatches(const Compiled& c, const Columns& col, size_t i) {
    if (c.text_countries && (c.text_country[col.actor[i]] ||
                             AnyIn(c.text_country, col.TargetsOf(i))))
        return true;
    if (c.text_vendors && AnyIn(c.text_vendor, col.VendorsOf(i))) return true;
    return FindWord(col.text.data(), col.text_begin[i], col.text_begin[i + 1], c) != col.text_begin[i + 1];
}

// TextMatches for every word of the search.
bool AllWordsMatch(const Compiled& c, const Columns& col, size_t i) {
    if (!TextMatches(c, col, i)) return false;
    for (const Compiled& w : c.more)
        if (!TextMatches(w, col, i)) return false;
    return true;
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
        if (by_target && !AnyIn(c.target, col.TargetsOf(i))) return false;
        if (by_vendor && !AnyIn(c.vendor, col.VendorsOf(i))) return false;
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
        if (by_target && !AnyIn(c.target, col.TargetsOf(i))) continue;
        if (by_vendor && !AnyIn(c.vendor, col.VendorsOf(i))) continue;
        fn(static_cast<EventIndex>(i));
    }
}

// The facets whose constraint event i fails (FacetBit each); the date range and the text are not facets.
uint32_t FacetMisses(const Compiled& c, const Columns& col, size_t i) {
    uint32_t m = c.never;
    if (!((c.measure >> col.measure[i]) & 1u)) m |= FacetBit(Facet::Measure);
    if (!((c.sector >> col.sector[i]) & 1u)) m |= FacetBit(Facet::Sector);
    if (!((c.status >> col.status[i]) & 1u)) m |= FacetBit(Facet::Status);
    if (!c.actor.empty() && !c.actor[col.actor[i]]) m |= FacetBit(Facet::Actor);
    if (!c.target.empty() && !AnyIn(c.target, col.TargetsOf(i)))
        m |= FacetBit(Facet::Target);
    if (!c.vendor.empty() && !AnyIn(c.vendor, col.VendorsOf(i)))
        m |= FacetBit(Facet::Vendor);
    return m;
}

// Adds (sign +1) or removes (sign -1) dataset events [begin, end) to/from a tally's counts: an event that fails
// no facet counts in every facet, one that fails exactly one facet counts in that facet only.
void AddToTally(const Dataset& ds, const Compiled& c, FacetTally& t, size_t begin, size_t end, int sign) {
    if (c.lo > c.hi) return;
    const Columns& col = ds.cols;
    begin = std::max(begin, static_cast<size_t>(std::lower_bound(col.day.begin(), col.day.end(), c.lo) - col.day.begin()));
    end = std::min(end, static_cast<size_t>(std::upper_bound(col.day.begin(), col.day.end(), c.hi) - col.day.begin()));
    const auto step = static_cast<uint32_t>(sign);  // unsigned wrap-around makes -1 a decrement
    for (size_t i = begin; i < end; ++i) {
        const uint32_t m = FacetMisses(c, col, i);
        if (m & (m - 1)) continue;  // fails two facets or more: in no count
        if (!c.text.empty() && !AllWordsMatch(c, col, i)) continue;
        for (size_t f = 0; f < kFacetCount; ++f) {
            const auto facet = static_cast<Facet>(f);
            if (m == 0 || m == FacetBit(facet)) ForEachFacetValue(col, i, facet, [&](auto v) { t.counts[f][v] += step; });
        }
    }
}

}  // namespace

std::vector<std::string> SearchWords(std::string_view text) {
    std::vector<std::string> words;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find_first_of(" \t\n,;", at), text.size());
        std::string_view w = text.substr(at, end - at);
        // Quotes, brackets and the like around a word are not part of it.
        while (!w.empty() && !IsWordByte(w.front())) w.remove_prefix(1);
        while (!w.empty() && !IsWordByte(w.back())) w.remove_suffix(1);
        if (!w.empty()) words.emplace_back(w);
        at = end + 1;
    }
    return words;
}

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

FacetTally FacetTallyUpTo(const Dataset& ds, const FilterSpec& spec, int32_t up_to_day) {
    FacetTally t;
    for (size_t f = 0; f < kFacetCount; ++f) t.counts[f].assign(FacetSize(ds, static_cast<Facet>(f)), 0);
    MoveFacetTally(ds, spec, t, up_to_day);
    return t;
}

void MoveFacetTally(const Dataset& ds, const FilterSpec& spec, FacetTally& t, int32_t up_to_day) {
    const auto& day = ds.cols.day;
    const auto to = static_cast<size_t>(std::upper_bound(day.begin(), day.end(), up_to_day) - day.begin());
    if (to == t.counted) return;  // the day moved without passing an event
    const Compiled c = Compile(ds, spec);
    if (to > t.counted) {
        AddToTally(ds, c, t, t.counted, to, +1);
    } else if (t.counted - to <= to) {
        AddToTally(ds, c, t, to, t.counted, -1);
    } else {  // going back most of the way (a loop wrap): counting from zero is less work
        for (auto& counts : t.counts) std::fill(counts.begin(), counts.end(), 0u);
        AddToTally(ds, c, t, 0, to, +1);
    }
    t.counted = to;
}

}  // namespace rift
