// The reader's view state and its URL form (`key=value&…`, the public contract in docs/EMBEDDING.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/filter.h"

namespace rift {

enum class View : uint8_t { Timeline, Map, Compare, Vendors, Events };
inline constexpr std::array<std::string_view, 5> kViewNames = {"timeline", "map", "compare", "vendors", "events"};

struct ViewState {
    View view = View::Timeline;
    FilterSpec filter;
    std::optional<Date> cursor;           // t
    bool play = false;
    std::vector<std::string> compare;     // 2-4 country codes
    std::string event;                    // selected event id
    std::string lang = "en";              // en, de
    std::string theme = "light";          // light, dark
    bool embed = false;
    std::string data;                     // URL of a dataset to load
    std::string data_version;             // v: the dataset version the link was made with
    friend bool operator==(const ViewState&, const ViewState&) = default;
};

struct UrlParse {
    ViewState state;
    std::vector<std::string> warnings;  // one per ignored key or value
};

// Serialises only what differs from the defaults, in a fixed key order.
std::string ToUrl(const ViewState& state);
// Reads `key=value&…` (a leading '#' or '?' is skipped) on top of `base`; bad values are dropped one by one.
UrlParse FromUrl(std::string_view text, ViewState base = {});

std::string PercentEncode(std::string_view s);
std::string PercentDecode(std::string_view s);  // invalid escapes are kept literally

}  // namespace rift
