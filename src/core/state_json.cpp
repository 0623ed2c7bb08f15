// State ⇄ JSON by way of the URL form, so validation lives in one place (url_state.cpp).
#include "core/state_json.h"

#include <nlohmann/json.hpp>

#include "core/json_io.h"

namespace rift {

using nlohmann::json;

namespace {

// One JSON value as the URL's value text; false when its type cannot be a value of this key.
bool ValueText(const json& v, std::string& out) {
    if (v.is_string()) {
        const std::string encoded = PercentEncode(v.get_ref<const std::string&>());
        // Lists given as "US,CN" keep their commas as separators.
        out.clear();
        for (size_t i = 0; i < encoded.size(); ++i) {
            if (encoded.compare(i, 3, "%2C") == 0) {
                out += ',';
                i += 2;
            } else {
                out += encoded[i];
            }
        }
        return true;
    }
    if (v.is_boolean()) {
        out.assign(1, v.get<bool>() ? '1' : '0');
        return true;
    }
    if (v.is_number_integer()) {
        out = std::to_string(v.get<int64_t>());
        return true;
    }
    if (v.is_array()) {
        out.clear();
        for (const json& item : v) {
            if (!item.is_string()) return false;
            if (!out.empty()) out += ',';
            out += PercentEncode(item.get<std::string>());
        }
        return true;
    }
    return false;
}

template <typename E>
void NameList(JsonWriter& w, std::string_view key, const std::vector<E>& v) {
    w.Key(key).BeginArray();
    for (E e : v) w.String(Name(e));
    w.EndArray();
}

void OptDate(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
    w.Key(key);
    if (d) w.String(FormatDate(*d));
    else w.Null();
}

}  // namespace

// The keys in sorted order, as nlohmann's DOM wrote them.
std::string StateToJson(const ViewState& s) {
    JsonWriter w;
    w.BeginObject();
    w.Key("actor").Strings(s.filter.actors);
    w.Key("compare").Strings(s.compare);
    w.Field("data", s.data).Field("embed", s.embed).Field("event", s.event);
    OptDate(w, "from", s.filter.from);
    w.Field("lang", s.lang);
    NameList(w, "measure", s.filter.measures);
    w.Field("play", s.play).Field("q", s.filter.text);
    NameList(w, "sector", s.filter.sectors);
    NameList(w, "status", s.filter.statuses);
    OptDate(w, "t", s.cursor);
    w.Key("target").Strings(s.filter.targets);
    w.Field("theme", s.theme);
    OptDate(w, "to", s.filter.to);
    w.Field("v", s.data_version);
    w.Key("vendor").Strings(s.filter.vendors);
    w.Field("view", kViewNames[static_cast<size_t>(s.view)]);
    w.EndObject();
    return w.Take();
}

UrlParse StateFromJson(std::string_view json_text, ViewState base) {
    if (json_text.size() > 65536) return {std::move(base), {"state: larger than 64 KiB; ignored"}};
    json j;
    if (!ParseJson(json_text, j)) return {std::move(base), {"state: not a JSON object; ignored"}};
    return StateFromJsonObject(j, std::move(base));
}

UrlParse StateFromJsonObject(const json& j, ViewState base) {
    std::vector<std::string> warnings;
    if (!j.is_object()) return {std::move(base), {"state: not a JSON object; ignored"}};
    std::string url;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const json& v = it.value();
        // null or "" clears the key.
        if (v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty())) {
            FilterSpec& f = base.filter;
            if (key == "from") f.from.reset();
            else if (key == "to") f.to.reset();
            else if (key == "t") base.cursor.reset();
            else if (key == "actor") f.actors.clear();
            else if (key == "target") f.targets.clear();
            else if (key == "vendor") f.vendors.clear();
            else if (key == "measure") f.measures.clear();
            else if (key == "sector") f.sectors.clear();
            else if (key == "status") f.statuses.clear();
            else if (key == "q") f.text.clear();
            else if (key == "compare") base.compare.clear();
            else if (key == "event") base.event.clear();
            else if (key == "data") base.data.clear();
            else if (key == "v") base.data_version.clear();
            else warnings.push_back("state: \"" + ClipForMessage(key, 40) + "\" cannot be cleared; ignored");
            continue;
        }
        std::string text;
        if (!ValueText(v, text)) {
            warnings.push_back("state: " + ClipForMessage(key, 40) + " has a value of the wrong type; ignored");
            continue;
        }
        if (!url.empty()) url += '&';
        url += PercentEncode(key) + '=' + text;
    }
    UrlParse r = FromUrl(url, std::move(base));
    r.warnings.insert(r.warnings.begin(), warnings.begin(), warnings.end());
    return r;
}

}  // namespace rift
