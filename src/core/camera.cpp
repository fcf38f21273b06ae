#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

#include "core/geodesy.hpp"
#include "core/projection.hpp"
#include "core/sphere_math.hpp"

namespace pm {

MapFrame mapFrameBelowHeading(double width, double height, double heading) {
    return {width, height, heading, 0.02 * std::min(width, height)};
}

MapTransform fitInFrame(const Box2& bounds, const MapFrame& frame) {
    return MapTransform::fit(bounds, frame.width, frame.height - frame.top, frame.margin).panned(0, frame.top);
}

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

GeoPoint turnGlobe(GeoPoint centre, double dx_px, double dy_px, double radius_px) {
    if (!(radius_px > 0)) return centre;
    const double degrees_per_px = kRadToDeg / radius_px;
    return {std::clamp(centre.lat + dy_px * degrees_per_px, -89.0, 89.0),
            wrapDegrees(centre.lon - dx_px * degrees_per_px)};
}

ProjectionSpec cameraProjection(const ProjectionSpec& base, ProjectionKind kind, const Camera& camera) {
    ProjectionSpec spec = base;
    if (kind == ProjectionKind::Azimuthal && spec.id != kCustomProjectionId) spec.centre = camera.focus;
    return spec;
}

MapTransform cameraTransform(const Camera& camera, const Projection& projection, const MapFrame& frame) {
    const MapTransform fit = fitInFrame(projection.bounds(), frame);
    const double scale = fit.scale * camera.zoom;
    const Vec2 focus = projection.forward(camera.focus).value_or(projection.bounds().centre());
    return {scale, frame.centreX() - focus.x * scale, frame.centreY() + focus.y * scale};
}

Camera overviewCamera(const Projection& projection, ProjectionKind kind) {
    if (kind == ProjectionKind::Azimuthal) return {projection.spec().centre, 1.0};
    const Vec2 centre = projection.bounds().centre();
    return {projection.inverse(centre).value_or(GeoPoint{.lat = 0, .lon = projection.spec().centre.lon}), 1.0};
}

Camera cameraForLink(GeoPoint from, GeoPoint to, const ProjectionSpec& base, ProjectionKind kind, const MapFrame& frame,
                     double max_zoom, double covered_right) {
    const std::vector<GeoPoint> arc = sampleGeodesic(from, to, 100'000.0);
    const GeoPoint middle = arc[arc.size() / 2];
    const Projection projection(cameraProjection(base, kind, {middle, 1.0}));
    Box2 box;
    for (const GeoPoint& point : arc)
        if (const std::optional<Vec2> projected = projection.forward(point)) box.add(*projected);
    Camera camera{middle, 1.0};
    if (box.empty()) return camera;
    const MapTransform fit = fitInFrame(projection.bounds(), frame);
    // The arc takes at most 60 % of the frame either way, so that labels and the caption have room; beside
    // a card, at most 80 % of the width left free.
    const double free_width = frame.width * (1.0 - std::clamp(covered_right, 0.0, 0.9));
    const double usable_w = std::min(0.6 * frame.width, 0.8 * free_width), usable_h = 0.6 * (frame.height - frame.top);
    const double zoom_w = box.width() > 0 ? usable_w / (box.width() * fit.scale) : max_zoom;
    const double zoom_h = box.height() > 0 ? usable_h / (box.height() * fit.scale) : max_zoom;
    camera.zoom = std::clamp(std::min(zoom_w, zoom_h), 1.0, max_zoom);
    // The frame's centre shows the focus: it lies right of the arc's centre by half the covered width.
    const Vec2 arc_centre =
        kind == ProjectionKind::World ? box.centre() : projection.forward(middle).value_or(box.centre());
    const double shift = (frame.width - free_width) / 2 / (fit.scale * camera.zoom);
    if (kind == ProjectionKind::World || shift > 0)
        camera.focus = projection.inverse({arc_centre.x + shift, arc_centre.y}).value_or(middle);
    return camera;
}

Camera interpolateCamera(const Camera& a, const Camera& b, double t) {
    const double e = easeInOut(t);
    const Vec3 from = toVec3(a.focus), to = toVec3(b.focus);
    const double angle = angleBetween(from, to);
    GeoPoint focus = b.focus;
    if (angle > 1e-12 && e < 1.0) {
        // Spherical linear interpolation; antipodal flights pick a side, which is fine for a tour.
        const double s = std::sin(angle);
        const Vec3 mixed = from * (std::sin((1 - e) * angle) / s) + to * (std::sin(e * angle) / s);
        focus = toGeo(normalized(mixed));
    } else if (e < 1.0) {
        focus = a.focus;
    }
    // Zoom out on the way, more for longer flights (an angle of 90° halves the zoom at mid-flight).
    const double dip = std::min(1.0, angle / (std::numbers::pi / 2)) * std::log(2.0) * std::sin(std::numbers::pi * e);
    const double log_zoom = std::log(a.zoom) + (std::log(b.zoom) - std::log(a.zoom)) * e - dip;
    // Never smaller than the whole map.
    return {focus, std::max(std::exp(log_zoom), std::min({1.0, a.zoom, b.zoom}))};
}

}  // namespace pm
