#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/geo_point.hpp"

namespace pm {

// A point or direction in 3-D; on the unit sphere, x points to (0N, 0E), y to (0N, 90E), z north.
struct Vec3 {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vec3 operator-(Vec3 a) { return {-a.x, -a.y, -a.z}; }
    friend Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
};

constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;

inline double dot(Vec3 a, Vec3 b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline Vec3 cross(Vec3 a, Vec3 b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double norm(Vec3 a) {
    return std::sqrt(dot(a, a));
}
inline Vec3 normalized(Vec3 a) {
    const double n = norm(a);
    return n > 0 ? a * (1.0 / n) : a;
}

inline Vec3 toVec3(GeoPoint p) {
    const double lat = p.lat * kDegToRad, lon = p.lon * kDegToRad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

inline GeoPoint toGeo(Vec3 v) {
    return {.lat = std::atan2(v.z, std::sqrt(v.x * v.x + v.y * v.y)) * kRadToDeg,
            .lon = std::atan2(v.y, v.x) * kRadToDeg};
}

// The angle between two directions in radians, accurate for tiny and near-antipodal angles.
inline double angleBetween(Vec3 a, Vec3 b) {
    return std::atan2(norm(cross(a, b)), dot(a, b));
}

// Longitude difference folded into [-180, 180].
inline double wrapDegrees(double degrees) {
    double d = degrees;
    if (d > 180.0 || d < -180.0) {
        d = d > 0 ? d - 360.0 : d + 360.0;  // the usual case, exact
        if (d > 180.0 || d < -180.0) d = std::remainder(degrees, 360.0);
    }
    return d == -180.0 ? 180.0 : d;
}

// The point at angle theta (radians) along the great circle from a, leaving towards b.
// `toward` is the unit tangent at a pointing to b (see arcTangent).
inline Vec3 alongArc(Vec3 a, Vec3 toward, double theta) {
    return a * std::cos(theta) + toward * std::sin(theta);
}

// Unit tangent at a in the direction of b (undefined for a == +-b: returns a zero vector).
inline Vec3 arcTangent(Vec3 a, Vec3 b) {
    return normalized(cross(cross(a, b), a));
}

}  // namespace pm
