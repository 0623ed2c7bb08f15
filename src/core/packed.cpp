#include "core/packed.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "core/countries.h"

namespace rift {

namespace {

// ---- writing ----
class Writer {
public:
    void U8(uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void U32(uint32_t v) { Le(v, 4); }
    void U64(uint64_t v) { Le(v, 8); }
    // LEB128: seven bits a byte, low first (a count or an index below 128 takes one byte).
    void Var(uint64_t v) {
        for (; v >= 0x80; v >>= 7) U8(static_cast<uint8_t>((v & 0x7f) | 0x80));
        U8(static_cast<uint8_t>(v));
    }
    // A signed difference, zigzagged (0, -1, 1, -2, ... as 0, 1, 2, 3, ...) so that small ones take one byte.
    void Zig(int64_t v) { Var((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
    void Str(std::string_view s) {
        Var(s.size());
        m_out.append(s);
    }
    // A date beside another (`from`): the difference in days, then the precision.
    void DayFrom(const Date& d, int32_t from) {
        Zig(int64_t{d.day} - from);
        U8(static_cast<uint8_t>(d.precision));
    }
    void OptDayFrom(const std::optional<Date>& d, int32_t from) {
        U8(d ? 1 : 0);
        if (d) DayFrom(*d, from);
    }
    template <typename List, typename Each>
    void List_(const List& list, Each each) {
        Var(list.size());
        for (const auto& x : list) each(x);
    }
    std::string& out() { return m_out; }

private:
    void Le(uint64_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    std::string m_out;
};

// ---- reading: every read is bounds-checked; the first failure is kept with its byte offset ----
class Reader {
public:
    Reader(std::string_view bytes, size_t base, const Limits& limits) : m_in(bytes), m_base(base), m_limits(limits) {}

    bool ok() const { return m_error.empty(); }
    bool AtEnd() const { return m_at == m_in.size(); }
    const std::string& error() const { return m_error; }
    size_t error_at() const { return m_error_at; }

    // Records the first problem (at the start of the value being read) and returns false.
    bool Fail(const std::string& what) {
        if (m_error.empty()) {
            m_error = what;
            m_error_at = m_base + m_value_at;
        }
        m_at = m_in.size();
        return false;
    }

    // Fail at an earlier value's byte (`at`, as ValueAt gave it).
    bool FailAt(size_t at, const std::string& what) {
        m_value_at = at;
        return Fail(what);
    }
    // Where the value last read began (its first byte in the payload).
    size_t ValueAt() const { return m_value_at; }

    uint8_t U8() { return static_cast<uint8_t>(Le(1)); }
    uint32_t U32() { return static_cast<uint32_t>(Le(4)); }
    uint64_t U64() { return Le(8); }
    // Writer::Var's number, at most 32 bits (five bytes).
    uint32_t Var() {
        m_value_at = m_at;
        uint64_t v = 0;
        for (int shift = 0; ok(); shift += 7) {
            if (m_at == m_in.size()) return Fail("the file ends early"), 0;
            const auto byte = static_cast<unsigned char>(m_in[m_at++]);
            v |= uint64_t{byte & 0x7fu} << shift;
            if (v > 0xffffffffu || (shift == 28 && byte >= 0x80)) return Fail("a number larger than 32 bits"), 0;
            if (byte < 0x80) break;
        }
        return ok() ? static_cast<uint32_t>(v) : 0;
    }
    int64_t Zig() {
        const uint32_t v = Var();
        return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
    }
    // A number below `end` (an index into a list of that length).
    uint32_t Below(size_t end, const char* what) {
        const uint32_t v = Var();
        if (ok() && v >= end) Fail(std::string(what) + " out of range");
        return ok() ? v : 0;
    }
    // A count of items each at least `min_item` bytes long: never more than the bytes left could hold.
    uint32_t Count(size_t min_item, size_t max, const char* what) {
        const uint32_t n = Var();
        if (ok() && (n > (m_in.size() - m_at) / min_item || n > max)) Fail(std::string("impossible count of ") + what);
        return ok() ? n : 0;
    }
    std::string_view Str(size_t max, const char* what) {
        const uint32_t n = Var();
        if (!ok()) return {};
        if (n > m_in.size() - m_at) return Fail(std::string(what) + " runs past the end"), std::string_view();
        if (n > max) return Fail(std::string(what) + " is longer than " + std::to_string(max) + " bytes"), std::string_view();
        const std::string_view s = m_in.substr(m_at, n);
        if (InvalidUtf8At(s) != std::string_view::npos) return Fail(std::string(what) + " is not UTF-8"), std::string_view();
        m_at += n;
        return s;
    }
    std::string_view String(const char* what) { return Str(m_limits.max_string, what); }
    // Writer::DayFrom's date: years 1 to 9999, as the JSON's dates can say.
    Date DayFrom(int32_t from, const char* what) {
        const int64_t day = from + Zig();
        const uint8_t precision = U8();
        if (ok() && (day < DaysFromCivil(1, 1, 1) || day > DaysFromCivil(9999, 12, 31) ||
                     precision > static_cast<uint8_t>(Precision::Day)))
            Fail(std::string("impossible ") + what);
        return ok() ? Date{static_cast<int32_t>(day), static_cast<Precision>(precision)} : Date{};
    }
    std::optional<Date> OptDayFrom(int32_t from, const char* what) {
        const uint8_t has = U8();
        if (has > 1) Fail(std::string("bad flag for ") + what);
        if (has != 1 || !ok()) return std::nullopt;
        return DayFrom(from, what);
    }

private:
    uint64_t Le(int bytes) {
        m_value_at = m_at;
        if (!ok()) return 0;
        if (m_in.size() - m_at < static_cast<size_t>(bytes)) return Fail("the file ends early"), 0;
        uint64_t v = 0;
        for (int i = 0; i < bytes; ++i) v |= uint64_t{static_cast<unsigned char>(m_in[m_at + i])} << (8 * i);
        m_at += bytes;
        return v;
    }

    std::string_view m_in;
    size_t m_base;
    const Limits& m_limits;
    size_t m_at = 0, m_value_at = 0;
    std::string m_error;
    size_t m_error_at = 0;
};

constexpr size_t kHeader = kPackMagic.size() + 4 + 8;

// Keys read from the file with the byte where each began, checked for repeats once all are in: in key order
// (OrderByKey), not put in a hash set, which would bring a hash table's code into the page's first part.
class Keys {
public:
    void Add(std::string_view key, size_t at) {
        m_keys.push_back(key);
        m_at.push_back(at);
    }
    // Fails `r` at the first key (in the file's order) that repeats one before it: "repeated <what>".
    bool CheckRepeats(Reader& r, const char* what) {
        if (const auto first = FirstRepeat(OrderByKey(m_keys), m_keys))
            return r.FailAt(m_at[*first], std::string("repeated ") + what);
        return r.ok();
    }

private:
    std::vector<std::string_view> m_keys;
    std::vector<size_t> m_at;
};

// Reads a list of ids below `n`, each once, into `out` (a SmallList or a vector).
template <typename Id, typename List>
bool ReadIds(Reader& r, size_t n, List& out, const char* what) {
    const uint32_t count = r.Count(1, 65535, what);
    for (uint32_t k = 0; k < count && r.ok(); ++k) {
        const auto id = static_cast<Id>(r.Below(n, what));
        if (!r.ok()) break;
        if (std::find(out.begin(), out.end(), id) != out.end()) return r.Fail(std::string(what) + " listed twice");
        out.push_back(id);
    }
    return r.ok();
}

// An event's id is written without what its actor and date already say: "us-2019-05-15-huawei-entity-list" as form 3
// (the actor's code in lower case, the date to the day) and "huawei-entity-list". Form 2 takes the date to the month,
// 1 to the year, 0 is the whole id. Ids are a third of the first view's bytes, and this prefix a third of them.
constexpr int kIdForms = 4;
// Puts the prefix of `form` into `out` (which it empties first): "us-2019-05-15-".
void IdPrefix(std::string& out, std::string_view actor, int32_t day, int form) {
    out.clear();
    for (char c : actor) out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    const Civil c = CivilFromDays(day);
    const int parts[] = {c.year, c.month, c.day}, widths[] = {4, 2, 2};
    for (int k = 0; k < form; ++k) {
        out.push_back('-');
        for (int place = widths[k] == 4 ? 1000 : 10; place > 0; place /= 10)
            out.push_back(static_cast<char>('0' + parts[k] / place % 10));
    }
    out.push_back('-');
}

// The events are written column by column (every event's date, then every actor, ...): alike values side by side
// compress far better than each event's fields in turn. Dates are days after the previous event's (the events are in
// date order), an event's other dates days after its own.
bool ReadPayload(Reader& r, Dataset& ds, const Limits& limits) {
    ds.schema = r.String("schema");
    ds.version = r.String("version");
    const uint8_t flags = r.U8();
    if (flags > 3) return r.Fail("unknown flags");
    ds.partial = (flags & 1) != 0;
    ds.content_hashed = (flags & 2) != 0;

    const uint32_t n_countries = r.Count(3, 65535, "countries");
    for (uint32_t k = 0; k < n_countries && r.ok(); ++k) {
        const std::string_view code = r.Str(16, "a country code");
        if (r.ok() && !FindCountry(code)) return r.Fail("unknown country code");
        if (r.ok() && ds.InternCountry(code) != k) return r.Fail("repeated country code");
    }

    const uint32_t n_vendors = r.Count(8, 65535, "vendors");
    Keys vendor_ids;  // ids and aliases: one name for one vendor
    ds.vendors.resize(n_vendors);
    for (uint32_t v = 0; v < n_vendors && r.ok(); ++v) {
        Vendor& vendor = ds.vendors[v];
        const std::string_view id = r.String("a vendor id");
        if (r.ok() && id.empty()) return r.Fail("empty vendor id");
        vendor_ids.Add(id, r.ValueAt());
        vendor.id = id;
        vendor.name = r.String("a vendor name");
        vendor.country = static_cast<CountryId>(r.Below(n_countries, "vendor country"));
        const uint32_t n_sectors = r.Count(1, 255, "sectors");
        for (uint32_t k = 0; k < n_sectors && r.ok(); ++k) vendor.sectors.emplace_back(r.String("a sector"));
        vendor.website = r.String("a website");
        const uint32_t parent = r.Below(n_vendors + 1, "vendor parent");  // + 1; 0 for none
        if (r.ok() && parent == v + 1) return r.Fail("vendor parent out of range");
        if (parent) vendor.parent = static_cast<VendorId>(parent - 1);
        const uint32_t n_aliases = r.Count(1, 255, "aliases");
        for (uint32_t k = 0; k < n_aliases && r.ok(); ++k) {
            const std::string_view alias = r.String("a vendor alias");
            if (r.ok() && alias.empty()) return r.Fail("empty vendor alias");
            vendor_ids.Add(alias, r.ValueAt());
            vendor.aliases.emplace_back(alias);
        }
    }
    if (r.ok() && !vendor_ids.CheckRepeats(r, "vendor id or alias")) return false;
    // Following parents never comes back (RootOf and FamilyOf walk them).
    for (VendorId start = 0; start < ds.vendors.size() && r.ok(); ++start) {
        std::optional<VendorId> v = ds.vendors[start].parent;
        for (size_t steps = 0; v; v = ds.vendors[*v].parent)
            if (++steps > ds.vendors.size()) return r.Fail("vendor parents form a cycle");
    }

    // Each event takes at least 22 bytes over its columns (one for each number and string length, four for its kinds).
    const uint32_t n_events = r.Count(22, limits.max_events, "events");
    ds.events.resize(n_events);
    auto each = [&](auto read) {
        for (uint32_t i = 0; i < n_events && r.ok(); ++i) read(ds.events[i], i);
        return r.ok();
    };
    int32_t previous = 0;
    each([&](Event& e, uint32_t) { previous = (e.date = r.DayFrom(previous, "date")).day; });
    each([&](Event& e, uint32_t) { e.actor = static_cast<CountryId>(r.Below(n_countries, "actor")); });
    Keys event_ids;
    std::string id;
    each([&](Event& e, uint32_t) {
        const uint8_t form = r.U8();
        if (r.ok() && form >= kIdForms) return void(r.Fail("unknown id form"));
        const std::string_view rest = r.String("an event id");
        if (r.ok() && rest.empty()) return void(r.Fail("empty event id"));
        if (!r.ok()) return;
        if (form == 0) {
            e.id = rest;
        } else {
            IdPrefix(id, ds.countries[e.actor], e.date.day, form);
            e.id = id.append(rest);
        }
        event_ids.Add(e.id.view(), r.ValueAt());
    });
    if (r.ok() && !event_ids.CheckRepeats(r, "event id")) return false;
    each([&](Event& e, uint32_t) { e.title = r.String("a title"); });
    each([&](Event& e, uint32_t) { e.summary = r.String("a summary"); });
    each([&](Event& e, uint32_t) { e.title_de = r.String("a German title"); });
    each([&](Event& e, uint32_t) { e.summary_de = r.String("a German summary"); });
    each([&](Event& e, uint32_t) {
        e.effective = r.OptDayFrom(e.date.day, "effective date");
        e.ends = r.OptDayFrom(e.date.day, "end date");
    });
    each([&](Event& e, uint32_t) { ReadIds<CountryId>(r, n_countries, e.targets, "a target"); });
    each([&](Event& e, uint32_t) {
        if (!ReadIds<VendorId>(r, n_vendors, e.vendors, "a vendor")) return;
        e.vendors_defended = static_cast<uint16_t>(r.Below(e.vendors.size() + 1, "defended vendors"));
        e.vendors_mentioned = static_cast<uint16_t>(r.Below(e.vendors.size() + 1, "mentioned vendors"));
        if (r.ok() && size_t{e.vendors_defended} + e.vendors_mentioned > e.vendors.size())
            r.Fail("more vendor roles than vendors");
    });
    each([&](Event& e, uint32_t) {
        const uint8_t measure = r.U8(), sector = r.U8(), status = r.U8();
        e.severity = r.U8();
        if (r.ok() && (measure >= kMeasureCount || sector >= kSectorCount || status >= kStatusCount || e.severity < 1 ||
                       e.severity > 5))
            return void(r.Fail("measure, sector, status or severity out of range"));
        e.measure = static_cast<Measure>(measure);
        e.sector = static_cast<Sector>(sector);
        e.status = static_cast<Status>(status);
    });
    each([&](Event& e, uint32_t) {
        const uint32_t n_sources = r.Count(4, 255, "sources");
        for (uint32_t k = 0; k < n_sources && r.ok(); ++k) {
            Source s;
            s.url = r.String("a source url");
            s.publisher = r.String("a publisher");
            s.title = r.String("a source title");
            s.date = r.String("a source date");
            e.sources.push_back(std::move(s));
        }
    });
    each([&](Event& e, uint32_t i) {  // each link as how many events earlier it is (zigzagged: it may be later)
        const uint32_t count = r.Count(1, 65535, "response links");
        for (uint32_t k = 0; k < count && r.ok(); ++k) {
            const int64_t to = int64_t{i} - r.Zig();
            if (r.ok() && (to < 0 || to >= n_events)) return void(r.Fail("a response link out of range"));
            if (r.ok() && to == i) return void(r.Fail("an event responds to itself"));
            const auto link = static_cast<EventIndex>(to);
            if (r.ok() && std::find(e.responds_to.begin(), e.responds_to.end(), link) != e.responds_to.end())
                return void(r.Fail("a response link listed twice"));
            if (r.ok()) e.responds_to.push_back(link);
        }
    });
    each([&](Event& e, uint32_t) { e.date_note = r.String("a date note"); });
    if (ds.content_hashed) each([&](Event& e, uint32_t) { e.content_hash = r.U64(); });
    if (r.ok() && !ResponseCycles(ds.events).empty()) return r.Fail("response links form a cycle");

    const uint32_t n_aliases = r.Count(2, limits.max_events, "event aliases");
    for (uint32_t k = 0; k < n_aliases && r.ok(); ++k) {
        const std::string_view alias = r.String("an event alias"), of = r.String("an aliased event id");
        ds.event_aliases.emplace_back(alias, of);
    }
    if (r.ok() && !r.AtEnd()) return r.Fail("bytes after the end");
    return r.ok();
}

}  // namespace

std::string PackDataset(const Dataset& ds) {
    Writer w;
    w.Str(ds.schema);
    w.Str(ds.version);
    w.U8(static_cast<uint8_t>((ds.partial ? 1 : 0) | (ds.content_hashed ? 2 : 0)));
    w.List_(ds.countries, [&](const std::string& c) { w.Str(c); });
    w.List_(ds.vendors, [&](const Vendor& v) {
        w.Str(v.id);
        w.Str(v.name);
        w.Var(v.country);
        w.List_(v.sectors, [&](const std::string& s) { w.Str(s); });
        w.Str(v.website);
        w.Var(v.parent ? *v.parent + 1u : 0u);
        w.List_(v.aliases, [&](const std::string& a) { w.Str(a); });
    });
    // Column by column (ReadPayload reads them in this order).
    w.Var(ds.events.size());
    auto each = [&](auto write) {
        for (EventIndex i = 0; i < ds.events.size(); ++i) write(ds.events[i], i);
    };
    int32_t previous = 0;
    each([&](const Event& e, EventIndex) { w.DayFrom(e.date, std::exchange(previous, e.date.day)); });
    each([&](const Event& e, EventIndex) { w.Var(e.actor); });
    std::string prefix;
    each([&](const Event& e, EventIndex) {
        const std::string_view id = e.id.view();
        int form = e.actor < ds.countries.size() ? kIdForms - 1 : 0;  // (an actor out of range: refused on reading)
        for (; form > 0; --form) {
            IdPrefix(prefix, ds.countries[e.actor], e.date.day, form);
            if (id.size() > prefix.size() && id.starts_with(prefix)) break;
        }
        w.U8(static_cast<uint8_t>(form));
        w.Str(form ? id.substr(prefix.size()) : id);
    });
    for (Text Event::*text : {&Event::title, &Event::summary, &Event::title_de, &Event::summary_de})
        each([&](const Event& e, EventIndex) { w.Str(e.*text); });
    each([&](const Event& e, EventIndex) {
        w.OptDayFrom(e.effective, e.date.day);
        w.OptDayFrom(e.ends, e.date.day);
    });
    each([&](const Event& e, EventIndex) { w.List_(e.targets, [&](CountryId c) { w.Var(c); }); });
    each([&](const Event& e, EventIndex) {
        w.List_(e.vendors, [&](VendorId v) { w.Var(v); });
        w.Var(e.vendors_defended);
        w.Var(e.vendors_mentioned);
    });
    each([&](const Event& e, EventIndex) {
        w.U8(static_cast<uint8_t>(e.measure));
        w.U8(static_cast<uint8_t>(e.sector));
        w.U8(static_cast<uint8_t>(e.status));
        w.U8(e.severity);
    });
    each([&](const Event& e, EventIndex) {
        w.List_(e.sources, [&](const Source& s) {
            w.Str(s.url);
            w.Str(s.publisher);
            w.Str(s.title);
            w.Str(s.date);
        });
    });
    each([&](const Event& e, EventIndex i) { w.List_(e.responds_to, [&](EventIndex r) { w.Zig(int64_t{i} - r); }); });
    each([&](const Event& e, EventIndex) { w.Str(e.date_note); });
    if (ds.content_hashed) each([&](const Event& e, EventIndex) { w.U64(e.content_hash); });
    w.List_(ds.event_aliases, [&](const std::pair<std::string, std::string>& a) {
        w.Str(a.first);
        w.Str(a.second);
    });
    return WithPackHeader(w.out());
}

std::string WithPackHeader(std::string_view payload) {
    Writer head;
    head.out().append(kPackMagic);
    head.U32(kPackFormat);
    head.U64(Fnv1a64(payload));
    return head.out().append(payload);
}

namespace {

uint64_t IdsCheck(const std::vector<Event>& events) {
    std::string ids;
    for (const Event& e : events) ids.append(e.id.view()).push_back('\n');
    return Fnv1a64(ids);
}

std::string Hex16(uint64_t v) {
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = "0123456789abcdef"[v & 15];
    return out;
}

// Puts PackTitles's text into the events (before Finalize): the problem, if it is not that text for these events.
std::optional<Problem> PutTitles(std::string_view text, Dataset& ds, const Limits& limits) {
    size_t line = 1;
    auto problem = [&](const std::string& what) { return Problem{"titles", "line " + std::to_string(line), what}; };
    auto next_line = [&](std::string_view& out) {
        const size_t end = text.find('\n');
        if (end == std::string_view::npos) return false;
        out = text.substr(0, end);
        text.remove_prefix(end + 1);
        return true;
    };
    std::string_view head;
    if (!next_line(head) || head.substr(0, 14) != "rift-titles 1 ") return problem("not a Rift titles file (format 1)");
    const std::string expected =
        std::to_string(ds.events.size()) + " " + Hex16(IdsCheck(ds.events)) + " " + ds.version;
    if (head.substr(14) != expected)
        return problem("made for other events (\"" + ClipForMessage(head.substr(14), 80) + "\", these are \"" +
                       expected + "\")");
    for (Event& e : ds.events) {
        ++line;
        std::string_view title;
        if (!next_line(title)) return problem("the file ends early");
        if (title.empty() || title.size() > limits.max_string) return problem("a title is empty or too long");
        if (InvalidUtf8At(title) != std::string_view::npos || title.find('\r') != std::string_view::npos)
            return problem("a title is not UTF-8 text");
        e.title = title;
    }
    ++line;
    if (!text.empty()) return problem("text after the last title");
    return std::nullopt;
}

}  // namespace

std::string PackTitles(const Dataset& ds) {
    std::string out = "rift-titles 1 " + std::to_string(ds.events.size()) + " " + Hex16(IdsCheck(ds.events)) + " " +
                      ds.version + "\n";
    for (const Event& e : ds.events) {
        if (e.title.empty() || e.title.view().find_first_of("\r\n") != std::string_view::npos) return {};
        out.append(e.title.view()).push_back('\n');
    }
    return out;
}

LoadResult UnpackDataset(std::string_view bytes, const Limits& limits, std::string_view titles) {
    LoadResult result;
    auto refuse = [&](size_t at, const std::string& what) {
        result.problems.push_back({"snapshot", "byte " + std::to_string(at), what});
        return std::move(result);
    };
    if (bytes.size() > limits.max_bytes) return refuse(0, "larger than " + std::to_string(limits.max_bytes) + " bytes");
    if (bytes.size() < kHeader || bytes.substr(0, kPackMagic.size()) != kPackMagic)
        return refuse(0, "not a Rift binary snapshot");
    Reader head(bytes.substr(kPackMagic.size(), 12), kPackMagic.size(), limits);
    const uint32_t format = head.U32();
    const uint64_t check = head.U64();
    if (format != kPackFormat)
        return refuse(kPackMagic.size(), "format " + std::to_string(format) + ", this Rift reads " + std::to_string(kPackFormat));
    const std::string_view payload = bytes.substr(kHeader);
    if (Fnv1a64(payload) != check) return refuse(kPackMagic.size() + 4, "damaged (its check does not match its bytes)");

    auto ds = std::make_shared<Dataset>();
    Reader r(payload, kHeader, limits);
    if (!ReadPayload(r, *ds, limits)) return refuse(r.error_at(), r.error());
    if (!titles.empty())
        if (auto p = PutTitles(titles, *ds, limits)) {
            result.problems.push_back(std::move(*p));
            return result;
        }
    ds->Finalize();
    result.dataset = std::move(ds);
    return result;
}

}  // namespace rift
