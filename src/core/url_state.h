// The reader's view state and its URL form (`key=value&…`, the public contract in docs/EMBEDDING.md).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/count.h"
#include "core/country_counts.h"
#include "core/filter.h"

namespace rift {

// How many countries Compare shows side by side, at most (and at least 2).
inline constexpr size_t kMaxCompare = 4;

enum class View : uint8_t { Timeline, Map, Compare, Vendors, Events, Cascade };
inline constexpr std::array<std::string_view, 6> kViewNames = {"timeline", "map", "compare", "vendors", "events", "cascade"};

enum class Lang : uint8_t { En, De };
inline constexpr std::array<std::string_view, 2> kLangNames = {"en", "de"};
enum class Theme : uint8_t { Light, Dark };
inline constexpr std::array<std::string_view, 2> kThemeNames = {"light", "dark"};

struct ViewState {
    View view = View::Timeline;
    FilterSpec filter;
    std::optional<Date> cursor;           // t
    // The timeline's visible window, apart from the filter (span=2014-05-01..2014-06-15): empty, the timeline
    // shows from..to when they are set, else every event.
    std::optional<std::pair<Date, Date>> span;
    bool play = false;
    std::vector<std::string> compare = {"US", "CN"};  // 2 to kMaxCompare country codes
    std::string event;                    // selected event id
    Lang lang = Lang::En;
    Theme theme = Theme::Light;
    bool embed = false;
    std::string title;                    // an embed's own title line (at most 120 bytes)
    CountryRole map_color = CountryRole::Taken;  // map=taken|received|vendor: what colours the Map
    bool families = false;                // families=1: the Vendors matrix and Compare's vendor lists by family
    std::string map_vendor;               // mapvendor: the vendor of map=vendor (empty: the filter's one vendor, else the most targeted)
    bool count = false;                   // count=1: the How many panel is open (its definition: the filter, t and the two below)
    CountStage count_stage = CountStage::Any;  // cstatus: which events count
    CountScope count_scope = CountScope::Any;  // scope: government only, beyond it, or any
    std::string data;                     // URL of a dataset to load
    std::string data_version;             // v: the dataset version the link was made with
    friend bool operator==(const ViewState&, const ViewState&) = default;
};

struct UrlParse {
    ViewState state;
    std::vector<std::string> warnings;  // one per ignored key or value
};

// One entry per key of the state, in link order: its URL form, its JSON form (core/state_json) and how a host
// clears it all come from this table, so a new key is one entry (url_state.cpp).
struct StateKey {
    std::string_view name;
    enum class Form : uint8_t { Text, Bool, Date, List } form;  // as JSON: a string, a bool, a date (or range) or null, an array
    // The value as text items: one for a set scalar, none for an unset date; lists one per item.
    std::vector<std::string> (*get)(const ViewState&);
    // Reads a decoded value (lists split on commas); a bad value or item adds a warning and is left out.
    void (*read)(ViewState&, const std::string& value, std::vector<std::string>& warnings);
    // Back to the default (a host's null or "").
    void (*clear)(ViewState&);
};
std::span<const StateKey> StateKeys();
const StateKey* FindStateKey(std::string_view name);

// Serialises only what differs from the defaults, in the table's order.
std::string ToUrl(const ViewState& state);
// Reads `key=value&…` (a leading '#' or '?' is skipped) on top of `base`; bad values are dropped one by one.
UrlParse FromUrl(std::string_view text, ViewState base = {});

std::string PercentEncode(std::string_view s);
std::string PercentDecode(std::string_view s);  // invalid escapes are kept literally

}  // namespace rift
