// libFuzzer target: the writers that put event text into other formats, on any dataset the loader accepts. For
// every event: BibTeX with balanced braces and a clean key, RIS with a tag on every line, CSL-JSON that parses, a
// plain reference in UTF-8; and the Atom feed of all events well-formed XML (balanced tags, quoted attributes,
// escaped text, no character XML forbids).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/cite.h"
#include "core/feed.h"
#include "core/load.h"

namespace {

constexpr std::string_view kVendors = R"({"schema":"1.0","vendors":[
 {"id":"huawei","name":"Huawei","country":"CN","sectors":["telecom","consumer"]},
 {"id":"zte","name":"ZTE","country":"CN","sectors":["telecom"]},
 {"id":"microsoft","name":"Microsoft","country":"US","sectors":["software"]},
 {"id":"tiktok","name":"TikTok","country":"CN","sectors":["social_media"]},
 {"id":"kaspersky","name":"Kaspersky","country":"RU","sectors":["security"]}]})";

void Check(bool ok, const char* what, std::string_view output) {
    if (!ok) {
        __builtin_printf("fuzz_writers: property violated: %s\noutput: %.*s\n", what, static_cast<int>(output.size()),
                         output.data());
        std::abort();
    }
}

// @misc{key,\n  field = {value},\n ...}: braces never close more than they opened and all close at the end; the key
// has no character that ends it early.
void CheckBibtex(std::string_view b) {
    Check(b.size() > 2 && b[0] == '@', "BibTeX starts with @", b);
    const size_t open = b.find('{'), comma = b.find(',');
    Check(open != std::string_view::npos && comma != std::string_view::npos && open < comma, "BibTeX has a key", b);
    for (char c : b.substr(open + 1, comma - open - 1))
        Check(c != ' ' && c != '{' && c != '}' && c != '\n' && c != '"' && c != '#' && c != '%', "BibTeX key is clean", b);
    int depth = 0;
    for (size_t i = 0; i < b.size(); ++i) {
        if (b[i] == '\\') {  // an escaped character does not count
            ++i;
            continue;
        }
        if (b[i] == '{') ++depth;
        if (b[i] == '}') Check(--depth >= 0, "BibTeX braces never close more than they opened", b);
        if (depth == 0 && i > open) {
            Check(b.substr(i + 1).find_first_not_of(" \n") == std::string_view::npos, "BibTeX entry ends at its brace", b);
            return;
        }
    }
    Check(false, "BibTeX braces balance", b);
}

// Every line "XX  - value" (two upper-case letters or a letter and a digit), the last one "ER  - ".
void CheckRis(std::string_view r) {
    size_t start = 0;
    std::string_view last;
    while (start < r.size()) {
        size_t end = r.find('\n', start);
        if (end == std::string_view::npos) end = r.size();
        std::string_view line = r.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        if (line.empty()) continue;
        Check(line.size() >= 6 && line[0] >= 'A' && line[0] <= 'Z' &&
                  ((line[1] >= 'A' && line[1] <= 'Z') || (line[1] >= '0' && line[1] <= '9')) && line.substr(2, 4) == "  - ",
              "every RIS line has a tag", r);
        last = line;
    }
    Check(last.substr(0, 6) == "ER  - ", "RIS ends with ER", r);
}

// Well-formed XML as a reader needs it: the declaration, then elements that nest and close, attributes quoted,
// & only as an entity or character reference, no < in text, and no character XML 1.0 forbids.
void CheckXml(std::string_view x) {
    Check(rift::InvalidUtf8At(x) == std::string_view::npos, "XML is UTF-8", x);
    for (size_t i = 0; i < x.size(); ++i) {
        const auto c = static_cast<unsigned char>(x[i]);
        Check(c >= 0x20 || c == '\n' || c == '\r' || c == '\t', "no control character in XML", x);
        if (c == 0xEF && i + 2 < x.size() && static_cast<unsigned char>(x[i + 1]) == 0xBF)
            Check(static_cast<unsigned char>(x[i + 2]) < 0xBE, "no U+FFFE or U+FFFF in XML", x);
    }
    Check(x.rfind("<?xml", 0) == 0, "XML declaration first", x);
    std::vector<std::string_view> open;
    size_t i = x.find("?>") + 2;
    bool root_done = false;
    while (i < x.size()) {
        if (x[i] == '&') {
            const size_t semi = x.find(';', i);
            Check(semi != std::string_view::npos && semi - i <= 10, "& starts a reference", x);
            const std::string_view ref = x.substr(i + 1, semi - i - 1);
            Check(ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos" ||
                      (!ref.empty() && ref[0] == '#'),
                  "a known reference", x);
            i = semi + 1;
            continue;
        }
        if (x[i] != '<') {
            Check(open.size() > 0 || x[i] == '\n' || x[i] == ' ', "no text outside the root", x);
            ++i;
            continue;
        }
        const size_t close = x.find('>', i);
        Check(close != std::string_view::npos, "tags close", x);
        std::string_view tag = x.substr(i + 1, close - i - 1);
        i = close + 1;
        if (tag.empty()) Check(false, "empty tag", x);
        if (tag[0] == '/') {
            Check(!open.empty() && open.back() == tag.substr(1), "end tag matches its start", x);
            open.pop_back();
            if (open.empty()) root_done = true;
            continue;
        }
        Check(!root_done, "one root element", x);
        const bool self_closing = tag.back() == '/';
        if (self_closing) tag.remove_suffix(1);
        const size_t name_end = tag.find_first_of(" \n\t");
        const std::string_view name = tag.substr(0, name_end);
        Check(!name.empty() && name.find_first_of("<&\"'=") == std::string_view::npos, "element name", x);
        // Attributes: name="value" with no < or raw & inside.
        for (size_t a = name_end; a != std::string_view::npos && a < tag.size();) {
            a = tag.find_first_not_of(" \n\t", a);
            if (a == std::string_view::npos) break;
            const size_t eq = tag.find('=', a);
            Check(eq != std::string_view::npos && eq + 1 < tag.size() && tag[eq + 1] == '"', "attribute quoted", x);
            const size_t end = tag.find('"', eq + 2);
            Check(end != std::string_view::npos, "attribute value closes", x);
            const std::string_view value = tag.substr(eq + 2, end - eq - 2);
            Check(value.find('<') == std::string_view::npos, "no < in an attribute", x);
            for (size_t amp = value.find('&'); amp != std::string_view::npos; amp = value.find('&', amp + 1))
                Check(value.find(';', amp) != std::string_view::npos, "& in an attribute is a reference", x);
            a = end + 1;
        }
        if (self_closing) {
            if (open.empty()) root_done = true;
        } else {
            open.push_back(name);
        }
    }
    Check(open.empty() && root_done, "every element closed", x);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    rift::LoadOptions options;
    options.limits.max_events = 50;
    const rift::LoadResult r = rift::LoadDataset(text, kVendors, options);
    if (!r.ok()) return 0;
    const rift::Dataset& ds = *r.dataset;
    for (bool german : {false, true}) {
        const rift::CiteContext context{"https://example.org/rift/", 20790, german};
        for (rift::EventIndex e = 0; e < ds.size(); ++e) {
            CheckBibtex(rift::CiteEvent(ds, e, rift::CiteFormat::Bibtex, context));
            CheckRis(rift::CiteEvent(ds, e, rift::CiteFormat::Ris, context));
            const std::string csl = rift::CiteEvent(ds, e, rift::CiteFormat::Csl, context);
            Check(nlohmann::json::accept(csl), "CSL-JSON parses", csl);
            const std::string plain = rift::CiteEvent(ds, e, rift::CiteFormat::Text, context);
            Check(!plain.empty() && rift::InvalidUtf8At(plain) == std::string_view::npos, "reference is UTF-8", plain);
        }
    }
    for (const char* page : {"", "https://example.org/rift/"}) {
        rift::FeedContext context;
        context.page_url = page;
        const std::vector<rift::FeedRef> feeds = rift::AllFeeds(ds);
        for (size_t k = 0; k < feeds.size() && k < 3; ++k) CheckXml(rift::WriteAtomFeed(ds, feeds[k], context));
    }
    return 0;
}
