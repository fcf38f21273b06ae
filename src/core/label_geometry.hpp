#pragma once

#include <algorithm>
#include <cmath>

// Small geometry for label placement, in screen pixels with y pointing down. Kept apart from the
// projection maths on purpose: the label layout only ever sees pixel rectangles, discs and segments.
namespace pm {

struct LabelPoint {
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const LabelPoint&, const LabelPoint&) = default;
};

// Axis-aligned, x0 <= x1 and y0 <= y1 (y0 is the top edge).
struct LabelRect {
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    LabelPoint center() const { return {0.5 * (x0 + x1), 0.5 * (y0 + y1)}; }
    // Grown by d on every side (shrunk for negative d).
    LabelRect inflated(double d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
    bool isFinite() const { return std::isfinite(x0) && std::isfinite(y0) && std::isfinite(x1) && std::isfinite(y1); }
    bool isValid() const { return isFinite() && x0 <= x1 && y0 <= y1; }

    friend bool operator==(const LabelRect&, const LabelRect&) = default;
};

// True when the interiors intersect: rectangles that merely touch along an edge do not overlap.
inline bool overlaps(const LabelRect& a, const LabelRect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Closed containment: inner may touch outer's edges.
inline bool contains(const LabelRect& outer, const LabelRect& inner) {
    return outer.x0 <= inner.x0 && inner.x1 <= outer.x1 && outer.y0 <= inner.y0 && inner.y1 <= outer.y1;
}

inline bool contains(const LabelRect& rect, LabelPoint p) {
    return rect.x0 <= p.x && p.x <= rect.x1 && rect.y0 <= p.y && p.y <= rect.y1;
}

inline double overlapArea(const LabelRect& a, const LabelRect& b) {
    const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0.0 && h > 0.0 ? w * h : 0.0;
}

inline double distanceSquared(LabelPoint a, LabelPoint b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// Squared distance from p to the closest point of the rectangle (0 inside).
inline double distanceSquared(const LabelRect& rect, LabelPoint p) {
    const double dx = std::max({rect.x0 - p.x, 0.0, p.x - rect.x1});
    const double dy = std::max({rect.y0 - p.y, 0.0, p.y - rect.y1});
    return dx * dx + dy * dy;
}

// True when the rectangle reaches into the open disc: touching the circle is allowed.
inline bool overlapsDisc(const LabelRect& rect, LabelPoint center, double radius) {
    return distanceSquared(rect, center) < radius * radius;
}

// Squared distance from p to the segment ab.
inline double segmentDistanceSquared(LabelPoint a, LabelPoint b, LabelPoint p) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length_squared = dx * dx + dy * dy;
    double t = length_squared > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length_squared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return distanceSquared(LabelPoint{a.x + t * dx, a.y + t * dy}, p);
}

// True when the segment passes through the open disc.
inline bool segmentOverlapsDisc(LabelPoint a, LabelPoint b, LabelPoint center, double radius) {
    return segmentDistanceSquared(a, b, center) < radius * radius;
}

// True when the segment ab meets the closed rectangle (Liang-Barsky clipping).
inline bool segmentIntersectsRect(LabelPoint a, LabelPoint b, const LabelRect& rect) {
    double t0 = 0.0;
    double t1 = 1.0;
    const double d[2] = {b.x - a.x, b.y - a.y};
    const double lo[2] = {rect.x0 - a.x, rect.y0 - a.y};
    const double hi[2] = {rect.x1 - a.x, rect.y1 - a.y};
    for (int axis = 0; axis < 2; ++axis) {
        if (d[axis] == 0.0) {
            if (lo[axis] > 0.0 || hi[axis] < 0.0) return false;
            continue;
        }
        double ta = lo[axis] / d[axis];
        double tb = hi[axis] / d[axis];
        if (ta > tb) std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
        if (t0 > t1) return false;
    }
    return true;
}

// True when the closed segments ab and cd share a point.
inline bool segmentsIntersect(LabelPoint a, LabelPoint b, LabelPoint c, LabelPoint d) {
    auto cross = [](LabelPoint o, LabelPoint p, LabelPoint q) {
        return (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
    };
    auto sign = [](double v) { return (v > 0.0) - (v < 0.0); };
    auto within = [](LabelPoint o, LabelPoint p, LabelPoint q) {  // q on the line op: is it between?
        return std::min(o.x, p.x) <= q.x && q.x <= std::max(o.x, p.x) && std::min(o.y, p.y) <= q.y &&
               q.y <= std::max(o.y, p.y);
    };
    const int s1 = sign(cross(a, b, c));
    const int s2 = sign(cross(a, b, d));
    const int s3 = sign(cross(c, d, a));
    const int s4 = sign(cross(c, d, b));
    if (s1 * s2 < 0 && s3 * s4 < 0) return true;
    if (s1 == 0 && within(a, b, c)) return true;
    if (s2 == 0 && within(a, b, d)) return true;
    if (s3 == 0 && within(c, d, a)) return true;
    if (s4 == 0 && within(c, d, b)) return true;
    return false;
}

}  // namespace pm
