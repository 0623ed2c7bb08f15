#include "core/text_pack.h"

#include <algorithm>
#include <vector>

#include "core/dataset.h"

namespace rift {

const char* TextTable::Find(std::string_view en) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), en,
                                     [&](const Row& r, std::string_view key) { return En(r) < key; });
    return it != m_rows.end() && En(*it) == en ? m_bytes.data() + it->text : nullptr;
}

std::string WriteTextPack(std::span<const TextPair> pairs) {
    std::string out(kTextPackMagic);
    for (const TextPair& p : pairs) {
        out.append(p.en).push_back('\0');
        out.append(p.text).push_back('\0');
    }
    return out;
}

std::optional<TextTable> ReadTextPack(std::string bytes, std::string& error) {
    auto fail = [&](size_t at, const std::string& what) {
        error = "byte " + std::to_string(at) + ": " + what;
        return std::nullopt;
    };
    if (!bytes.starts_with(kTextPackMagic)) return fail(0, "not a Rift text pack (it does not begin with RIFTTEXT 1)");
    if (bytes.size() > (1u << 24)) return fail(0, "more than 16 MB");
    if (const size_t bad = InvalidUtf8At(bytes); bad != std::string::npos) return fail(bad, "not UTF-8");
    TextTable table;
    for (size_t at = kTextPackMagic.size(); at < bytes.size();) {
        const size_t en_end = bytes.find('\0', at);
        if (en_end == std::string::npos) return fail(at, "an English text without its closing NUL byte");
        if (en_end == at) return fail(at, "an empty English text");
        const size_t text_end = en_end + 1 < bytes.size() ? bytes.find('\0', en_end + 1) : std::string::npos;
        if (text_end == std::string::npos) return fail(en_end + 1, "an English text without its translation");
        table.m_rows.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(en_end - at),
                                static_cast<uint32_t>(en_end + 1)});
        at = text_end + 1;
    }
    table.m_bytes = std::move(bytes);
    // In English order (the page's one sort of strings, core/dataset's OrderByKey); the first text given twice refused.
    std::vector<std::string_view> keys;
    for (const TextTable::Row& r : table.m_rows) keys.push_back(table.En(r));
    const std::vector<uint32_t> order = OrderByKey(keys);
    if (const auto twice = FirstRepeat(order, keys))
        return fail(table.m_rows[*twice].en,
                    std::string(1, '"').append(ClipForMessage(keys[*twice], 60)).append("\" is translated twice"));
    std::vector<TextTable::Row> sorted;
    for (const uint32_t k : order) sorted.push_back(table.m_rows[k]);
    table.m_rows = std::move(sorted);
    return table;
}

}  // namespace rift
