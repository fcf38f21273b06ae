#pragma once

#include <cstddef>
#include <vector>

#include "core/vec2.hpp"

// Drops points that a picture at a given scale cannot show: the basemap's coasts have several points per
// pixel on an overview map, and every point costs a triangle or two in a software rasteriser.
namespace pm::render {

// Douglas–Peucker: keeps the end points and every point needed so that no dropped point lies farther
// than `tolerance` from the simplified line.
std::vector<Vec2> simplifyLine(const std::vector<Vec2>& points, double tolerance);
// The positions of the points simplifyLine keeps, for data that goes with them (link fractions).
std::vector<size_t> simplifiedIndices(const std::vector<Vec2>& points, double tolerance);

// The same for a closed ring (the first point is not repeated). Returns fewer than 3 points when the
// ring is smaller than the tolerance.
std::vector<Vec2> simplifyRing(const std::vector<Vec2>& ring, double tolerance);

}  // namespace pm::render
