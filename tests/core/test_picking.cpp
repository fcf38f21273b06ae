#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <random>

#include "core/picking.hpp"
#include "core/projection.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

// 128 map units per pixel (a power of two keeps every test distance exact), map origin at pixel
// (500, 300).
const MapTransform kTransform{1.0 / 128, 500.0, 300.0};

// The map point drawn at pixel (x, y).
Vec2 at(double x, double y) {
    return kTransform.toMap({x, y});
}

SceneCity city(std::string id, Vec2 projected, bool visible = true) {
    SceneCity c;
    c.id = std::move(id);
    c.projected = projected;
    c.visible = visible;
    return c;
}

SceneLink link(size_t partnership_index, std::vector<std::vector<Vec2>> pieces) {
    SceneLink l;
    l.partnership_index = partnership_index;
    for (std::vector<Vec2>& points : pieces) {
        LinkPiece piece;
        piece.fractions.assign(points.size(), 0.0f);
        piece.points = std::move(points);
        l.pieces.push_back(std::move(piece));
    }
    return l;
}

// City a at pixel (500, 300), b at (600, 300), a hidden one at (500, 280). Link 7 runs from a to b;
// link 3 runs along y = 350 px, cut into (500..530) and (570..600).
DataLayer handBuiltLayer() {
    DataLayer layer;
    layer.cities = {city("a", at(500, 300)), city("b", at(600, 300)), city("hidden", at(500, 280), false)};
    layer.links = {link(7, {{at(500, 300), at(550, 300), at(600, 300)}}),
                   link(3, {{at(500, 350), at(530, 350)}, {at(570, 350), at(600, 350)}})};
    return layer;
}

struct PickCase {
    std::string name;
    LabelPoint pixel;
    double radius_px;
    PickResult::Kind kind;
    std::string city_id;
    size_t partnership_index;
    double distance_px;
};

TEST(Picking, HandBuiltLayer) {
    using Kind = PickResult::Kind;
    const std::vector<PickCase> cases = {
        {"on city a", {500, 300}, 5, Kind::City, "a", 0, 0.0},
        {"city at the radius (inclusive)", {503, 304}, 5, Kind::City, "a", 0, 5.0},
        {"city just outside, link inside", {503, 304}, 4.9, Kind::Link, "", 7, 4.0},
        {"near the middle of link 7", {550, 303}, 10, Kind::Link, "", 7, 3.0},
        {"city wins over a nearer link", {540, 301}, 50, Kind::City, "a", 0, std::hypot(40.0, 1.0)},
        {"nearest city wins", {560, 300}, 100, Kind::City, "b", 0, 40.0},
        {"nearest link wins", {550, 320}, 25, Kind::Link, "", 7, 20.0},
        {"first piece of the cut link", {520, 352}, 10, Kind::Link, "", 3, 2.0},
        {"second piece of the cut link", {590, 348}, 5, Kind::Link, "", 3, 2.0},
        {"in the gap, reaching the piece ends", {550, 340}, 25, Kind::Link, "", 3, std::hypot(20.0, 10.0)},
        {"in the gap, too far from both ends", {550, 340}, 20, Kind::None, "", 0, 0.0},
        {"hidden city is ignored", {500, 279}, 5, Kind::None, "", 0, 0.0},
        {"hidden city is ignored, visible one picked", {500, 280}, 20, Kind::City, "a", 0, 20.0},
        {"far away", {100, 100}, 30, Kind::None, "", 0, 0.0},
        {"zero radius misses", {550, 301}, 0, Kind::None, "", 0, 0.0},
        {"zero radius on the link", {550, 300}, 0, Kind::Link, "", 7, 0.0},
    };
    const DataLayer layer = handBuiltLayer();
    for (const PickCase& c : cases) {
        SCOPED_TRACE(c.name);
        const PickResult result = pickAt(layer, kTransform, c.pixel, c.radius_px);
        EXPECT_EQ(result.kind, c.kind);
        EXPECT_EQ(result.city_id, c.city_id);
        if (c.kind == Kind::Link) {
            EXPECT_EQ(result.partnership_index, c.partnership_index);
        }
        if (c.kind != Kind::None) {
            EXPECT_NEAR(result.distance_px, c.distance_px, 1e-9);
        }
    }
}

TEST(Picking, DistancesFollowTheScale) {
    // The same layer zoomed in 4x about pixel (500, 300): every distance grows 4x.
    const MapTransform zoomed = kTransform.zoomedAbout({500, 300}, 4.0);
    const PickResult result = pickAt(handBuiltLayer(), zoomed, {700, 312}, 20);
    EXPECT_EQ(result.kind, PickResult::Kind::Link);
    EXPECT_EQ(result.partnership_index, 7u);
    EXPECT_NEAR(result.distance_px, 12.0, 1e-9);
}

TEST(Picking, LaterLinkWinsOnEqualDistance) {
    DataLayer layer;
    layer.links = {link(1, {{at(500, 300), at(600, 300)}}), link(2, {{at(500, 300), at(600, 300)}})};
    const PickResult result = pickAt(layer, kTransform, {550, 302}, 5);
    EXPECT_EQ(result.kind, PickResult::Kind::Link);
    EXPECT_EQ(result.partnership_index, 2u) << "drawn last, so on top";
}

TEST(Picking, SinglePointPiece) {
    DataLayer layer;
    layer.links = {link(4, {{at(510, 300)}})};
    const PickResult result = pickAt(layer, kTransform, {513, 304}, 5);
    EXPECT_EQ(result.kind, PickResult::Kind::Link);
    EXPECT_NEAR(result.distance_px, 5.0, 1e-9);
}

TEST(Picking, EmptyLayerAndBadArguments) {
    EXPECT_EQ(pickAt(DataLayer{}, kTransform, {500, 300}, 10).kind, PickResult::Kind::None);
    const DataLayer layer = handBuiltLayer();
    EXPECT_EQ(pickAt(layer, kTransform, {500, 300}, -1).kind, PickResult::Kind::None);
    EXPECT_EQ(pickAt(layer, kTransform, {500, 300}, std::nan("")).kind, PickResult::Kind::None);
    EXPECT_EQ(pickAt(layer, MapTransform{0.0, 0, 0}, {500, 300}, 10).kind, PickResult::Kind::None);
}

TEST(Picking, BundledDataEveryVisibleCityAtItsMarker) {
    const DataSet data = test::bundledData();
    const Projection projection(ProjectionSpec{});
    const DataLayer layer = buildDataLayer(data, projection, {});
    const MapTransform transform = MapTransform::fit(projection.bounds(), 1920, 1080, 20);
    ASSERT_FALSE(layer.cities.empty());
    for (const SceneCity& c : layer.cities) {
        if (!c.visible) continue;
        const PickResult result = pickAt(layer, transform, transform.toPixel(c.projected), 6);
        ASSERT_EQ(result.kind, PickResult::Kind::City) << c.id;
        EXPECT_NEAR(result.distance_px, 0.0, 1e-6) << c.id;  // another city may share the spot
    }
}

TEST(PickingSpeed, TenThousandLinks) {
    // World-spanning random links of 60 points each, as long geodesics on a world map.
    std::mt19937 random(42);
    std::uniform_real_distribution<double> x(-1.7e7, 1.7e7), y(-8e6, 8e6);
    DataLayer layer;
    for (size_t i = 0; i < 10000; ++i) {
        const Vec2 a{x(random), y(random)}, b{x(random), y(random)};
        std::vector<Vec2> points;
        for (int k = 0; k < 60; ++k) {
            const double t = k / 59.0;
            points.push_back(a + (b - a) * t + Vec2{0, 2e6 * std::sin(t * 3.14159)});
        }
        layer.links.push_back(link(i, {points}));
    }
    const MapTransform transform = MapTransform::fit(Box2{{-1.7e7, -8.7e6}, {1.7e7, 8.7e6}}, 1920, 1080, 0);
    std::uniform_real_distribution<double> px(0, 1920), py(0, 1080);
    constexpr int kPicks = 100;
    int hits = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kPicks; ++i)
        hits += pickAt(layer, transform, {px(random), py(random)}, 6).kind == PickResult::Kind::Link;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / kPicks;
    RecordProperty("ms_per_pick", std::to_string(ms));
    std::printf("pickAt over 10,000 links: %.3f ms per pick (%d of %d hit a link)\n", ms, hits, kPicks);
    EXPECT_GT(hits, 0);
    EXPECT_LT(ms, 50.0) << "a linear scan should take about a millisecond";
}

}  // namespace
}  // namespace pm
