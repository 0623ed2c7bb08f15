// The page carries no German text in its code: it fetches assets/de.bin when it first shows German (see main.cpp).
#include "ui/i18n.h"

namespace rift {
std::span<const TextPair> BuiltInGerman() { return {}; }
}  // namespace rift
