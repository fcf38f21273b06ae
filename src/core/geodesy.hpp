#pragma once

#include <vector>

#include "core/geo_point.hpp"

struct geod_geodesic;

namespace pm {

// The WGS84 ellipsoid for PROJ's geodesic.h (immutable, safe to share between threads).
const geod_geodesic& wgs84Geodesic();

// Geodesics on the WGS84 ellipsoid, computed with Karney's algorithms from PROJ's geodesic.h.
// There is deliberately no spherical shortcut anywhere in PartnerMap.

struct GeodesicInverse {
    double distance_m = 0.0;
    double initial_azimuth_deg = 0.0;  // clockwise from north, [0, 360)
    double final_azimuth_deg = 0.0;    // at the destination, clockwise from north, [0, 360)
};

GeodesicInverse geodesicInverse(GeoPoint from, GeoPoint to);

// The point reached from `from` after `distance_m` along the initial azimuth.
GeoPoint geodesicDirect(GeoPoint from, double azimuth_deg, double distance_m);

// Points along the geodesic from `from` to `to`, both included, no two consecutive points more
// than `max_step_m` apart (at least the two end points). Longitudes are unrolled: consecutive
// points differ by less than 180 degrees, so a path crossing the antimeridian may leave [-180, 180];
// the clipper wraps them.
std::vector<GeoPoint> sampleGeodesic(GeoPoint from, GeoPoint to, double max_step_m);

// A geodesic circle: the points at `radius_m` from `centre` in `count` equally spaced directions,
// starting north and going clockwise (not closed: the first point is not repeated).
std::vector<GeoPoint> geodesicCircle(GeoPoint centre, double radius_m, int count);

// The 16-wind compass direction of an azimuth: index 0 = N, 1 = NNE, ... 15 = NNW.
int compassPoint16(double azimuth_deg);

// Compass point names, e.g. "west-northwest" / "Westnordwest".
const char* compassPointName(int index16, bool german);

}  // namespace pm
