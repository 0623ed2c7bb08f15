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

std::vector<std::string> SplitList(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string_view::npos) comma = s.size();
        std::string item = PercentDecode(s.substr(start, comma - start));
        if (!item.empty()) out.push_back(std::move(item));
        start = comma + 1;
    }
    return out;
}

template <typename T, typename Fn>
std::string JoinList(const std::vector<T>& items, Fn&& fn) {
    std::string out;
    for (const T& item : items) {
        if (!out.empty()) out += ',';
        out += PercentEncode(fn(item));
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

std::string ToUrl(const ViewState& st) {
    std::vector<std::pair<std::string, std::string>> kv;
    const ViewState def;
    if (st.view != def.view) kv.emplace_back("view", std::string(kViewNames[static_cast<size_t>(st.view)]));
    const FilterSpec& f = st.filter;
    if (f.from) kv.emplace_back("from", FormatDate(*f.from));
    if (f.to) kv.emplace_back("to", FormatDate(*f.to));
    auto str = [](const std::string& s) { return s; };
    if (!f.actors.empty()) kv.emplace_back("actor", JoinList(f.actors, str));
    if (!f.targets.empty()) kv.emplace_back("target", JoinList(f.targets, str));
    if (!f.vendors.empty()) kv.emplace_back("vendor", JoinList(f.vendors, str));
    if (!f.measures.empty()) kv.emplace_back("measure", JoinList(f.measures, [](Measure m) { return std::string(Name(m)); }));
    if (!f.sectors.empty()) kv.emplace_back("sector", JoinList(f.sectors, [](Sector s) { return std::string(Name(s)); }));
    if (!f.statuses.empty()) kv.emplace_back("status", JoinList(f.statuses, [](Status s) { return std::string(Name(s)); }));
    if (!f.text.empty()) kv.emplace_back("q", PercentEncode(f.text));
    if (st.cursor) kv.emplace_back("t", FormatDate(*st.cursor));
    if (st.play) kv.emplace_back("play", "1");
    if (!st.compare.empty()) kv.emplace_back("compare", JoinList(st.compare, str));
    if (!st.event.empty()) kv.emplace_back("event", PercentEncode(st.event));
    if (st.lang != def.lang) kv.emplace_back("lang", st.lang);
    if (st.theme != def.theme) kv.emplace_back("theme", st.theme);
    if (st.embed) kv.emplace_back("embed", "1");
    if (!st.data.empty()) kv.emplace_back("data", PercentEncode(st.data));
    if (!st.data_version.empty()) kv.emplace_back("v", PercentEncode(st.data_version));
    std::string out;
    for (auto& [k, v] : kv) {
        if (!out.empty()) out += '&';
        out += k + '=' + v;
    }
    return out;
}

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
        const std::string key = PercentDecode(pair.substr(0, eq));
        const std::string_view raw = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        const std::string value = PercentDecode(raw);
        auto bad = [&](std::string_view why) { w.push_back(Clip(key) + ": " + std::string(why) + " \"" + Clip(value) + "\" ignored"); };
        // The state is drawn, put in links and sent to host pages as JSON: it holds UTF-8 text only.
        if (InvalidUtf8At(value) != std::string_view::npos) {
            bad("not UTF-8 text:");
            continue;
        }
        auto codes = [&](std::vector<std::string>& out) {
            out.clear();
            for (std::string& c : SplitList(raw)) {
                if (IsCode(c)) {
                    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
                } else {
                    w.push_back(key + ": unknown country code \"" + Clip(c) + "\" ignored");
                }
            }
        };
        if (key == "view") {
            if (auto v = ParseVocab<View>(kViewNames, value)) st.view = *v; else bad("unknown view");
        } else if (key == "from" || key == "to" || key == "t") {
            auto d = ParseDate(value);
            if (!d) { bad("not a date"); continue; }
            (key == "from" ? st.filter.from : key == "to" ? st.filter.to : st.cursor) = *d;
        } else if (key == "actor") {
            codes(st.filter.actors);
        } else if (key == "target") {
            codes(st.filter.targets);
        } else if (key == "compare") {
            codes(st.compare);
            if (st.compare.size() > 4) { w.push_back("compare: more than 4 countries; the first 4 are kept"); st.compare.resize(4); }
        } else if (key == "vendor") {
            st.filter.vendors.clear();
            for (std::string& v : SplitList(raw)) {
                if (IsVendorId(v)) st.filter.vendors.push_back(std::move(v));
                else w.push_back("vendor: \"" + Clip(v) + "\" is not a vendor id; ignored");
            }
            if (st.filter.vendors.size() > kMaxVendors) {
                w.push_back("vendor: more than " + std::to_string(kMaxVendors) + " vendors; the first " +
                            std::to_string(kMaxVendors) + " are kept");
                st.filter.vendors.resize(kMaxVendors);
            }
        } else if (key == "measure") {
            st.filter.measures = ParseVocabList<Measure>(SplitList(raw), kMeasureNames, key, w);
        } else if (key == "sector") {
            st.filter.sectors = ParseVocabList<Sector>(SplitList(raw), kSectorNames, key, w);
        } else if (key == "status") {
            st.filter.statuses = ParseVocabList<Status>(SplitList(raw), kStatusNames, key, w);
        } else if (key == "q") {
            if (value.size() > 200) bad("search text longer than 200 characters"); else st.filter.text = value;
        } else if (key == "play") {
            if (value == "1" || value == "0") st.play = value == "1"; else bad("must be 1 or 0, not");
        } else if (key == "embed") {
            if (value == "1" || value == "0") st.embed = value == "1"; else bad("must be 1 or 0, not");
        } else if (key == "event") {
            if (IsVendorId(value)) st.event = value; else bad("not an event id");
        } else if (key == "lang") {
            if (value == "en" || value == "de") st.lang = value; else bad("unsupported language");
        } else if (key == "theme") {
            if (value == "light" || value == "dark") st.theme = value; else bad("unknown theme");
        } else if (key == "data") {
            const bool http = value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0;
            const bool relative = !value.empty() && value.find(':') == std::string::npos;
            if (value.size() >= 2000) bad("dataset URL longer than 2000 characters");
            else if (http || relative) st.data = value;
            else bad("only http(s) or relative dataset URLs are loaded;");
        } else if (key == "v") {
            if (value.size() <= 64) st.data_version = value; else bad("version too long");
        } else {
            w.push_back("unknown key \"" + Clip(key) + "\" ignored");
        }
    }
    if (st.compare.size() == 1) {
        w.push_back("compare: needs 2 to 4 countries; ignored");
        st.compare.clear();
    }
    return r;
}

}  // namespace rift
