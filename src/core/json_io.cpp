// JSON parse (nlohmann SAX into its DOM, with limits) and the writer.
#include "core/json_io.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/dataset.h"

namespace rift {

using nlohmann::json;

namespace {

// Forwards to nlohmann's DOM builder, adding limits on depth and string size, and keeping the error text.
class LimitedSax {
public:
    LimitedSax(json& root, const JsonParseLimits& limits) : m_dom(root, false), m_limits(limits) {}
    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return m_dom.number_float(v, s); }
    bool string(json::string_t& v) { return CheckString(v) && m_dom.string(v); }
    bool binary(json::binary_t& v) { return m_dom.binary(v); }
    bool key(json::string_t& v) { return CheckString(v) && m_dom.key(v); }
    bool start_object(std::size_t n) { return Enter() && m_dom.start_object(n); }
    bool end_object() { --m_depth; return m_dom.end_object(); }
    bool start_array(std::size_t n) { return Enter() && m_dom.start_array(n); }
    bool end_array() { --m_depth; return m_dom.end_array(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        m_position = position;
        m_error = ex.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: "; keep the reason.
        if (auto colon = m_error.find(": "); colon != std::string::npos) m_error = m_error.substr(colon + 2);
        // ... whose "last read" part quotes raw input bytes, which need not be UTF-8.
        m_error = ClipForMessage(m_error, 300);
        return false;
    }
    std::string& error() { return m_error; }
    size_t position() const { return m_position; }

private:
    bool Enter() {
        if (++m_depth > m_limits.max_depth) {
            m_error = "nesting deeper than " + std::to_string(m_limits.max_depth) + " levels";
            return false;
        }
        return true;
    }
    bool CheckString(const json::string_t& v) {
        if (v.size() > m_limits.max_string) {
            m_error = "a string of " + std::to_string(v.size()) + " bytes is longer than the limit of " +
                      std::to_string(m_limits.max_string);
            return false;
        }
        return true;
    }
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    const JsonParseLimits& m_limits;
    int m_depth = 0;
    std::string m_error;
    size_t m_position = 0;
};

}  // namespace

bool ParseJson(std::string_view text, json& out, const JsonParseLimits& limits, std::string& error, size_t& position) {
    LimitedSax sax(out, limits);
    const char* begin = text.data();
    const bool ok = json::sax_parse(begin, begin + text.size(), &sax, nlohmann::detail::input_format_t::json, true);
    error = std::move(sax.error());
    position = sax.position();
    return ok;
}

bool ParseJson(std::string_view text, json& out) {
    std::string error;
    size_t position = 0;
    return ParseJson(text, out, {}, error, position);
}

JsonWriter& JsonWriter::Open(char c) {
    BeforeValue();
    m_out += c;
    m_empty.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::Close(char c) {
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (m_indent >= 0 && !empty) {
        m_out += '\n';
        m_out.append(m_empty.size() * static_cast<size_t>(m_indent), ' ');
    }
    m_out += c;
    return *this;
}

void JsonWriter::BeforeValue() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_empty.empty()) return;
    if (!m_empty.back()) m_out += ',';
    m_empty.back() = false;
    if (m_indent >= 0) {
        m_out += '\n';
        m_out.append(m_empty.size() * static_cast<size_t>(m_indent), ' ');
    }
}

JsonWriter& JsonWriter::Key(std::string_view key) {
    String(key);
    Raw(m_indent >= 0 ? ": " : ":");
    m_after_key = true;
    return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
    BeforeValue();
    m_out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': Raw("\\\""); break;
            case '\\': Raw("\\\\"); break;
            case '\b': Raw("\\b"); break;
            case '\f': Raw("\\f"); break;
            case '\n': Raw("\\n"); break;
            case '\r': Raw("\\r"); break;
            case '\t': Raw("\\t"); break;
            default:
                if (c < 0x20) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    Raw("\\u00");
                    m_out += kHex[c >> 4];
                    m_out += kHex[c & 15];
                } else {
                    m_out += ch;
                }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
    BeforeValue();
    Raw(std::to_string(v));
    return *this;
}

JsonWriter& JsonWriter::Uint(uint64_t v) {
    BeforeValue();
    Raw(std::to_string(v));
    return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
    BeforeValue();
    Raw(v ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::Null() {
    BeforeValue();
    Raw("null");
    return *this;
}

JsonWriter& JsonWriter::Double(double v) {
    if (!std::isfinite(v)) return Null();
    BeforeValue();
    char buf[32];
    // From 15 digits on %g writes no exponent below 1e15; 17 always read back the same.
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    std::string_view text = buf;
    Raw(text);
    if (text.find_first_of(".e") == std::string_view::npos) Raw(".0");
    return *this;
}

JsonWriter& JsonWriter::Strings(std::span<const std::string> items) {
    BeginArray();
    for (const std::string& s : items) String(s);
    return EndArray();
}

}  // namespace rift
