// Atom feeds of the dataset: which feeds there are (all events, one per acting state, one per vendor family), which
// events each holds, and one feed written as Atom 1.0 (RFC 4287).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/filter.h"

namespace rift {

struct ReleaseRecord;
struct Snapshot;

enum class FeedKind : uint8_t { All, Actor, Family };

struct FeedRef {
    FeedKind kind = FeedKind::All;
    CountryId actor = 0;  // FeedKind::Actor
    VendorId vendor = 0;  // FeedKind::Family: the family's top vendor (Dataset::RootOf)
    friend bool operator==(const FeedRef&, const FeedRef&) = default;
};

// The newest entries a feed holds (a reader follows what is new; the explorer and the data files have the rest).
inline constexpr size_t kFeedEntries = 100;

// The feed's file relative to the page's folder: feeds/all.atom, feeds/actor/CN.atom, feeds/vendor/huawei.atom.
std::string FeedPath(const Dataset& ds, const FeedRef& feed);
// The explorer's filter that shows the feed's events (actor=CN; vendor=huawei with its products and subsidiaries):
// a feed holds exactly what Filter() gives for it.
FilterSpec FeedFilter(const Dataset& ds, const FeedRef& feed);
// Every feed of a dataset: all events, then each acting state (by code), then each vendor family an event names (by
// the top vendor's id).
std::vector<FeedRef> AllFeeds(const Dataset& ds);
// The feeds an event is in besides all events: its actor's, then its vendors' families (each once, in the event's
// vendor order).
std::vector<FeedRef> FeedsOfEvent(const Dataset& ds, EventIndex event);

struct FeedContext {
    // The page's public address (RIFT_PUBLIC_URL, e.g. https://example.org/rift/): permalinks are page_url#event=ID.
    // Empty: links are relative to the feed's file (../#event=ID), which a reader resolves against the feed's URL.
    std::string page_url;
    // Per event (by EventIndex), the day its current content was released (EventUpdatedDays); empty: its date.
    std::vector<int32_t> updated;
    // The feed's own `updated` when it has no entries (else its newest entry's): the release's day.
    int32_t release_day = 0;
    size_t max_entries = kFeedEntries;
};

// Per event, the day of the release in the record where its current content (hash in `content`, the dataset file's
// snapshot) was last set; `unreleased_day` for an event whose content no release holds (new or corrected since).
std::vector<int32_t> EventUpdatedDays(const Dataset& ds, const Snapshot& content, const ReleaseRecord& record,
                                      int32_t unreleased_day);

// The feed as Atom XML: its newest events (by date) first, at most context.max_entries. Each entry: a stable id
// (a name-based UUID of the event id), the title, the summary, the permalink, the sources as links, the day of
// its release as `updated` and its date as `published` when known to the day.
std::string WriteAtomFeed(const Dataset& ds, const FeedRef& feed, const FeedContext& context);

// Text for XML character data or a quoted attribute: & < > " escaped, characters XML 1.0 forbids (controls, U+FFFE,
// U+FFFF) dropped and bytes that are not UTF-8 replaced by U+FFFD, so any input gives well-formed XML.
std::string XmlEscape(std::string_view text);
// RFC 4122 version 5 UUID (SHA-1, the URL namespace) of `name`, lower-case with hyphens.
std::string NameUuid(std::string_view name);

}  // namespace rift
