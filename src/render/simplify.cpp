#include "render/simplify.hpp"

#include <algorithm>
#include <utility>

namespace pm::render {

namespace {

double segmentDistanceSquared(Vec2 a, Vec2 b, Vec2 p) {
    const Vec2 ab = b - a, ap = p - a;
    const double length_squared = dot(ab, ab);
    double t = length_squared > 0 ? dot(ap, ab) / length_squared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const Vec2 closest = a + ab * t;
    return dot(p - closest, p - closest);
}

// Marks the points of [first, last] to keep; an explicit stack instead of recursion keeps long coasts
// from exhausting the call stack.
void markKept(const std::vector<Vec2>& points, size_t first, size_t last, double tolerance_squared,
              std::vector<char>& keep) {
    std::vector<std::pair<size_t, size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [from, to] = stack.back();
        stack.pop_back();
        double worst = -1;
        size_t worst_index = from;
        for (size_t i = from + 1; i < to; ++i) {
            const double d = segmentDistanceSquared(points[from], points[to], points[i]);
            if (d > worst) {
                worst = d;
                worst_index = i;
            }
        }
        if (worst > tolerance_squared) {
            keep[worst_index] = 1;
            stack.push_back({from, worst_index});
            stack.push_back({worst_index, to});
        }
    }
}

std::vector<Vec2> kept(const std::vector<Vec2>& points, const std::vector<char>& keep) {
    std::vector<Vec2> result;
    for (size_t i = 0; i < points.size(); ++i)
        if (keep[i]) result.push_back(points[i]);
    return result;
}

}  // namespace

std::vector<size_t> simplifiedIndices(const std::vector<Vec2>& points, double tolerance) {
    std::vector<size_t> indices;
    if (points.size() <= 2 || tolerance <= 0) {
        for (size_t i = 0; i < points.size(); ++i) indices.push_back(i);
        return indices;
    }
    std::vector<char> keep(points.size(), 0);
    keep.front() = keep.back() = 1;
    markKept(points, 0, points.size() - 1, tolerance * tolerance, keep);
    for (size_t i = 0; i < points.size(); ++i)
        if (keep[i]) indices.push_back(i);
    return indices;
}

std::vector<Vec2> simplifyLine(const std::vector<Vec2>& points, double tolerance) {
    if (points.size() <= 2 || tolerance <= 0) return points;
    std::vector<char> keep(points.size(), 0);
    keep.front() = keep.back() = 1;
    markKept(points, 0, points.size() - 1, tolerance * tolerance, keep);
    return kept(points, keep);
}

std::vector<Vec2> simplifyRing(const std::vector<Vec2>& ring, double tolerance) {
    if (ring.size() <= 3 || tolerance <= 0) return ring;
    // Split at the point farthest from the first one: both halves are then open lines.
    size_t far = 0;
    double far_distance = -1;
    for (size_t i = 1; i < ring.size(); ++i) {
        const double d = dot(ring[i] - ring[0], ring[i] - ring[0]);
        if (d > far_distance) {
            far_distance = d;
            far = i;
        }
    }
    std::vector<Vec2> closed = ring;
    closed.push_back(ring.front());
    std::vector<char> keep(closed.size(), 0);
    keep[0] = keep[far] = keep.back() = 1;
    markKept(closed, 0, far, tolerance * tolerance, keep);
    markKept(closed, far, closed.size() - 1, tolerance * tolerance, keep);
    keep.back() = 0;
    std::vector<Vec2> result = kept(closed, keep);
    if (far_distance <= tolerance * tolerance) result.resize(std::min<size_t>(result.size(), 1));
    return result;
}

}  // namespace pm::render
