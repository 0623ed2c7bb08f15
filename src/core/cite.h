// Citations of one event or of the whole dataset: a plain reference, BibTeX, CSL-JSON and RIS.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/dataset.h"

namespace rift {

enum class CiteFormat : uint8_t { Text, Bibtex, Csl, Ris };
// The names the host API and the tools take, in CiteFormat order; the labels the interface shows.
inline constexpr const char* kCiteFormatNames[] = {"text", "bibtex", "csl", "ris"};
inline constexpr const char* kCiteFormatLabels[] = {"Reference", "BibTeX", "CSL-JSON", "RIS"};
std::optional<CiteFormat> ParseCiteFormat(std::string_view name);

struct CiteContext {
    std::string page_url;  // the page's address without fragment; the permalink is page_url#event=ID
    int32_t accessed = 0;  // the access date (a day number, TodayUtc())
    bool german = false;   // the event's German title where the dataset has one
};

// The dataset's preferred citation (CITATION.cff, preferred-citation; tests/check_cite.py keeps them equal).
inline constexpr const char* kDatasetTitle = "Rift: state measures against foreign technology vendors";
inline constexpr const char* kDatasetAuthors = "The Rift contributors";
inline constexpr const char* kDatasetLicense = "CC-BY-4.0";

// One event: author "Rift", its title, date, the dataset's release, its permalink, the access date and its
// sources' URLs.
std::string CiteEvent(const Dataset& ds, EventIndex event, CiteFormat format, const CiteContext& context);
// The dataset release `version` (released on the date the version starts with, "2026-12-02.2").
std::string CiteDataset(std::string_view version, CiteFormat format, const CiteContext& context);

// TeX's special characters escaped for a BibTeX field (UTF-8 is kept as it is, for biber and bibtexparser).
std::string BibtexEscape(std::string_view text);
// page_url#event=ID with the id percent-encoded as the URL state writes it.
std::string EventPermalink(std::string_view page_url, std::string_view event_id);

}  // namespace rift
