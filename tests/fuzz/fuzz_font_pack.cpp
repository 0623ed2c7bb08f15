// libFuzzer target: the font pack reader (core/font_pack), as a base and as an extra pack. A broken or hostile
// assets/fonts.bin or fonts-extra.bin must give an error, never a face pointing outside the pack or ranges ImGui
// would misread.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "core/font_pack.h"

namespace {

void Check(bool ok, const char* what) {
    if (!ok) {
        __builtin_printf("fuzz_font_pack: property violated: %s\n", what);
        std::abort();
    }
}

// The faces of a pack `kind` accepted: every one well formed; a base pack has one regular face, an extra pack none
// (and no bold face).
void CheckFaces(const std::vector<rift::FontFace>& faces, std::span<const uint8_t> pack, rift::FontPackKind kind) {
    int regular = 0, bold = 0;
    for (const rift::FontFace& f : faces) {
        Check(!f.bytes.empty() && f.bytes.data() >= pack.data() && f.bytes.data() + f.bytes.size() <= pack.data() + pack.size(),
              "a face's bytes lie inside the pack");
        Check(f.ranges.size() % 2 == 1 && f.ranges.back() == 0, "ranges are pairs ending with 0");
        for (size_t k = 0; k + 1 < f.ranges.size(); k += 2)
            Check(f.ranges[k] != 0 && f.ranges[k] <= f.ranges[k + 1], "each range is first <= last, not 0");
        Check(f.size >= 0.25f && f.size <= 4.0f, "a face's size is plausible");
        Check(f.role <= rift::FontRole::MoreBold, "a face's role is one of the five");
        regular += f.role == rift::FontRole::Regular;
        bold += f.role == rift::FontRole::Bold;
    }
    if (kind == rift::FontPackKind::Base) Check(regular == 1, "a pack has exactly one regular face");
    else Check(regular + bold == 0, "an extra pack has only merged faces");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::span<const uint8_t> pack(data, size);
    for (const auto kind : {rift::FontPackKind::Base, rift::FontPackKind::Extra}) {
        std::string error;
        const auto faces = rift::ParseFontPack(pack, error, kind);
        if (!faces) Check(!error.empty(), "a refused pack says why");
        else CheckFaces(*faces, pack, kind);
    }
    return 0;
}
