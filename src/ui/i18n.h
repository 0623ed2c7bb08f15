// Interface text in English and German: Tr("English text") returns the text in the current language.
#pragma once
#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "core/text_pack.h"
#include "core/url_state.h"
#include "core/vocab.h"

namespace rift {

void SetLanguage(Lang lang);
// Whether Tr can answer in `lang`: German needs its table, compiled in on the desktop (i18n_de.cpp) and fetched by
// the page (assets/de.bin). Until it is there, Tr answers in English.
bool HasLanguage(Lang lang);
// The language Tr answers in when `lang` is asked for: `lang` if its table is there, else English.
inline Lang SpokenLanguage(Lang lang) { return HasLanguage(lang) ? lang : Lang::En; }
// A language's table from a text pack's bytes (core/text_pack); false with `error`, the table before kept.
bool AddLanguage(Lang lang, std::string bytes, std::string& error);
// Changes whenever Tr's answers may have changed (the language switched, a table arrived): text cached across
// frames compares it.
uint32_t TextVersion();
// The German rows compiled in: i18n_de.cpp on the desktop and in the tests, none in the page (i18n_fetched.cpp).
std::span<const TextPair> BuiltInGerman();
const char* Tr(const char* english);
// Tr(english) with each "{}" replaced by the next value, in order: sentences whose values stand elsewhere in German.
std::string TrFill(const char* english, std::initializer_list<std::string_view> values);
const char* MeasureLabel(Measure m);
// The views in the header's order (the tabs, the phone's menu, the page's accessible controls) and their labels.
inline constexpr std::array<View, 6> kViewOrder = {View::Timeline, View::Map,     View::Compare,
                                                   View::Cascade,  View::Vendors, View::Events};
const char* ViewLabel(View v);
const char* SectorLabel(Sector s);
const char* StatusLabel(Status s);
const char* MonthName(int month);  // 1-12: "Jan".."Dec" ("Jan".."Dez" in German)

}  // namespace rift
