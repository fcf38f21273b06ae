// Properties of the whole 50m basemap, clipped and projected, for every catalogue projection at
// several centres: nothing jumps across the map, nothing leaves the outline, and cutting at the
// antimeridian keeps the land's area on the sphere.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/basemap.hpp"
#include "core/projection.hpp"

namespace pm {
namespace {

const Basemap& basemap50m() {
    static const Basemap map = loadBasemap(basemapPath(BasemapDetail::Medium50m));
    return map;
}

// The outline seen from the map centre (0, 0), which every catalogue projection puts at the origin:
// all outlines are star-shaped around it.
class OutlineShape {
public:
    explicit OutlineShape(const std::vector<Vec2>& outline) : m_points(outline) {
        std::sort(m_points.begin(), m_points.end(),
                  [](Vec2 a, Vec2 b) { return std::atan2(a.y, a.x) < std::atan2(b.y, b.x); });
    }

    // How far p lies outside the outline (negative: inside).
    double excess(Vec2 p) const {
        const double angle = std::atan2(p.y, p.x);
        const auto it = std::lower_bound(m_points.begin(), m_points.end(), angle,
                                         [](Vec2 q, double a) { return std::atan2(q.y, q.x) < a; });
        const Vec2 b = it == m_points.end() ? m_points.front() : *it;
        const Vec2 a = it == m_points.begin() ? m_points.back() : *(it - 1);
        const Vec2 direction{std::cos(angle), std::sin(angle)};
        const double denominator = cross(direction, b - a);
        const double edge_distance =
            std::abs(denominator) < 1e-300 ? std::max(length(a), length(b)) : cross(a, b - a) / denominator;
        return length(p) - edge_distance;
    }

private:
    std::vector<Vec2> m_points;
};

double signedArea(const std::vector<Vec2>& ring) {
    double twice = 0;
    for (size_t i = 0; i < ring.size(); ++i) twice += cross(ring[i], ring[(i + 1) % ring.size()]);
    return twice / 2;
}

struct Stats {
    size_t points = 0;
    double worst_excess = -1e300;
    double longest_segment = 0;
    size_t wrong_orientation = 0;
};

void inspect(const std::vector<Vec2>& path, bool closed, const OutlineShape& shape, Stats& stats) {
    for (size_t i = 0; i < path.size(); ++i) {
        ++stats.points;
        stats.worst_excess = std::max(stats.worst_excess, shape.excess(path[i]));
        if (i + 1 < path.size() || closed)
            stats.longest_segment = std::max(stats.longest_segment, length(path[(i + 1) % path.size()] - path[i]));
    }
}

struct Case {
    const char* id;
    std::vector<double> lats;  // world projections: {0}
    bool preserves_area;       // clipping removes nothing (world projections but Mercator)
    double area_tolerance;     // relative
};

class BasemapProjected : public ::testing::TestWithParam<Case> {};

void checkProjectedBasemap(const Basemap& map, const ProjectionSpec& spec, bool preserves_area, double area_tolerance,
                           size_t min_points) {
    double land_area = 0;
    for (const GeoPolygon& polygon : map.land) land_area += sphericalArea(polygon);
    const Projection projection(spec);
    const std::string where = projection.projString();
    const OutlineShape shape(projection.outline());
    const double size = std::max(projection.bounds().width(), projection.bounds().height());
    Stats stats;
    double clipped_area = 0;
    const auto add_polygons = [&](const GeoPolygon& polygon, bool measure) {
        for (const MapPolygon& piece : projectClippedPolygon(polygon, projection)) {
            inspect(piece.exterior, true, shape, stats);
            for (const MapRing& hole : piece.holes) inspect(hole, true, shape, stats);
            // Exteriors clockwise. Slivers squeezed by the projection (islands at the globe's horizon
            // are less than a metre wide there) may turn, by less than the resampling tolerance.
            double perimeter = 0;
            for (size_t i = 0; i < piece.exterior.size(); ++i)
                perimeter += length(piece.exterior[(i + 1) % piece.exterior.size()] - piece.exterior[i]);
            if (signedArea(piece.exterior) > perimeter * 1e-4 * size) ++stats.wrong_orientation;
        }
        if (measure)
            for (const GeoPolygon& piece : clipPolygon(polygon, projection.clipRegion()))
                clipped_area += sphericalArea(piece);
    };
    for (const GeoPolygon& polygon : map.land) add_polygons(polygon, true);
    for (const BasemapCountry& country : map.countries)
        for (const GeoPolygon& polygon : country.polygons) add_polygons(polygon, false);
    for (const GeoLine& border : map.borders)
        for (const MapLine& line : projectClippedLine(border, projection)) inspect(line, false, shape, stats);

    EXPECT_GT(stats.points, min_points) << where;
    EXPECT_LT(stats.worst_excess, 2e-4 * size) << where;
    EXPECT_LT(stats.longest_segment, 0.03 * size) << where;
    EXPECT_EQ(stats.wrong_orientation, 0u) << where;
    if (preserves_area) {
        EXPECT_NEAR(clipped_area, land_area, area_tolerance * land_area) << where;
    } else {
        EXPECT_LT(clipped_area, land_area * (1 + 1e-9)) << where;
        EXPECT_GT(clipped_area, 0.05 * land_area) << where;
    }
}

TEST_P(BasemapProjected, StaysInsideTheOutlineWithoutJumpsAndKeepsArea) {
    const Case& c = GetParam();
    for (double lat : c.lats)
        for (double lon : {-150.0, -60.0, 0.0, 10.0, 90.0, 160.0})
            checkProjectedBasemap(basemap50m(), {c.id, {.lat = lat, .lon = lon}, ""}, c.preserves_area,
                                  c.area_tolerance, 20000);  // the globe shows half the world
}

// Two globes looking at opposite sides of the Earth show all land between them, once.
TEST(BasemapProjected, GlobeAndItsAntipodeShareTheLand) {
    const Basemap& map = basemap50m();
    double land_area = 0;
    for (const GeoPolygon& polygon : map.land) land_area += sphericalArea(polygon);
    for (const GeoPoint centre : {GeoPoint{.lat = 52, .lon = 10}, GeoPoint{.lat = 0, .lon = 0},
                                  GeoPoint{.lat = 90, .lon = 0}, GeoPoint{.lat = -33.9, .lon = 151.2}}) {
        const GeoPoint antipode{.lat = -centre.lat, .lon = centre.lon > 0 ? centre.lon - 180 : centre.lon + 180};
        double seen = 0;
        for (const GeoPoint c : {centre, antipode}) {
            const Projection globe({"orthographic", c, ""});
            for (const GeoPolygon& polygon : map.land)
                for (const GeoPolygon& piece : clipPolygon(polygon, globe.clipRegion())) seen += sphericalArea(piece);
        }
        // Both hemispheres stop 1e-6 degrees short of the horizon.
        EXPECT_NEAR(seen, land_area, 1e-6 * land_area) << centre.lat << " " << centre.lon;
    }
}

// The finest level has the most ways to go wrong (islets flattened by quantization): a few views.
TEST(BasemapProjected10m, StaysInsideTheOutlineWithoutJumpsAndKeepsArea) {
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Fine10m));
    checkProjectedBasemap(map, {"equal-earth", {.lat = 0, .lon = 180}, ""}, true, 1e-6, 200000);
    checkProjectedBasemap(map, {"orthographic", {.lat = 52, .lon = 10}, ""}, false, 0, 100000);
    checkProjectedBasemap(map, {"azimuthal-equidistant", {.lat = 49.45, .lon = 11.08}, ""}, true, 5e-3, 200000);
}

const std::vector<double> kAzimuthalLats = {-40, 0, 52};

INSTANTIATE_TEST_SUITE_P(AllProjections, BasemapProjected,
                         ::testing::Values(Case{"equal-earth", {0}, true, 1e-6}, Case{"robinson", {0}, true, 1e-6},
                                           Case{"winkel-tripel", {0}, true, 1e-6},
                                           Case{"natural-earth", {0}, true, 1e-6}, Case{"mollweide", {0}, true, 1e-6},
                                           Case{"mercator", {0}, false, 0}, Case{"equirectangular", {0}, true, 1e-6},
                                           Case{"orthographic", kAzimuthalLats, false, 0},
                                           // Only the small cap around the antipode is lost.
                                           Case{"azimuthal-equidistant", kAzimuthalLats, true, 5e-3},
                                           Case{"lambert-azimuthal", kAzimuthalLats, true, 5e-3}),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             std::string name = info.param.id;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace pm
