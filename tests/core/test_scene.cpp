#include <gtest/gtest.h>

#include <geodesic.h>

#include <algorithm>
#include <cmath>

#include "core/geodesy.hpp"
#include "core/map_view.hpp"
#include "core/scene.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

using test::ViewCase;

// A link segment longer than this share of the map's width would be a streak across the map.
constexpr double kStreakShare = 0.3;

class SceneViews : public testing::TestWithParam<ViewCase> {};

TEST_P(SceneViews, LinksNeitherStreakNorLeaveTheMap) {
    const ViewCase& view = GetParam();
    const Projection projection(ProjectionSpec{view.projection, view.centre, ""});
    const double width = projection.bounds().width();
    for (const DataSet& data : {test::bundledData(), test::pacificData()}) {
        DataLayerOptions options;
        options.link_tolerance = width / 4000;  // half a pixel on an 8,000 pixel wide map
        const DataLayer layer = buildDataLayer(data, projection, options);
        ASSERT_EQ(layer.links.size(), data.partnerships.size());
        for (const SceneLink& link : layer.links) {
            SCOPED_TRACE(link.home_id + "-" + link.partner_id);
            for (const LinkPiece& piece : link.pieces) {
                ASSERT_GE(piece.points.size(), 2u);
                ASSERT_EQ(piece.points.size(), piece.fractions.size());
                for (size_t i = 0; i < piece.points.size(); ++i) {
                    EXPECT_TRUE(test::insideOrOnRing(projection.outline(), piece.points[i], width * 1e-3))
                        << "point " << i << " outside the outline";
                    if (i == 0) continue;
                    EXPECT_LT(length(piece.points[i] - piece.points[i - 1]), kStreakShare * width) << "streak at " << i;
                    EXPECT_GE(piece.fractions[i], piece.fractions[i - 1]) << "fractions run from home to partner";
                }
            }
        }
    }
}

TEST_P(SceneViews, DrawnCurveStaysWithinToleranceOfTheGeodesic) {
    const ViewCase& view = GetParam();
    const Projection projection(ProjectionSpec{view.projection, view.centre, ""});
    const double tolerance = projection.bounds().width() / 4000;
    const DataSet data = test::pacificData();
    DataLayerOptions options;
    options.link_tolerance = tolerance;
    const DataLayer layer = buildDataLayer(data, projection, options);
    for (const SceneLink& link : layer.links) {
        const City* home = data.findCity(link.home_id);
        const City* partner = data.findCity(link.partner_id);
        geod_geodesicline line{};
        geod_inverseline(&line, &wgs84Geodesic(), home->position.lat, home->position.lon, partner->position.lat,
                         partner->position.lon, GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
        for (const LinkPiece& piece : link.pieces)
            for (size_t i = 1; i < piece.points.size(); ++i) {
                // The true geodesic between two drawn vertices, against the straight segment drawn.
                for (double t : {0.25, 0.5, 0.75}) {
                    const double fraction = piece.fractions[i - 1] + t * (piece.fractions[i] - piece.fractions[i - 1]);
                    double lat = 0, lon = 0;
                    geod_position(&line, fraction * line.s13, &lat, &lon, nullptr);
                    const std::optional<Vec2> truth = projection.forward({.lat = lat, .lon = lon});
                    if (!truth) continue;
                    const Vec2 a = piece.points[i - 1], b = piece.points[i];
                    const Vec2 ab = b - a;
                    const double u = std::clamp(dot(*truth - a, ab) / std::max(dot(ab, ab), 1e-300), 0.0, 1.0);
                    EXPECT_LT(length(*truth - (a + ab * u)), 1.5 * tolerance)
                        << link.home_id << "-" << link.partner_id << " vertex " << i << " t " << t;
                }
            }
    }
}

INSTANTIATE_TEST_SUITE_P(AllProjections, SceneViews, testing::ValuesIn(test::viewCases()),
                         [](const testing::TestParamInfo<ViewCase>& info) {
                             std::string name = info.param.name();
                             std::replace_if(
                                 name.begin(), name.end(),
                                 [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
                             return name;
                         });

TEST(SceneCities, BehindTheGlobeIsInvisible) {
    const DataSet data = test::bundledData();
    const Projection globe(ProjectionSpec{"orthographic", {.lat = -20, .lon = -170}, ""});
    const DataLayer layer = buildDataLayer(data, globe, {});
    EXPECT_FALSE(layer.findCity("nuernberg")->visible);
    EXPECT_TRUE(globe.forward({.lat = -20, .lon = -170}).has_value());
    const Projection europe(ProjectionSpec{"orthographic", {.lat = 40, .lon = -40}, ""});
    const DataLayer front = buildDataLayer(data, europe, {});
    EXPECT_TRUE(front.findCity("nuernberg")->visible);
    EXPECT_FALSE(front.findCity("hiroshima")->visible) << "Hiroshima lies more than 90° from the mid-Atlantic";
}

TEST(SceneData, CountsRolesAndLegendFollowTheFilter) {
    const DataSet data = test::bundledData();
    const Projection projection(ProjectionSpec{});
    DataLayerOptions options;
    options.filter.home_ids = {"dortmund"};
    const DataLayer layer = buildDataLayer(data, projection, options);
    EXPECT_EQ(layer.links.size(), 12u);
    EXPECT_EQ(layer.cities.size(), 13u);
    EXPECT_EQ(layer.cities.front().id, "dortmund");
    EXPECT_EQ(layer.cities.front().role, CityRole::Home);
    EXPECT_EQ(layer.cities.front().partnership_count, 12);
    EXPECT_EQ(layer.suspended_count, 1) << "Rostow am Don";
    ASSERT_EQ(layer.legend.size(), 3u);
    EXPECT_EQ(layer.legend[0].type_id, "partnership");
    EXPECT_EQ(layer.legend[0].count, 10);
    EXPECT_EQ(layer.legend[1].type_id, "friendship");
    EXPECT_EQ(layer.legend[2].type_id, "project");
    EXPECT_EQ(layer.home_countries, std::vector<std::string>{"DE"});
    EXPECT_EQ(std::count(layer.partner_countries.begin(), layer.partner_countries.end(), "DE"), 0)
        << "Zwickau's country is the home country";
}

TEST(SceneRings, GeodesicCirclesAroundTheHome) {
    const DataSet data = test::bundledData();
    const Projection projection(ProjectionSpec{"azimuthal-equidistant", {.lat = 49.45421, .lon = 11.07752}, ""});
    DataLayerOptions options;
    options.filter.home_ids = {"nuernberg"};
    options.ring_radii_km = {1000, 2500, 5000, 10000};
    const DataLayer layer = buildDataLayer(data, projection, options);
    ASSERT_EQ(layer.rings.size(), 4u);
    const GeoPoint nuernberg = data.findCity("nuernberg")->position;
    for (const SceneRing& ring : layer.rings) {
        ASSERT_FALSE(ring.lines.empty());
        for (const MapLine& line : ring.lines)
            for (const Vec2& point : line) {
                const std::optional<GeoPoint> geo = projection.inverse(point);
                ASSERT_TRUE(geo.has_value());
                EXPECT_NEAR(geodesicInverse(nuernberg, *geo).distance_m / 1000.0, ring.radius_km,
                            0.002 * ring.radius_km);
            }
    }
}

TEST(SceneBasemap, EveryProjectionHasLandBordersAndGraticule) {
    BasemapCache cache;
    const Basemap& basemap = cache.get(BasemapDetail::Coarse110m);
    for (const ProjectionInfo& info : projectionCatalog()) {
        if (info.id == kCustomProjectionId) continue;
        SCOPED_TRACE(std::string(info.id));
        const Projection projection(ProjectionSpec{std::string(info.id), {.lat = 50, .lon = 10}, ""});
        const BasemapLayer layer = buildBasemapLayer(basemap, projection, 30);
        EXPECT_GT(layer.land.size(), 10u);
        EXPECT_GT(layer.borders.size(), 10u);
        EXPECT_GT(layer.graticule.size(), 6u);
        EXPECT_GT(layer.outline.size(), 100u);
        EXPECT_FALSE(layer.bounds.empty());
        const auto germany = std::find_if(layer.countries.begin(), layer.countries.end(),
                                          [](const ProjectedCountry& c) { return c.alpha2 == "DE"; });
        EXPECT_NE(germany, layer.countries.end());
    }
}

TEST(DefaultCentre, HomeCityOrTenEast) {
    const DataSet data = test::bundledData();
    PartnershipFilter filter;
    EXPECT_EQ(defaultCentre(data, filter, ProjectionKind::World), (GeoPoint{.lat = 0, .lon = 10}));
    EXPECT_EQ(defaultCentre(data, filter, ProjectionKind::Azimuthal), (GeoPoint{.lat = 50, .lon = 10}));
    filter.home_ids = {"hannover"};
    EXPECT_EQ(defaultCentre(data, filter, ProjectionKind::Azimuthal), data.findCity("hannover")->position);
    EXPECT_EQ(defaultCentre(data, filter, ProjectionKind::World).lon, data.findCity("hannover")->position.lon);
}

TEST(MapTransform, FitZoomAndPan) {
    Box2 bounds;
    bounds.add({-200, -100});
    bounds.add({200, 100});
    const MapTransform fit = MapTransform::fit(bounds, 1000, 600, 50);
    EXPECT_DOUBLE_EQ(fit.scale, 2.25);  // 900 / 400 wide, 500 / 200 tall: the width limits
    const LabelPoint centre = fit.toPixel({0, 0});
    EXPECT_DOUBLE_EQ(centre.x, 500);
    EXPECT_DOUBLE_EQ(centre.y, 300);
    EXPECT_DOUBLE_EQ(fit.toPixel({0, 100}).y, 75) << "y north goes up on screen";
    const MapTransform zoomed = fit.zoomedAbout({700, 200}, 3);
    const Vec2 under_cursor = fit.toMap({700, 200});
    EXPECT_NEAR(zoomed.toPixel(under_cursor).x, 700, 1e-9);
    EXPECT_NEAR(zoomed.toPixel(under_cursor).y, 200, 1e-9);
    const MapTransform panned = fit.panned(10, -5);
    EXPECT_DOUBLE_EQ(panned.toPixel({0, 0}).x, 510);
    EXPECT_DOUBLE_EQ(panned.toPixel({0, 0}).y, 295);
    const MapTransform doubled = fit.scaledOutput(2);
    EXPECT_DOUBLE_EQ(doubled.toPixel({100, 0}).x, 2 * fit.toPixel({100, 0}).x);
}

}  // namespace
}  // namespace pm
