// Seeded random polygons against the clipper's invariants: cutting at the antimeridian keeps the
// area, and two opposite caps share it. Vertices on a 1-degree grid and integer centre longitudes
// put many vertices exactly on the cut meridian, and edges along it.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

#include "core/sphere_clip.hpp"
#include "core/sphere_math.hpp"

namespace pm {
namespace {

constexpr double kPi = std::numbers::pi;

// The point at angular distance `distance_deg` from `from` in direction `azimuth_deg` on the sphere.
GeoPoint destination(GeoPoint from, double azimuth_deg, double distance_deg) {
    const Vec3 c = toVec3(from);
    const double lon = from.lon * kDegToRad;
    const Vec3 east{-std::sin(lon), std::cos(lon), 0};
    const Vec3 north = cross(c, east);
    const double az = azimuth_deg * kDegToRad, d = distance_deg * kDegToRad;
    return toGeo(c * std::cos(d) + (north * std::cos(az) + east * std::sin(az)) * std::sin(d));
}

struct RandomPolygon {
    GeoPolygon polygon;
    GeoPoint centre;
};

// A star-shaped ring around a random centre, clockwise (interior on the right), optionally snapped
// to a whole-degree grid, and reversed (everything but the star) one time in four.
RandomPolygon randomPolygon(std::mt19937& random) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const GeoPoint centre{.lat = std::asin(2 * unit(random) - 1) * 180 / kPi, .lon = -180 + 360 * unit(random)};
    const double radius = 5 + 55 * unit(random);
    const int vertices = 5 + static_cast<int>(unit(random) * 20);
    const bool snap = unit(random) < 0.5;
    GeoRing ring;
    for (int i = 0; i < vertices; ++i) {
        const double azimuth = 360.0 * (i + 0.5 * unit(random)) / vertices;
        GeoPoint p = destination(centre, azimuth, radius * (0.6 + 0.4 * unit(random)));
        if (snap) p = {.lat = std::round(p.lat), .lon = std::round(p.lon)};
        if (ring.empty() || !(ring.back() == p)) ring.push_back(p);
    }
    if (unit(random) < 0.25) std::reverse(ring.begin(), ring.end());
    return {{ring, {}}, centre};
}

double totalArea(const std::vector<GeoPolygon>& polygons) {
    double sum = 0;
    for (const GeoPolygon& p : polygons) sum += sphericalArea(p);
    return sum;
}

TEST(ClipRandom, AntimeridianKeepsTheArea) {
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> centre_lon(-180, 180);
    for (int n = 0; n < 1500; ++n) {
        const RandomPolygon r = randomPolygon(random);
        const double area = sphericalArea(r.polygon);
        if (area < 1e-6) continue;  // snapping flattened it
        const double lon0 = centre_lon(random);
        const auto pieces = clipPolygon(r.polygon, ClipRegion::antimeridian(lon0));
        // The pieces stop kCutInsetDeg short of the cut on both sides: a strip at most 2 x 1e-7
        // degrees wide and 180 degrees long.
        const double strip = 2 * kCutInsetDeg * kDegToRad * kPi;
        ASSERT_NEAR(totalArea(pieces), area, 1e-9 * area + strip)
            << "polygon " << n << " centre " << r.centre.lat << "," << r.centre.lon << " lon_0 " << lon0;
        for (const GeoPolygon& piece : pieces)
            for (const GeoPoint& p : piece.exterior) ASSERT_LT(std::abs(wrapDegrees(p.lon - lon0)), 180.0);
    }
}

TEST(ClipRandom, OppositeCapsShareTheArea) {
    std::mt19937 random(52);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int n = 0; n < 1500; ++n) {
        const RandomPolygon r = randomPolygon(random);
        const double area = sphericalArea(r.polygon);
        if (area < 1e-6) continue;
        const GeoPoint c{.lat = std::round(-90 + 180 * unit(random)), .lon = std::round(-180 + 360 * unit(random))};
        const GeoPoint anti{.lat = -c.lat, .lon = c.lon > 0 ? c.lon - 180 : c.lon + 180};
        const double radius = 90.0 - 1e-6;
        const double seen = totalArea(clipPolygon(r.polygon, ClipRegion::circle(c, radius))) +
                            totalArea(clipPolygon(r.polygon, ClipRegion::circle(anti, radius)));
        // Lost: a band 2e-6 degrees wide around the great circle between the caps (whose boundary,
        // a great circle, its sampled chords follow exactly).
        const double band = 2 * 2e-6 * kDegToRad * kPi;
        ASSERT_NEAR(seen, area, band + 1e-9 * area)
            << "polygon " << n << " centre " << r.centre.lat << "," << r.centre.lon << " cap " << c.lat << "," << c.lon;
    }
}

TEST(ClipRandom, ComplementaryCapsShareTheArea) {
    // A cap of radius r and the opposite cap of radius 180 - r share one boundary circle.
    std::mt19937 random(1179);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int n = 0; n < 1500; ++n) {
        const RandomPolygon r = randomPolygon(random);
        const double area = sphericalArea(r.polygon);
        if (area < 1e-6) continue;
        const GeoPoint c{.lat = -90 + 180 * unit(random), .lon = -180 + 360 * unit(random)};
        const GeoPoint anti{.lat = -c.lat, .lon = c.lon > 0 ? c.lon - 180 : c.lon + 180};
        const double radius = n % 3 == 0 ? 179.0 : 1 + 178 * unit(random);
        const double seen = totalArea(clipPolygon(r.polygon, ClipRegion::circle(c, radius))) +
                            totalArea(clipPolygon(r.polygon, ClipRegion::circle(anti, 180 - radius)));
        // Both sides sample the circle every degree of their own azimuth, at different points: the
        // chords differ by at most a 360-gon's shortfall against the circle, 1.3e-5 of the cap.
        const double small_cap = 2 * kPi * (1 - std::cos(std::min(radius, 180 - radius) * kDegToRad));
        ASSERT_NEAR(seen, area, 3e-5 * small_cap + 1e-9 * area)
            << "polygon " << n << " centre " << r.centre.lat << "," << r.centre.lon << " cap " << c.lat << "," << c.lon
            << " radius " << radius;
    }
}

TEST(ClipRandom, LinesKeepTheirLength) {
    std::mt19937 random(7);
    std::uniform_int_distribution<int> centre_lon(-180, 180);
    for (int n = 0; n < 1500; ++n) {
        const RandomPolygon r = randomPolygon(random);
        GeoLine line = r.polygon.exterior;
        double length = 0;
        for (size_t i = 0; i + 1 < line.size(); ++i) length += angleBetween(toVec3(line[i]), toVec3(line[i + 1]));
        const double lon0 = centre_lon(random);
        double clipped = 0;
        for (const GeoLine& piece : clipLine(line, ClipRegion::antimeridian(lon0)))
            for (size_t i = 0; i + 1 < piece.size(); ++i)
                clipped += angleBetween(toVec3(piece[i]), toVec3(piece[i + 1]));
        // Each crossing loses the gap between the two inset ends: under 2 x 1e-7 degrees of arc...
        // but at a pole the inset is along a parallel, shorter still.
        ASSERT_NEAR(clipped, length, 1e-6 * kDegToRad * static_cast<double>(line.size()))
            << "line " << n << " lon_0 " << lon0;
    }
}

}  // namespace
}  // namespace pm
