// JSON → Dataset: a depth- and size-limited parse (nlohmann SAX), then field-by-field validation.
#include "core/load.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/countries.h"
#include "core/json_io.h"
#include "core/release.h"

namespace rift {

using nlohmann::json;

std::string FormatProblem(const Problem& p) {
    std::string s = p.file.empty() ? std::string() : p.file + ": ";
    if (!p.path.empty()) s += p.path + ": ";
    return s + p.message;
}

int32_t TodayUtc() {
    using namespace std::chrono;
    return static_cast<int32_t>(duration_cast<days>(system_clock::now().time_since_epoch()).count());
}

bool IsHttpUrl(std::string_view url) {
    std::string_view rest;
    if (url.substr(0, 7) == "http://") rest = url.substr(7);
    else if (url.substr(0, 8) == "https://") rest = url.substr(8);
    else return false;
    if (url.size() > 2000) return false;
    for (char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7f)
            return false;
    const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
    if (host.empty() || host.find('@') != std::string_view::npos) return false;
    const std::string_view name = host.substr(0, host.find(':'));
    return name == "localhost" || (name.find('.') != std::string_view::npos && name.front() != '.' && name.back() != '.');
}

namespace {

std::string LineColumn(std::string_view text, size_t pos) {
    pos = std::min(pos, text.size());
    size_t line = 1, col = 1;
    for (size_t i = 0; i < pos; ++i) {
        if (text[i] == '\n') { ++line; col = 1; } else { ++col; }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

class Loader {
public:
    Loader(const LoadOptions& options, LoadResult& result) : m_opt(options), m_result(result) {}

    bool Parse(std::string_view text, const std::string& file, json& out) {
        if (text.size() > m_opt.limits.max_bytes) {
            Report(file, "", "the file is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                                 std::to_string(m_opt.limits.max_bytes));
            return false;
        }
        if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
            Report(file, "", "the file starts with a byte-order mark (save it as UTF-8 without BOM)");
            return false;
        }
        std::string error;
        size_t position = 0;
        if (!ParseJson(text, out, {m_opt.limits.max_depth, m_opt.limits.max_string}, error, position)) {
            Report(file, "", "not valid JSON at " + LineColumn(text, position ? position - 1 : 0) + ": " +
                                 (error.empty() ? "syntax error" : error));
            return false;
        }
        return true;
    }

    void Report(const std::string& file, std::string path, std::string message) {
        if (m_result.problems.size() >= m_opt.limits.max_problems) {
            ++m_result.problems_not_listed;
            return;
        }
        m_result.problems.push_back({file, std::move(path), std::move(message)});
    }

    // --- typed field access: each reports what is wrong and where ---
    const json* Field(const std::string& file, const json& obj, const std::string& path, const char* key,
                      json::value_t type, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) Report(file, path, std::string("missing required field \"") + key + "\"");
            return nullptr;
        }
        const bool type_ok = type == json::value_t::number_integer ? it->is_number_integer() : it->type() == type;
        if (!type_ok) {
            Report(file, path + "." + key, std::string("must be ") + TypeName(type) + ", not " + it->type_name());
            return nullptr;
        }
        return &*it;
    }

    static const char* TypeName(json::value_t t) {
        switch (t) {
            case json::value_t::string: return "a string";
            case json::value_t::array: return "an array";
            case json::value_t::object: return "an object";
            case json::value_t::number_integer: return "a whole number";
            default: return "a value";
        }
    }

    std::optional<std::string> String(const std::string& file, const json& obj, const std::string& path,
                                      const char* key, bool required, bool non_empty = true) {
        const json* v = Field(file, obj, path, key, json::value_t::string, required);
        if (!v) return std::nullopt;
        std::string s = v->get<std::string>();
        if (non_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            Report(file, path + "." + key, "must not be empty");
            return std::nullopt;
        }
        return s;
    }

    std::optional<Date> DateField(const std::string& file, const json& obj, const std::string& path,
                                  const char* key, bool required) {
        auto s = String(file, obj, path, key, required);
        if (!s) return std::nullopt;
        auto d = ParseDate(*s);
        if (!d) {
            Report(file, path + "." + key, "\"" + Clip(*s) + "\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
            return std::nullopt;
        }
        if (d->day > m_opt.today) {
            Report(file, path + "." + key, "\"" + *s + "\" is in the future");
            return std::nullopt;
        }
        return d;
    }

    void CheckKeys(const std::string& file, const json& obj, const std::string& path,
                   std::initializer_list<std::string_view> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const std::string& k = it.key();
            if (!k.empty() && (k[0] == '_' || k.rfind("x_", 0) == 0)) continue;  // extensions
            if (std::find(known.begin(), known.end(), k) == known.end())
                Report(file, path, "unknown field \"" + Clip(k) + "\"");
        }
    }

    static std::string Clip(std::string_view s) {
        return ClipForMessage(s, 60);
    }
    // `s` clipped, in double quotes (built by append: GCC 12 at -O3 warns falsely on "\"" + std::string).
    static std::string Quoted(std::string_view s) {
        std::string out(1, '"');
        out.append(Clip(s)).push_back('"');
        return out;
    }

    std::optional<CountryId> Country(const std::string& file, const std::string& path, const json& v) {
        if (!v.is_string()) {
            Report(file, path, std::string("must be a country code string, not ") + v.type_name());
            return std::nullopt;
        }
        const std::string code = v.get<std::string>();
        if (!rift::FindCountry(code)) {
            Report(file, path, "unknown country code \"" + Clip(code) + "\" (ISO 3166-1 alpha-2 or EU)");
            return std::nullopt;
        }
        return m_ds->InternCountry(code);
    }

    template <typename E, size_t N>
    std::optional<E> Vocab(const std::string& file, const json& obj, const std::string& path, const char* key,
                           const std::array<std::string_view, N>& names) {
        auto s = String(file, obj, path, key, true);
        if (!s) return std::nullopt;
        auto v = ParseVocab<E>(names, *s);
        if (!v) {
            std::string allowed;
            for (auto n : names) allowed += (allowed.empty() ? "" : ", ") + std::string(n);
            Report(file, path + "." + key, "unknown value \"" + Clip(*s) + "\" (one of: " + allowed + ")");
        }
        return v;
    }

    static bool IsGoodId(std::string_view id) {
        if (id.empty() || id.size() > 120) return false;
        return std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        });
    }

    void LoadVendors(const std::string& file, const json& arr, const std::string& base,
                     std::map<std::string, Vendor>& out) {
        std::set<std::string> seen;
        for (size_t i = 0; i < arr.size(); ++i) {
            const std::string path = base + "[" + std::to_string(i) + "]";
            const json& v = arr[i];
            if (!v.is_object()) {
                Report(file, path, std::string("must be an object, not ") + v.type_name());
                continue;
            }
            CheckKeys(file, v, path, {"id", "name", "country", "sectors", "website", "parent", "aliases"});
            Vendor vendor;
            auto id = String(file, v, path, "id", true);
            auto name = String(file, v, path, "name", true);
            if (id && !IsGoodId(*id)) Report(file, path + ".id", "\"" + Clip(*id) + "\" is not a valid id (a-z, 0-9, - _ .)");
            if (id && !seen.insert(*id).second) Report(file, path + ".id", "duplicate vendor id \"" + *id + "\"");
            if (const json* c = Field(file, v, path, "country", json::value_t::string, true))
                if (auto cid = Country(file, path + ".country", *c)) vendor.country = *cid;
            if (const json* s = Field(file, v, path, "sectors", json::value_t::array, true)) {
                for (size_t k = 0; k < s->size(); ++k) {
                    const json& sv = (*s)[k];
                    if (!sv.is_string() || !VocabIndex(kVendorSectorNames, sv.get<std::string>()))
                        Report(file, path + ".sectors[" + std::to_string(k) + "]", "unknown vendor sector");
                    else vendor.sectors.push_back(sv.get<std::string>());
                }
            }
            if (auto w = String(file, v, path, "website", false)) {
                if (!IsHttpUrl(*w)) Report(file, path + ".website", "not an http(s) URL: \"" + Clip(*w) + "\"");
                else vendor.website = *w;
            }
            if (id && name) {
                if (auto parent = String(file, v, path, "parent", false))
                    m_parents.push_back({*id, *parent, file, path + ".parent"});
                vendor.aliases = Ids(file, v, path, "aliases");
                for (size_t k = 0; k < vendor.aliases.size(); ++k)
                    m_vendor_aliases.push_back({vendor.aliases[k], *id, file, path + ".aliases[" + std::to_string(k) + "]"});
                vendor.id = *id;
                vendor.name = *name;
                out[*id] = std::move(vendor);
            }
        }
    }

    // Reads both files, then the header, the vendors, each event and the links between events, in that order.
    LoadResult Run(std::string_view events_json, std::string_view vendors_json) {
        m_ds = std::make_shared<Dataset>();
        m_ds->partial = m_opt.first_view;
        json events_doc, vendors_doc;
        if (!Parse(events_json, kEventsFile, events_doc)) return Finish(false);
        const bool own_vendor_file = !vendors_json.empty();
        if (own_vendor_file && !Parse(vendors_json, kVendorsFile, vendors_doc)) return Finish(false);
        std::map<std::string, Vendor> vendors;
        if (own_vendor_file) ReadVendorFile(vendors_doc, vendors);
        if (!ReadHeader(events_doc, vendors)) return Finish(false);
        if (!KeepVendors(vendors, own_vendor_file ? kVendorsFile : kEventsFile)) return Finish(false);
        const json* events = Field(kEventsFile, events_doc, "$", "events", json::value_t::array, true);
        if (!events) return Finish(false);
        if (events->size() > m_opt.limits.max_events) {
            Report(kEventsFile, "$.events", std::to_string(events->size()) + " events are more than the limit of " +
                                                std::to_string(m_opt.limits.max_events));
            return Finish(false);
        }
        // The first view lacks summaries and sources: its hashes would say every event changed.
        m_ds->content_hashed = !m_opt.first_view && !m_opt.link_version.empty() && m_opt.link_version != m_ds->version;
        EventLinks links(events->size());
        m_ds->events.reserve(events->size());
        for (size_t i = 0; i < events->size(); ++i) m_ds->events.push_back(ReadEvent((*events)[i], i, links));
        ResolveLinks(links);
        CheckCycles(kEventsFile, links.paths);
        CheckDuplicates(kEventsFile, links.paths);
        return Finish(m_result.problems.empty() && m_result.problems_not_listed == 0);
    }

private:
    static inline const std::string kEventsFile = "events", kVendorsFile = "vendors";

    struct Alias {
        std::string alias, of, file, path;
    };
    struct ParentRef {
        std::string of, parent, file, path;  // vendor `of` names `parent`, at file/path
    };

    // What ReadEvent leaves for later, per event: its JSON path, and the ids it responds to (resolved once every
    // id is known).
    struct EventLinks {
        explicit EventLinks(size_t n) : paths(n), pending(n) {}
        std::vector<std::string> paths;
        std::vector<std::vector<std::string>> pending;
        std::map<std::string, size_t> ids;  // event id -> index
        std::vector<Alias> aliases;         // former ids, checked once every id is known
    };


    // vendors.json: an object with a "vendors" array, or the array alone.
    void ReadVendorFile(const json& doc, std::map<std::string, Vendor>& vendors) {
        if (doc.is_object()) {
            if (const json* arr = Field(kVendorsFile, doc, "$", "vendors", json::value_t::array, true))
                LoadVendors(kVendorsFile, *arr, "$.vendors", vendors);
        } else if (doc.is_array()) {
            LoadVendors(kVendorsFile, doc, "$", vendors);
        } else {
            Report(kVendorsFile, "$", "must be an object with a \"vendors\" array");
        }
    }

    // The events file's own fields: schema, version and the vendors it may bring.
    bool ReadHeader(const json& doc, std::map<std::string, Vendor>& vendors) {
        const std::string& ef = kEventsFile;
        if (!doc.is_object()) {
            Report(ef, "$", std::string("must be an object with schema, version and events, not ") + doc.type_name());
            return false;
        }
        CheckKeys(ef, doc, "$", {"schema", "version", "events", "vendors", "title", "description", "license"});
        if (auto schema = String(ef, doc, "$", "schema", true)) {
            if (schema->rfind("1", 0) != 0) Report(ef, "$.schema", "unsupported schema \"" + Clip(*schema) + "\" (this Rift reads 1.x)");
            m_ds->schema = *schema;
        }
        if (auto version = String(ef, doc, "$", "version", true)) m_ds->version = *version;
        if (const json* own = Field(ef, doc, "$", "vendors", json::value_t::array, false))
            LoadVendors(ef, *own, "$.vendors", vendors);
        return true;
    }

    // Moves the vendors into the dataset (by id) and indexes them.
    bool KeepVendors(std::map<std::string, Vendor>& vendors, const std::string& file) {
        // Vendor ids are 16 bits: more vendors would wrap them (and never end the loop below).
        if (constexpr size_t kMaxVendors = std::numeric_limits<VendorId>::max(); vendors.size() > kMaxVendors) {
            Report(file, "$.vendors", std::to_string(vendors.size()) + " vendors are more than the limit of " +
                                          std::to_string(kMaxVendors));
            return false;
        }
        for (auto& [id, v] : vendors) m_ds->vendors.push_back(std::move(v));
        for (VendorId i = 0; i < m_ds->vendors.size(); ++i) m_vendor_ids[m_ds->vendors[i].id] = i;
        ResolveParents();
        for (const Alias& a : m_vendor_aliases) {
            if (m_vendor_ids.count(a.alias)) Report(a.file, a.path, Quoted(a.alias) + " is already a vendor's id");
            else m_vendor_ids.emplace(a.alias, m_vendor_ids.at(a.of));
        }
        return true;
    }

    // Each vendor's parent is a known vendor, and following parents never comes back to where it started.
    void ResolveParents() {
        for (const ParentRef& ref : m_parents) {
            auto it = m_vendor_ids.find(ref.parent);
            if (it == m_vendor_ids.end()) Report(ref.file, ref.path, "unknown vendor " + Quoted(ref.parent));
            else m_ds->vendors[m_vendor_ids.at(ref.of)].parent = it->second;
        }
        for (VendorId start = 0; start < m_ds->vendors.size(); ++start) {
            std::optional<VendorId> v = m_ds->vendors[start].parent;
            for (size_t steps = 0; v; ++steps, v = m_ds->vendors[*v].parent) {
                if (*v != start && steps <= m_ds->vendors.size()) continue;
                const ParentRef& ref = *std::find_if(m_parents.begin(), m_parents.end(), [&](const ParentRef& r) {
                    return r.of == m_ds->vendors[start].id;
                });
                Report(ref.file, ref.path, "the parents of " + Quoted(m_ds->vendors[start].id) + " come back to it");
                m_ds->vendors[start].parent.reset();
                break;
            }
        }
    }

    // An optional array of ids (aliases): each a valid id.
    std::vector<std::string> Ids(const std::string& file, const json& obj, const std::string& path, const char* key) {
        std::vector<std::string> out;
        const json* arr = Field(file, obj, path, key, json::value_t::array, false);
        if (!arr) return out;
        for (size_t k = 0; k < arr->size(); ++k) {
            const json& v = (*arr)[k];
            const std::string p = path + "." + key + "[" + std::to_string(k) + "]";
            if (!v.is_string() || !IsGoodId(v.get_ref<const std::string&>())) Report(file, p, "must be an id (a-z, 0-9, - _ .)");
            else out.push_back(v.get<std::string>());
        }
        return out;
    }

    // "vendor_roles": {"tiktok": "defended"}: each key one of the event's vendors, each value a role; the vendors are
    // then put in role order (targeted first) and the counts of the others kept.
    void ReadVendorRoles(const json& ev, const std::string& path, Event& e) {
        const json* roles = Field(kEventsFile, ev, path, "vendor_roles", json::value_t::object, false);
        if (!roles) return;
        std::vector<VendorRole> role(e.vendors.size(), VendorRole::Targeted);
        for (auto it = roles->begin(); it != roles->end(); ++it) {
            const std::string p = path + ".vendor_roles." + it.key();
            const auto v = m_vendor_ids.find(it.key());
            const auto at = v == m_vendor_ids.end() ? e.vendors.end() : std::find(e.vendors.begin(), e.vendors.end(), v->second);
            if (at == e.vendors.end()) {
                Report(kEventsFile, p, Quoted(it.key()) + " is not one of this event's vendors");
                continue;
            }
            const auto r = it->is_string() ? ParseVocab<VendorRole>(kVendorRoleNames, it->get<std::string>()) : std::nullopt;
            if (!r) Report(kEventsFile, p, "must be \"targeted\", \"defended\" or \"mentioned\"");
            else role[static_cast<size_t>(at - e.vendors.begin())] = *r;
        }
        std::vector<VendorId> ordered;
        for (VendorRole r : {VendorRole::Targeted, VendorRole::Defended, VendorRole::Mentioned})
            for (size_t k = 0; k < role.size(); ++k)
                if (role[k] == r) ordered.push_back(e.vendors[k]);
        e.vendors.assign(ordered.begin(), ordered.end());
        e.vendors_defended = static_cast<uint16_t>(std::count(role.begin(), role.end(), VendorRole::Defended));
        e.vendors_mentioned = static_cast<uint16_t>(std::count(role.begin(), role.end(), VendorRole::Mentioned));
    }

    // A list of codes or ids, each once: a repeat is a problem (it would be counted twice), reported at its place.
    template <typename T, typename Read>
    void ReadList(const json& list, const std::string& path, SmallList<T, 8 / sizeof(T)>& out, const char* what,
                  Read&& read) {
        for (size_t k = 0; k < list.size(); ++k) {
            const std::string item = path + "[" + std::to_string(k) + "]";
            const std::optional<T> v = read(item, list[k]);
            if (!v) continue;
            if (std::find(out.begin(), out.end(), *v) != out.end()) {
                Report(kEventsFile, item, std::string(what) + " " + Quoted(list[k].get<std::string>()) + " is listed twice");
                continue;
            }
            out.push_back(*v);
        }
    }

    std::optional<VendorId> VendorRef(const std::string& path, const json& v) {
        if (!v.is_string()) {
            Report(kEventsFile, path, "must be a vendor id string");
            return std::nullopt;
        }
        auto it = m_vendor_ids.find(v.get<std::string>());
        if (it == m_vendor_ids.end()) {
            Report(kEventsFile, path, "unknown vendor \"" + Clip(v.get<std::string>()) + "\"");
            return std::nullopt;
        }
        return it->second;
    }

    Source ReadSource(const json& s, const std::string& sp) {
        const std::string& ef = kEventsFile;
        Source src;
        CheckKeys(ef, s, sp, {"url", "publisher", "title", "date"});
        if (auto u = String(ef, s, sp, "url", true)) {
            if (!IsHttpUrl(*u)) Report(ef, sp + ".url", "not a well-formed http(s) URL: \"" + Clip(*u) + "\"");
            else src.url = *u;
        }
        if (auto p = String(ef, s, sp, "publisher", true)) src.publisher = *p;
        if (auto t = String(ef, s, sp, "title", true)) src.title = *t;
        if (auto d = DateField(ef, s, sp, "date", false)) src.date = FormatDate(*d);  // the page may show none
        return src;
    }

    Event ReadEvent(const json& ev, size_t i, EventLinks& links) {
        const std::string& ef = kEventsFile;
        const std::string path = "$.events[" + std::to_string(i) + "]";
        links.paths[i] = path;
        Event e;
        if (!ev.is_object()) {
            Report(ef, path, std::string("must be an object, not ") + ev.type_name());
            return e;
        }
        CheckKeys(ef, ev, path, {"id", "date", "effective", "ends", "actor", "targets", "vendors", "vendor_roles", "measure",
                                 "sector", "status", "title", "summary", "sources", "responds_to", "severity",
                                 "aliases", "date_note", "title_de", "summary_de"});
        if (m_ds->content_hashed) e.content_hash = EventHash(ev);
        if (auto id = String(ef, ev, path, "id", true)) {
            if (!IsGoodId(*id)) Report(ef, path + ".id", "\"" + Clip(*id) + "\" is not a valid id (a-z, 0-9, - _ .)");
            auto [it, inserted] = links.ids.emplace(*id, i);
            if (!inserted) Report(ef, path + ".id", "duplicate id \"" + *id + "\" (first at $.events[" + std::to_string(it->second) + "])");
            e.id = *id;
            for (std::string& alias : Ids(ef, ev, path, "aliases")) links.aliases.push_back({std::move(alias), *id, ef, path + ".aliases"});
        }
        if (auto d = DateField(ef, ev, path, "date", true)) e.date = *d;
        e.effective = DateField(ef, ev, path, "effective", false);
        e.ends = DateField(ef, ev, path, "ends", false);
        if (e.ends && UpperBoundDay(*e.ends) < e.date.day) Report(ef, path + ".ends", "ends before the event's date");
        if (const json* a = Field(ef, ev, path, "actor", json::value_t::string, true))
            if (auto c = Country(ef, path + ".actor", *a)) e.actor = *c;
        if (const json* t = Field(ef, ev, path, "targets", json::value_t::array, true))
            ReadList(*t, path + ".targets", e.targets, "country",
                     [&](const std::string& p, const json& v) { return Country(ef, p, v); });
        if (const json* vs = Field(ef, ev, path, "vendors", json::value_t::array, true))
            ReadList(*vs, path + ".vendors", e.vendors, "vendor",
                     [&](const std::string& p, const json& v) { return VendorRef(p, v); });
        ReadVendorRoles(ev, path, e);
        if (auto note = String(ef, ev, path, "date_note", false)) e.date_note = *note;
        if (auto m = Vocab<Measure>(ef, ev, path, "measure", kMeasureNames)) e.measure = *m;
        if (auto s = Vocab<Sector>(ef, ev, path, "sector", kSectorNames)) e.sector = *s;
        if (auto s = Vocab<Status>(ef, ev, path, "status", kStatusNames)) e.status = *s;
        const bool details_required = !m_opt.first_view;  // the first view's titles come in their own file
        if (auto t = String(ef, ev, path, "title", details_required)) e.title = *t;
        if (auto s = String(ef, ev, path, "summary", details_required)) e.summary = *s;
        if (auto t = String(ef, ev, path, "title_de", false)) e.title_de = *t;
        if (auto s = String(ef, ev, path, "summary_de", false)) e.summary_de = *s;
        if (const json* sev = Field(ef, ev, path, "severity", json::value_t::number_integer, true)) {
            const auto n = sev->get<int64_t>();
            if (n < 1 || n > 5) Report(ef, path + ".severity", "must be between 1 and 5, not " + std::to_string(n));
            else e.severity = static_cast<uint8_t>(n);
        }
        if (const json* srcs = Field(ef, ev, path, "sources", json::value_t::array, details_required)) {
            if (srcs->empty()) Report(ef, path + ".sources", "needs at least one source");
            for (size_t k = 0; k < srcs->size(); ++k) {
                const std::string sp = path + ".sources[" + std::to_string(k) + "]";
                const json& s = (*srcs)[k];
                if (!s.is_object()) Report(ef, sp, "must be an object with url, publisher, title, date");
                else e.sources.push_back(ReadSource(s, sp));
            }
        }
        if (const json* r = Field(ef, ev, path, "responds_to", json::value_t::array, false)) {
            for (size_t k = 0; k < r->size(); ++k) {
                if (!(*r)[k].is_string()) Report(ef, path + ".responds_to[" + std::to_string(k) + "]", "must be an event id string");
                else links.pending[i].push_back((*r)[k].get<std::string>());
            }
        }
        return e;
    }

    // responds_to, once every id is known: existing, not itself, not later, each once. Aliases: no id, each once.
    void ResolveLinks(const EventLinks& links) {
        const std::string& ef = kEventsFile;
        std::set<std::string> aliases;
        for (const Alias& a : links.aliases) {
            if (links.ids.count(a.alias)) Report(a.file, a.path, Quoted(a.alias) + " is an event's id, not a former one");
            else if (!aliases.insert(a.alias).second) Report(a.file, a.path, Quoted(a.alias) + " is already an alias");
            else m_ds->event_aliases.emplace_back(a.alias, a.of);
        }
        for (size_t i = 0; i < links.pending.size(); ++i) {
            for (size_t k = 0; k < links.pending[i].size(); ++k) {
                const std::string& target = links.pending[i][k];
                const std::string lp = links.paths[i] + ".responds_to[" + std::to_string(k) + "]";
                auto it = links.ids.find(target);
                if (it == links.ids.end()) { Report(ef, lp, "no event has the id \"" + Clip(target) + "\""); continue; }
                if (it->second == i) { Report(ef, lp, "an event cannot respond to itself"); continue; }
                // With month/year precision, a response in the same period as the event it answers is fine.
                if (m_ds->events[it->second].date.day > UpperBoundDay(m_ds->events[i].date)) {
                    Report(ef, lp, "\"" + target + "\" is dated after this event; a response must come later");
                    continue;
                }
                auto& responds = m_ds->events[i].responds_to;
                const auto index = static_cast<EventIndex>(it->second);
                if (std::find(responds.begin(), responds.end(), index) != responds.end()) {
                    Report(ef, lp, Quoted(target) + " is listed twice");
                    continue;
                }
                responds.push_back(index);
            }
        }
    }

public:
    // Same-day responses can form cycles; dates alone do not exclude them.
    void CheckCycles(const std::string& file, const std::vector<std::string>& paths) {
        for (const auto& [node, to] : ResponseCycles(m_ds->events))
            Report(file, paths[node] + ".responds_to", "responds_to forms a cycle through \"" + m_ds->events[to].id.str() + "\"");
    }

    void CheckDuplicates(const std::string& file, const std::vector<std::string>& paths) {
        std::map<std::tuple<int32_t, CountryId, uint8_t, std::vector<VendorId>>, size_t> seen;
        for (size_t i = 0; i < m_ds->events.size(); ++i) {
            const Event& e = m_ds->events[i];
            if (e.id.empty()) continue;
            std::vector<VendorId> vs(e.vendors.begin(), e.vendors.end());
            std::sort(vs.begin(), vs.end());
            if (vs.empty()) continue;  // country-neutral measures on one day are often distinct
            auto [it, inserted] = seen.emplace(std::make_tuple(e.date.day, e.actor, static_cast<uint8_t>(e.measure), vs), i);
            if (!inserted)
                Report(file, paths[i], "probable duplicate of \"" + m_ds->events[it->second].id.str() +
                                           "\" (same actor, date, measure and vendors)");
        }
    }

    LoadResult Finish(bool ok) {
        if (ok) {
            m_ds->Finalize();
            m_result.dataset = std::move(m_ds);
        }
        return std::move(m_result);
    }

private:
    const LoadOptions& m_opt;
    LoadResult& m_result;
    std::shared_ptr<Dataset> m_ds;
    std::map<std::string, VendorId> m_vendor_ids;  // ids and aliases
    std::vector<ParentRef> m_parents;               // each vendor's parent as written
    std::vector<Alias> m_vendor_aliases;
};

}  // namespace

LoadResult LoadDataset(std::string_view events_json, std::string_view vendors_json, const LoadOptions& options) {
    LoadResult result;
    Loader loader(options, result);
    return loader.Run(events_json, vendors_json);
}

}  // namespace rift
