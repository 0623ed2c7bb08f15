// State ⇄ JSON by way of the URL form, so validation lives in one place (url_state.cpp).
#include "core/state_json.h"

#include <nlohmann/json.hpp>

namespace rift {

using nlohmann::json;

namespace {

json CodeList(const std::vector<std::string>& v) { return json(v); }

template <typename E>
json NameList(const std::vector<E>& v) {
    json a = json::array();
    for (E e : v) a.push_back(std::string(Name(e)));
    return a;
}

json OptDate(const std::optional<Date>& d) { return d ? json(FormatDate(*d)) : json(nullptr); }

// One JSON value as the URL's value text; false when its type cannot be a value of this key.
bool ValueText(const json& v, std::string& out) {
    if (v.is_string()) {
        out = PercentEncode(v.get<std::string>());
        // Lists given as "US,CN" keep their commas as separators.
        for (size_t p = 0; (p = out.find("%2C", p)) != std::string::npos;) out.replace(p, 3, ",");
        return true;
    }
    if (v.is_boolean()) {
        out = v.get<bool>() ? "1" : "0";
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

}  // namespace

std::string StateToJson(const ViewState& s) {
    json j;
    j["view"] = std::string(kViewNames[static_cast<size_t>(s.view)]);
    j["from"] = OptDate(s.filter.from);
    j["to"] = OptDate(s.filter.to);
    j["actor"] = CodeList(s.filter.actors);
    j["target"] = CodeList(s.filter.targets);
    j["vendor"] = CodeList(s.filter.vendors);
    j["measure"] = NameList(s.filter.measures);
    j["sector"] = NameList(s.filter.sectors);
    j["status"] = NameList(s.filter.statuses);
    j["q"] = s.filter.text;
    j["t"] = OptDate(s.cursor);
    j["play"] = s.play;
    j["compare"] = CodeList(s.compare);
    j["event"] = s.event;
    j["lang"] = s.lang;
    j["theme"] = s.theme;
    j["embed"] = s.embed;
    j["data"] = s.data;
    j["v"] = s.data_version;
    return j.dump();
}

UrlParse StateFromJson(std::string_view json_text, ViewState base) {
    std::vector<std::string> warnings;
    if (json_text.size() > 65536) return {std::move(base), {"state: larger than 64 KiB; ignored"}};
    json j = json::parse(json_text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return {std::move(base), {"state: not a JSON object; ignored"}};
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
