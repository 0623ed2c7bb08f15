// URL state: percent-encoding, list values and per-key validation.
#include "core/url_state.h"

#include <algorithm>

#include "core/countries.h"

namespace rift {

std::string PercentEncode(std::string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~' || c == '/' || c == ':') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

namespace {
// A link the app wrote must always read back, so each value is capped (vendors at kMaxVendors ids, data at 2000
// bytes, q at 200) and ToUrl of any state stays well under kMaxLink (about 40 KiB at most, even fully escaped).
constexpr size_t kMaxLink = 65536;
constexpr size_t kMaxVendors = 256;

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A decoded list value's items (empty items dropped).
std::vector<std::string> SplitList(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string_view::npos) comma = s.size();
        if (comma > start) out.emplace_back(s.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

bool IsCode(std::string_view s) { return FindCountry(s) != nullptr; }

bool IsVendorId(std::string_view s) {
    return !s.empty() && s.size() <= 120 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

std::string Clip(std::string_view s) { return ClipForMessage(s, 40); }

template <typename E, size_t N>
std::vector<E> ParseVocabList(const std::vector<std::string>& items, const std::array<std::string_view, N>& names,
                              std::string_view key, std::vector<std::string>& warnings) {
    std::vector<E> out;
    for (const std::string& item : items) {
        if (auto v = ParseVocab<E>(names, item)) {
            if (std::find(out.begin(), out.end(), *v) == out.end()) out.push_back(*v);
        } else {
            warnings.push_back(std::string(key) + ": unknown value \"" + Clip(item) + "\" ignored");
        }
    }
    return out;
}
}  // namespace

std::string PercentDecode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

namespace {

// ---- the keys ----
using Warnings = std::vector<std::string>;
using Items = std::vector<std::string>;

// (The key is clipped too: a key from a link may be any bytes, and every warning is shown and sent as UTF-8.)
void Bad(Warnings& w, std::string_view key, std::string_view why, std::string_view value) {
    w.push_back(Clip(key) + ": " + std::string(why) + " \"" + Clip(value) + "\" ignored");
}

Items One(std::string s) { return Items{std::move(s)}; }
Items DateItems(const std::optional<Date>& d) { return d ? One(FormatDate(*d)) : Items{}; }
template <typename E, size_t N>
Items NameItems(const std::vector<E>& v, const std::array<std::string_view, N>& names) {
    Items out;
    for (E e : v) out.emplace_back(names[static_cast<size_t>(e)]);
    return out;
}

void ReadDate(std::optional<Date>& out, std::string_view key, const std::string& value, Warnings& w) {
    if (auto d = ParseDate(value)) out = *d;
    else Bad(w, key, "not a date", value);
}

// Country codes, each once; unknown ones are reported and left out.
void ReadCodes(std::vector<std::string>& out, std::string_view key, const std::string& value, Warnings& w) {
    out.clear();
    for (std::string& c : SplitList(value)) {
        if (!IsCode(c)) w.push_back(std::string(key) + ": unknown country code \"" + Clip(c) + "\" ignored");
        else if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
    }
}

template <typename E, size_t N>
void ReadNames(std::vector<E>& out, const std::array<std::string_view, N>& names, std::string_view key,
               const std::string& value, Warnings& w) {
    out = ParseVocabList<E>(SplitList(value), names, key, w);
}

template <typename E, size_t N>
void ReadOne(E& out, const std::array<std::string_view, N>& names, std::string_view key, std::string_view why,
             const std::string& value, Warnings& w) {
    if (auto v = ParseVocab<E>(names, value)) out = *v;
    else Bad(w, key, why, value);
}

void ReadFlag(bool& out, std::string_view key, const std::string& value, Warnings& w) {
    if (value == "1" || value == "0") out = value == "1";
    else Bad(w, key, "must be 1 or 0, not", value);
}

void ReadVendors(ViewState& st, const std::string& value, Warnings& w) {
    auto& out = st.filter.vendors;
    out.clear();
    for (std::string& v : SplitList(value)) {
        if (IsVendorId(v)) out.push_back(std::move(v));
        else w.push_back("vendor: \"" + Clip(v) + "\" is not a vendor id; ignored");
    }
    if (out.size() > kMaxVendors) {
        w.push_back("vendor: more than " + std::to_string(kMaxVendors) + " vendors; the first " +
                    std::to_string(kMaxVendors) + " are kept");
        out.resize(kMaxVendors);
    }
}

// 2 to kMaxCompare countries; fewer is no comparison and leaves the current one.
void ReadCompare(ViewState& st, const std::string& value, Warnings& w) {
    std::vector<std::string> codes;
    ReadCodes(codes, "compare", value, w);
    if (codes.size() > kMaxCompare) {
        w.push_back("compare: more than " + std::to_string(kMaxCompare) + " countries; the first " +
                    std::to_string(kMaxCompare) + " are kept");
        codes.resize(kMaxCompare);
    }
    if (codes.size() >= 2) st.compare = std::move(codes);
    else if (codes.size() == 1) w.push_back("compare: needs 2 to " + std::to_string(kMaxCompare) + " countries; ignored");
}

void ReadData(ViewState& st, const std::string& value, Warnings& w) {
    const bool http = value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0;
    const bool relative = !value.empty() && value.find(':') == std::string::npos;
    if (value.size() >= 2000) Bad(w, "data", "dataset URL longer than 2000 characters", value);
    else if (http || relative) st.data = value;
    else Bad(w, "data", "only http(s) or relative dataset URLs are loaded;", value);
}

const ViewState kDefaults{};

// The table. Captureless lambdas: each key's three operations side by side.
const StateKey kKeys[] = {
    {"view", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kViewNames[static_cast<size_t>(s.view)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.view, kViewNames, "view", "unknown view", v, w); },
     [](ViewState& s) { s.view = kDefaults.view; }},
    {"from", StateKey::Form::Date, [](const ViewState& s) { return DateItems(s.filter.from); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadDate(s.filter.from, "from", v, w); },
     [](ViewState& s) { s.filter.from.reset(); }},
    {"to", StateKey::Form::Date, [](const ViewState& s) { return DateItems(s.filter.to); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadDate(s.filter.to, "to", v, w); },
     [](ViewState& s) { s.filter.to.reset(); }},
    {"actor", StateKey::Form::List, [](const ViewState& s) { return s.filter.actors; },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadCodes(s.filter.actors, "actor", v, w); },
     [](ViewState& s) { s.filter.actors.clear(); }},
    {"target", StateKey::Form::List, [](const ViewState& s) { return s.filter.targets; },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadCodes(s.filter.targets, "target", v, w); },
     [](ViewState& s) { s.filter.targets.clear(); }},
    {"vendor", StateKey::Form::List, [](const ViewState& s) { return s.filter.vendors; }, ReadVendors,
     [](ViewState& s) { s.filter.vendors.clear(); }},
    {"exact", StateKey::Form::Bool, [](const ViewState& s) { return One(s.filter.vendor_exact ? "1" : "0"); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadFlag(s.filter.vendor_exact, "exact", v, w); },
     [](ViewState& s) { s.filter.vendor_exact = kDefaults.filter.vendor_exact; }},
    {"measure", StateKey::Form::List, [](const ViewState& s) { return NameItems(s.filter.measures, kMeasureNames); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadNames(s.filter.measures, kMeasureNames, "measure", v, w); },
     [](ViewState& s) { s.filter.measures.clear(); }},
    {"sector", StateKey::Form::List, [](const ViewState& s) { return NameItems(s.filter.sectors, kSectorNames); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadNames(s.filter.sectors, kSectorNames, "sector", v, w); },
     [](ViewState& s) { s.filter.sectors.clear(); }},
    {"status", StateKey::Form::List, [](const ViewState& s) { return NameItems(s.filter.statuses, kStatusNames); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadNames(s.filter.statuses, kStatusNames, "status", v, w); },
     [](ViewState& s) { s.filter.statuses.clear(); }},
    {"q", StateKey::Form::Text, [](const ViewState& s) { return One(s.filter.text); },
     [](ViewState& s, const std::string& v, Warnings& w) {
         if (v.size() > 200) Bad(w, "q", "search text longer than 200 characters", v);
         else s.filter.text = v;
     },
     [](ViewState& s) { s.filter.text.clear(); }},
    {"t", StateKey::Form::Date, [](const ViewState& s) { return DateItems(s.cursor); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadDate(s.cursor, "t", v, w); },
     [](ViewState& s) { s.cursor.reset(); }},
    {"span", StateKey::Form::Date,
     [](const ViewState& s) { return s.span ? One(FormatDate(s.span->first) + ".." + FormatDate(s.span->second)) : Items{}; },
     [](ViewState& s, const std::string& v, Warnings& w) {
         const size_t dots = v.find("..");
         const auto a = dots == std::string::npos ? std::nullopt : ParseDate(std::string_view(v).substr(0, dots));
         const auto b = dots == std::string::npos ? std::nullopt : ParseDate(std::string_view(v).substr(dots + 2));
         if (!a || !b || UpperBoundDay(*b) <= a->day) Bad(w, "span", "must be two dates, the first earlier (2014-05-01..2014-06-15), not", v);
         else s.span = std::pair{*a, *b};
     },
     [](ViewState& s) { s.span.reset(); }},
    {"play", StateKey::Form::Bool, [](const ViewState& s) { return One(s.play ? "1" : "0"); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadFlag(s.play, "play", v, w); },
     [](ViewState& s) { s.play = kDefaults.play; }},
    {"compare", StateKey::Form::List, [](const ViewState& s) { return s.compare; }, ReadCompare,
     [](ViewState& s) { s.compare = kDefaults.compare; }},
    {"event", StateKey::Form::Text, [](const ViewState& s) { return One(s.event); },
     [](ViewState& s, const std::string& v, Warnings& w) {
         if (IsVendorId(v)) s.event = v;
         else Bad(w, "event", "not an event id", v);
     },
     [](ViewState& s) { s.event.clear(); }},
    {"lang", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kLangNames[static_cast<size_t>(s.lang)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.lang, kLangNames, "lang", "unsupported language", v, w); },
     [](ViewState& s) { s.lang = kDefaults.lang; }},
    {"theme", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kThemeNames[static_cast<size_t>(s.theme)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.theme, kThemeNames, "theme", "unknown theme", v, w); },
     [](ViewState& s) { s.theme = kDefaults.theme; }},
    {"embed", StateKey::Form::Bool, [](const ViewState& s) { return One(s.embed ? "1" : "0"); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadFlag(s.embed, "embed", v, w); },
     [](ViewState& s) { s.embed = kDefaults.embed; }},
    {"map", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kCountryRoleNames[static_cast<size_t>(s.map_color)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.map_color, kCountryRoleNames, "map", "unknown map colouring", v, w); },
     [](ViewState& s) { s.map_color = kDefaults.map_color; }},
    {"families", StateKey::Form::Bool, [](const ViewState& s) { return One(s.families ? "1" : "0"); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadFlag(s.families, "families", v, w); },
     [](ViewState& s) { s.families = kDefaults.families; }},
    {"mapvendor", StateKey::Form::Text, [](const ViewState& s) { return One(s.map_vendor); },
     [](ViewState& s, const std::string& v, Warnings& w) {
         if (IsVendorId(v)) s.map_vendor = v;
         else Bad(w, "mapvendor", "not a vendor id", v);
     },
     [](ViewState& s) { s.map_vendor.clear(); }},
    {"count", StateKey::Form::Bool, [](const ViewState& s) { return One(s.count ? "1" : "0"); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadFlag(s.count, "count", v, w); },
     [](ViewState& s) { s.count = kDefaults.count; }},
    {"cstatus", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kCountStageNames[static_cast<size_t>(s.count_stage)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.count_stage, kCountStageNames, "cstatus", "must be any, announced, enacted or in_force, not", v, w); },
     [](ViewState& s) { s.count_stage = kDefaults.count_stage; }},
    {"scope", StateKey::Form::Text, [](const ViewState& s) { return One(std::string(kCountScopeNames[static_cast<size_t>(s.count_scope)])); },
     [](ViewState& s, const std::string& v, Warnings& w) { ReadOne(s.count_scope, kCountScopeNames, "scope", "must be any, gov or public, not", v, w); },
     [](ViewState& s) { s.count_scope = kDefaults.count_scope; }},
    {"title", StateKey::Form::Text, [](const ViewState& s) { return One(s.title); },
     [](ViewState& s, const std::string& v, Warnings& w) {
         if (v.size() > 120) Bad(w, "title", "longer than 120 characters:", v);
         else s.title = v;
     },
     [](ViewState& s) { s.title.clear(); }},
    {"data", StateKey::Form::Text, [](const ViewState& s) { return One(s.data); }, ReadData,
     [](ViewState& s) { s.data.clear(); }},
    {"v", StateKey::Form::Text, [](const ViewState& s) { return One(s.data_version); },
     [](ViewState& s, const std::string& v, Warnings& w) {
         if (v.size() <= 64) s.data_version = v;
         else Bad(w, "v", "version too long", v);
     },
     [](ViewState& s) { s.data_version.clear(); }},
};

}  // namespace

std::span<const StateKey> StateKeys() { return kKeys; }

const StateKey* FindStateKey(std::string_view name) {
    for (const StateKey& k : kKeys)
        if (k.name == name) return &k;
    return nullptr;
}

std::string ToUrl(const ViewState& st) {
    std::string out;
    for (const StateKey& key : kKeys) {
        const Items items = key.get(st);
        if (items == key.get(kDefaults)) continue;
        if (!out.empty()) out += '&';
        out.append(key.name).push_back('=');
        for (size_t k = 0; k < items.size(); ++k) {
            if (k) out += ',';
            out += PercentEncode(items[k]);
        }
    }
    return out;
}

// Each key and value is decoded as the URL standard says (%XX, and + for a space) before a list is split on its
// commas, so "actor=US%2CCN", as URLSearchParams writes it, is the list US, CN.
UrlParse FromUrl(std::string_view text, ViewState base) {
    UrlParse r{std::move(base), {}};
    ViewState& st = r.state;
    auto& w = r.warnings;
    if (!text.empty() && (text[0] == '#' || text[0] == '?')) text.remove_prefix(1);
    if (text.size() > kMaxLink) {
        w.push_back("the link is longer than " + std::to_string(kMaxLink) + " characters and was ignored");
        return r;
    }
    size_t start = 0;
    while (start < text.size()) {
        size_t amp = text.find('&', start);
        if (amp == std::string_view::npos) amp = text.size();
        const std::string_view pair = text.substr(start, amp - start);
        start = amp + 1;
        if (pair.empty()) continue;
        const size_t eq = pair.find('=');
        const std::string name = PercentDecode(pair.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1));
        // The state is drawn, put in links and sent to host pages as JSON: it holds UTF-8 text only.
        if (InvalidUtf8At(value) != std::string_view::npos) {
            Bad(w, name, "not UTF-8 text:", value);
            continue;
        }
        if (const StateKey* key = FindStateKey(name)) key->read(st, value, w);
        else w.push_back("unknown key \"" + Clip(name) + "\" ignored");
    }
    return r;
}

}  // namespace rift
