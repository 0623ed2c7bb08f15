// Interface text in English and German: Tr("English text") returns the text in the current language.
#pragma once
#include <string>
#include <string_view>

#include "core/url_state.h"
#include "core/vocab.h"

namespace rift {

void SetLanguage(Lang lang);
const char* Tr(const char* english);
const char* MeasureLabel(Measure m);
const char* SectorLabel(Sector s);
const char* StatusLabel(Status s);
const char* MonthName(int month);  // 1-12: "Jan".."Dec" ("Jan".."Dez" in German)

}  // namespace rift
