#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numbers>
#include <set>
#include <sstream>
#include <thread>

#include "core/problem.hpp"
#include "core/projection.hpp"
#include "core/sphere_math.hpp"

namespace pm {
namespace {

struct Expected {
    std::string id;
    GeoPoint centre;
    std::string proj_string;
    GeoPoint point;
    std::optional<Vec2> xy;
};

std::vector<Expected> readExpectedTable() {
    std::ifstream file(std::string(PARTNERMAP_TEST_DATA) + "/projection/expected.tsv");
    std::vector<Expected> rows;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::istringstream parts(line);
        for (std::string field; std::getline(parts, field, '\t');) fields.push_back(field);
        if (fields.size() != 8) ADD_FAILURE() << "bad row: " << line;
        if (fields.size() != 8) continue;
        Expected row{fields[0],
                     {.lat = std::stod(fields[1]), .lon = std::stod(fields[2])},
                     fields[3],
                     {.lat = std::stod(fields[4]), .lon = std::stod(fields[5])},
                     std::nullopt};
        if (fields[6] != "*") row.xy = Vec2{std::stod(fields[6]), std::stod(fields[7])};
        rows.push_back(row);
    }
    return rows;
}

TEST(Projection, MatchesTheProjCommandLineTool) {
    const std::vector<Expected> rows = readExpectedTable();
    ASSERT_GE(rows.size(), 500u);
    std::map<std::string, Projection> projections;
    std::set<std::string> ids;
    for (const Expected& row : rows) {
        const ProjectionSpec spec{row.id, row.centre, ""};
        ASSERT_EQ(projString(spec), row.proj_string);
        ids.insert(row.id);
        auto it = projections.find(row.proj_string);
        if (it == projections.end()) it = projections.emplace(row.proj_string, Projection(spec)).first;
        const Projection& projection = it->second;
        const auto xy = projection.forward(row.point);
        const std::string where =
            row.proj_string + " at " + std::to_string(row.point.lat) + "," + std::to_string(row.point.lon);
        ASSERT_EQ(xy.has_value(), row.xy.has_value()) << where;
        if (!xy) continue;
        // The table has 6 decimals (micrometres); allow a millimetre.
        EXPECT_NEAR(xy->x, row.xy->x, 1e-3) << where;
        EXPECT_NEAR(xy->y, row.xy->y, 1e-3) << where;

        // Back again: every point inside the clip region comes back, others are refused.
        const ClipRegion& clip = projection.clipRegion();
        const bool in_region =
            clip.kind == ClipRegion::Kind::Circle
                ? angleBetween(toVec3(row.point), toVec3(clip.centre)) * kRadToDeg <= clip.radius_deg + 1e-9
                : std::abs(row.point.lat) <= clip.max_abs_lat;
        // A point exactly on the cut may come back on either edge of the map.
        if (std::abs(wrapDegrees(row.point.lon - row.centre.lon)) == 180.0) continue;
        const auto back = projection.inverse(*xy);
        ASSERT_EQ(back.has_value(), in_region) << where;
        if (!back) continue;
        // PROJ inverts Robinson by iteration, to about 2e-5 degrees.
        const double tolerance = row.id == "robinson" ? 5e-5 : 1e-7;
        EXPECT_NEAR(back->lat, row.point.lat, tolerance) << where;
        if (std::abs(row.point.lat) < 89.0) {
            EXPECT_NEAR(wrapDegrees(back->lon - row.point.lon), 0.0, tolerance) << where;
        }
    }
    EXPECT_EQ(ids.size(), 10u);
}

TEST(Projection, BatchForwardEqualsSingleAndMarksFailuresNaN) {
    const Projection globe({"orthographic", {.lat = 49.45, .lon = 11.08}, ""});
    const std::vector<GeoPoint> points = {
        {.lat = 52.5, .lon = 13.4}, {.lat = -33.9, .lon = 151.2}, {.lat = 0, .lon = 0}};
    const std::vector<Vec2> batch = globe.forward(points);
    ASSERT_EQ(batch.size(), 3u);
    EXPECT_EQ(batch[0], *globe.forward(points[0]));
    EXPECT_TRUE(std::isnan(batch[1].x) && std::isnan(batch[1].y));  // Sydney is behind the globe
    EXPECT_FALSE(globe.forward(points[1]).has_value());
    EXPECT_EQ(batch[2], *globe.forward(points[2]));
}

TEST(Projection, CatalogueListsStableIdsWithNames) {
    const auto& catalog = projectionCatalog();
    const std::vector<std::string> expected = {
        "equal-earth",     "robinson",     "winkel-tripel",         "natural-earth",     "mollweide", "mercator",
        "equirectangular", "orthographic", "azimuthal-equidistant", "lambert-azimuthal", "custom"};
    ASSERT_EQ(catalog.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(catalog[i].id, expected[i]);
        EXPECT_FALSE(catalog[i].name_en.empty());
        EXPECT_FALSE(catalog[i].name_de.empty());
        EXPECT_EQ(findProjection(expected[i]), &catalog[i]);
    }
    EXPECT_EQ(kDefaultProjectionId, "equal-earth");
    EXPECT_EQ(ProjectionSpec{}.id, "equal-earth");
    EXPECT_EQ(findProjection("gall-peters"), nullptr);
    EXPECT_EQ(findProjection("orthographic")->kind, ProjectionKind::Azimuthal);
    EXPECT_EQ(findProjection("mollweide")->kind, ProjectionKind::World);
}

TEST(Projection, WorldCentresIgnoreLatitude) {
    EXPECT_EQ(projString({"robinson", {.lat = 52, .lon = -30}, ""}), "+proj=robin +lon_0=-30 +R=6371008.8");
    EXPECT_EQ(projString({"lambert-azimuthal", {.lat = 52, .lon = 10}, ""}),
              "+proj=laea +lat_0=52 +lon_0=10 +ellps=WGS84");
}

double signedArea(const std::vector<Vec2>& ring) {
    double twice = 0;
    for (size_t i = 0; i < ring.size(); ++i) twice += cross(ring[i], ring[(i + 1) % ring.size()]);
    return twice / 2;
}

struct OutlineCase {
    const char* id;
    GeoPoint centre;
    double width;   // metres, expected bounds
    double height;  // metres
    double tolerance;
};

TEST(Projection, OutlinesAreClockwiseAndHaveTheExpectedExtent) {
    constexpr double a = 6378137.0, R = 6371008.8, pi = std::numbers::pi;
    const double merc85 = a * std::log(std::tan(pi / 4 + 85.0 * pi / 360)) * 2;  // spherical part
    const std::vector<OutlineCase> cases = {
        {"equirectangular", {.lat = 0, .lon = 10}, 2 * pi * a, pi * a, 1.0},
        {"orthographic", {.lat = 52, .lon = 10}, 2 * R, 2 * R, 1.0},
        // On the ellipsoid the 179-degree circle is not round; the geodesic distance to it is about 179/180
        // of half a meridian (20003931 m).
        {"azimuthal-equidistant",
         {.lat = 0, .lon = 0},
         2 * 179.0 / 180 * 20003931,
         2 * 179.0 / 180 * 20003931,
         0.005 * 2 * 20003931},
        {"lambert-azimuthal", {.lat = 90, .lon = 0}, 4 * R, 4 * R, 0.01 * a},
        {"mercator", {.lat = 0, .lon = -150}, 2 * pi * a, merc85, 0.01 * merc85},
        {"mollweide", {.lat = 0, .lon = 100}, 4 * std::sqrt(2.0) * R, 2 * std::sqrt(2.0) * R, 1.0},
    };
    for (const OutlineCase& c : cases) {
        const Projection projection({c.id, c.centre, ""});
        EXPECT_LT(signedArea(projection.outline()), 0.0) << c.id;
        EXPECT_NEAR(projection.bounds().width(), c.width, c.tolerance) << c.id;
        EXPECT_NEAR(projection.bounds().height(), c.height, c.tolerance) << c.id;
        EXPECT_GE(projection.outline().size(), 360u) << c.id;
        for (size_t i = 1; i < projection.outline().size(); ++i)
            EXPECT_FALSE(projection.outline()[i] == projection.outline()[i - 1]) << c.id << " " << i;
    }
}

TEST(Projection, InverseRefusesPointsOffTheMap) {
    const Projection world({"equal-earth", {.lat = 0, .lon = 10}, ""});
    const Box2 box = world.bounds();
    EXPECT_FALSE(world.inverse(box.max).has_value());  // the corner lies outside the rounded outline
    EXPECT_FALSE(world.inverse({box.max.x * 2, 0}).has_value());
    const auto centre = world.inverse({0, 0});
    ASSERT_TRUE(centre.has_value());
    EXPECT_NEAR(centre->lat, 0.0, 1e-9);
    EXPECT_NEAR(centre->lon, 10.0, 1e-9);
    const Projection globe({"orthographic", {.lat = 0, .lon = 0}, ""});
    EXPECT_FALSE(globe.inverse({7e6, 0}).has_value());
    EXPECT_FALSE(globe.inverse({std::nan(""), 0}).has_value());
}

TEST(Projection, CustomStringsWork) {
    const Projection custom({"custom", {}, "+proj=wag7 +lon_0=10 +R=6371008.8"});
    EXPECT_EQ(custom.kind(), ProjectionKind::World);
    EXPECT_EQ(custom.clipRegion().kind, ClipRegion::Kind::Antimeridian);
    EXPECT_DOUBLE_EQ(custom.clipRegion().centre_lon, 10.0);
    const auto p = custom.forward({.lat = 10, .lon = 10});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(p->x, 0.0, 1e-6);
    const Projection globe({"custom", {}, "+proj=ortho +lat_0=30 +lon_0=-20 +R=1"});
    EXPECT_EQ(globe.kind(), ProjectionKind::Azimuthal);
    EXPECT_EQ(globe.clipRegion().kind, ClipRegion::Kind::Circle);
    EXPECT_DOUBLE_EQ(globe.clipRegion().centre.lat, 30.0);
    EXPECT_NEAR(globe.bounds().width(), 2.0, 1e-6);
}

std::string errorOf(const ProjectionSpec& spec) {
    try {
        Projection projection(spec);
    } catch (const DataError& error) {
        return error.what();
    }
    return "no error";
}

TEST(ProjectionErrors, ExactMessages) {
    EXPECT_EQ(errorOf({"gall-peters", {}, ""}),
              "projection: unknown projection 'gall-peters'; choose one of equal-earth, robinson, winkel-tripel, "
              "natural-earth, mollweide, mercator, equirectangular, orthographic, azimuthal-equidistant, "
              "lambert-azimuthal, custom");
    EXPECT_EQ(errorOf({"custom", {}, "  "}),
              "custom projection: the PROJ string is empty; write e.g. '+proj=wag7 +lon_0=10'");
    EXPECT_EQ(errorOf({"custom", {}, "+proj=pipeline +step +proj=eqearth"}),
              "custom projection: '+proj=pipeline' is not supported; write a single projection like "
              "'+proj=wag7 +lon_0=10'");
    EXPECT_EQ(errorOf({"custom", {}, "+proj=nonsense"}),
              "custom projection: PROJ rejects '+proj=nonsense': Unknown projection; check the projection name and "
              "its parameters");
    EXPECT_EQ(errorOf({"custom", {}, "+proj=eqearth +ellps=potato"}),
              "custom projection: PROJ rejects '+proj=eqearth +ellps=potato': pj_init_ctx: Must specify ellipsoid or "
              "sphere; check the projection name and its parameters");
    // A near-side perspective cannot show the meridian behind it, where a world map's outline runs.
    EXPECT_EQ(errorOf({"custom", {}, "+proj=nsper +h=3000000 +R=6371000"}),
              "custom projection: '+proj=nsper +h=3000000 +R=6371000' cannot project the map's outline; use a "
              "projection of the whole world or an azimuthal one");
    EXPECT_EQ(errorOf({"custom", {}, "+proj=laea +lat_0=100"}),
              "custom projection: PROJ rejects '+proj=laea +lat_0=100': laea: Invalid value for lat_0: |lat_0| should "
              "be <= 90°; check the projection name and its parameters");
}

// Distance from p to the polyline.
double distanceToPath(Vec2 p, const std::vector<Vec2>& path) {
    double best = 1e300;
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        const Vec2 d = path[i + 1] - path[i];
        const double t = std::clamp(dot(p - path[i], d) / std::max(dot(d, d), 1e-300), 0.0, 1.0);
        best = std::min(best, length(p - (path[i] + d * t)));
    }
    return best;
}

TEST(Projection, ProjectPathFollowsCurvedEdges) {
    struct Case {
        const char* id;
        GeoPoint centre;
        GeoLine line;
    };
    const std::vector<Case> cases = {
        {"equal-earth", {.lat = 0, .lon = 0}, {{.lat = 10, .lon = -60}, {.lat = 60, .lon = 100}}},
        {"orthographic", {.lat = 52, .lon = 10}, {{.lat = 0, .lon = -40}, {.lat = 30, .lon = 60}}},
        // Passing 2 degrees from the antipode: the projected edge sweeps round the outer ring.
        {"azimuthal-equidistant", {.lat = 0, .lon = 0}, {{.lat = 10, .lon = 170}, {.lat = -6, .lon = -170}}},
    };
    for (const Case& c : cases) {
        const Projection projection({c.id, c.centre, ""});
        const std::vector<Vec2> resampled = projection.projectPath(c.line, false);
        const std::vector<Vec2> dense = projection.forward(densifyLine(c.line, 0.01));
        const double size = std::max(projection.bounds().width(), projection.bounds().height());
        EXPECT_GT(resampled.size(), 10u) << c.id;
        EXPECT_EQ(resampled.front(), dense.front());
        EXPECT_EQ(resampled.back(), dense.back());
        double worst = 0;
        for (const Vec2& p : dense) worst = std::max(worst, distanceToPath(p, resampled));
        EXPECT_LT(worst, 2e-4 * size) << c.id;
        // Short edges are left alone.
        const GeoLine short_line = {{.lat = 50, .lon = 10}, {.lat = 50.1, .lon = 10.1}};
        EXPECT_EQ(projection.projectPath(short_line, false).size(), 2u) << c.id;
    }
}

TEST(Projection, ProjectsClippedGeometry) {
    const Projection world({"equal-earth", {.lat = 0, .lon = 0}, ""});
    // A box across the antimeridian: a piece on each side, clockwise (negative area) in metres.
    GeoRing box;
    for (int i = 0; i < 20; ++i) box.push_back({.lat = -10.0 + i, .lon = 170});
    for (int i = 0; i < 20; ++i) box.push_back({.lat = 10, .lon = 170.0 + i});
    for (int i = 0; i < 20; ++i) box.push_back({.lat = 10.0 - i, .lon = 190});
    for (int i = 0; i < 20; ++i) box.push_back({.lat = -10, .lon = 190.0 - i});
    const auto pieces = projectClippedPolygon({box, {}}, world);
    ASSERT_EQ(pieces.size(), 2u);
    for (const MapPolygon& piece : pieces) {
        EXPECT_LT(signedArea(piece.exterior), 0.0);
        double min_x = 1e300, max_x = -1e300;
        for (const Vec2& p : piece.exterior) {
            min_x = std::min(min_x, p.x);
            max_x = std::max(max_x, p.x);
        }
        EXPECT_TRUE(min_x > 0 || max_x < 0);  // each piece on its own side of the map
        EXPECT_GT(std::abs(min_x), 0.8 * world.bounds().max.x);
    }
    const auto lines = projectClippedLine({{.lat = 0, .lon = 170}, {.lat = 0, .lon = -170}}, world);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_NEAR(lines[0].back().x, world.bounds().max.x, 1.0);
    EXPECT_NEAR(lines[1].front().x, world.bounds().min.x, 1.0);
    // The box's outline without the cut: two open lines, the closing edge included.
    const auto outline = projectClippedRing(box, world);
    ASSERT_EQ(outline.size(), 2u);
    size_t points = 0;
    for (const MapLine& line : outline) {
        points += line.size();
        EXPECT_GT(std::abs(line.front().x), 0.8 * world.bounds().max.x);  // both ends on the map's edge
        EXPECT_GT(std::abs(line.back().x), 0.8 * world.bounds().max.x);
    }
    // The box has two vertices on the cut (10 N and 10 S at 180): each ends a piece on both sides.
    EXPECT_EQ(points, box.size() + 2);
}

TEST(Projection, ProjectBasemapEqualsPieceByPiece) {
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Coarse110m));
    for (const ProjectionSpec& spec : {ProjectionSpec{"equal-earth", {.lat = 0, .lon = 150}, ""},
                                       ProjectionSpec{"orthographic", {.lat = 52, .lon = 10}, ""},
                                       ProjectionSpec{"azimuthal-equidistant", {.lat = -40, .lon = -150}, ""}}) {
        const Projection projection(spec);
        const ProjectedBasemap all = projectBasemap(map, projection);
        const auto same_polygons = [](const std::vector<MapPolygon>& a, const std::vector<MapPolygon>& b) {
            if (a.size() != b.size()) return false;
            for (size_t i = 0; i < a.size(); ++i)
                if (a[i].exterior != b[i].exterior || a[i].holes != b[i].holes) return false;
            return true;
        };
        std::vector<MapPolygon> land;
        for (const GeoPolygon& polygon : map.land)
            for (MapPolygon& piece : projectClippedPolygon(polygon, projection)) land.push_back(std::move(piece));
        EXPECT_TRUE(same_polygons(all.land, land)) << spec.id;
        ASSERT_EQ(all.countries.size(), map.countries.size());
        for (size_t c = 0; c < map.countries.size(); ++c) {
            std::vector<MapPolygon> pieces;
            for (const GeoPolygon& polygon : map.countries[c].polygons)
                for (MapPolygon& piece : projectClippedPolygon(polygon, projection)) pieces.push_back(std::move(piece));
            EXPECT_EQ(all.countries[c].alpha2, map.countries[c].alpha2);
            EXPECT_TRUE(same_polygons(all.countries[c].polygons, pieces)) << spec.id << " " << map.countries[c].name;
        }
        std::vector<MapLine> borders;
        for (const GeoLine& border : map.borders)
            for (MapLine& line : projectClippedLine(border, projection)) borders.push_back(std::move(line));
        EXPECT_EQ(all.borders, borders) << spec.id;
    }
}

TEST(Projection, MovesAndClonesAndRunsOnSeveralThreads) {
    Projection first({"robinson", {.lat = 0, .lon = 10}, ""});
    Projection moved = std::move(first);
    const Vec2 expected = *moved.forward({.lat = 45, .lon = 45});
    std::vector<Vec2> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t, copy = moved.clone()]() mutable {
            for (int i = 0; i < 2000; ++i) results[t] = *copy.forward({.lat = 45, .lon = 45});
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (const Vec2& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace pm
