// CSV export/import. Export escapes every cell; import maps columns by header name.
#include "core/csv.h"

#include <algorithm>

#include "core/countries.h"
#include "core/json_io.h"

namespace rift {

namespace {

std::string Cell(std::string_view s, char separator) {
    std::string v(s);
    // A spreadsheet would evaluate these as formulas (CSV injection).
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
    const char special[] = {separator, '"', '\r', '\n', '\0'};
    if (v.find_first_of(special) == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string Join(const std::vector<std::string>& items, std::string_view separator = ";") {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += separator;
        out += s;
    }
    return out;
}

std::vector<std::string> Split(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(';', start);
        if (end == std::string_view::npos) end = s.size();
        std::string_view item = s.substr(start, end - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

std::string Unformula(std::string s) {
    if (s.size() >= 2 && s[0] == '\'' && (s[1] == '=' || s[1] == '+' || s[1] == '-' || s[1] == '@')) return s.substr(1);
    return s;
}

// The dataset's fields, then names for readers of a spreadsheet (ignored when a CSV is loaded back).
constexpr const char* kColumns[] = {"id",      "date",        "effective",    "ends",         "actor",         "targets",
                                    "vendors", "measure",     "sector",       "status",       "severity",      "title",
                                    "summary", "responds_to", "actor_name",   "target_names", "vendor_names",  "measure_label",
                                    "date_precision", "title_de",   "summary_de"};
constexpr const char* kPrecisionNames[] = {"year", "month", "day"};

}  // namespace

std::string CsvCell(std::string_view s, char separator) { return Cell(s, separator); }

std::string ExportCsv(const Dataset& ds, std::span<const EventIndex> selection, CsvDialect dialect) {
    const char sep = dialect.separator;
    size_t max_sources = 0;
    for (EventIndex i : selection) max_sources = std::max(max_sources, ds.events[i].sources.size());
    std::string out = dialect.byte_order_mark ? "\xEF\xBB\xBF" : "";
    bool first = true;
    for (const char* c : kColumns) {
        if (!first) out += sep;
        out += c;
        first = false;
    }
    for (size_t k = 1; k <= max_sources; ++k)
        for (const char* f : {"url", "publisher", "title", "date"}) out += sep + ("source_" + std::to_string(k) + "_" + f);
    out += "\r\n";
    for (EventIndex i : selection) {
        const Event& e = ds.events[i];
        std::vector<std::string> targets, vendors, links;
        std::vector<std::string> target_names, vendor_names;
        auto name = [&](CountryId c) {
            const CountryName* n = FindCountry(ds.countries[c]);
            return n ? std::string(n->en) : ds.countries[c];
        };
        for (CountryId t : e.targets) {
            targets.push_back(ds.countries[t]);
            target_names.push_back(name(t));
        }
        for (VendorId v : e.vendors) {
            vendors.push_back(ds.vendors[v].id);
            vendor_names.push_back(ds.vendors[v].name);
        }
        for (EventIndex r : e.responds_to) links.push_back(ds.events[r].id.str());
        const std::string cells[] = {e.id.str(), FormatDate(e.date), e.effective ? FormatDate(*e.effective) : "",
                                     e.ends ? FormatDate(*e.ends) : "", ds.countries[e.actor], Join(targets), Join(vendors),
                                     std::string(Name(e.measure)), std::string(Name(e.sector)),
                                     std::string(Name(e.status)), std::to_string(e.severity), e.title.str(), e.summary.str(),
                                     Join(links), name(e.actor), Join(target_names, "; "), Join(vendor_names, "; "),
                                     std::string(kMeasureLabels[static_cast<size_t>(e.measure)]),
                                     kPrecisionNames[static_cast<size_t>(e.date.precision)], e.title_de.str(),
                                     e.summary_de.str()};
        std::string line;
        for (const std::string& c : cells) {
            if (&c != cells) line += sep;
            line += Cell(c, sep);
        }
        for (size_t k = 0; k < max_sources; ++k) {
            if (k < e.sources.size()) {
                const Source& s = e.sources[k];
                for (const std::string* f : {&s.url, &s.publisher, &s.title, &s.date}) {
                    line += sep;
                    line += Cell(*f, sep);
                }
            } else {
                line += std::string(4, sep);
            }
        }
        out += line + "\r\n";
    }
    return out;
}

bool ParseCsv(std::string_view text, std::vector<std::vector<std::string>>& rows, std::string& error, size_t max_cells) {
    rows.clear();
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, cell_started = false;
    size_t line = 1, quote_line = 0, cells = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // spreadsheets write a BOM
    // Excel saves with its list separator, ';' in German and most European settings: the header line says which.
    char sep = ',';
    {
        bool in_quotes = false, comma = false, semicolon = false;
        for (char c : text) {
            if (c == '"') in_quotes = !in_quotes;
            else if (!in_quotes && (c == '\n' || c == '\r')) break;
            else if (!in_quotes && c == ',') comma = true;
            else if (!in_quotes && c == ';') semicolon = true;
        }
        if (semicolon && !comma) sep = ';';
    }
    auto end_cell = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        cell_started = false;
        return ++cells <= max_cells;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && !cell_started) {
            quoted = true;
            cell_started = true;
            quote_line = line;
        } else if (c == sep) {
            if (!end_cell()) break;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (!end_cell()) break;
            rows.push_back(std::move(row));
            row.clear();
            ++line;
        } else {
            cell += c;
            cell_started = true;
        }
    }
    if (quoted) {
        error = "line " + std::to_string(quote_line) + ": a quoted cell is never closed";
        return false;
    }
    if (cells <= max_cells && (cell_started || !row.empty())) {
        end_cell();
        rows.push_back(std::move(row));
    }
    if (cells > max_cells) {
        error = "more than " + std::to_string(max_cells) + " cells";
        rows.clear();
        return false;
    }
    return true;
}

std::string CsvToDatasetJson(std::string_view csv, std::string_view version, std::vector<std::string>& problems) {
    // Spreadsheets may save in a legacy encoding; the dataset (JSON) is UTF-8 only.
    if (const size_t bad = InvalidUtf8At(csv); bad != std::string_view::npos) {
        const auto line = std::count(csv.begin(), csv.begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1;
        problems.push_back("CSV: line " + std::to_string(line) + ": not UTF-8 text (save the file as UTF-8)");
        return {};
    }
    std::vector<std::vector<std::string>> rows;
    std::string error;
    if (!ParseCsv(csv, rows, error)) {
        problems.push_back("CSV: " + error);
        return {};
    }
    // Blank lines are skipped, as spreadsheets add them at the end.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const auto& r) { return r.size() == 1 && r[0].empty(); }),
               rows.end());
    if (rows.empty()) {
        problems.push_back("CSV: the file is empty");
        return {};
    }
    const auto& header = rows[0];
    auto column = [&](std::string_view name) -> int {
        for (size_t k = 0; k < header.size(); ++k)
            if (header[k] == name) return static_cast<int>(k);
        return -1;
    };
    for (const char* required : {"id", "date", "actor", "measure", "sector", "status", "severity", "title"})
        if (column(required) < 0) problems.push_back(std::string("CSV: no column named \"") + required + "\"");
    if (!problems.empty()) return {};
    // The keys in sorted order, as nlohmann's DOM wrote them.
    JsonWriter w;
    w.BeginObject().Key("events").BeginArray();
    for (size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto get = [&](std::string_view name) -> std::string {
            const int k = column(name);
            return k >= 0 && static_cast<size_t>(k) < row.size() ? Unformula(row[static_cast<size_t>(k)]) : std::string();
        };
        w.BeginObject().Field("actor", get("actor")).Field("date", get("date"));
        for (const char* opt : {"effective", "ends"})
            if (const std::string v = get(opt); !v.empty()) w.Field(opt, v);
        w.Field("id", get("id")).Field("measure", get("measure"));
        if (const auto links = Split(get("responds_to")); !links.empty()) w.Key("responds_to").Strings(links);
        w.Field("sector", get("sector"));
        const std::string sev = get("severity");
        w.Key("severity");
        if (sev.size() == 1 && sev[0] >= '0' && sev[0] <= '9') w.Int(sev[0] - '0');
        else w.String(sev);  // LoadDataset reports the wrong type with its row
        w.Key("sources").BeginArray();
        for (int k = 1; column("source_" + std::to_string(k) + "_url") >= 0; ++k) {
            const std::string p = "source_" + std::to_string(k) + "_";
            if (get(p + "url").empty()) continue;
            w.BeginObject();
            if (!get(p + "date").empty()) w.Field("date", get(p + "date"));  // a page may show no date
            w.Field("publisher", get(p + "publisher")).Field("title", get(p + "title")).Field("url", get(p + "url")).EndObject();
        }
        w.EndArray();
        w.Field("status", get("status")).Field("summary", get("summary"));
        if (const std::string v = get("summary_de"); !v.empty()) w.Field("summary_de", v);
        w.Key("targets").Strings(Split(get("targets")));
        w.Field("title", get("title"));
        if (const std::string v = get("title_de"); !v.empty()) w.Field("title_de", v);
        w.Key("vendors").Strings(Split(get("vendors")));
        w.EndObject();
    }
    w.EndArray().Field("schema", "1.0").Field("version", version).EndObject();
    return w.Take();
}

std::string CsvPath(std::string_view path) {
    constexpr std::string_view prefix = "$.events[";
    if (path.substr(0, prefix.size()) != prefix) return std::string(path);
    const size_t close = path.find(']');
    if (close == std::string_view::npos) return std::string(path);
    size_t index = 0;
    for (char c : path.substr(prefix.size(), close - prefix.size())) {
        if (c < '0' || c > '9') return std::string(path);
        index = index * 10 + static_cast<size_t>(c - '0');
    }
    std::string out = "row " + std::to_string(index + 2);
    std::string_view rest = path.substr(close + 1);
    if (!rest.empty() && rest[0] == '.') out += ", column " + std::string(rest.substr(1));
    return out;
}

}  // namespace rift
