// libFuzzer target: right-to-left text (core/bidi). Dataset text comes from whoever made the dataset, and every
// title, summary and source goes through VisualOrder or VisualLines before ImGui draws it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/bidi.h"
#include "core/dataset.h"

namespace {

void Check(bool ok, const char* what, std::string_view input) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_bidi: property violated: %s\ninput: %.*s\n", what, static_cast<int>(input.size()),
                         input.data());
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    // The first byte sets the wrap width for VisualLines; the rest is the text.
    const size_t width = 1 + data[0] % 40;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const bool valid = rift::InvalidUtf8At(text) == std::string_view::npos;
    const std::string visual = rift::VisualOrder(text);
    if (!rift::HasRtl(text) || !valid) Check(visual == text, "text without RTL or not UTF-8 comes back unchanged", text);
    if (valid) Check(rift::InvalidUtf8At(visual) == std::string_view::npos, "the visual order is UTF-8", text);
    Check(rift::VisualOrder(text) == visual, "VisualOrder is deterministic", text);
    size_t calls = 0;
    const auto lines = rift::VisualLines(text, [&](std::string_view rest) {
        ++calls;
        return std::min(rest.size(), width);
    });
    Check(calls <= text.size() + 1, "VisualLines asks for each line once", text);
    if (valid)
        for (const std::string& line : lines)
            Check(rift::InvalidUtf8At(line) == std::string_view::npos, "every wrapped line is UTF-8", text);
    return 0;
}
