// The font pack: the Inter subsets and their fallbacks in one small binary file (tools/gen_font.py writes it).
// The page fetches it next to the wasm (it is not code, and it caches on its own); the desktop embeds it.
//
// Layout (little-endian): "RFP1", u8 face count, then per face: u8 role, u16 size (thousandths of the body
// size: merged faces are scaled so that their em matches the body font's), u16 range count, that many
// (u16 first, u16 last) code point ranges, u32 byte length, the font file's bytes.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rift {

enum class FontRole : uint8_t {
    Regular = 0,       // the body font
    Bold = 1,          // headings
    Merge = 2,         // glyphs the body font lacks, merged into it and the headings (Noto Sans, Noto Sans Arabic)
    MoreRegular = 3,   // more of the body font's own characters, merged into the body font only
    MoreBold = 4,      // the same for the headings
};

struct FontFace {
    FontRole role = FontRole::Regular;
    float size = 1.0f;             // relative to the body size
    std::vector<uint16_t> ranges;  // pairs, then a terminating 0 (the form ImGui takes)
    std::span<const uint8_t> bytes;  // points into the pack
};

// A base pack holds the body font (exactly one Regular face, at most one Bold face) and the faces merged into it
// that the first view needs; an extra pack holds only merged faces (possibly none), added later (the page fetches
// assets/fonts-extra.bin after its first frame: the rest of Inter's characters, MoreRegular and MoreBold, and the
// scripts that only summaries and sources use).
enum class FontPackKind { Base, Extra };

// The faces of `pack`, or nullopt and a message naming the byte offset where it is broken. The faces must be those
// of `kind`, with nothing after the last face.
std::optional<std::vector<FontFace>> ParseFontPack(std::span<const uint8_t> pack, std::string& error,
                                                   FontPackKind kind = FontPackKind::Base);

// The pack built into this binary (the desktop app and the tests), or an empty span when the platform
// fetches it instead (the web build). CMake links exactly one definition.
std::span<const uint8_t> EmbeddedFontPack();

}  // namespace rift
