// Reading the font pack (see font_pack.h for its layout).
#include "core/font_pack.h"

namespace rift {

namespace {
struct Reader {
    std::span<const uint8_t> in;
    size_t at = 0;
    bool Has(size_t n) const { return in.size() - at >= n; }
    uint32_t Read(size_t n) {
        uint32_t v = 0;
        for (size_t k = 0; k < n; ++k) v |= static_cast<uint32_t>(in[at + k]) << (8 * k);
        at += n;
        return v;
    }
};
}  // namespace

std::optional<std::vector<FontFace>> ParseFontPack(std::span<const uint8_t> pack, std::string& error,
                                                   FontPackKind kind) {
    Reader r{pack};
    // `back`: how many bytes ago the offending field started.
    auto fail = [&](const std::string& what, size_t back = 0) {
        error = "font pack, byte " + std::to_string(r.at - back) + ": " + what;
        return std::nullopt;
    };
    if (!r.Has(5) || pack[0] != 'R' || pack[1] != 'F' || pack[2] != 'P' || pack[3] != '1')
        return fail("not a Rift font pack (it should start with RFP1)");
    r.at = 4;
    const uint32_t count = r.Read(1);
    std::vector<FontFace> faces;
    int regular = 0, bold = 0;
    for (uint32_t f = 0; f < count; ++f) {
        if (!r.Has(5)) return fail("face " + std::to_string(f) + " is cut off");
        FontFace face;
        const uint32_t role = r.Read(1);
        if (role > static_cast<uint32_t>(FontRole::MoreBold)) return fail("unknown face role " + std::to_string(role), 1);
        face.role = static_cast<FontRole>(role);
        const uint32_t size = r.Read(2);
        if (size < 250 || size > 4000) return fail("face size " + std::to_string(size) + "/1000 is not plausible", 2);
        face.size = static_cast<float>(size) / 1000.0f;
        const uint32_t n_ranges = r.Read(2);
        if (n_ranges == 0 || !r.Has(size_t{n_ranges} * 4 + 4)) return fail("face " + std::to_string(f) + " has no ranges or is cut off");
        for (uint32_t k = 0; k < n_ranges; ++k) {
            const auto first = static_cast<uint16_t>(r.Read(2)), last = static_cast<uint16_t>(r.Read(2));
            if (first == 0 || last < first) return fail("range " + std::to_string(first) + "-" + std::to_string(last) + " is not valid", 4);
            face.ranges.push_back(first);
            face.ranges.push_back(last);
        }
        face.ranges.push_back(0);
        const uint32_t length = r.Read(4);
        if (length == 0 || !r.Has(length))
            return fail("face " + std::to_string(f) + " says it has " + std::to_string(length) + " bytes, but " +
                            std::to_string(pack.size() - r.at) + " follow", 4);
        face.bytes = pack.subspan(r.at, length);
        r.at += length;
        regular += face.role == FontRole::Regular;
        bold += face.role == FontRole::Bold;
        faces.push_back(std::move(face));
    }
    if (r.at != pack.size()) return fail("unexpected bytes after the last face");
    if (kind == FontPackKind::Base && (regular != 1 || bold > 1))
        return fail("a pack needs one regular face and at most one bold face");
    if (kind == FontPackKind::Extra && regular + bold > 0)
        return fail("an extra pack holds only faces merged into the body font or the headings");
    return faces;
}

}  // namespace rift
