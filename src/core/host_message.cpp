// The host-page message handler: parses, validates through StateFromJsonObject, answers with the state.
#include "core/host_message.h"

#include <nlohmann/json.hpp>

#include "core/json_io.h"
#include "core/state_json.h"

namespace rift {

HostReply HandleHostMessage(std::string_view message_json, const ViewState& current) {
    using nlohmann::json;
    HostReply r;
    r.state = current;
    if (message_json.size() > 65536) {
        r.warnings.push_back("host message larger than 64 KiB; ignored");
        return r;
    }
    json m;
    if (!ParseJson(message_json, m)) return r;  // not ours
    if (!m.is_object()) return r;
    const auto rift = m.find("rift");
    if (rift == m.end() || !rift->is_string()) return r;
    r.handled = true;
    const std::string& type = rift->get_ref<const std::string&>();
    if (type == "setState") {
        const auto state = m.find("state");
        if (state == m.end() || !state->is_object()) {
            r.warnings.push_back("host message setState needs a \"state\" object; ignored");
            return r;
        }
        UrlParse p = StateFromJsonObject(*state, current);
        r.warnings = std::move(p.warnings);
        r.state_changed = !(p.state == current);
        r.state = std::move(p.state);
    } else if (type != "getState") {
        r.warnings.push_back("unknown host message \"" + ClipForMessage(type, 40) + "\"; ignored");
        return r;
    }
    r.reply = R"({"rift":"state","state":)" + StateToJson(r.state) + "}";
    return r;
}

}  // namespace rift
