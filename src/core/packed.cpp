#include "core/packed.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "core/countries.h"

namespace rift {

namespace {

// ---- writing ----
class Writer {
public:
    void U8(uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void U16(uint16_t v) { Le(v, 2); }
    void U32(uint32_t v) { Le(v, 4); }
    void U64(uint64_t v) { Le(v, 8); }
    void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
    void Str(std::string_view s) {
        U32(static_cast<uint32_t>(s.size()));
        m_out.append(s);
    }
    void Day(const Date& d) {
        I32(d.day);
        U8(static_cast<uint8_t>(d.precision));
    }
    void OptDay(const std::optional<Date>& d) {
        U8(d ? 1 : 0);
        if (d) Day(*d);
    }
    template <typename List, typename Each>
    void List_(const List& list, Each each) {
        U32(static_cast<uint32_t>(list.size()));
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

    uint8_t U8() { return static_cast<uint8_t>(Le(1)); }
    uint16_t U16() { return static_cast<uint16_t>(Le(2)); }
    uint32_t U32() { return static_cast<uint32_t>(Le(4)); }
    uint64_t U64() { return Le(8); }
    int32_t I32() { return static_cast<int32_t>(U32()); }
    // A count of items each at least `min_item` bytes long: never more than the bytes left could hold.
    uint32_t Count(size_t min_item, size_t max, const char* what) {
        const uint32_t n = U32();
        if (ok() && (n > (m_in.size() - m_at) / min_item || n > max)) Fail(std::string("impossible count of ") + what);
        return ok() ? n : 0;
    }
    std::string_view Str(size_t max, const char* what) {
        const uint32_t n = U32();
        if (!ok()) return {};
        if (n > m_in.size() - m_at) return Fail(std::string(what) + " runs past the end"), std::string_view();
        if (n > max) return Fail(std::string(what) + " is longer than " + std::to_string(max) + " bytes"), std::string_view();
        const std::string_view s = m_in.substr(m_at, n);
        if (InvalidUtf8At(s) != std::string_view::npos) return Fail(std::string(what) + " is not UTF-8"), std::string_view();
        m_at += n;
        return s;
    }
    std::string_view String(const char* what) { return Str(m_limits.max_string, what); }
    Date Day(const char* what) {
        Date d;
        d.day = I32();
        const uint8_t precision = U8();
        // Years 1 to 9999, as the JSON's dates can say.
        if (ok() && (d.day < DaysFromCivil(1, 1, 1) || d.day > DaysFromCivil(9999, 12, 31) ||
                     precision > static_cast<uint8_t>(Precision::Day)))
            Fail(std::string("impossible ") + what);
        d.precision = static_cast<Precision>(precision);
        return d;
    }
    std::optional<Date> OptDay(const char* what) {
        const uint8_t has = U8();
        if (has > 1) Fail(std::string("bad flag for ") + what);
        if (has != 1 || !ok()) return std::nullopt;
        return Day(what);
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

// Reads a list of ids below `n`, each once, into `out` (a SmallList or a vector).
template <typename Id, typename List>
bool ReadIds(Reader& r, size_t n, List& out, const char* what) {
    const uint32_t count = r.Count(sizeof(Id), 65535, what);
    for (uint32_t k = 0; k < count && r.ok(); ++k) {
        const Id id = sizeof(Id) == 2 ? static_cast<Id>(r.U16()) : static_cast<Id>(r.U32());
        if (!r.ok()) break;
        if (id >= n) return r.Fail(std::string(what) + " out of range");
        if (std::find(out.begin(), out.end(), id) != out.end()) return r.Fail(std::string(what) + " listed twice");
        out.push_back(id);
    }
    return r.ok();
}

bool ReadPayload(Reader& r, Dataset& ds, const Limits& limits) {
    ds.schema = r.String("schema");
    ds.version = r.String("version");
    const uint8_t flags = r.U8();
    if (flags > 3) return r.Fail("unknown flags");
    ds.partial = (flags & 1) != 0;
    ds.content_hashed = (flags & 2) != 0;

    const uint32_t n_countries = r.Count(5, 65535, "countries");
    for (uint32_t k = 0; k < n_countries && r.ok(); ++k) {
        const std::string_view code = r.Str(16, "a country code");
        if (r.ok() && !FindCountry(code)) return r.Fail("unknown country code");
        if (r.ok() && ds.InternCountry(code) != k) return r.Fail("repeated country code");
    }

    const uint32_t n_vendors = r.Count(19, 65535, "vendors");
    std::unordered_set<std::string_view> vendor_ids;
    ds.vendors.resize(n_vendors);
    for (uint32_t v = 0; v < n_vendors && r.ok(); ++v) {
        Vendor& vendor = ds.vendors[v];
        const std::string_view id = r.String("a vendor id");
        if (r.ok() && (id.empty() || !vendor_ids.insert(id).second)) return r.Fail("empty or repeated vendor id");
        vendor.id = id;
        vendor.name = r.String("a vendor name");
        vendor.country = r.U16();
        if (r.ok() && vendor.country >= n_countries) return r.Fail("vendor country out of range");
        const uint32_t n_sectors = r.Count(4, 255, "sectors");
        for (uint32_t k = 0; k < n_sectors && r.ok(); ++k) vendor.sectors.emplace_back(r.String("a sector"));
        vendor.website = r.String("a website");
        const uint16_t parent = r.U16();  // + 1; 0 for none
        if (r.ok() && (parent > n_vendors || parent == v + 1)) return r.Fail("vendor parent out of range");
        if (parent) vendor.parent = static_cast<VendorId>(parent - 1);
        const uint32_t n_aliases = r.Count(4, 255, "aliases");
        for (uint32_t k = 0; k < n_aliases && r.ok(); ++k) {
            const std::string_view alias = r.String("a vendor alias");
            if (r.ok() && (alias.empty() || !vendor_ids.insert(alias).second)) return r.Fail("empty or repeated vendor alias");
            vendor.aliases.emplace_back(alias);
        }
    }
    // Following parents never comes back (RootOf and FamilyOf walk them).
    for (VendorId start = 0; start < ds.vendors.size() && r.ok(); ++start) {
        std::optional<VendorId> v = ds.vendors[start].parent;
        for (size_t steps = 0; v; v = ds.vendors[*v].parent)
            if (++steps > ds.vendors.size()) return r.Fail("vendor parents form a cycle");
    }

    const uint32_t n_events = r.Count(60, limits.max_events, "events");
    std::unordered_set<std::string_view> event_ids;
    ds.events.resize(n_events);
    for (uint32_t i = 0; i < n_events && r.ok(); ++i) {
        Event& e = ds.events[i];
        const std::string_view id = r.String("an event id");
        if (r.ok() && (id.empty() || !event_ids.insert(id).second)) return r.Fail("empty or repeated event id");
        e.id = id;
        e.title = r.String("a title");
        e.summary = r.String("a summary");
        e.title_de = r.String("a German title");
        e.summary_de = r.String("a German summary");
        e.date = r.Day("date");
        e.effective = r.OptDay("effective date");
        e.ends = r.OptDay("end date");
        e.actor = r.U16();
        if (r.ok() && e.actor >= n_countries) return r.Fail("actor out of range");
        if (!ReadIds<CountryId>(r, n_countries, e.targets, "a target")) break;
        if (!ReadIds<VendorId>(r, n_vendors, e.vendors, "a vendor")) break;
        e.vendors_defended = r.U16();
        e.vendors_mentioned = r.U16();
        if (r.ok() && size_t{e.vendors_defended} + e.vendors_mentioned > e.vendors.size())
            return r.Fail("more vendor roles than vendors");
        const uint8_t measure = r.U8(), sector = r.U8(), status = r.U8();
        e.severity = r.U8();
        if (r.ok() && (measure >= kMeasureCount || sector >= kSectorCount || status >= kStatusCount || e.severity < 1 ||
                       e.severity > 5))
            return r.Fail("measure, sector, status or severity out of range");
        e.measure = static_cast<Measure>(measure);
        e.sector = static_cast<Sector>(sector);
        e.status = static_cast<Status>(status);
        const uint32_t n_sources = r.Count(16, 255, "sources");
        for (uint32_t k = 0; k < n_sources && r.ok(); ++k) {
            Source s;
            s.url = r.String("a source url");
            s.publisher = r.String("a publisher");
            s.title = r.String("a source title");
            s.date = r.String("a source date");
            e.sources.push_back(std::move(s));
        }
        if (!ReadIds<EventIndex>(r, n_events, e.responds_to, "a response link")) break;
        if (std::find(e.responds_to.begin(), e.responds_to.end(), i) != e.responds_to.end())
            return r.Fail("an event responds to itself");
        e.date_note = r.String("a date note");
        e.content_hash = r.U64();
    }
    if (r.ok() && !ResponseCycles(ds.events).empty()) return r.Fail("response links form a cycle");

    const uint32_t n_aliases = r.Count(8, limits.max_events, "event aliases");
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
        w.U16(v.country);
        w.List_(v.sectors, [&](const std::string& s) { w.Str(s); });
        w.Str(v.website);
        w.U16(v.parent ? static_cast<uint16_t>(*v.parent + 1) : 0);
        w.List_(v.aliases, [&](const std::string& a) { w.Str(a); });
    });
    w.List_(ds.events, [&](const Event& e) {
        for (const Text* t : {&e.id, &e.title, &e.summary, &e.title_de, &e.summary_de}) w.Str(*t);
        w.Day(e.date);
        w.OptDay(e.effective);
        w.OptDay(e.ends);
        w.U16(e.actor);
        w.List_(e.targets, [&](CountryId c) { w.U16(c); });
        w.List_(e.vendors, [&](VendorId v) { w.U16(v); });
        w.U16(e.vendors_defended);
        w.U16(e.vendors_mentioned);
        w.U8(static_cast<uint8_t>(e.measure));
        w.U8(static_cast<uint8_t>(e.sector));
        w.U8(static_cast<uint8_t>(e.status));
        w.U8(e.severity);
        w.List_(e.sources, [&](const Source& s) {
            w.Str(s.url);
            w.Str(s.publisher);
            w.Str(s.title);
            w.Str(s.date);
        });
        w.List_(e.responds_to, [&](EventIndex r) { w.U32(r); });
        w.Str(e.date_note);
        w.U64(e.content_hash);
    });
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
