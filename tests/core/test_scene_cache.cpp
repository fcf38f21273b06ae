// SceneCache rebuilds only the layer whose inputs changed; MapNavigator keeps the view sane.
#include <gtest/gtest.h>

#include "core/camera.hpp"
#include "core/map_navigator.hpp"
#include "core/scene_cache.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

// A cache that has built the bundled data on the coarse basemap once.
class SceneCacheTest : public ::testing::Test {
protected:
    SceneCacheTest() {
        inputs.detail = BasemapDetail::Coarse110m;
        cache.update(data, inputs);
    }
    const DataSet data = test::bundledData();
    BasemapCache basemaps;
    SceneCache cache{basemaps};
    SceneInputs inputs;
};

TEST_F(SceneCacheTest, RebuildsOnlyTheLayerWhoseInputsChanged) {
    EXPECT_EQ(cache.basemapGeneration(), 1u);
    EXPECT_EQ(cache.dataGeneration(), 1u);
    EXPECT_EQ(cache.scene().data.links.size(), 48u);
    EXPECT_EQ(cache.scene().projection_name_en, "Equal Earth");

    cache.update(data, inputs);  // nothing changed
    EXPECT_EQ(cache.basemapGeneration(), 1u);
    EXPECT_EQ(cache.dataGeneration(), 1u);

    inputs.data_options.filter.home_ids = {"dortmund"};
    cache.update(data, inputs);
    EXPECT_EQ(cache.basemapGeneration(), 1u);
    EXPECT_EQ(cache.dataGeneration(), 2u);
    EXPECT_EQ(cache.scene().data.links.size(), 12u);

    inputs.graticule_step_deg = 10;
    cache.update(data, inputs);
    EXPECT_EQ(cache.basemapGeneration(), 2u);
    EXPECT_EQ(cache.dataGeneration(), 2u);
    EXPECT_EQ(cache.scene().data.links.size(), 12u);

    inputs.projection.id = "robinson";  // both layers depend on the projection
    cache.update(data, inputs);
    EXPECT_EQ(cache.basemapGeneration(), 3u);
    EXPECT_EQ(cache.dataGeneration(), 3u);
    EXPECT_EQ(cache.scene().projection.id, "robinson");
}

TEST_F(SceneCacheTest, ARejectedProjectionKeepsTheLayersOfBefore) {
    SceneInputs bad = inputs;
    bad.projection.id = "custom";
    bad.projection.custom_proj = "+proj=nonsense";
    EXPECT_THROW(cache.update(data, bad), DataError);
    EXPECT_EQ(cache.scene().data.links.size(), 48u);
    EXPECT_FALSE(cache.scene().basemap.land.empty());
    cache.update(data, inputs);
    EXPECT_EQ(cache.basemapGeneration(), 1u);  // still current
}

TEST(LinkTolerance, HalfAPixelAtTheNextPowerOfTwo) {
    const struct {
        double scale, tolerance;
    } cases[] = {{1.0, 0.5}, {0.75, 0.5}, {1.5, 0.25}, {2.0, 0.25}, {1e-4, 0.5 * 8192}};
    for (const auto& c : cases) EXPECT_NEAR(linkToleranceForScale(c.scale), c.tolerance, 1e-9) << c.scale;
}

TEST(TurnGlobe, TheGlobeFollowsTheHand) {
    const GeoPoint centre{50, 10};
    // A drag of a quarter of the radius in pixels turns by a quarter radian.
    const GeoPoint turned = turnGlobe(centre, 100, 0, 400);
    EXPECT_NEAR(turned.lon, 10 - 0.25 * 180 / 3.141592653589793, 1e-9);
    EXPECT_DOUBLE_EQ(turned.lat, 50);
    EXPECT_DOUBLE_EQ(turnGlobe({80, 0}, 0, 1000, 400).lat, 89.0);        // never over the pole
    EXPECT_NEAR(turnGlobe({0, 179}, -100, 0, 400).lon, -166.676, 1e-3);  // across the antimeridian
    EXPECT_DOUBLE_EQ(turnGlobe(centre, 5, 5, 0).lon, centre.lon);        // no globe, no turn
}

class Navigator : public ::testing::Test {
protected:
    Navigator() {
        bounds.add({-100, -50});
        bounds.add({100, 50});
        navigator.setViewport(1000, 600, 100);
        navigator.setBounds(bounds);
    }
    Box2 bounds;
    MapNavigator navigator;
};

TEST_F(Navigator, FitsBelowTheHeadingWithTheUsualMargin) {
    const MapTransform fitted = navigator.transform();
    EXPECT_DOUBLE_EQ(navigator.zoom(), 1.0);
    // 2 % of 600 = 12 px margin; the height below the heading decides: (600 - 100 - 24) / 100.
    EXPECT_DOUBLE_EQ(fitted.scale, 476.0 / 100.0);
    EXPECT_NEAR(fitted.toPixel({0, 0}).y, 100 + 250, 1e-9);
    EXPECT_EQ(fitted, fitInFrame(bounds, mapFrameBelowHeading(1000, 600, 100)));
}

TEST_F(Navigator, ZoomStaysBetweenHalfAnd256TimesTheOverview) {
    for (int i = 0; i < 100; ++i) navigator.zoomAbout({500, 300}, 2.0);
    EXPECT_NEAR(navigator.zoom(), 256.0, 1e-9);
    for (int i = 0; i < 100; ++i) navigator.zoomAbout({500, 300}, 0.5);
    EXPECT_NEAR(navigator.zoom(), 0.5, 1e-9);
}

TEST_F(Navigator, ZoomKeepsThePointUnderTheCursor) {
    const Vec2 under = navigator.transform().toMap({700, 200});
    navigator.zoomAbout({700, 200}, 3.0);
    const LabelPoint after = navigator.transform().toPixel(under);
    EXPECT_NEAR(after.x, 700, 1e-9);
    EXPECT_NEAR(after.y, 200, 1e-9);
}

TEST_F(Navigator, PanningCannotLoseTheMap) {
    navigator.pan(100000, 100000);
    const LabelPoint top_left = navigator.transform().toPixel({bounds.min.x, bounds.max.y});
    EXPECT_NEAR(top_left.x, 750, 1e-9);  // three quarters across: a quarter of the window still shows map
    EXPECT_NEAR(top_left.y, 450, 1e-9);
}

TEST_F(Navigator, ResizingKeepsTheCentreAndTheZoom) {
    navigator.zoomAbout({500, 350}, 2.0);
    const Vec2 centre = navigator.transform().toMap({500, 300});
    navigator.setViewport(800, 800, 100);
    const LabelPoint now = navigator.transform().toPixel(centre);
    EXPECT_NEAR(now.x, 400, 1e-9);
    EXPECT_NEAR(now.y, 400, 1e-9);
    EXPECT_NEAR(navigator.zoom(), 2.0, 1e-9);
}

TEST_F(Navigator, FlightsEndOnTheTargetAndUserInputStopsThem) {
    const MapTransform target = navigator.centredOn({60, 20});
    navigator.flyTo(target, 10.0, 1.0);
    EXPECT_TRUE(navigator.advance(10.5));
    EXPECT_FALSE(navigator.advance(11.0));
    EXPECT_EQ(navigator.transform(), target);
    navigator.flyTo(navigator.fitted(), 20.0, 1.0);
    navigator.pan(5, 0);
    EXPECT_FALSE(navigator.flying());
}

}  // namespace
}  // namespace pm
