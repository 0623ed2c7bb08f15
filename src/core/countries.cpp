// The generated country table and a binary search over it.
#include "core/countries.h"

#include <algorithm>

namespace rift {
namespace {
constexpr CountryName kCountries[] = {
#include "countries_data.inc"
};
}  // namespace

std::span<const CountryName> AllCountries() { return kCountries; }

const CountryName* FindCountry(std::string_view code) {
    auto it = std::lower_bound(std::begin(kCountries), std::end(kCountries), code,
                               [](const CountryName& c, std::string_view k) { return c.code < k; });
    return (it != std::end(kCountries) && it->code == code) ? &*it : nullptr;
}

}  // namespace rift
