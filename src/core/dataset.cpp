// Building the dataset's indices and columns once after loading.
#include "core/dataset.h"

#include <algorithm>
#include <numeric>

#include "core/countries.h"

namespace rift {

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {
// Length of the well-formed UTF-8 sequence starting at s[i], or 0 (Unicode's table 3-7).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;  // overlong
        if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;  // overlong
        if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (s.size() - i < n || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return n;
}
}  // namespace

size_t InvalidUtf8At(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = Utf8SequenceLength(s, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string ClipForMessage(std::string_view s, size_t max_bytes) {
    const bool cut = s.size() > max_bytes;
    const size_t keep = cut ? max_bytes - std::min<size_t>(max_bytes, 3) : s.size();
    std::string out;
    for (size_t i = 0; i < s.size();) {
        const size_t n = Utf8SequenceLength(s, i);
        if (i + std::max<size_t>(n, 1) > keep) break;
        if (n == 0) {
            out += '?';
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    if (cut) out += "...";
    return out;
}

namespace {
// Where `key` is, or would go, in a sorted index.
template <typename Index>
auto KeyAt(Index& index, std::string_view key) {
    return std::lower_bound(index.begin(), index.end(), key, [](const auto& row, std::string_view k) { return row.first < k; });
}
}  // namespace

std::optional<uint16_t> Dataset::Find(const Index& index, std::string_view key) {
    const auto it = KeyAt(index, key);
    if (it == index.end() || it->first != key) return std::nullopt;
    return it->second;
}

uint16_t Dataset::Insert(Index& index, std::string_view key, uint16_t id) {  // (for the few hundred countries)
    const auto it = KeyAt(index, key);
    if (it != index.end() && it->first == key) return it->second;
    index.emplace(it, std::string(key), id);
    return id;
}

CountryId Dataset::InternCountry(std::string_view code) {
    const CountryId id = Insert(m_country_index, code, static_cast<CountryId>(countries.size()));
    if (id == countries.size()) countries.emplace_back(code);
    return id;
}

std::optional<CountryId> Dataset::FindCountry(std::string_view code) const { return Find(m_country_index, code); }

std::optional<VendorId> Dataset::FindVendor(std::string_view id) const { return Find(m_vendor_index, id); }

std::optional<EventIndex> Dataset::FindEvent(std::string_view id) const {
    auto it = std::lower_bound(m_event_by_id.begin(), m_event_by_id.end(), id,
                               [&](EventIndex e, std::string_view key) { return events[e].id < key; });
    if (it != m_event_by_id.end() && events[*it].id == id) return *it;
    for (const auto& [alias, current] : event_aliases)
        if (alias == id) return FindEvent(current);
    return std::nullopt;
}

std::vector<VendorId> Dataset::FamilyOf(VendorId v) const {
    std::vector<VendorId> family{v};
    for (size_t k = 0; k < family.size(); ++k)  // breadth first; the loader refuses cycles
        if (family[k] < m_children.size())
            for (VendorId child : m_children[family[k]]) family.push_back(child);
    return family;
}

VendorId Dataset::RootOf(VendorId v) const {
    for (size_t steps = 0; v < vendors.size() && vendors[v].parent && steps < vendors.size(); ++steps)
        v = *vendors[v].parent;  // the loader refuses cycles; the bound keeps a hand-built dataset safe
    return v;
}

bool Columns::HasTarget(EventIndex i, CountryId c) const {
    const auto list = TargetsOf(i);
    return std::find(list.begin(), list.end(), c) != list.end();
}

DatasetSummary Summarize(const Dataset& ds) {
    DatasetSummary s;
    s.events = ds.size();
    s.vendors = ds.vendors.size();
    std::vector<uint8_t> actor(ds.countries.size(), 0), vendor(ds.vendors.size(), 0);
    for (const Event& e : ds.events) {
        actor[e.actor] = 1;
        for (VendorId v : e.vendors) vendor[v] = 1;
        s.links += e.responds_to.size();
        for (EventIndex r : e.responds_to) s.links_between_states += ds.events[r].actor != e.actor;
        s.sources += e.sources.size();
        s.dated_to_the_day += e.date.precision == Precision::Day;
        s.dated_coarser_with_note += e.date.precision != Precision::Day && !e.date_note.empty();
        s.without_german += e.LacksGerman();
    }
    s.actors = static_cast<size_t>(std::count(actor.begin(), actor.end(), 1));
    s.vendors_used = static_cast<size_t>(std::count(vendor.begin(), vendor.end(), 1));
    if (!ds.events.empty()) {
        s.first = ds.events.front().date;
        s.last = ds.events.back().date;
    }
    return s;
}

bool Columns::TargetsVendor(EventIndex i, VendorId v) const {
    const auto list = TargetedVendorsOf(i);
    return std::find(list.begin(), list.end(), v) != list.end();
}

void Dataset::Finalize() {
    // Sort by date, keeping links valid through an old->new index map. The events are permuted in place (a
    // second array of a million events would double the peak memory); data that is already in order, as
    // generated and as most files are, is left as it is.
    auto before = [&](EventIndex a, EventIndex b) {
        if (events[a].date.day != events[b].date.day) return events[a].date.day < events[b].date.day;
        return events[a].id < events[b].id;
    };
    bool sorted = true;
    for (EventIndex i = 1; i < events.size() && sorted; ++i) sorted = !before(i, i - 1);
    if (!sorted) {
        std::vector<EventIndex> order(events.size());
        std::iota(order.begin(), order.end(), EventIndex{0});
        // Ties (duplicate ids on one day) in input order: as a stable sort, with less code.
        std::sort(order.begin(), order.end(), [&](EventIndex a, EventIndex b) {
            if (events[a].date.day != events[b].date.day) return events[a].date.day < events[b].date.day;
            if (const int c = events[a].id.view().compare(events[b].id.view())) return c < 0;
            return a < b;
        });
        std::vector<EventIndex> new_index(events.size());
        for (EventIndex i = 0; i < order.size(); ++i) new_index[order[i]] = i;
        for (Event& e : events)
            for (EventIndex& r : e.responds_to) r = new_index[r];
        // Position i takes the event at order[i]: follow each cycle once.
        for (EventIndex i = 0; i < order.size(); ++i) {
            if (order[i] == i) continue;
            Event held = std::move(events[i]);
            EventIndex at = i;
            while (order[at] != i) {
                const EventIndex from = order[at];
                events[at] = std::move(events[from]);
                order[at] = at;
                at = from;
            }
            events[at] = std::move(held);
            order[at] = at;
        }
    }
    for (Event& e : events) e.answered_by.clear();
    for (EventIndex i = 0; i < events.size(); ++i)
        for (EventIndex r : events[i].responds_to) events[r].answered_by.push_back(i);

    // The text arena first: each event's own copies are freed as they move in, leaving the hole that the columns
    // below are then allocated in, so the heap's peak is the events, their copies and the arena (the page's heap
    // never shrinks: its peak is what it keeps).
    Columns c;
    const size_t n = events.size();
    size_t n_text = 0;
    for (const Event& e : events)
        n_text += e.title.size() + e.summary.size() + e.title_de.size() + e.summary_de.size() + e.id.size() + 5;
    c.text.reserve(n_text);  // exactly: the buffer never moves, so the views made below stay valid
    c.text_begin.reserve(n + 1);
    auto move_in = [&](Text& t, char separator) {
        const size_t at = c.text.size();
        // t may view the arena of an earlier Finalize, which lives until `cols` is replaced at the end.
        c.text.insert(c.text.end(), t.data(), t.data() + t.size());
        c.text.push_back(separator);
        t.Point(c.text.data() + at, t.size());
    };
    for (Event& e : events) {
        c.text_begin.push_back(static_cast<uint32_t>(c.text.size()));
        // Country and vendor names are matched once per query (filter.cpp), not copied into every event.
        move_in(e.title, '\n');
        move_in(e.summary, '\n');
        move_in(e.title_de, '\n');  // so a German search finds German words
        move_in(e.summary_de, '\n');
        move_in(e.id, '\0');
    }
    c.text_begin.push_back(static_cast<uint32_t>(c.text.size()));

    // Ids, then aliases, in the order of their keys (a key given twice, which both loaders refuse, keeps its first:
    // ids before aliases, then in vendor order).
    m_vendor_index.clear();
    m_children.assign(vendors.size(), {});
    std::vector<std::string_view> keys;
    std::vector<VendorId> owner;
    for (VendorId v = 0; v < vendors.size(); ++v) {
        keys.push_back(vendors[v].id);
        owner.push_back(v);
        if (vendors[v].parent) m_children[*vendors[v].parent].push_back(v);
    }
    for (VendorId v = 0; v < vendors.size(); ++v)
        for (const std::string& alias : vendors[v].aliases) {
            keys.push_back(alias);
            owner.push_back(v);
        }
    for (const uint32_t k : OrderByKey(keys))
        if (m_vendor_index.empty() || m_vendor_index.back().first != keys[k]) m_vendor_index.emplace_back(keys[k], owner[k]);
    // Event ids are found by binary search over indices sorted by id: 4 bytes per event, where a hash map of
    // copied ids took about 60.
    m_event_by_id.resize(events.size());
    std::iota(m_event_by_id.begin(), m_event_by_id.end(), EventIndex{0});
    std::sort(m_event_by_id.begin(), m_event_by_id.end(),
              [&](EventIndex a, EventIndex b) { return events[a].id < events[b].id; });

    c.day.reserve(n);
    c.end_day.reserve(n);
    c.actor.reserve(n);
    c.measure.reserve(n);
    c.sector.reserve(n);
    c.status.reserve(n);
    c.severity.reserve(n);
    c.target_begin.reserve(n + 1);
    c.vendor_begin.reserve(n + 1);
    c.vendor_targeted_end.reserve(n);
    size_t n_targets = 0, n_vendors = 0;
    for (const Event& e : events) {
        n_targets += e.targets.size();
        n_vendors += e.vendors.size();
    }
    c.targets.reserve(n_targets);
    c.vendors.reserve(n_vendors);
    for (const Event& e : events) {
        c.day.push_back(e.date.day);
        int32_t end = e.ends ? e.ends->day : kNoEnd;
        if (e.status == Status::Revoked && !e.ends) end = e.date.day;
        c.end_day.push_back(end);
        c.actor.push_back(e.actor);
        c.measure.push_back(static_cast<uint8_t>(e.measure));
        c.sector.push_back(static_cast<uint8_t>(e.sector));
        c.status.push_back(static_cast<uint8_t>(e.status));
        c.severity.push_back(e.severity);
        c.target_begin.push_back(static_cast<uint32_t>(c.targets.size()));
        c.targets.insert(c.targets.end(), e.targets.begin(), e.targets.end());
        c.vendor_begin.push_back(static_cast<uint32_t>(c.vendors.size()));
        c.vendor_targeted_end.push_back(static_cast<uint32_t>(c.vendors.size() + e.TargetedCount()));
        c.vendors.insert(c.vendors.end(), e.vendors.begin(), e.vendors.end());
    }
    c.target_begin.push_back(static_cast<uint32_t>(c.targets.size()));
    c.vendor_begin.push_back(static_cast<uint32_t>(c.vendors.size()));
    cols = std::move(c);
}

namespace {
struct KeyLess {
    std::span<const std::string_view> keys;
    bool operator()(uint32_t a, uint32_t b) const { return keys[a] != keys[b] ? keys[a] < keys[b] : a < b; }
};
}  // namespace

std::vector<uint32_t> OrderByKey(std::span<const std::string_view> keys) {
    std::vector<uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), KeyLess{keys});
    return order;
}

std::optional<uint32_t> FirstRepeat(std::span<const uint32_t> order, std::span<const std::string_view> keys) {
    std::optional<uint32_t> first;
    for (size_t k = 1; k < order.size(); ++k)
        if (keys[order[k]] == keys[order[k - 1]] && (!first || order[k] < *first)) first = order[k];
    return first;
}

uint64_t Fnv1a64(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

std::vector<std::pair<size_t, size_t>> ResponseCycles(const std::vector<Event>& ev) {
    std::vector<std::pair<size_t, size_t>> out;
    std::vector<uint8_t> state(ev.size(), 0);  // 0 new, 1 on the path, 2 done
    for (size_t start = 0; start < ev.size(); ++start) {
        if (state[start]) continue;
        std::vector<std::pair<size_t, size_t>> stack{{start, 0}};
        state[start] = 1;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next < ev[node].responds_to.size()) {
                const size_t to = ev[node].responds_to[next++];
                if (state[to] == 1) {
                    out.emplace_back(node, to);
                } else if (state[to] == 0) {
                    state[to] = 1;
                    stack.push_back({to, 0});
                }
            } else {
                state[node] = 2;
                stack.pop_back();
            }
        }
    }
    return out;
}

}  // namespace rift
