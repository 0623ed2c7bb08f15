// The font pack compiled into the binary: the desktop app and the tests (the page fetches assets/fonts.bin).
#include "core/font_pack.h"
#include "font_pack.inc"

namespace rift {
std::span<const uint8_t> EmbeddedFontPack() { return kFontPack; }
}  // namespace rift
