// The map view's state inside AppState: what colours the countries, the chosen vendor, zoom and pan.
#pragma once
#include <cstdint>
#include <string>

#include "core/country_counts.h"

namespace rift {

struct MapViewState {
    // (What colours the countries and the chosen vendor are in the URL: ViewState::map_color and map_vendor.)
    float zoom = 1.0f;   // 1 = whole world fits
    // Offset of the view centre from the map centre, in projected map units.
    float pan_x = 0.0f, pan_y = 0.0f;
    // The last drawn frame's projection: screen = (screen_x, screen_y) + map point * screen_scale.
    float screen_scale = 0.0f, screen_x = 0.0f, screen_y = 0.0f;
    int32_t hover_country = -1;  // the dataset's CountryId under the pointer (its tooltip's vendors are in Derived)
};

}  // namespace rift
