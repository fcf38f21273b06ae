#include "core/link_geometry.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

#include "core/geodesy.hpp"
#include "core/projection.hpp"
#include "core/sphere_clip.hpp"
#include "core/sphere_math.hpp"

namespace pm {

namespace {

// Coarse enough to be cheap, fine enough that a cut is never skipped between two samples.
constexpr double kInitialStepM = 150'000.0;
constexpr int kMaxDepth = 18;

struct Sample {
    double s = 0;  // metres from the start along the geodesic
    Vec2 projected;
};

class GeodesicLine {
public:
    GeodesicLine(GeoPoint from, GeoPoint to) : m_from(from) {
        geod_inverseline(&m_line, &wgs84Geodesic(), from.lat, from.lon, to.lat, to.lon,
                         GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
    }
    double length() const { return m_line.s13; }
    GeoPoint at(double s) const {
        double lat = 0, lon = 0;
        geod_position(&m_line, s, &lat, &lon, nullptr);
        return {.lat = lat, .lon = lon};
    }
    // Points of a clipped piece lie on the line: their distance from the start is their position.
    double positionOf(GeoPoint p) const { return geodesicInverse(m_from, p).distance_m; }

private:
    GeoPoint m_from;
    geod_geodesicline m_line{};
};

void refine(const GeodesicLine& line, const Projection& projection, double tolerance, const Sample& a, const Sample& b,
            int depth, std::vector<Sample>& out) {
    if (depth < kMaxDepth) {
        const double s_mid = 0.5 * (a.s + b.s);
        const std::optional<Vec2> mid = projection.forward(line.at(s_mid));
        if (mid && distanceToSegment(*mid, a.projected, b.projected) > tolerance) {
            const Sample middle{s_mid, *mid};
            refine(line, projection, tolerance, a, middle, depth + 1, out);
            refine(line, projection, tolerance, middle, b, depth + 1, out);
            return;
        }
    }
    out.push_back(b);
}

}  // namespace

bool regionContains(const ClipRegion& region, GeoPoint point) {
    if (region.kind == ClipRegion::Kind::Antimeridian) return std::abs(point.lat) <= region.max_abs_lat;
    return angleBetween(toVec3(region.centre), toVec3(point)) * kRadToDeg < region.radius_deg;
}

std::vector<LinkPiece> projectGeodesicLink(GeoPoint from, GeoPoint to, const Projection& projection, double tolerance) {
    const GeodesicLine line(from, to);
    const double total = line.length();
    if (!(total > 0)) return {};
    const std::vector<GeoPoint> coarse = sampleGeodesic(from, to, kInitialStepM);
    std::vector<LinkPiece> pieces;
    for (const GeoLine& clipped : clipLine(coarse, projection.clipRegion())) {
        std::vector<Sample> samples;
        for (const GeoPoint& point : clipped) {
            const std::optional<Vec2> projected = projection.forward(point);
            if (!projected) continue;
            const Sample sample{std::clamp(line.positionOf(point), 0.0, total), *projected};
            if (samples.empty())
                samples.push_back(sample);
            else
                refine(line, projection, tolerance, samples.back(), sample, 0, samples);
        }
        if (samples.size() < 2) continue;
        LinkPiece piece;
        piece.points.reserve(samples.size());
        piece.fractions.reserve(samples.size());
        for (const Sample& sample : samples) {
            piece.points.push_back(sample.projected);
            piece.fractions.push_back(static_cast<float>(sample.s / total));
        }
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

}  // namespace pm
