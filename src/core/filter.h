// FilterSpec (what the reader asked for, in dataset terms) and the filter over the dataset's columns.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace rift {

// Codes are kept as strings so a spec survives loading another dataset and maps 1:1 to the URL.
struct FilterSpec {
    std::optional<Date> from, to;  // inclusive; `to` with month/year precision means the end of that period
    std::vector<std::string> actors, targets, vendors;  // any of (empty: no constraint)
    bool vendor_exact = false;  // vendors as named only, without their products and subsidiaries (Vendor::parent)
    std::vector<Measure> measures;
    std::vector<Sector> sectors;
    std::vector<Status> statuses;
    // Search words, in any order, each matching the start of a word (case-insensitive) in the title, summary or id,
    // or in the name of the actor, a target or a vendor (English and German country names; "UK", "USA", "EU" and
    // codes in capitals name their country alone).
    std::string text;

    bool IsEmpty() const;
    friend bool operator==(const FilterSpec&, const FilterSpec&) = default;
};

// The words of a search text: split at spaces, commas and semicolons, without quotes or brackets around them.
std::vector<std::string> SearchWords(std::string_view text);

// Indices of matching events, in date order.
std::vector<EventIndex> Filter(const Dataset& ds, const FilterSpec& spec);

// One dimension of an event that can be filtered and counted.
enum class Facet : uint8_t { Actor, Target, Vendor, Measure, Sector, Status };
inline constexpr size_t kFacetCount = 6;
// Number of distinct values a facet can take in this dataset.
size_t FacetSize(const Dataset& ds, Facet facet);
// Calls fn(value) for each value event i has on a facet (several for targets and vendors).
template <typename Fn>
void ForEachFacetValue(const Columns& col, size_t i, Facet facet, Fn&& fn) {
    switch (facet) {
        case Facet::Actor: fn(col.actor[i]); break;
        case Facet::Target:
            for (CountryId c : col.TargetsOf(i)) fn(c);
            break;
        case Facet::Vendor:
            for (VendorId v : col.VendorsOf(i)) fn(v);
            break;
        case Facet::Measure: fn(col.measure[i]); break;
        case Facet::Sector: fn(col.sector[i]); break;
        case Facet::Status: fn(col.status[i]); break;
    }
}

// How many events would match if this facet's own constraint were dropped, per value of the facet:
// the counts shown beside each option in the Filters window.
std::vector<uint32_t> FacetCounts(const Dataset& ds, const FilterSpec& spec, Facet facet);

// The counts of every facet at once (each as FacetCounts gives it), over the events up to a day only: what the
// Filters window shows while the playback cursor is before the end. Moving the day adds or removes only the
// events in between, so following the cursor costs as much as the events it passes.
struct FacetTally {
    std::array<std::vector<uint32_t>, kFacetCount> counts;  // per Facet
    size_t counted = 0;  // dataset events [0, counted) (date order) are in the counts: those up to the day
};
FacetTally FacetTallyUpTo(const Dataset& ds, const FilterSpec& spec, int32_t up_to_day);
// Moves a tally made by FacetTallyUpTo (with the same dataset and spec) to another day.
void MoveFacetTally(const Dataset& ds, const FilterSpec& spec, FacetTally& tally, int32_t up_to_day);

}  // namespace rift
