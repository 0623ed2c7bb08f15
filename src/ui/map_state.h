// The map view's own state (kept inside AppState): colouring mode, chosen vendor, zoom and pan.
#pragma once
#include <string>

namespace rift {

enum class MapColor : unsigned char { Taken, Received, AgainstVendor };

struct MapViewState {
    MapColor color = MapColor::Taken;
    std::string vendor;        // vendor id for MapColor::AgainstVendor
    float zoom = 1.0f;         // 1 = whole world fits
    float pan_x = 0.0f, pan_y = 0.0f;  // in projected map units
};

}  // namespace rift
