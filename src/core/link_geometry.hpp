#pragma once

#include <vector>

#include "core/geo_point.hpp"
#include "core/vec2.hpp"

namespace pm {

class Projection;
struct ClipRegion;

// One visible piece of a link: projected points and, for each, how far along the geodesic from
// the home city it lies (0 at home, 1 at the partner), so that a link can be drawn growing.
struct LinkPiece {
    std::vector<Vec2> points;
    std::vector<float> fractions;
};

// The geodesic from `from` to `to`, cut on the sphere where it leaves the projection's clip region
// and projected. Points are added until the drawn chord of every step lies within `tolerance`
// (map units) of the projected geodesic, so that at a scale of k pixels per map unit a tolerance
// of 0.5 / k keeps the curve within half a pixel of the truth.
std::vector<LinkPiece> projectGeodesicLink(GeoPoint from, GeoPoint to, const Projection& projection, double tolerance);

// Whether the point lies inside the region that the projection shows (front of the globe,
// below Mercator's latitude limit).
bool regionContains(const ClipRegion& region, GeoPoint point);

}  // namespace pm
