// The host-page message handler: parses, validates through StateFromJson, answers with the state.
#include "core/host_message.h"

#include <nlohmann/json.hpp>

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
    const json m = json::parse(message_json, nullptr, false);
    if (m.is_discarded() || !m.is_object() || !m.contains("rift") || !m["rift"].is_string()) return r;  // not ours
    r.handled = true;
    const std::string type = m["rift"].get<std::string>();
    if (type == "setState") {
        if (!m.contains("state") || !m["state"].is_object()) {
            r.warnings.push_back("host message setState needs a \"state\" object; ignored");
            return r;
        }
        UrlParse p = StateFromJson(m["state"].dump(), current);
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
