// JSON in and out without nlohmann's DOM serializer: a depth- and size-limited parse into nlohmann's DOM through
// its SAX interface (one parser for the loader and the host API), and a small writer for the JSON Rift produces.
#pragma once
#include <cstdint>
#include <limits>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rift {

struct JsonParseLimits {
    int max_depth = std::numeric_limits<int>::max();                  // nesting
    size_t max_string = std::numeric_limits<size_t>::max();            // bytes per string or key
};

// Parses `text` into `out`. On failure returns false with `error` set to the reason (nlohmann's message without
// its "[json.exception…] … : " prefix, or the limit passed) and `position` to where nlohmann stopped (0 when a
// limit stopped it).
bool ParseJson(std::string_view text, nlohmann::json& out, const JsonParseLimits& limits, std::string& error,
               size_t& position);
// The same without limits, for callers that need only whether it parsed (their input is size-checked already).
bool ParseJson(std::string_view text, nlohmann::json& out);

// Writes JSON text exactly as nlohmann's dump() writes the same document: compact (indent < 0) or one value per
// line indented by `indent` spaces, strings escaped the same way (\" \\ \b \f \n \r \t, other bytes below 0x20 as
// \u00xx, everything else as it is). Keys are written in the order given: to match dump() of a DOM object give
// them in sorted order, as std::map keeps them.
class JsonWriter {
public:
    explicit JsonWriter(int indent = -1) : m_indent(indent) {}

    JsonWriter& BeginObject() { return Open('{'); }
    JsonWriter& EndObject() { return Close('}'); }
    JsonWriter& BeginArray() { return Open('['); }
    JsonWriter& EndArray() { return Close(']'); }
    JsonWriter& Key(std::string_view key);
    JsonWriter& String(std::string_view s);
    JsonWriter& Int(int64_t v);
    JsonWriter& Uint(uint64_t v);
    JsonWriter& Bool(bool v);
    JsonWriter& Null();
    // Text that reads back as `v`, as dump() writes it for the values Rift has (1.5 as 1.5, 2 as 2.0, 0.1f as
    // 0.10000000149011612); null if not finite.
    JsonWriter& Double(double v);
    JsonWriter& Strings(std::span<const std::string> items);  // an array of strings

    // Key and value together.
    JsonWriter& Field(std::string_view key, std::string_view s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, const char* s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, const std::string& s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, bool v) { return Key(key).Bool(v); }

    const std::string& str() const { return m_out; }
    std::string Take() { return std::move(m_out); }

private:
    JsonWriter& Open(char c);
    JsonWriter& Close(char c);
    void BeforeValue();  // the separator and indentation before an array element or a key
    void Raw(std::string_view s) { m_out.append(s.data(), s.size()); }

    std::string m_out;
    int m_indent;
    std::vector<bool> m_empty;  // per open container: nothing written in it yet
    bool m_after_key = false;
};

}  // namespace rift
