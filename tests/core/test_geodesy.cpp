#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/geodesy.hpp"

namespace pm {
namespace {

// Reference values computed by GeographicLib's GeodSolve (tools/make_geodesic_reference.sh).
struct InverseCase {
    std::string name;
    GeoPoint from, to;
    double azi1_deg, azi2_deg, s12_m;
};

std::vector<InverseCase> loadInverseCases() {
    std::ifstream in(std::string(PARTNERMAP_TEST_DATA) + "/geodesy/inverse_reference.tsv");
    std::vector<InverseCase> cases;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        InverseCase c;
        fields >> c.name >> c.from.lat >> c.from.lon >> c.to.lat >> c.to.lon >> c.azi1_deg >> c.azi2_deg >> c.s12_m;
        cases.push_back(c);
    }
    return cases;
}

double angleDifference(double a, double b) {
    return std::abs(std::remainder(a - b, 360.0));
}

bool isPole(GeoPoint p) {
    return std::abs(p.lat) > 89.999999;
}

TEST(GeodesicInverse, MatchesGeodSolveWithin1mm) {
    const std::vector<InverseCase> cases = loadInverseCases();
    ASSERT_EQ(cases.size(), 59u) << "reference table missing or truncated";
    for (const InverseCase& c : cases) {
        SCOPED_TRACE(c.name);
        const GeodesicInverse result = geodesicInverse(c.from, c.to);
        EXPECT_NEAR(result.distance_m, c.s12_m, 1e-3);
        EXPECT_GE(result.initial_azimuth_deg, 0.0);
        EXPECT_LT(result.initial_azimuth_deg, 360.0);
        // Azimuths are undefined for coincident points and at the poles.
        if (c.s12_m > 1.0 && !isPole(c.from) && !isPole(c.to)) {
            EXPECT_LT(angleDifference(result.initial_azimuth_deg, c.azi1_deg), 1e-7);
            EXPECT_LT(angleDifference(result.final_azimuth_deg, c.azi2_deg), 1e-7);
        }
    }
}

TEST(GeodesicInverse, HanoverBlantyreDiffersFromTheSphere) {
    // The design notes' warning: a spherical haversine is off by ~25 km here.
    const GeodesicInverse result =
        geodesicInverse({.lat = 52.37052, .lon = 9.73322}, {.lat = -15.78499, .lon = 35.00854});
    EXPECT_NEAR(result.distance_m / 1000.0, 7934.716, 0.001);
}

TEST(GeodesicDirect, InvertsInverse) {
    const GeoPoint nuernberg{.lat = 49.45421, .lon = 11.07752};
    const GeoPoint atlanta{.lat = 33.749, .lon = -84.38798};
    const GeodesicInverse inverse = geodesicInverse(nuernberg, atlanta);
    const GeoPoint reached = geodesicDirect(nuernberg, inverse.initial_azimuth_deg, inverse.distance_m);
    EXPECT_NEAR(reached.lat, atlanta.lat, 1e-9);
    EXPECT_NEAR(reached.lon, atlanta.lon, 1e-9);
}

struct SampleCase {
    const char* name;
    GeoPoint from, to;
    double step_m;
};

TEST(SampleGeodesic, PointsLieOnTheGeodesicAndRespectTheStep) {
    const SampleCase cases[] = {
        {"nuernberg-atlanta", {49.45421, 11.07752}, {33.749, -84.38798}, 50'000},
        {"tokyo-sf across 180", {35.6895, 139.69171}, {37.77493, -122.41942}, 100'000},
        {"fiji-samoa across 180", {-18.14161, 178.44149}, {-13.83333, -171.76666}, 10'000},
        {"near antipodes", {-36.84853, 174.76349}, {40.4165, -3.70256}, 200'000},
        {"short", {49.45421, 11.07752}, {49.5, 11.1}, 100'000},
    };
    for (const SampleCase& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<GeoPoint> points = sampleGeodesic(c.from, c.to, c.step_m);
        ASSERT_GE(points.size(), 2u);
        EXPECT_EQ(points.front(), c.from);
        EXPECT_NEAR(points.back().lat, c.to.lat, 1e-12);
        EXPECT_NEAR(std::remainder(points.back().lon - c.to.lon, 360.0), 0.0, 1e-9);
        const double total = geodesicInverse(c.from, c.to).distance_m;
        for (size_t i = 1; i < points.size(); ++i) {
            EXPECT_LT(std::abs(points[i].lon - points[i - 1].lon), 180.0) << "longitudes must be unrolled";
            EXPECT_LE(geodesicInverse(points[i - 1], points[i]).distance_m, c.step_m + 1e-3);
            // On the geodesic: the detour through the point is nil.
            const double via =
                geodesicInverse(c.from, points[i]).distance_m + geodesicInverse(points[i], c.to).distance_m;
            EXPECT_NEAR(via, total, 1e-3);
        }
    }
}

TEST(GeodesicCircle, EveryPointIsAtTheRadius) {
    const GeoPoint hannover{.lat = 52.37052, .lon = 9.73322};
    for (double radius_m : {1'000'000.0, 5'000'000.0, 10'000'000.0, 15'000'000.0}) {
        const std::vector<GeoPoint> ring = geodesicCircle(hannover, radius_m, 360);
        ASSERT_EQ(ring.size(), 360u);
        for (const GeoPoint& p : ring) EXPECT_NEAR(geodesicInverse(hannover, p).distance_m, radius_m, 1e-3);
    }
}

TEST(CompassPoint, SixteenWinds) {
    const struct {
        double azimuth;
        const char* english;
        const char* german;
    } cases[] = {{0.0, "north", "Nord"},
                 {11.24, "north", "Nord"},
                 {11.26, "north-northeast", "Nordnordost"},
                 {90.0, "east", "Ost"},
                 {297.03, "west-northwest", "Westnordwest"},
                 {348.76, "north", "Nord"},
                 {359.99, "north", "Nord"},
                 {-90.0, "west", "West"},
                 {202.5, "south-southwest", "Südsüdwest"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.azimuth);
        EXPECT_STREQ(compassPointName(compassPoint16(c.azimuth), false), c.english);
        EXPECT_STREQ(compassPointName(compassPoint16(c.azimuth), true), c.german);
    }
}

}  // namespace
}  // namespace pm
