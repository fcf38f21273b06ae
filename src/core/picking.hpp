#pragma once

#include <cstddef>
#include <string>

#include "core/label_geometry.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"

namespace pm {

// What lies under the mouse: the city marker or link nearest to a pixel, for hover and click.
struct PickResult {
    enum class Kind { None, City, Link };
    Kind kind = Kind::None;
    std::string city_id;           // City
    size_t partnership_index = 0;  // Link: SceneLink::partnership_index
    double distance_px = 0.0;      // from the pixel to the marker centre or the nearest point of the link
};

// The nearest visible city within `radius_px` of `pixel`; if there is none, the nearest link
// (distance to its drawn polyline pieces). Cities win over links because their markers sit on the
// links' ends. The radius is inclusive; on equal distances the later one in the layer (drawn on
// top) wins. A linear scan with a per-segment box reject: about 1 ms for 10,000 world-spanning
// links of ~60 points each (RelWithDebInfo, see PickingSpeed in tests/core/test_picking.cpp).
PickResult pickAt(const DataLayer& data, const MapTransform& transform, LabelPoint pixel, double radius_px);

}  // namespace pm
