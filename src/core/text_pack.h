// The interface's translations as a file (issue 21): the page fetches assets/de.bin only when it shows German, so an
// English reader does not download the German text inside the code. The desktop app and the tests write the same
// file from the rows compiled in (src/ui/i18n_de.cpp) and read it back, so every build reads through one path.
//
// Format: "RIFTTEXT 1\n", then pairs of strings, each ending in a NUL byte: the English text, then its translation.
// Reading refuses anything else (no magic, a string without its NUL, an English text without a translation, an
// empty or repeated English text, bytes that are not UTF-8), with the byte offset.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rift {

inline constexpr std::string_view kTextPackMagic = "RIFTTEXT 1\n";

struct TextPair {
    std::string_view en;
    std::string_view text;  // the translation
};

// A read pack: translations looked up by their English text.
class TextTable {
public:
    // The translation of `en` (NUL-terminated, alive as long as the table), or nullptr.
    const char* Find(std::string_view en) const;
    size_t size() const { return m_rows.size(); }

private:
    friend std::optional<TextTable> ReadTextPack(std::string bytes, std::string& error);
    struct Row {
        uint32_t en = 0, en_size = 0, text = 0;  // offsets into m_bytes
    };
    std::string_view En(const Row& r) const { return std::string_view(m_bytes).substr(r.en, r.en_size); }
    std::string m_bytes;
    std::vector<Row> m_rows;  // ordered by English text
};

// The pack of `pairs`, in their order. Texts must not hold a NUL byte (the reader would refuse the file).
std::string WriteTextPack(std::span<const TextPair> pairs);
// The table, or nullopt with `error` ("byte N: what is wrong").
std::optional<TextTable> ReadTextPack(std::string bytes, std::string& error);

}  // namespace rift
