#pragma once

namespace pm {

// A position on the WGS84 ellipsoid in degrees. Named fields (never a pair) so that
// latitude and longitude cannot be swapped silently: write GeoPoint{.lat = 49.45, .lon = 11.08}.
struct GeoPoint {
    double lat = 0.0;  // degrees north, [-90, 90]
    double lon = 0.0;  // degrees east, [-180, 180]

    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

}  // namespace pm
