// The immutable in-memory dataset: events in date order (row form for details) plus columnar filter data.
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/vocab.h"

namespace rift {

using CountryId = uint16_t;
using VendorId = uint16_t;
using EventIndex = uint32_t;

inline constexpr int32_t kNoEnd = std::numeric_limits<int32_t>::max();

struct Source {
    std::string url, publisher, title, date;
};

struct Vendor {
    std::string id, name;
    CountryId country = 0;
    std::vector<std::string> sectors;
    std::string website;
};

struct Event {
    std::string id, title, summary;
    Date date;
    std::optional<Date> effective, ends;
    CountryId actor = 0;
    std::vector<CountryId> targets;
    std::vector<VendorId> vendors;
    Measure measure = Measure::Other;
    Sector sector = Sector::General;
    Status status = Status::Announced;
    uint8_t severity = 1;
    std::vector<Source> sources;
    std::vector<EventIndex> responds_to;  // earlier events this one answers
    std::vector<EventIndex> answered_by;  // later events that answer this one
};

// Flat arrays for the hot loops (filter, aggregate). Multi-valued fields use offset arrays of size n+1.
struct Columns {
    std::vector<int32_t> day;       // announced date, first day of its period
    std::vector<int32_t> end_day;   // day the measure stops being in force, or kNoEnd
    std::vector<CountryId> actor;
    std::vector<uint8_t> measure, sector, status, severity;
    std::vector<uint32_t> target_begin;
    std::vector<CountryId> targets;
    std::vector<uint32_t> vendor_begin;
    std::vector<VendorId> vendors;
    std::vector<uint32_t> text_begin;  // lower-case search text per event, in `text`
    std::string text;
};

struct Dataset {
    std::string schema, version;
    std::vector<std::string> countries;  // interned codes; CountryId indexes this
    std::vector<Vendor> vendors;         // VendorId indexes this
    std::vector<Event> events;           // sorted by date, then id
    Columns cols;

    std::optional<CountryId> FindCountry(std::string_view code) const;
    std::optional<VendorId> FindVendor(std::string_view id) const;
    std::optional<EventIndex> FindEvent(std::string_view id) const;
    size_t size() const { return events.size(); }

    // Interns a country code (used while building).
    CountryId InternCountry(std::string_view code);
    // Sorts events by date, resolves reverse links and fills `cols` and the look-up maps.
    void Finalize();

private:
    std::unordered_map<std::string, CountryId> m_country_index;
    std::unordered_map<std::string, VendorId> m_vendor_index;
    std::vector<EventIndex> m_event_by_id;  // event indices sorted by id
};

// Lower-cases ASCII letters (UTF-8 bytes above 0x7F are kept as they are).
std::string AsciiLower(std::string_view s);
void AppendAsciiLower(std::string& out, std::string_view s);

// Byte offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, surrogates or code
// points above U+10FFFF, as JSON requires), or std::string_view::npos when all of `s` is well-formed.
size_t InvalidUtf8At(std::string_view s);
// `s` quoted in a message: at most `max_bytes` (cut at a character boundary, then "..."), with bytes that are not
// UTF-8 shown as '?', so every message can be drawn and sent to a page as JSON.
std::string ClipForMessage(std::string_view s, size_t max_bytes);

}  // namespace rift
