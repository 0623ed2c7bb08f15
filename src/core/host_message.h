// Messages from a host page (postMessage): {rift:'setState', state:{…}} and {rift:'getState'}.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/url_state.h"

namespace rift {

struct HostReply {
    bool handled = false;            // it was a Rift message
    bool state_changed = false;
    ViewState state;                 // the state after the message
    std::string reply;               // JSON to post back ("" for none), e.g. {"rift":"state","state":{…}}
    std::vector<std::string> warnings;
};

// Anything that is not a well-formed Rift message is ignored with a warning (never a crash).
HostReply HandleHostMessage(std::string_view message_json, const ViewState& current);

}  // namespace rift
