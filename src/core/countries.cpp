// The generated country table (three strings, written by tools/gen_countries.py) and a binary search over it.
#include "core/countries.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace rift {
namespace {
using namespace std::string_view_literals;
#include "countries_data.inc"

// The table, split once: the codes two letters at a time, the names at their NULs (in the codes' order).
const std::vector<CountryName>& Table() {
    static const std::vector<CountryName> table = [] {
        std::vector<CountryName> out(kCodes.size() / 2);
        size_t en = 0, de = 0;
        for (size_t k = 0; k < out.size(); ++k) {
            const size_t en_end = kEnglish.find('\0', en), de_end = kGerman.find('\0', de);
            out[k] = {kCodes.substr(2 * k, 2), kEnglish.substr(en, en_end - en), kGerman.substr(de, de_end - de)};
            en = en_end + 1;
            de = de_end + 1;
        }
        return out;
    }();
    return table;
}
}  // namespace

std::span<const CountryName> AllCountries() { return Table(); }

const CountryName* FindCountry(std::string_view code) {
    const auto& table = Table();
    auto it = std::lower_bound(table.begin(), table.end(), code,
                               [](const CountryName& c, std::string_view k) { return c.code < k; });
    return (it != table.end() && it->code == code) ? &*it : nullptr;
}

}  // namespace rift
