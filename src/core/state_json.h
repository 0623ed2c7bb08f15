// The view state as a JSON object (window.rift.getState/setState and postMessage): the URL keys, lists as arrays.
#pragma once
#include <string>
#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/url_state.h"

namespace rift {

// {"view":"timeline","from":null,...,"actor":[],...,"play":false,...}: every key, always present.
std::string StateToJson(const ViewState& state);
// Applies a partial state object on top of `base` with the URL's validation rules (bad values become
// warnings, one each). null or "" clears a key; lists may be arrays or comma-separated strings.
UrlParse StateFromJson(std::string_view json_text, ViewState base);
// The same for a parsed value (a host message's "state").
UrlParse StateFromJsonObject(const nlohmann::json& object, ViewState base);

}  // namespace rift
