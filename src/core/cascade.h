// Cascades: for a vendor family or a measure type, the states that acted in the order they first acted, on an axis
// of days since the first act, with how many acted within 30, 90 and 365 days and the median lag (docs/ANALYSES.md).
#pragma once
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "core/dataset.h"
#include "core/filter.h"

namespace rift {

// At most this many cascades side by side (the first ones asked for).
inline constexpr size_t kMaxCascades = 4;
// The spread figures: states whose first act came within this many days of the cascade's first act.
inline constexpr std::array<int32_t, 3> kCascadeWindows = {30, 90, 365};

// What one cascade follows: acts against a vendor (with its products and subsidiaries, unless exact) or acts of one
// measure type.
struct CascadeKey {
    enum class Kind : uint8_t { Vendor, Measure } kind = Kind::Vendor;
    uint16_t id = 0;  // a VendorId or a Measure
    friend bool operator==(const CascadeKey&, const CascadeKey&) = default;
};

struct CascadeRow {
    CountryId state = 0;
    EventIndex first = 0;   // the state's first act (of several on that day, the strongest)
    int32_t lag = 0;        // days from the cascade's first act to this one
    bool approximate = false;  // the lag rests on a date known only to the month or year (counted as its first day)
    std::vector<EventIndex> later;  // the state's other acts, in date order
    uint32_t same_day = 0;          // how many of them fall on the first act's day (drawn under its dot)
};

struct Cascade {
    CascadeKey key;
    int32_t start_day = 0;         // day 0: the day of the first act
    std::vector<CascadeRow> rows;  // by lag, states acting on the same day by country code
    size_t first_movers = 0;       // rows [0, first_movers) acted on day 0; the others are the followers
    std::array<uint32_t, kCascadeWindows.size()> within{};  // states acting within each window, first movers included
    std::optional<double> median_lag;  // of the followers' lags (none without followers)
    size_t approximate = 0;        // rows whose lag is approximate
    size_t acts = 0;               // events counted
    int32_t last_lag = 0;          // the latest act's day, counted from day 0 (the axis' end)
};

// Whether an event is an act of the cascade: not merely proposed (a bill or a draft is not yet an act), and aimed at a
// vendor of the key's set (targeted, not defended or mentioned) or of the key's measure type.
bool IsCascadeAct(const Dataset& ds, EventIndex i, CascadeKey key, std::span<const uint8_t> vendor_set);

// The cascade of `key` over a selection in date order. `exact`: a vendor key without its products and subsidiaries.
Cascade CascadeOf(const Dataset& ds, std::span<const EventIndex> selection, CascadeKey key, bool exact);

// The cascades a filter asks for: its vendors (each rolled up to its family's top with `families`, each once), or,
// when it names no vendor known to the dataset, its measure types; the first kMaxCascades of them.
// `dropped` gets how many more there were.
std::vector<CascadeKey> CascadeKeys(const Dataset& ds, const FilterSpec& spec, bool families, size_t* dropped = nullptr);
// The filter the cascades' events are chosen by: `spec` without what became the keys (its vendors, or its measure
// types), so that `vendor=tiktok&families=1` counts CapCut's bans under ByteDance too.
FilterSpec CascadeBase(const FilterSpec& spec, std::span<const CascadeKey> keys);

}  // namespace rift
