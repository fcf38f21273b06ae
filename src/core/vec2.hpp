#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace pm {

// A point in projected map coordinates (metres for PROJ projections): x east, y north.
struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(const Vec2&, const Vec2&) = default;
};

inline double dot(Vec2 a, Vec2 b) {
    return a.x * b.x + a.y * b.y;
}
inline double cross(Vec2 a, Vec2 b) {
    return a.x * b.y - a.y * b.x;
}
inline double length(Vec2 a) {
    return std::hypot(a.x, a.y);
}
// Distance from p to the segment ab.
inline double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab{b.x - a.x, b.y - a.y}, ap{p.x - a.x, p.y - a.y};
    const double length_squared = dot(ab, ab);
    const double t = length_squared > 0 ? std::clamp(dot(ap, ab) / length_squared, 0.0, 1.0) : 0.0;
    return length({ap.x - ab.x * t, ap.y - ab.y * t});
}
inline bool isFinite(Vec2 a) {
    return std::isfinite(a.x) && std::isfinite(a.y);
}

// An axis-aligned box; empty until the first point is added.
struct Box2 {
    Vec2 min{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    Vec2 max{-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};

    bool empty() const { return !(min.x <= max.x && min.y <= max.y); }
    double width() const { return empty() ? 0.0 : max.x - min.x; }
    double height() const { return empty() ? 0.0 : max.y - min.y; }
    Vec2 centre() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
    void add(Vec2 p) {
        min = {std::min(min.x, p.x), std::min(min.y, p.y)};
        max = {std::max(max.x, p.x), std::max(max.y, p.y)};
    }
    bool contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
    bool overlaps(const Box2& other) const {
        return min.x <= other.max.x && other.min.x <= max.x && min.y <= other.max.y && other.min.y <= max.y;
    }
};

}  // namespace pm
