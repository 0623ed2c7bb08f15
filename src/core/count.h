// "How many states restrict X on day t?": the count under a definition the reader sets, its states and events, and
// how it moves under the next looser and stricter counting rule (docs/ANALYSES.md, "How many").
#pragma once
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/filter.h"

namespace rift {

// Which events count, loosest first: each stage counts a subset of the one before. Proposals never count.
enum class CountStage : uint8_t {
    Any,        // announced, enacted or known from reports (the Map's and the Vendors matrix's "in force")
    Announced,  // declared by the government: announced or enacted (or since revoked)
    Enacted,    // in legal force by the record: enacted
    InForce     // enacted and past its `effective` date (its date when it has none)
};
inline constexpr std::array<std::string_view, 4> kCountStageNames = {"any", "announced", "enacted", "in_force"};
inline constexpr int kCountStageCount = static_cast<int>(kCountStageNames.size());

// Whom a measure applies to, read from the event's sector: the state's own offices and forces (`government`,
// `defense`) or beyond them (every other sector: the public, a market, an industry).
enum class CountScope : uint8_t { Any, Government, Public };
inline constexpr std::array<std::string_view, 3> kCountScopeNames = {"any", "gov", "public"};

// The counting rule beyond the filter: the stage, the scope, and the vendors a measure must target (resolved from
// the filter's vendor ids; empty: any vendor or none).
struct CountRule {
    CountStage stage = CountStage::Any;
    CountScope scope = CountScope::Any;
    std::vector<VendorId> vendors;  // sorted, each once
    bool measures_given = false;    // the filter names measure types; else diplomatic answers do not count
};

// The filter's vendor ids as the vendors a counted measure must target: each with its products and subsidiaries
// unless vendor_exact. An id the dataset does not know is a problem ("vendor: no vendor has the id ...").
std::vector<VendorId> CountVendors(const Dataset& ds, const FilterSpec& filter, std::vector<std::string>& problems);

// The stage an event reaches on `day` (dated on or before it, not ended), or nullopt when it does not count at all
// then (later, ended, or a proposal).
std::optional<CountStage> StageOn(const Dataset& ds, EventIndex i, int32_t day);

struct CountResult {
    int32_t day = 0;
    std::vector<CountryId> states;        // acting states (and blocs) with a counted event, by code
    std::vector<uint32_t> state_events;   // per state: how many of `events` are its
    std::vector<EventIndex> events;       // the counted events, grouped by state (in `states` order), date order
    std::array<uint32_t, kCountStageCount> per_stage{};  // the count under each stage, the rest of the rule the same
    std::vector<CountryId> looser_adds;    // the states the next looser stage adds (by code; none at the loosest)
    std::vector<CountryId> stricter_drops; // the states the next stricter stage drops (by code; none at the strictest)
    size_t Count() const { return states.size(); }
};

// Counts the acting states with at least one event of `selection` (date order, as Filter gives it) that on `day`
// reaches the rule's stage, falls in its scope, targets one of its vendors and is a measure against someone
// (any type the filter names; without one, every type but `diplomatic`).
CountResult CountStates(const Dataset& ds, std::span<const EventIndex> selection, const CountRule& rule, int32_t day);

// The day a definition without `t` counts on: the last event's day, or the end of the filter's `to` when earlier.
int32_t DefaultCountDay(const Dataset& ds, const FilterSpec& filter);

struct ViewState;  // core/url_state.h (which names the stage and scope above)

// Keys a count definition may hold: the filter's, t, cstatus and scope.
bool IsCountKey(std::string_view key);

// A definition written as setState writes a state ({"vendor":"tiktok","scope":"gov","t":"2023-06-01"}; keys left
// out mean "any", lists as arrays or comma-separated strings), read with the URL's rules on top of the defaults.
// Every key that is not a count key, every bad value and every unknown vendor id is a problem that names it.
std::vector<std::string> CountDefinitionFromJson(std::string_view json_text, ViewState& definition);

// {"count","states","eventIds","definition","looser","stricter","partial"}: the answer for the host page. The
// definition is written back with every count key (t always set: the day counted), as getState writes them.
std::string CountAnswerJson(const Dataset& ds, const ViewState& definition, const CountResult& result);

// The counted events as a CSV table (RFC 4180), one line each: the state, the event, what made it count on the day
// (its stage), and the definition's link on every line.
std::string CountCsv(const Dataset& ds, const CountResult& result, const std::string& link);

// The definition's link form: its count keys that differ from the defaults, and t (count=1 opens the panel).
std::string CountLink(const ViewState& definition, int32_t day);

}  // namespace rift
