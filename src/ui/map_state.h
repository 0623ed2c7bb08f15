// The map view's state inside AppState: colouring mode, chosen vendor, zoom and pan, cached counts.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/filter.h"

namespace rift {

enum class MapColor : unsigned char { Taken, Received, AgainstVendor };

// Per-country counts behind the colours, recomputed only when one of the inputs at the top changes.
struct MapCounts {
    // Inputs: the selection (its buffer, size and the spec it was filtered with), cursor day and vendor.
    const void* dataset = nullptr;
    const void* selection = nullptr;
    size_t selection_size = 0;
    FilterSpec spec;
    int32_t day = 0;
    std::string vendor;
    bool valid = false;
    uint32_t generation = 0;  // bumped on every recomputation (keys the hover summary)

    // Per CountryId of the dataset: measures taken, received, and taken against `vendor`.
    std::vector<uint32_t> taken, received, against;
    uint32_t max_taken = 0, max_received = 0, max_against = 0;
    // Per country of the world map: its CountryId in the dataset, or -1.
    std::vector<int32_t> dataset_id;
    const void* dataset_id_for = nullptr;  // the dataset `dataset_id` was built for

    // The hovered country's summary: vendors most named in what it took (or received), with counts.
    int32_t summary_country = -1;
    MapColor summary_color = MapColor::Taken;
    uint32_t summary_generation = 0;
    std::vector<std::pair<uint16_t, uint32_t>> top_vendors;  // VendorId, count
};

struct MapViewState {
    MapColor color = MapColor::Taken;
    std::string vendor;  // vendor id for MapColor::AgainstVendor (empty: the most named one)
    float zoom = 1.0f;   // 1 = whole world fits
    // Offset of the view centre from the map centre, in projected map units.
    float pan_x = 0.0f, pan_y = 0.0f;
    // The last drawn frame's projection: screen = (screen_x, screen_y) + map point * screen_scale.
    float screen_scale = 0.0f, screen_x = 0.0f, screen_y = 0.0f;
    MapCounts counts;
};

}  // namespace rift
