// CSV (RFC 4180) export of a selection, and import of a spreadsheet into the dataset format.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace rift {

// Columns: id, date, effective, ends, actor, targets, vendors, measure, sector, status, severity, title, summary,
// responds_to, then source_N_url / _publisher / _title / _date for as many sources as the widest event has.
// Lists are joined with ";". Cells that a spreadsheet would run as a formula (= + - @) get a leading '.
// Dates are ISO text (2014-05-19, 2014-05, 2014) in every dialect.
struct CsvDialect {
    char separator = ',';
    bool byte_order_mark = false;  // Excel reads UTF-8 without one as the system's legacy code page
};
inline constexpr CsvDialect kCsvRfc4180{};
// "CSV for Excel": a BOM, and ';' where Excel's list separator is one (German and most of Europe).
inline constexpr CsvDialect ExcelDialect(bool semicolon) { return {semicolon ? ';' : ',', true}; }
std::string ExportCsv(const Dataset& ds, std::span<const EventIndex> selection, CsvDialect dialect = kCsvRfc4180);
// One cell as ExportCsv writes it: quoted where it must be, a leading ' before what a spreadsheet would run.
std::string CsvCell(std::string_view s, char separator = ',');

// Parses CSV text into rows of cells (quotes, doubled quotes, CRLF or LF, newlines inside quotes).
// A leading byte-order mark is skipped; the separator is ';' when the first line has ';' and no ',' outside quotes.
// Returns false with `error` ("line 3: ...") for an unterminated quote or more than `max_cells` cells.
bool ParseCsv(std::string_view text, std::vector<std::vector<std::string>>& rows, std::string& error,
              size_t max_cells = 20'000'000);

// Converts an exported (or hand-made) CSV into dataset JSON text, ready for LoadDataset. Problems found in
// the CSV itself are listed as "row N, column X: ..." in `problems`; the rest is checked by LoadDataset.
std::string CsvToDatasetJson(std::string_view csv, std::string_view version, std::vector<std::string>& problems);

// Rewrites a loader path like "$.events[12].date" as "row 14, column date" for a CSV-sourced dataset.
std::string CsvPath(std::string_view json_path);

}  // namespace rift
