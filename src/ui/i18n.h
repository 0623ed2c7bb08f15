// Interface text in English and German: Tr("English text") returns the text in the current language.
#pragma once
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/url_state.h"
#include "core/vocab.h"

namespace rift {

void SetLanguage(Lang lang);
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
