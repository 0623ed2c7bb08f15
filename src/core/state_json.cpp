// State ⇄ JSON through the table of state keys (url_state.h), so every key, its validation and its clearing live
// in one place.
#include "core/state_json.h"

#include <nlohmann/json.hpp>

#include "core/json_io.h"

namespace rift {

using nlohmann::json;

namespace {

// One JSON value as the key's decoded value text; false when its type cannot be a value of a state key.
bool ValueText(const json& v, std::string& out) {
    if (v.is_string()) {
        out = v.get<std::string>();
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
            out += item.get<std::string>();
        }
        return true;
    }
    return false;
}

}  // namespace

// The keys in sorted order (as nlohmann's DOM wrote them before, so hosts see the same text).
std::string StateToJson(const ViewState& s) {
    // Each next key is the smallest name after the last one (twenty keys: no sort, and no std::sort's code).
    std::vector<const StateKey*> keys;
    std::string_view after;
    for (size_t n = 0; n < StateKeys().size(); ++n) {
        const StateKey* next = nullptr;
        for (const StateKey& k : StateKeys())
            if ((keys.empty() || k.name > after) && (!next || k.name < next->name)) next = &k;
        keys.push_back(next);
        after = next->name;
    }
    JsonWriter w;
    w.BeginObject();
    for (const StateKey* k : keys) {
        const std::vector<std::string> items = k->get(s);
        w.Key(k->name);
        switch (k->form) {
            case StateKey::Form::List: w.Strings(items); break;
            case StateKey::Form::Bool: w.Bool(!items.empty() && items[0] == "1"); break;
            case StateKey::Form::Date:
                if (items.empty()) w.Null();
                else w.String(items[0]);
                break;
            case StateKey::Form::Text: w.String(items.empty() ? std::string() : items[0]); break;
        }
    }
    w.EndObject();
    return w.Take();
}

UrlParse StateFromJson(std::string_view json_text, ViewState base) {
    if (json_text.size() > 65536) return {std::move(base), {"state: larger than 64 KiB; ignored"}};
    json j;
    if (!ParseJson(json_text, j)) return {std::move(base), {"state: not a JSON object; ignored"}};
    return StateFromJsonObject(j, std::move(base));
}

// Each key as the URL reads it (the same checks and warnings); null, "" or [] set it back to its default.
UrlParse StateFromJsonObject(const json& j, ViewState base) {
    UrlParse r{std::move(base), {}};
    if (!j.is_object()) {
        r.warnings.push_back("state: not a JSON object; ignored");
        return r;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const StateKey* key = FindStateKey(it.key());
        if (!key) {
            r.warnings.push_back("state: unknown key \"" + ClipForMessage(it.key(), 40) + "\" ignored");
            continue;
        }
        const json& v = it.value();
        if (v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty()) || (v.is_array() && v.empty())) {
            key->clear(r.state);
            continue;
        }
        std::string text;
        if (!ValueText(v, text)) {
            r.warnings.push_back("state: " + std::string(key->name) + " has a value of the wrong type; ignored");
            continue;
        }
        if (InvalidUtf8At(text) != std::string_view::npos) {
            r.warnings.push_back("state: " + std::string(key->name) + " is not UTF-8 text; ignored");
            continue;
        }
        key->read(r.state, text, r.warnings);
    }
    return r;
}

}  // namespace rift
