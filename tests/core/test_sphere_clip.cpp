#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/basemap.hpp"
#include "core/sphere_clip.hpp"
#include "core/sphere_math.hpp"

namespace pm {
namespace {

constexpr double kPi = std::numbers::pi;
const std::vector<double> kCentres = {-170, -30, 0, 10, 100, 180};

// A longitude/latitude box as a clockwise ring (interior on the right), edges split every `step`
// degrees so that they follow the parallels closely. Longitudes may exceed 180.
GeoRing box(double lat0, double lat1, double lon0, double lon1, double step = 1.0) {
    GeoRing ring;
    const int n_lat = std::max(1, static_cast<int>(std::ceil((lat1 - lat0) / step)));
    const int n_lon = std::max(1, static_cast<int>(std::ceil((lon1 - lon0) / step)));
    for (int i = 0; i < n_lat; ++i) ring.push_back({.lat = lat0 + (lat1 - lat0) * i / n_lat, .lon = lon0});
    for (int i = 0; i < n_lon; ++i) ring.push_back({.lat = lat1, .lon = lon0 + (lon1 - lon0) * i / n_lon});
    for (int i = 0; i < n_lat; ++i) ring.push_back({.lat = lat1 - (lat1 - lat0) * i / n_lat, .lon = lon1});
    for (int i = 0; i < n_lon; ++i) ring.push_back({.lat = lat0, .lon = lon1 - (lon1 - lon0) * i / n_lon});
    return ring;
}

GeoRing reversed(GeoRing ring) {
    std::reverse(ring.begin(), ring.end());
    return ring;
}

// A polyline through the given corners, split every degree (longitudes may be unrolled).
GeoRing path(const std::vector<GeoPoint>& corners, bool closed) {
    GeoRing out;
    const size_t edges = closed ? corners.size() : corners.size() - 1;
    for (size_t i = 0; i < edges; ++i) {
        const GeoPoint a = corners[i], b = corners[(i + 1) % corners.size()];
        const int n =
            std::max(1, static_cast<int>(std::ceil(std::max(std::abs(b.lat - a.lat), std::abs(b.lon - a.lon)))));
        for (int k = 0; k < n; ++k)
            out.push_back({.lat = a.lat + (b.lat - a.lat) * k / n, .lon = a.lon + (b.lon - a.lon) * k / n});
    }
    if (!closed) out.push_back(corners.back());
    return out;
}

double totalArea(const std::vector<GeoPolygon>& polygons) {
    double sum = 0;
    for (const GeoPolygon& p : polygons) sum += sphericalArea(p);
    return sum;
}

size_t holeCount(const std::vector<GeoPolygon>& polygons) {
    size_t n = 0;
    for (const GeoPolygon& p : polygons) n += p.holes.size();
    return n;
}

double relativeLon(GeoPoint p, double centre) {
    return wrapDegrees(p.lon - centre);
}

// Every point of every ring of a piece lies on one side of the centre meridian, strictly inside the cut.
void expectOneSideEach(const std::vector<GeoPolygon>& polygons, double centre) {
    for (const GeoPolygon& polygon : polygons) {
        double lo = 1e9, hi = -1e9;
        for (const GeoPoint& p : polygon.exterior) {
            lo = std::min(lo, relativeLon(p, centre));
            hi = std::max(hi, relativeLon(p, centre));
        }
        EXPECT_TRUE(lo > 0 || hi < 0) << "piece spans the centre meridian: " << lo << ".." << hi;
        EXPECT_LT(hi, 180.0);
        EXPECT_GT(lo, -180.0);
    }
}

// Latitude of the great circle through a and b at longitude lon (all degrees, a.lon != b.lon).
double greatCircleLatitudeAt(GeoPoint a, GeoPoint b, double lon) {
    const double r = kPi / 180;
    return std::atan(
               (std::tan(a.lat * r) * std::sin((b.lon - lon) * r) + std::tan(b.lat * r) * std::sin((lon - a.lon) * r)) /
               std::sin((b.lon - a.lon) * r)) /
           r;
}

TEST(ClipLine, CrossingTheCutAtEveryCentreEndsExactlyOnIt) {
    for (double c : kCentres) {
        const GeoPoint a{.lat = 10, .lon = c + 170}, b{.lat = 40, .lon = c + 190};
        const auto pieces = clipLine({a, b}, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 2u) << c;
        ASSERT_EQ(pieces[0].size(), 2u);
        ASSERT_EQ(pieces[1].size(), 2u);
        const double expected_lat = greatCircleLatitudeAt(a, b, c + 180);
        EXPECT_NEAR(pieces[0].back().lat, expected_lat, 1e-9) << c;
        EXPECT_NEAR(pieces[1].front().lat, expected_lat, 1e-9) << c;
        EXPECT_NEAR(relativeLon(pieces[0].back(), c), 180 - kCutInsetDeg, 1e-9) << c;
        EXPECT_NEAR(relativeLon(pieces[1].front(), c), -180 + kCutInsetDeg, 1e-9) << c;
        EXPECT_NEAR(relativeLon(pieces[0].front(), c), 170, 1e-9);
        EXPECT_NEAR(relativeLon(pieces[1].back(), c), -170, 1e-9);
        for (const GeoLine& piece : pieces)
            for (const GeoPoint& p : piece) EXPECT_LE(std::abs(p.lon), 180.0);
    }
}

TEST(ClipLine, LinesAwayFromTheCutStayWhole) {
    const GeoLine line = {{.lat = 0, .lon = 0}, {.lat = 10, .lon = 20}, {.lat = 20, .lon = 190}};
    const auto pieces = clipLine(line, ClipRegion::antimeridian(100));
    ASSERT_EQ(pieces.size(), 1u);
    ASSERT_EQ(pieces[0].size(), 3u);
    EXPECT_EQ(pieces[0][2].lon, -170.0);  // unrolled input comes back in [-180, 180]
}

TEST(ClipLine, UnrolledLongitudesAndVerticesOnTheCut) {
    const auto pieces =
        clipLine({{.lat = 0, .lon = 170}, {.lat = 0, .lon = 190}, {.lat = 0, .lon = 200}}, ClipRegion::antimeridian(0));
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_NEAR(pieces[0].back().lon, 180 - kCutInsetDeg, 1e-12);
    ASSERT_EQ(pieces[1].size(), 3u);
    EXPECT_NEAR(pieces[1][0].lon, -180 + kCutInsetDeg, 1e-12);
    EXPECT_NEAR(pieces[1][2].lon, -160, 1e-12);

    // Starting on the cut: the first point belongs to the side the line goes to.
    const auto from_cut = clipLine({{.lat = 5, .lon = 180}, {.lat = 5, .lon = 170}}, ClipRegion::antimeridian(0));
    ASSERT_EQ(from_cut.size(), 1u);
    EXPECT_NEAR(from_cut[0][0].lon, 180 - kCutInsetDeg, 1e-12);
    const auto from_cut_west = clipLine({{.lat = 5, .lon = 180}, {.lat = 5, .lon = -170}}, ClipRegion::antimeridian(0));
    ASSERT_EQ(from_cut_west.size(), 1u);
    EXPECT_NEAR(from_cut_west[0][0].lon, -180 + kCutInsetDeg, 1e-12);
    // Along the cut and back: touching, not crossing.
    const auto touching =
        clipLine({{.lat = 0, .lon = 170}, {.lat = 1, .lon = 180}, {.lat = 2, .lon = 170}}, ClipRegion::antimeridian(0));
    ASSERT_EQ(touching.size(), 1u);
    EXPECT_EQ(touching[0].size(), 3u);
    EXPECT_TRUE(clipLine({{.lat = 0, .lon = 1}}, ClipRegion::antimeridian(0)).empty());
}

TEST(ClipPolygon, BoxAcrossTheCutSplitsInTwoAndKeepsItsArea) {
    for (double c : kCentres) {
        const GeoPolygon polygon{box(-10, 10, c + 170, c + 190), {}};
        const auto pieces = clipPolygon(polygon, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 2u) << c;
        EXPECT_NEAR(totalArea(pieces), sphericalArea(polygon), 1e-7 * sphericalArea(polygon)) << c;
        expectOneSideEach(pieces, c);
        // The cut edge is sampled at least every kBoundaryStepDeg.
        for (const GeoPolygon& piece : pieces) EXPECT_GE(piece.exterior.size(), 4u * 10 + 20);
    }
}

TEST(ClipPolygon, BoxTouchingTheCutFromOneSideStaysWhole) {
    for (double c : kCentres) {
        const GeoPolygon polygon{box(0, 10, c + 170, c + 180), {}};
        const auto pieces = clipPolygon(polygon, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 1u) << c;
        EXPECT_NEAR(totalArea(pieces), sphericalArea(polygon), 1e-7 * sphericalArea(polygon)) << c;
        expectOneSideEach(pieces, c);
    }
}

TEST(ClipPolygon, ShapeCrossingTheCutFourTimes) {
    // A "[" whose two bars reach across the cut: one piece east of it, two bars west of it.
    for (double c : kCentres) {
        const std::vector<GeoPoint> corners = {{.lat = 0, .lon = c + 170}, {.lat = 8, .lon = c + 170},
                                               {.lat = 8, .lon = c + 190}, {.lat = 6, .lon = c + 190},
                                               {.lat = 6, .lon = c + 172}, {.lat = 2, .lon = c + 172},
                                               {.lat = 2, .lon = c + 190}, {.lat = 0, .lon = c + 190}};
        const GeoPolygon polygon{path(corners, true), {}};
        const auto pieces = clipPolygon(polygon, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 3u) << c;
        EXPECT_NEAR(totalArea(pieces), sphericalArea(polygon), 1e-7 * sphericalArea(polygon)) << c;
        expectOneSideEach(pieces, c);
        EXPECT_EQ(holeCount(pieces), 0u);
    }
}

TEST(ClipPolygon, HolesAcrossTheCutAndBesideIt) {
    for (double c : kCentres) {
        const GeoPolygon crossing{box(-10, 10, c + 170, c + 190), {reversed(box(-5, 5, c + 175, c + 185))}};
        const auto cut = clipPolygon(crossing, ClipRegion::antimeridian(c));
        ASSERT_EQ(cut.size(), 2u) << c;
        EXPECT_EQ(holeCount(cut), 0u);  // the hole opens into the cut: two C shapes
        EXPECT_NEAR(totalArea(cut), sphericalArea(crossing), 1e-7 * sphericalArea(crossing)) << c;

        const GeoPolygon beside{box(-10, 10, c + 170, c + 190), {reversed(box(-5, 5, c + 172, c + 176))}};
        const auto pieces = clipPolygon(beside, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 2u) << c;
        EXPECT_EQ(holeCount(pieces), 1u);
        for (const GeoPolygon& piece : pieces)
            if (!piece.holes.empty()) {
                EXPECT_GT(relativeLon(piece.exterior.front(), c), 0.0);
            }
        EXPECT_NEAR(totalArea(pieces), sphericalArea(beside), 1e-7 * sphericalArea(beside)) << c;
    }
}

TEST(ClipPolygon, NorthPolarCapClosesAlongThePoleLine) {
    GeoRing cap;  // westwards at 75 N: the cap is on the right
    for (int i = 0; i < 72; ++i) cap.push_back({.lat = 75, .lon = wrapDegrees(-5.0 * i)});
    const GeoPolygon polygon{cap, {}};
    // The edges are great circles, which bulge towards the pole: slightly more than the small-circle cap.
    const double small_circle_cap = 2 * kPi * (1 - std::sin(75 * kPi / 180));
    EXPECT_NEAR(sphericalArea(polygon), small_circle_cap, 0.01 * small_circle_cap);
    for (double c : kCentres) {
        const auto pieces = clipPolygon(polygon, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 1u) << c;
        EXPECT_NEAR(totalArea(pieces), sphericalArea(polygon), 1e-7 * sphericalArea(polygon)) << c;
        size_t on_pole_line = 0;
        for (const GeoPoint& p : pieces[0].exterior) on_pole_line += p.lat == 90.0;
        EXPECT_GE(on_pole_line, 300u) << c;  // the whole pole line, sampled every degree
    }
}

TEST(ClipPolygon, VertexOnThePoleRunsAlongThePoleLine) {
    // A wedge from 80 N up to the pole along 0 E and back down along 90 E.
    GeoRing ring;
    for (int lat = 80; lat < 90; ++lat) ring.push_back({.lat = static_cast<double>(lat), .lon = 0});
    ring.push_back({.lat = 90, .lon = 0});
    for (int lat = 89; lat > 80; --lat) ring.push_back({.lat = static_cast<double>(lat), .lon = 90});
    for (int lon = 90; lon > 0; --lon) ring.push_back({.lat = 80, .lon = static_cast<double>(lon)});
    const GeoPolygon wedge{ring, {}};
    const double area = sphericalArea(wedge);
    const double quarter_cap = kPi / 2 * (1 - std::sin(80 * kPi / 180));
    EXPECT_NEAR(area, quarter_cap, 0.01 * quarter_cap);
    const auto whole = clipPolygon(wedge, ClipRegion::antimeridian(0));
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_NEAR(totalArea(whole), area, 1e-9);
    // The pole is a line on the map: the ring reaches it on 0 E and leaves it on 90 E.
    size_t near_pole = 0;
    for (const GeoPoint& p : whole[0].exterior) near_pole += p.lat > 89.99;
    EXPECT_GE(near_pole, 2u);
    const auto split = clipPolygon(wedge, ClipRegion::antimeridian(-135));  // cut at 45 E
    ASSERT_EQ(split.size(), 2u);
    EXPECT_NEAR(totalArea(split), area, 1e-7 * area);
}

TEST(ClipPolygon, AntarcticaFillsTheBottomAtEveryCentre) {
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Coarse110m));
    const GeoPolygon* antarctica = nullptr;
    for (const BasemapCountry& country : map.countries)
        if (country.alpha2 == "AQ")
            for (const GeoPolygon& p : country.polygons)
                if (!antarctica || p.exterior.size() > antarctica->exterior.size()) antarctica = &p;
    ASSERT_NE(antarctica, nullptr);
    const double area = sphericalArea(*antarctica);
    // Antarctica is 14.2 million km^2 with its ice shelves, Natural Earth's coarse coast encloses less.
    EXPECT_NEAR(area * 6371.0088 * 6371.0088, 13e6, 1.5e6);
    for (double c : kCentres) {
        const auto pieces = clipPolygon(*antarctica, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), 1u) << c;
        EXPECT_NEAR(totalArea(pieces), area, 1e-7 * area) << c;
        EXPECT_TRUE(std::any_of(pieces[0].exterior.begin(), pieces[0].exterior.end(),
                                [](GeoPoint p) { return p.lat == -90.0; }));
    }
}

TEST(ClipPolygon, PolygonCoveringMostOfTheSphere) {
    for (double c : kCentres) {
        const GeoPolygon ocean{reversed(box(-5, 5, c + 40, c + 50)), {}};
        const double area = sphericalArea(ocean);
        EXPECT_GT(area, 4 * kPi * 0.99);
        const auto whole = clipPolygon(ocean, ClipRegion::antimeridian(c));
        ASSERT_EQ(whole.size(), 1u) << c;
        EXPECT_EQ(whole[0].holes.size(), 1u);
        EXPECT_NEAR(totalArea(whole), area, 1e-7 * area) << c;

        const GeoPolygon notched{reversed(box(-5, 5, c + 175, c + 185)), {}};
        const auto cut = clipPolygon(notched, ClipRegion::antimeridian(c));
        ASSERT_EQ(cut.size(), 1u) << c;
        EXPECT_EQ(cut[0].holes.size(), 0u);
        EXPECT_NEAR(totalArea(cut), sphericalArea(notched), 1e-7 * area) << c;
    }
}

TEST(ClipPolygon, DegenerateInput) {
    const ClipRegion region = ClipRegion::antimeridian(0);
    EXPECT_TRUE(
        clipPolygon({{{.lat = 0, .lon = 180}, {.lat = 10, .lon = 180}, {.lat = 20, .lon = -180}}, {}}, region).empty());
    EXPECT_TRUE(clipPolygon({{{.lat = 0, .lon = 0}, {.lat = 10, .lon = 0}}, {}}, region).empty());
    EXPECT_TRUE(clipPolygon({}, region).empty());
    // Points on one line bound nothing: not "everything but a line" either.
    const GeoPolygon flat{{{.lat = 3.5, .lon = 73.5}, {.lat = 3.6, .lon = 73.5}, {.lat = 3.55, .lon = 73.5}}, {}};
    EXPECT_TRUE(clipPolygon(flat, region).empty());
    EXPECT_TRUE(clipPolygon(flat, ClipRegion::circle({.lat = 49.45, .lon = 11.08}, 179)).empty());
    GeoRing doubled;
    for (const GeoPoint& p : box(0, 10, 170, 190)) {
        doubled.push_back(p);
        doubled.push_back(p);
    }
    doubled.push_back(doubled.front());  // a closed ring is accepted too
    const auto pieces = clipPolygon({doubled, {}}, region);
    EXPECT_EQ(pieces.size(), 2u);
    EXPECT_NEAR(totalArea(pieces), sphericalArea({box(0, 10, 170, 190), {}}), 1e-9);
}

TEST(ClipPolygon, SourceDataWithEdgesAlongTheCut) {
    // Fiji at 110m: written with points on +180 and -180 and edges running along the meridian.
    const GeoRing fiji = {{.lat = -16.0669, .lon = -180.0},    {.lat = -16.0212, .lon = -179.7948},
                          {.lat = -16.5019, .lon = -179.9172}, {.lat = -16.556, .lon = -180.0},
                          {.lat = -16.8015, .lon = 179.3628},  {.lat = -17.0113, .lon = 178.7256},
                          {.lat = -16.639, .lon = 178.596},    {.lat = -16.4342, .lon = 179.0964},
                          {.lat = -16.3783, .lon = 179.4132},  {.lat = -16.0669, .lon = 180.0}};
    const GeoPolygon polygon{fiji, {}};
    for (double c : kCentres) {
        const auto pieces = clipPolygon(polygon, ClipRegion::antimeridian(c));
        ASSERT_EQ(pieces.size(), c == 0 ? 2u : 1u) << c;
        EXPECT_NEAR(totalArea(pieces), sphericalArea(polygon), 1e-10) << c;
    }
}

// ---- the globe and the azimuthal projections -------------------------------------------------------

double distanceDeg(GeoPoint a, GeoPoint b) {
    return angleBetween(toVec3(a), toVec3(b)) * 180 / kPi;
}

TEST(ClipCircle, GlobeHorizon) {
    const GeoPoint centre{.lat = 0, .lon = 0};
    const ClipRegion globe = ClipRegion::circle(centre, 90.0 - 1e-6);
    // The 90 E meridian is the horizon; the box is symmetric about it.
    const GeoPolygon straddling{box(-10, 10, 80, 100), {}};
    const auto half = clipPolygon(straddling, globe);
    ASSERT_EQ(half.size(), 1u);
    EXPECT_NEAR(totalArea(half), sphericalArea(straddling) / 2, 1e-6 * sphericalArea(straddling));
    for (const GeoPoint& p : half[0].exterior) EXPECT_LE(distanceDeg(p, centre), 90.0 + 1e-9);

    const auto line = clipLine({{.lat = 0, .lon = 80}, {.lat = 0, .lon = 100}}, globe);
    ASSERT_EQ(line.size(), 1u);
    EXPECT_NEAR(line[0].back().lon, 90.0 - 1e-6, 1e-9);
    EXPECT_NEAR(line[0].back().lat, 0.0, 1e-9);

    EXPECT_TRUE(clipPolygon({box(-10, 10, 170, 190), {}}, globe).empty());  // behind the globe
    const auto front = clipPolygon({box(-10, 10, -10, 10), {}}, globe);
    ASSERT_EQ(front.size(), 1u);
    EXPECT_NEAR(totalArea(front), sphericalArea({box(-10, 10, -10, 10), {}}), 1e-12);

    // Everything but a box behind the globe: the full disc.
    const auto disc = clipPolygon({reversed(box(-10, 10, 170, 190)), {}}, globe);
    ASSERT_EQ(disc.size(), 1u);
    EXPECT_TRUE(disc[0].holes.empty());
    EXPECT_GE(disc[0].exterior.size(), 359u);
    EXPECT_NEAR(totalArea(disc), 2 * kPi, 1e-6);
}

TEST(ClipCircle, GlobeFromSeveralCentresKeepsEveryPointOnTheVisibleSide) {
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Coarse110m));
    for (const GeoPoint centre : {GeoPoint{.lat = 52, .lon = 10}, GeoPoint{.lat = -60, .lon = 170},
                                  GeoPoint{.lat = 0, .lon = -150}, GeoPoint{.lat = 90, .lon = 0}}) {
        const ClipRegion globe = ClipRegion::circle(centre, 90.0 - 1e-6);
        double visible = 0, all = 0;
        for (const GeoPolygon& polygon : map.land) {
            all += sphericalArea(polygon);
            for (const GeoPolygon& piece : clipPolygon(polygon, globe)) {
                visible += sphericalArea(piece);
                for (const GeoPoint& p : piece.exterior) ASSERT_LE(distanceDeg(p, centre), 90.0 + 1e-9);
            }
        }
        EXPECT_GT(visible, 0.0);
        EXPECT_LT(visible, all);
    }
}

TEST(ClipCircle, PolygonAroundTheAntipodeBecomesARingAtTheEdge) {
    const GeoPoint centre{.lat = 0, .lon = 0};
    const ClipRegion region = ClipRegion::circle(centre, 179.5);
    const GeoPolygon around{box(-2, 2, 178, 182), {}};
    const auto pieces = clipPolygon(around, region);
    ASSERT_EQ(pieces.size(), 1u);
    ASSERT_EQ(pieces[0].holes.size(), 1u);  // exterior: the outer circle; hole: the box's far side
    // The cut circle is sampled every degree of azimuth, a 360-gon: 1e-8 sr short of the cap.
    const double cap = 2 * kPi * (1 - std::cos(0.5 * kPi / 180));
    EXPECT_NEAR(totalArea(pieces), sphericalArea(around) - cap, 2e-8);
    for (const GeoPoint& p : pieces[0].exterior) EXPECT_NEAR(distanceDeg(p, centre), 179.5, 1e-9);

    // An island close to the antipode but not around it stays an island (Santa Cruz in the Galapagos
    // lies 0.6 degrees from the antipode of 0 N 90 E).
    const GeoPolygon island{box(0.55, 0.85, 179.6, 180.2, 0.05), {}};
    const auto kept = clipPolygon(island, region);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_TRUE(kept[0].holes.empty());
    EXPECT_NEAR(totalArea(kept), sphericalArea(island), 1e-15);

    // A line through the antipode stops at the small circle on both sides.
    const auto line = clipLine(path({{.lat = 0, .lon = 170}, {.lat = 0, .lon = 190}}, false), region);
    ASSERT_EQ(line.size(), 2u);
    EXPECT_NEAR(line[0].back().lon, 179.5, 1e-9);
    EXPECT_NEAR(line[1].front().lon, -179.5, 1e-9);
}

TEST(ClipRegionBand, MercatorLimitsLatitude) {
    const ClipRegion mercator = ClipRegion::antimeridian(0, 85);
    const auto top = clipPolygon({box(80, 88, 0, 10), {}}, mercator);
    ASSERT_EQ(top.size(), 1u);
    bool on_limit = false;
    for (const GeoPoint& p : top[0].exterior) {
        EXPECT_LE(p.lat, 85.0);
        on_limit = on_limit || p.lat == 85.0;
    }
    EXPECT_TRUE(on_limit);
    const double band = sphericalArea({box(80, 85, 0, 10), {}});
    EXPECT_NEAR(totalArea(top), band, 1e-3 * band);

    const auto line = clipLine({{.lat = 80, .lon = 0}, {.lat = 89, .lon = 0}}, mercator);
    ASSERT_EQ(line.size(), 1u);
    EXPECT_NEAR(line[0].back().lat, 85.0, 1e-12);

    // Everything south of 87 N (a ring eastwards around the pole) covers the whole band.
    GeoRing south_of_87;
    for (int i = 0; i < 72; ++i) south_of_87.push_back({.lat = 87, .lon = wrapDegrees(5.0 * i)});
    const auto full = clipPolygon({south_of_87, {}}, mercator);
    ASSERT_EQ(full.size(), 1u);
    EXPECT_NEAR(totalArea(full), 4 * kPi * std::sin(85 * kPi / 180), 1e-3);
    EXPECT_TRUE(clipPolygon({reversed(south_of_87), {}}, mercator).empty());  // the cap beyond 85 N

    // Antarctica (below 85 S in part) is cut along the parallel and the cut, at any centre.
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Medium50m));
    for (const BasemapCountry& country : map.countries) {
        if (country.alpha2 != "AQ") continue;
        for (double c : kCentres) {
            double before = 0, after = 0;
            for (const GeoPolygon& polygon : country.polygons) {
                before += sphericalArea(polygon);
                for (const GeoPolygon& piece : clipPolygon(polygon, ClipRegion::antimeridian(c, 85))) {
                    after += sphericalArea(piece);
                    for (const GeoPoint& p : piece.exterior) ASSERT_GE(p.lat, -85.0);
                }
            }
            EXPECT_LT(after, before);
            EXPECT_GT(after, 0.9 * before);
        }
    }
}

TEST(ClipBoundary, RingsAreClockwiseAndDense) {
    const GeoRing world = clipBoundaryRing(ClipRegion::antimeridian(10));
    EXPECT_GE(world.size(), 2u * 180 + 2 * 360);
    double twice = 0;  // in the chart (longitude relative to the centre, latitude)
    for (size_t i = 0; i < world.size(); ++i) {
        const GeoPoint a = world[i], b = world[(i + 1) % world.size()];
        twice += relativeLon(a, 10) * b.lat - relativeLon(b, 10) * a.lat;
    }
    EXPECT_LT(twice, 0.0);
    const GeoRing circle = clipBoundaryRing(ClipRegion::circle({.lat = 52, .lon = 10}, 60));
    EXPECT_EQ(circle.size(), 360u);
    for (const GeoPoint& p : circle) EXPECT_NEAR(distanceDeg(p, {.lat = 52, .lon = 10}), 60.0, 1e-9);
}

TEST(SphereGeometry, DensifyAndArea) {
    const GeoLine line = densifyLine({{.lat = 0, .lon = 0}, {.lat = 0, .lon = 10}}, 1.0);
    ASSERT_EQ(line.size(), 11u);
    for (size_t i = 0; i < line.size(); ++i) EXPECT_NEAR(line[i].lon, static_cast<double>(i), 1e-12);
    const GeoRing ring = densifyRing({{.lat = 0, .lon = 0}, {.lat = 2, .lon = 0}, {.lat = 0, .lon = 2}}, 1.0);
    EXPECT_EQ(ring.size(), 3u + 1 + 2 + 1);
    // The southern hemisphere: eastwards along the equator.
    GeoRing equator;
    for (int i = 0; i < 36; ++i) equator.push_back({.lat = 0, .lon = wrapDegrees(10.0 * i)});
    EXPECT_NEAR(sphericalArea({equator, {}}), 2 * kPi, 1e-12);
    const double degree = kPi / 180;
    EXPECT_NEAR(sphericalArea({box(0, 1, 0, 1), {}}), degree * degree, 1e-4 * degree * degree);
    EXPECT_NEAR(sphericalArea({reversed(box(0, 1, 0, 1)), {}}), 4 * kPi - sphericalArea({box(0, 1, 0, 1), {}}), 1e-12);
}

}  // namespace
}  // namespace pm
