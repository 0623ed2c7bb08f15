// The immutable in-memory dataset: events in date order (row form for details) plus columnar filter data.
#pragma once
#include <bit>
#include <compare>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/vocab.h"

namespace rift {

using CountryId = uint16_t;
using VendorId = uint16_t;
using EventIndex = uint32_t;

inline constexpr int32_t kNoEnd = std::numeric_limits<int32_t>::max();

struct Source {
    std::string url, publisher, title, date;
};

struct Vendor {
    std::string id, name;
    CountryId country = 0;
    std::vector<std::string> sectors;
    std::string website;
    std::optional<VendorId> parent;    // the company that owns this product or subsidiary (TikTok -> ByteDance)
    std::vector<std::string> aliases;  // former ids that still name it (links, own datasets)
};

// An event's id, title or summary. While a dataset is being built it owns a copy of its text; Dataset::Finalize
// moves that into the dataset's text arena (Columns::text), and from then on it is a view there: 8 bytes in wasm32
// and no allocation, where a std::string took 12 and allocated every text over 10 bytes (a million ids and titles
// cost 56 MB). A view is not NUL-terminated: pass data() and size(), or convert to std::string_view.
class Text {
public:
    Text() = default;
    Text(std::string_view s) { Assign(s); }
    Text(const Text& o) { *this = o; }
    Text(Text&& o) noexcept : m_data(o.m_data), m_size(o.m_size) { o.Clear(); }
    Text& operator=(const Text& o) {
        if (this == &o) return *this;
        if (o.Owned()) return *this = o.view();
        Release();
        m_data = o.m_data;
        m_size = o.m_size;
        return *this;
    }
    Text& operator=(Text&& o) noexcept {
        if (this == &o) return *this;
        Release();
        m_data = o.m_data;
        m_size = o.m_size;
        o.Clear();
        return *this;
    }
    Text& operator=(std::string_view s) {
        Release();
        Assign(s);
        return *this;
    }
    ~Text() { Release(); }

    const char* data() const { return m_data; }
    size_t size() const { return m_size & ~kOwned; }
    bool empty() const { return size() == 0; }
    std::string_view view() const { return {m_data, size()}; }
    operator std::string_view() const { return view(); }
    std::string str() const { return std::string(view()); }

    friend bool operator==(const Text& a, const Text& b) { return a.view() == b.view(); }
    friend bool operator==(const Text& a, std::string_view b) { return a.view() == b; }
    // Through compare(): the libc++ of Emscripten 3.1.6 has no operator<=> for string_view.
    friend std::strong_ordering operator<=>(const Text& a, const Text& b) { return a.view().compare(b.view()) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, std::string_view b) { return a.view().compare(b) <=> 0; }

private:
    friend struct Dataset;  // Finalize points texts into its arena
    static constexpr uint32_t kOwned = 0x80000000u;  // in m_size: m_data is a copy this Text must free

    bool Owned() const { return (m_size & kOwned) != 0; }
    void Assign(std::string_view s) {
        if (s.empty()) return Clear();
        char* copy = new char[s.size()];
        s.copy(copy, s.size());
        m_data = copy;
        m_size = static_cast<uint32_t>(s.size()) | kOwned;
    }
    void Release() {
        if (Owned()) delete[] m_data;
        Clear();
    }
    void Clear() {
        m_data = "";
        m_size = 0;
    }
    // Views `n` bytes at `p`, which must outlive this Text.
    void Point(const char* p, size_t n) {
        Release();
        m_data = p;
        m_size = static_cast<uint32_t>(n);
    }

    const char* m_data = "";
    uint32_t m_size = 0;
};

// A short list in an event (targets, vendors, links): up to N values (N * sizeof(T) == 8) are kept in place, so
// the one or two most events have cost no allocation (a million events' target and vendor vectors took 26 MB); it
// is as big as a std::vector in wasm32. Beyond N the values are on the heap, in a capacity of bit_ceil(size).
// std::vector's interface as far as Rift uses it.
template <typename T, size_t N>
class SmallList {
    static_assert(std::is_trivially_copyable_v<T> && N * sizeof(T) == sizeof(uint64_t) && std::has_single_bit(N));

public:
    SmallList() = default;
    SmallList(std::initializer_list<T> values) { assign(values.begin(), values.end()); }
    SmallList(const SmallList& o) { assign(o.begin(), o.end()); }
    SmallList(SmallList&& o) noexcept : m_size(o.m_size) {
        std::memcpy(&m_store, &o.m_store, sizeof(m_store));
        o.m_size = 0;
    }
    SmallList& operator=(const SmallList& o) {
        if (this != &o) assign(o.begin(), o.end());
        return *this;
    }
    SmallList& operator=(SmallList&& o) noexcept {
        if (this == &o) return *this;
        clear();
        std::memcpy(&m_store, &o.m_store, sizeof(m_store));
        m_size = o.m_size;
        o.m_size = 0;
        return *this;
    }
    ~SmallList() { clear(); }

    template <typename It>
    void assign(It first, It last) {
        clear();
        for (; first != last; ++first) push_back(*first);
    }
    void push_back(T v) {
        if (m_size >= N && std::has_single_bit(m_size)) {  // full: in place (m_size == N) or on the heap
            T* grown = new T[2 * size_t{m_size}];
            std::memcpy(grown, data(), m_size * sizeof(T));
            if (m_size > N) delete[] m_store.heap;
            m_store.heap = grown;
        }
        ++m_size;  // first: it says where the values are
        data()[m_size - 1] = v;
    }
    void clear() {
        if (m_size > N) delete[] m_store.heap;
        m_size = 0;
    }

    T* data() { return m_size > N ? m_store.heap : m_store.values; }
    const T* data() const { return m_size > N ? m_store.heap : m_store.values; }
    T* begin() { return data(); }
    T* end() { return data() + m_size; }
    const T* begin() const { return data(); }
    const T* end() const { return data() + m_size; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T& operator[](size_t k) { return data()[k]; }
    const T& operator[](size_t k) const { return data()[k]; }

private:
    union Store {
        T values[N];
        T* heap;
    } m_store{};
    uint32_t m_size = 0;  // on the heap when above N
};

struct Event {
    Text id, title, summary;  // views into the dataset's text arena once it is finalized
    Text title_de, summary_de;  // the German text (empty where a dataset has none: the English is shown)
    Date date;
    std::optional<Date> effective, ends;
    CountryId actor = 0;
    SmallList<CountryId, 4> targets;
    // In role order: the targeted vendors, then the defended, then the mentioned; by default all are targeted.
    SmallList<VendorId, 4> vendors;
    uint16_t vendors_defended = 0, vendors_mentioned = 0;  // how many of the last ones are not targeted
    Measure measure = Measure::Other;
    Sector sector = Sector::General;
    Status status = Status::Announced;
    uint8_t severity = 1;
    std::vector<Source> sources;
    SmallList<EventIndex, 2> responds_to;  // earlier events this one answers
    SmallList<EventIndex, 2> answered_by;  // later events that answer this one
    Text date_note;                        // why the date is known only to the month or year (usually empty)
    // EventHash (core/release) of the event's JSON as loaded, when Dataset::content_hashed (else 0): what "what
    // changed since a release" compares.
    uint64_t content_hash = 0;

    // The title and summary in German where asked for and present, else the English.
    std::string_view Title(bool german) const { return german && !title_de.empty() ? title_de.view() : title.view(); }
    std::string_view Summary(bool german) const {
        return german && !summary_de.empty() ? summary_de.view() : summary.view();
    }
    // Whether German text would fall back to English (the title, or a summary the English has).
    bool LacksGerman() const { return title_de.empty() || (summary_de.empty() && !summary.empty()); }

    size_t TargetedCount() const { return vendors.size() - vendors_defended - vendors_mentioned; }
    VendorRole RoleOf(size_t k) const {
        return k < TargetedCount()                         ? VendorRole::Targeted
               : k < vendors.size() - vendors_mentioned ? VendorRole::Defended
                                                         : VendorRole::Mentioned;
    }
};

// Flat arrays for the hot loops (filter, aggregate). Multi-valued fields use offset arrays of size n+1.
struct Columns {
    std::vector<int32_t> day;       // announced date, first day of its period
    std::vector<int32_t> end_day;   // day the measure stops being in force, or kNoEnd
    std::vector<CountryId> actor;
    std::vector<uint8_t> measure, sector, status, severity;
    std::vector<uint32_t> target_begin;
    std::vector<CountryId> targets;
    std::vector<uint32_t> vendor_begin;
    std::vector<VendorId> vendors;           // every vendor an event names, the targeted ones first
    std::vector<uint32_t> vendor_targeted_end;  // per event: where its targeted vendors end in `vendors`
    // Per event `title\nsummary\ntitle_de\nsummary_de\nid\0` in its original case, searched ignoring ASCII case; the events' Text
    // fields view it. A vector, unlike a string, keeps its buffer when it is moved, so the views survive a move.
    std::vector<uint32_t> text_begin;
    std::vector<char> text;

    // The one way to read an event's lists (each value once: the loader refuses repeats).
    std::span<const CountryId> TargetsOf(size_t i) const {
        return {targets.data() + target_begin[i], targets.data() + target_begin[i + 1]};
    }
    std::span<const VendorId> VendorsOf(size_t i) const {
        return {vendors.data() + vendor_begin[i], vendors.data() + vendor_begin[i + 1]};
    }
    // The vendors the measure is aimed at (what every "against a vendor" count uses).
    std::span<const VendorId> TargetedVendorsOf(size_t i) const {
        return {vendors.data() + vendor_begin[i], vendors.data() + vendor_targeted_end[i]};
    }
    bool HasTarget(EventIndex i, CountryId c) const;
    bool TargetsVendor(EventIndex i, VendorId v) const;
};

struct Dataset {
    Dataset() = default;
    // A copy's events would view the original's text arena: datasets are moved (the views stay valid), not copied.
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;
    Dataset(Dataset&&) = default;
    Dataset& operator=(Dataset&&) = default;

    std::string schema, version;
    bool partial = false;                // loaded from the page's first-view file: no summaries or sources yet
    bool content_hashed = false;         // each event's content_hash was taken (LoadOptions::link_version)
    std::vector<std::string> countries;  // interned codes; CountryId indexes this
    std::vector<Vendor> vendors;         // VendorId indexes this
    std::vector<Event> events;           // sorted by date, then id
    Columns cols;
    // Former event ids that still open their event (permalinks made before an id was corrected): alias -> id.
    std::vector<std::pair<std::string, std::string>> event_aliases;

    std::optional<CountryId> FindCountry(std::string_view code) const;
    std::optional<VendorId> FindVendor(std::string_view id) const;   // an id or an alias
    std::optional<EventIndex> FindEvent(std::string_view id) const;  // an id or an alias
    // A vendor and every product or subsidiary below it (TikTok and CapCut for ByteDance), the vendor first.
    std::vector<VendorId> FamilyOf(VendorId v) const;
    // The top of a vendor's family: its parent's parent ... (itself when it has none).
    VendorId RootOf(VendorId v) const;
    size_t size() const { return events.size(); }

    // Interns a country code (used while building).
    CountryId InternCountry(std::string_view code);
    // Sorts events by date, resolves reverse links, fills `cols` and the look-up maps and moves the events' texts
    // into the text arena.
    void Finalize();

private:
    // Codes, vendor ids and aliases to their index, sorted by key (binary search): a few hundred keys, and no hash
    // table's code in the page's first part (issue 21).
    using Index = std::vector<std::pair<std::string, uint16_t>>;
    static std::optional<uint16_t> Find(const Index& index, std::string_view key);
    // The key's index: `id` for a key not yet in it (inserted in order), else the one it has.
    static uint16_t Insert(Index& index, std::string_view key, uint16_t id);
    Index m_country_index;
    Index m_vendor_index;
    std::vector<EventIndex> m_event_by_id;  // event indices sorted by id
    std::vector<std::vector<VendorId>> m_children;  // per vendor: those whose parent it is
};

// The response links that close a cycle (same-day responses can; dates alone do not exclude them): each as (the
// event, the one its responds_to reaches that is already on the path). Empty for a dataset Rift accepts.
std::vector<std::pair<size_t, size_t>> ResponseCycles(const std::vector<Event>& events);

// What a dataset holds, counted once: for About and rift-validate.
struct DatasetSummary {
    size_t events = 0, actors = 0, vendors = 0, vendors_used = 0, links = 0, sources = 0;
    size_t dated_to_the_day = 0, dated_coarser_with_note = 0;
    size_t without_german = 0;
    size_t links_between_states = 0;  // response links where one state answers another (not itself)  // events whose title or summary has no German text
    std::optional<Date> first, last;
};
DatasetSummary Summarize(const Dataset& ds);

// Lower-cases ASCII letters (UTF-8 bytes above 0x7F are kept as they are).
std::string AsciiLower(std::string_view s);

// Byte offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, surrogates or code
// points above U+10FFFF, as JSON requires), or std::string_view::npos when all of `s` is well-formed.
size_t InvalidUtf8At(std::string_view s);
// FNV-1a 64 of `s`: the release record's event hashes (core/release) and the binary snapshot's check (core/packed).
uint64_t Fnv1a64(std::string_view s);
// The indices 0..keys.size()-1 in the order of their keys, equal keys in index order (as a stable sort): the page's
// first part sorts vendor ids and a snapshot's keys through this one copy of std::sort (each comparison type handed
// to std::sort makes its own copy of the algorithm in the wasm).
std::vector<uint32_t> OrderByKey(std::span<const std::string_view> keys);
// With OrderByKey's `order` of `keys`: the first key (by index) equal to one before it, if any.
std::optional<uint32_t> FirstRepeat(std::span<const uint32_t> order, std::span<const std::string_view> keys);
// `s` quoted in a message: at most `max_bytes` (cut at a character boundary, then "..."), with bytes that are not
// UTF-8 shown as '?', so every message can be drawn and sent to a page as JSON.
std::string ClipForMessage(std::string_view s, size_t max_bytes);

}  // namespace rift
