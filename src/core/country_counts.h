// Per country, up to a day: the measures it took, received, or took against one vendor (the Map's colours), the
// vendors most named in them (its tooltip), and the class breaks that turn counts into colours.
#pragma once
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "core/dataset.h"

namespace rift {

// A country's part in an event: the actor (Taken), a target (Received), or the actor of a measure naming one
// chosen vendor (AgainstVendor).
enum class CountryRole : uint8_t { Taken, Received, AgainstVendor };
inline constexpr std::array<std::string_view, 3> kCountryRoleNames = {"taken", "received", "vendor"};

struct CountryCounts {
    std::vector<uint32_t> taken, received, against;  // per CountryId of the dataset
    uint32_t max_taken = 0, max_received = 0, max_against = 0;
    const std::vector<uint32_t>& Of(CountryRole role) const {
        return role == CountryRole::Taken ? taken : role == CountryRole::Received ? received : against;
    }
    uint32_t MaxOf(CountryRole role) const {
        return role == CountryRole::Taken ? max_taken : role == CountryRole::Received ? max_received : max_against;
    }
};

// Counts the selection's events dated on or before `day` (the selection is in date order, as Filter returns it);
// `against` counts only events targeting `vendor` (naming it to defend or mention it does not count; all zero
// without a vendor).
CountryCounts CountCountries(const Dataset& ds, std::span<const EventIndex> selection, int32_t day,
                             std::optional<VendorId> vendor);

// The vendors most often targeted by the measures `country` took (Received: received) up to `day`, most first
// (ties by name), at most `limit`. AgainstVendor reads as Taken.
using VendorCount = std::pair<VendorId, uint32_t>;
std::vector<VendorCount> TopVendors(const Dataset& ds, std::span<const EventIndex> selection, int32_t day,
                                    CountryId country, CountryRole role, size_t limit);

// The vendor targeted by most events of the dataset (ties: the first id), the Map's default for AgainstVendor.
std::optional<VendorId> MostNamedVendor(const Dataset& ds);

// Upper bounds of up to five classes from 1 to `max`, geometric (a few countries take most measures):
// round(max^(k/5)), without repeats; empty for max 0.
std::vector<uint32_t> ClassBreaks(uint32_t max);

}  // namespace rift
