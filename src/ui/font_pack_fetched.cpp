// The web build carries no fonts: the page fetches assets/fonts.bin beside the wasm (see main.cpp).
#include "core/font_pack.h"

namespace rift {
std::span<const uint8_t> EmbeddedFontPack() { return {}; }
}  // namespace rift
