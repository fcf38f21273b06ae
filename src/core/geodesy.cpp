#include "core/geodesy.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace pm {

const geod_geodesic& wgs84Geodesic() {
    // Immutable after initialisation, so sharing it between threads is safe.
    static const geod_geodesic geodesic = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    return geodesic;
}

namespace {

double normalizeAzimuth(double azimuth_deg) {
    double a = std::fmod(azimuth_deg, 360.0);
    if (a < 0) a += 360.0;
    if (a >= 360.0) a -= 360.0;  // fmod of values just below 0 can round to 360
    return a;
}

}  // namespace

GeodesicInverse geodesicInverse(GeoPoint from, GeoPoint to) {
    double distance = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&wgs84Geodesic(), from.lat, from.lon, to.lat, to.lon, &distance, &azi1, &azi2);
    return {distance, normalizeAzimuth(azi1), normalizeAzimuth(azi2)};
}

GeoPoint geodesicDirect(GeoPoint from, double azimuth_deg, double distance_m) {
    double lat = 0, lon = 0;
    geod_direct(&wgs84Geodesic(), from.lat, from.lon, azimuth_deg, distance_m, &lat, &lon, nullptr);
    return {.lat = lat, .lon = lon};
}

std::vector<GeoPoint> sampleGeodesic(GeoPoint from, GeoPoint to, double max_step_m) {
    geod_geodesicline line{};
    geod_inverseline(&line, &wgs84Geodesic(), from.lat, from.lon, to.lat, to.lon,
                     GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
    const double length = line.s13;
    const int steps = std::max(1, static_cast<int>(std::ceil(length / std::max(max_step_m, 1.0))));
    std::vector<GeoPoint> points;
    points.reserve(static_cast<size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        double lat = 0, lon = 0;
        // GEOD_LONG_UNROLL keeps longitudes continuous along the line.
        geod_genposition(&line, GEOD_LONG_UNROLL, length * i / steps, &lat, &lon, nullptr, nullptr, nullptr, nullptr,
                         nullptr, nullptr);
        points.push_back({.lat = lat, .lon = lon});
    }
    // The end points exactly as given, not as recomputed.
    points.front() = from;
    points.back() = {.lat = to.lat, .lon = points.back().lon - std::remainder(points.back().lon - to.lon, 360.0)};
    return points;
}

std::vector<GeoPoint> geodesicCircle(GeoPoint centre, double radius_m, int count) {
    std::vector<GeoPoint> points;
    points.reserve(static_cast<size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i) points.push_back(geodesicDirect(centre, 360.0 * i / count, radius_m));
    return points;
}

int compassPoint16(double azimuth_deg) {
    return static_cast<int>(std::floor(normalizeAzimuth(azimuth_deg) / 22.5 + 0.5)) % 16;
}

const char* compassPointName(int index16, bool german) {
    static constexpr const char* english[16] = {"north", "north-northeast", "northeast", "east-northeast",
                                                "east",  "east-southeast",  "southeast", "south-southeast",
                                                "south", "south-southwest", "southwest", "west-southwest",
                                                "west",  "west-northwest",  "northwest", "north-northwest"};
    static constexpr const char* deutsch[16] = {
        "Nord", "Nordnordost", "Nordost", "Ostnordost",  "Ost",  "Ostsüdost",    "Südost",   "Südsüdost",
        "Süd",  "Südsüdwest",  "Südwest", "Westsüdwest", "West", "Westnordwest", "Nordwest", "Nordnordwest"};
    const int i = ((index16 % 16) + 16) % 16;
    return german ? deutsch[i] : english[i];
}

}  // namespace pm
