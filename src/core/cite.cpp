// Citation writers: one record (who, what, when, which release, where) rendered in four formats.
#include "core/cite.h"

#include "core/json_io.h"
#include "core/url_state.h"

namespace rift {

namespace {

// What every format is written from.
struct Record {
    std::string key;     // BibTeX key / CSL id / RIS ID
    std::string author;  // one literal name
    std::string title;
    std::optional<Date> date;  // the event's date, or the release date
    std::string container;     // the dataset, for an event
    std::string version;
    std::string url;
    std::string license;
    bool dataset = false;
    std::vector<std::string> sources;  // URLs
};

struct Parts {
    int year = 0, month = 0, day = 0;  // 0: not known at this precision
};

Parts PartsOf(Date d) {
    const Civil c = CivilFromDays(d.day);
    Parts p{c.year, 0, 0};
    if (d.precision != Precision::Year) p.month = static_cast<int>(c.month);
    if (d.precision == Precision::Day) p.day = static_cast<int>(c.day);
    return p;
}

std::string Two(int v) {
    std::string out = std::to_string(v);
    if (out.size() < 2) out.insert(out.begin(), '0');
    return out;
}

// A key BibTeX and RIS accept: letters, digits and - _ : . only.
std::string KeyOf(std::string_view s) {
    std::string out;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_' || c == ':' || c == '.';
        out += ok ? c : '-';
    }
    return out;
}

// A URL inside a BibTeX field: braces, backslashes and spaces percent-encoded so the braces stay balanced.
std::string BibtexUrl(std::string_view url) {
    std::string out;
    for (char c : url) {
        if (c == '{')
            out += "%7B";
        else if (c == '}')
            out += "%7D";
        else if (c == '\\')
            out += "%5C";
        else if (c == ' ')
            out += "%20";
        else
            out += c;
    }
    return out;
}

// One line for RIS: a tag's value ends at the line's end.
std::string OneLine(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\n' || c == '\r') c = ' ';
    return out;
}

std::string Text(const Record& r, const CiteContext& cx) {
    std::string out = r.author + ". ";
    if (r.dataset) {
        if (r.date) out = r.author + " (" + std::to_string(PartsOf(*r.date).year) + "). ";
        out += r.title + " (version " + r.version + ") [Data set]. " +
               (r.license == kDatasetLicense ? std::string("CC BY 4.0") : r.license) + ". ";
    } else {
        out += "\u201C" + r.title + ".\u201D " + (r.date ? FormatDate(*r.date) : std::string("n.d.")) +
               ". In " + r.container + ", release " + r.version + ". ";
    }
    out += r.url + " (accessed " + FormatDay(cx.accessed) + ").";
    if (!r.sources.empty()) {
        out += " Sources: ";
        for (size_t k = 0; k < r.sources.size(); ++k) out += (k ? "; " : "") + r.sources[k];
        out += ".";
    }
    return out;
}

std::string Bibtex(const Record& r, const CiteContext& cx) {
    std::string out = "@misc{" + r.key + ",\n";
    auto field = [&](const char* name, const std::string& value) {
        out += "  " + std::string(name) + " = {" + value + "},\n";
    };
    std::string author = "{";  // GCC 12 warns falsely (-Wrestrict) on "{" + std::string
    author += BibtexEscape(r.author);
    author += '}';
    field("author", author);  // one corporate name, never "Last, First"
    field("title", BibtexEscape(r.title));
    if (r.date) {
        const Parts p = PartsOf(*r.date);
        field("date", FormatDate(*r.date));  // biblatex
        field("year", std::to_string(p.year));
        if (p.month) field("month", std::to_string(p.month));
    }
    if (r.dataset) {
        field("howpublished", "Data set");
    } else {
        field("howpublished", BibtexEscape(r.container + ", release " + r.version));
    }
    field("version", BibtexEscape(r.version));
    field("url", BibtexUrl(r.url));
    field("urldate", FormatDay(cx.accessed));
    std::string note;
    if (!r.license.empty()) note = BibtexEscape(r.license == kDatasetLicense ? "CC BY 4.0" : r.license) + ".";
    if (!r.sources.empty()) {
        if (!note.empty()) note += ' ';
        note += "Sources: ";
        for (size_t k = 0; k < r.sources.size(); ++k)
            note += (k ? ", " : "") + std::string("\\url{") + BibtexUrl(r.sources[k]) + "}";
    }
    if (!note.empty()) field("note", note);
    out.resize(out.size() - 2);  // the last field's comma
    return out + "\n}\n";
}

std::string Csl(const Record& r, const CiteContext& cx) {
    auto date = [](JsonWriter& w, Parts p) {
        w.BeginObject().Key("date-parts").BeginArray().BeginArray().Int(p.year);
        if (p.month) w.Int(p.month);
        if (p.day) w.Int(p.day);
        w.EndArray().EndArray().EndObject();
    };
    JsonWriter w(2);
    w.BeginArray().BeginObject().Field("id", r.key).Field("type", r.dataset ? "dataset" : "entry");
    w.Key("author").BeginArray().BeginObject().Field("literal", r.author).EndObject().EndArray();
    w.Field("title", r.title);
    if (!r.dataset) w.Field("container-title", r.container);
    if (r.date) date(w.Key("issued"), PartsOf(*r.date));
    w.Key("accessed");
    date(w, PartsOf(Date{cx.accessed, Precision::Day}));
    w.Field("version", r.version).Field("URL", r.url);
    if (r.dataset) w.Field("genre", "Data set").Field("license", r.license);
    if (!r.sources.empty()) {
        std::string note = "Sources: ";
        for (size_t k = 0; k < r.sources.size(); ++k) note += (k ? " ; " : "") + r.sources[k];
        w.Field("note", note);
    }
    return w.EndObject().EndArray().Take() + "\n";
}

std::string Ris(const Record& r, const CiteContext& cx) {
    std::string out;
    auto tag = [&](const char* t, const std::string& value) {
        out += std::string(t) + "  - " + OneLine(value) + "\r\n";
    };
    tag("TY", r.dataset ? "DATA" : "ELEC");
    tag("ID", r.key);
    tag("AU", r.author);
    tag("TI", r.title);
    if (!r.dataset) tag("T2", r.container);
    if (r.date) {
        const Parts p = PartsOf(*r.date);
        tag("PY", std::to_string(p.year));
        tag("DA", std::to_string(p.year) + "/" + (p.month ? Two(p.month) : "") + "/" +
                      (p.day ? Two(p.day) : "") + "/");
    }
    tag("ET", r.version);
    tag("UR", r.url);
    tag("Y2", FormatDay(cx.accessed));
    if (!r.license.empty()) tag("N1", r.license == kDatasetLicense ? "CC BY 4.0" : r.license);
    for (const std::string& s : r.sources) tag("L2", s);  // further links: the event's sources
    return out + "ER  - \r\n";
}

std::string Write(const Record& r, CiteFormat format, const CiteContext& cx) {
    switch (format) {
        case CiteFormat::Text:
            return Text(r, cx);
        case CiteFormat::Bibtex:
            return Bibtex(r, cx);
        case CiteFormat::Csl:
            return Csl(r, cx);
        case CiteFormat::Ris:
            return Ris(r, cx);
    }
    return {};
}

}  // namespace

std::optional<CiteFormat> ParseCiteFormat(std::string_view name) {
    for (size_t k = 0; k < std::size(kCiteFormatNames); ++k)
        if (name == kCiteFormatNames[k]) return static_cast<CiteFormat>(k);
    return std::nullopt;
}

std::string BibtexEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '{':
                out += "\\{";
                break;
            case '}':
                out += "\\}";
                break;
            case '\\':
                out += "\\textbackslash{}";
                break;
            case '%':
                out += "\\%";
                break;
            case '&':
                out += "\\&";
                break;
            case '$':
                out += "\\$";
                break;
            case '#':
                out += "\\#";
                break;
            case '_':
                out += "\\_";
                break;
            case '^':
                out += "\\textasciicircum{}";
                break;
            case '~':
                out += "\\textasciitilde{}";
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string EventPermalink(std::string_view page_url, std::string_view event_id) {
    ViewState v;
    v.event = std::string(event_id);
    return std::string(page_url) + "#" + ToUrl(v);
}

std::string CiteEvent(const Dataset& ds, EventIndex event, CiteFormat format, const CiteContext& context) {
    const Event& e = ds.events[event];
    Record r;
    r.key = KeyOf("rift:" + e.id.str());
    r.author = "Rift";
    r.title = context.german && !e.title_de.empty() ? e.title_de.str() : e.title.str();
    r.date = e.date;
    r.container = std::string(kDatasetTitle);
    r.version = ds.version;
    r.url = EventPermalink(context.page_url, e.id.view());
    for (const Source& s : e.sources) r.sources.push_back(s.url);
    return Write(r, format, context);
}

std::string CiteDataset(std::string_view version, CiteFormat format, const CiteContext& context) {
    Record r;
    r.key = KeyOf("rift-dataset-" + std::string(version));
    r.author = kDatasetAuthors;
    r.title = kDatasetTitle;
    r.date = ParseDate(version.substr(0, 10));  // releases are named by their date
    r.version = std::string(version);
    r.url = context.page_url;
    r.license = kDatasetLicense;
    r.dataset = true;
    return Write(r, format, context);
}

}  // namespace rift
