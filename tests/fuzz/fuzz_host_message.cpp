// libFuzzer target: postMessage handling from a host page, and the state's JSON form.
// An input starting with '#' carries the current state as a URL fragment on its first line, then the message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/host_message.h"
#include "core/state_json.h"

namespace {

void Check(bool ok, const char* what, std::string_view detail) {
    if (!ok) {
        __builtin_printf("fuzz_host_message: property violated: %s\n%.*s\n", what,
                         static_cast<int>(detail.size()), detail.data());
        std::abort();
    }
}

void Handle(std::string_view message, const rift::ViewState& current) {
    const rift::HostReply r = rift::HandleHostMessage(message, current);
    for (const std::string& w : r.warnings)
        Check(rift::InvalidUtf8At(w) == std::string_view::npos, "warnings are UTF-8 (shown, sent as JSON)",
              w);
    if (!r.handled) {
        Check(!r.state_changed && r.state == current && r.reply.empty(), "an ignored message changes nothing",
              message);
        return;
    }
    Check(r.state_changed == !(r.state == current), "state_changed tells the truth", message);
    if (r.reply.empty()) return;
    Check(nlohmann::json::accept(r.reply), "the reply is JSON", r.reply);
    // Whatever state a message produced, its JSON form must give it back exactly, on any base.
    const std::string json = rift::StateToJson(r.state);
    const rift::UrlParse back = rift::StateFromJson(json, rift::ViewState{});
    Check(back.state == r.state, "StateFromJson(StateToJson(state)) == state", json);
    Check(back.warnings.empty(), "a serialised state parses without warnings", json);
    Check(rift::StateFromJson(json, current).state == r.state, "the JSON form does not depend on the base",
          json);
    Check(rift::FromUrl(rift::ToUrl(r.state)).state == r.state, "the state also round trips through its URL",
          json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    rift::ViewState current;
    if (!text.empty() && text[0] == '#') {
        const size_t nl = text.find('\n');
        current = rift::FromUrl(text.substr(0, nl)).state;
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    }
    Handle(text, current);
    // The message body on its own as a state object (window.rift.setState).
    for (const std::string& w : rift::StateFromJson(text, current).warnings)
        Check(rift::InvalidUtf8At(w) == std::string_view::npos, "StateFromJson warnings are UTF-8", w);
    return 0;
}
