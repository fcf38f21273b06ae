#include "core/picking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pm {

PickResult pickAt(const DataLayer& data, const MapTransform& transform, LabelPoint pixel, double radius_px) {
    PickResult result;
    if (!(radius_px >= 0.0) || !(transform.scale > 0.0)) return result;
    // Work in map units: the transform is a uniform scale (plus a flip), so distances scale by
    // `transform.scale` and no point has to be transformed.
    const Vec2 query = transform.toMap(pixel);
    const double radius = radius_px / transform.scale;
    const double radius_squared = radius * radius;

    double best = std::numeric_limits<double>::infinity();
    for (const SceneCity& city : data.cities) {
        if (!city.visible) continue;
        const Vec2 d = city.projected - query;
        const double distance_squared = dot(d, d);
        if (distance_squared <= radius_squared && distance_squared <= best) {
            best = distance_squared;
            result.kind = PickResult::Kind::City;
            result.city_id = city.id;
        }
    }
    if (result.kind == PickResult::Kind::City) {
        result.distance_px = std::sqrt(best) * transform.scale;
        return result;
    }

    const double x0 = query.x - radius, x1 = query.x + radius;
    const double y0 = query.y - radius, y1 = query.y + radius;
    for (const SceneLink& link : data.links) {
        for (const LinkPiece& piece : link.pieces) {
            const std::vector<Vec2>& points = piece.points;
            // A piece of one point (a link cut down to a sliver) still counts, as a zero-length segment.
            const size_t segments = points.size() > 1 ? points.size() - 1 : points.size();
            for (size_t i = 0; i < segments; ++i) {
                const Vec2 a = points[i];
                const Vec2 b = points[std::min(i + 1, points.size() - 1)];
                // Both ends beyond one side of the query box: the segment cannot come near.
                if ((a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) ||
                    (a.y > y1 && b.y > y1))
                    continue;
                const double distance = distanceToSegment(query, a, b);
                const double distance_squared = distance * distance;
                if (distance_squared <= radius_squared && distance_squared <= best) {
                    best = distance_squared;
                    result.kind = PickResult::Kind::Link;
                    result.partnership_index = link.partnership_index;
                }
            }
        }
    }
    if (result.kind == PickResult::Kind::Link) result.distance_px = std::sqrt(best) * transform.scale;
    return result;
}

}  // namespace pm
