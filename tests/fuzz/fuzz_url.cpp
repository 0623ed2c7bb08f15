// libFuzzer target: the URL-state parser. Whatever a link says, the state it yields must survive ToUrl →
// FromUrl and the JSON form (StateToJson → StateFromJson) exactly.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/state_json.h"
#include "core/url_state.h"

namespace {

void Check(bool ok, const char* what, std::string_view input) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_url: property violated: %s\ninput: %.*s\n", what, static_cast<int>(input.size()),
                     input.data());
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const rift::UrlParse first = rift::FromUrl(text);
    for (const std::string& w : first.warnings)
        Check(rift::InvalidUtf8At(w) == std::string_view::npos, "warnings are UTF-8 (shown, sent as JSON)",
              w);
    const std::string url = rift::ToUrl(first.state);
    const rift::UrlParse second = rift::FromUrl(url);
    Check(second.state == first.state, "FromUrl(ToUrl(state)) == state", url);
    Check(second.warnings.empty(), "a serialised state parses without warnings", url);
    Check(rift::ToUrl(second.state) == url, "ToUrl is stable", url);
    // A state parsed from a link is also what the host page gets from getState and may send back.
    const std::string json = rift::StateToJson(first.state);
    const rift::UrlParse from_json = rift::StateFromJson(json, rift::ViewState{});
    Check(from_json.state == first.state, "StateFromJson(StateToJson(state)) == state", json);
    // The same text applied on top of an existing state keeps it valid too.
    rift::ViewState base;
    base.theme = rift::Theme::Dark;
    base.filter.actors = {"US"};
    const rift::UrlParse layered = rift::FromUrl(text, base);
    Check(rift::FromUrl(rift::ToUrl(layered.state)).state == layered.state, "layered state round trips",
          text);
    return 0;
}
