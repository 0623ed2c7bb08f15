// Country codes and their English and German names (generated from Debian's iso-codes at build time).
#pragma once
#include <span>
#include <string_view>

namespace rift {

struct CountryName {
    std::string_view code;  // ISO 3166-1 alpha-2, or "EU"
    std::string_view en;
    std::string_view de;
};

std::span<const CountryName> AllCountries();
// nullptr when the code is unknown.
const CountryName* FindCountry(std::string_view code);

}  // namespace rift
