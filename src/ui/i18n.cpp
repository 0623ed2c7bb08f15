// The interface text in the current language: German from core/text_pack's table (compiled in on the desktop, fetched
// by the page as assets/de.bin when it first shows German).
#include "ui/i18n.h"

#include <cstdio>
#include <optional>

namespace rift {

namespace {
bool g_german = false;
uint32_t g_text_version = 0;
std::optional<TextTable> g_table;  // the German table, once read

constexpr const char* kSectorEn[] = {"Government", "Finance", "Telecom", "Consumer", "Defence", "Semiconductors",
                                     "Critical infrastructure", "General"};
constexpr const char* kStatusEn[] = {"Announced", "Enacted", "Reported", "Proposed", "Revoked"};

// The table, read at first use from the rows compiled in where there are any (the desktop, the tests).
const TextTable* German() {
    static bool built_in_read = false;
    if (!g_table && !built_in_read) {
        built_in_read = true;
        if (const auto rows = BuiltInGerman(); !rows.empty()) {
            std::string error;
            g_table = ReadTextPack(WriteTextPack(rows), error);
            if (!g_table) std::fprintf(stderr, "rift: the German text compiled in: %s\n", error.c_str());
        }
    }
    return g_table ? &*g_table : nullptr;
}
}  // namespace

bool HasLanguage(Lang lang) { return lang != Lang::De || German() != nullptr; }

bool AddLanguage(Lang lang, std::string bytes, std::string& error) {
    if (lang != Lang::De) return true;
    auto table = ReadTextPack(std::move(bytes), error);
    if (!table) return false;
    g_table = std::move(table);
    ++g_text_version;
    return true;
}

uint32_t TextVersion() { return g_text_version; }

void SetLanguage(Lang lang) {
    if (g_german != (lang == Lang::De)) ++g_text_version;
    g_german = lang == Lang::De;
}

const char* Tr(const char* english) {
    const TextTable* table = g_german ? German() : nullptr;
    const char* found = table ? table->Find(english) : nullptr;
    return found ? found : english;
}

std::string TrFill(const char* english, std::initializer_list<std::string_view> values) {
    const std::string_view text = Tr(english);
    std::string out;
    const std::string_view* value = values.begin();
    size_t at = 0;
    for (size_t hole; (hole = text.find("{}", at)) != std::string_view::npos && value != values.end(); at = hole + 2) {
        out.append(text.substr(at, hole - at));
        out.append(*value++);
    }
    return out.append(text.substr(at));
}

const char* MeasureLabel(Measure m) { return Tr(kMeasureLabels[static_cast<size_t>(m)].data()); }
const char* ViewLabel(View v) {
    static constexpr const char* kLabels[] = {"Timeline", "Map", "Compare", "Vendors", "Events", "Cascades"};
    return Tr(kLabels[static_cast<size_t>(v)]);
}
const char* SectorLabel(Sector s) { return Tr(kSectorEn[static_cast<size_t>(s)]); }
const char* MonthName(int month) {
    static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return Tr(en[month < 1 ? 0 : month > 12 ? 11 : month - 1]);
}

const char* StatusLabel(Status s) { return Tr(kStatusEn[static_cast<size_t>(s)]); }

}  // namespace rift
