#include "core/map_navigator.hpp"

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 256.0;

}  // namespace

void MapNavigator::setViewport(double width, double height, double heading) {
    const MapFrame frame = mapFrameBelowHeading(std::max(width, 1.0), std::max(height, 1.0), heading);
    if (frame.width == m_frame.width && frame.height == m_frame.height && frame.top == m_frame.top) return;
    // Keep the map point at the centre in the centre, at the same zoom.
    const double old_zoom = zoom();
    const Vec2 centre = m_transform.toMap({m_frame.width / 2, m_frame.height / 2});
    m_frame = frame;
    if (m_bounds.empty()) return;
    m_transform.scale = fitted().scale * old_zoom;
    centreOn(centre);
}

void MapNavigator::setBounds(const Box2& bounds) {
    const bool same = !m_bounds.empty() && bounds.min.x == m_bounds.min.x && bounds.min.y == m_bounds.min.y &&
                      bounds.max.x == m_bounds.max.x && bounds.max.y == m_bounds.max.y;
    m_bounds = bounds;
    if (!same) fit();
}

MapTransform MapNavigator::fitted() const {
    return m_bounds.empty() ? MapTransform{} : fitInFrame(m_bounds, m_frame);
}

double MapNavigator::zoom() const {
    const MapTransform fit_now = fitted();
    return fit_now.scale > 0 ? m_transform.scale / fit_now.scale : 1.0;
}

void MapNavigator::fit() {
    m_flight.reset();
    m_transform = fitted();
}

void MapNavigator::setTransform(const MapTransform& transform) {
    m_transform = transform;
    clamp();
}

void MapNavigator::pan(double dx_px, double dy_px) {
    m_flight.reset();
    m_transform = m_transform.panned(dx_px, dy_px);
    clamp();
}

void MapNavigator::zoomAbout(LabelPoint pixel, double factor) {
    m_flight.reset();
    const double fit_scale = fitted().scale;
    if (fit_scale > 0) {
        const double wanted = std::clamp(m_transform.scale * factor, fit_scale * kMinZoom, fit_scale * kMaxZoom);
        factor = wanted / m_transform.scale;
    }
    m_transform = m_transform.zoomedAbout(pixel, factor);
    clamp();
}

void MapNavigator::centreOn(Vec2 map_point) {
    m_transform = centredOn(map_point);
    clamp();
}

MapTransform MapNavigator::centredOn(Vec2 map_point) const {
    return MapTransform::centredOn(map_point, m_transform.scale, m_frame.width, m_frame.height);
}

void MapNavigator::flyTo(const MapTransform& target, double now_seconds, double seconds) {
    m_flight = Flight{m_transform, target, now_seconds, std::max(seconds, 1e-3)};
}

bool MapNavigator::advance(double now_seconds) {
    if (!m_flight) return false;
    const double t = (now_seconds - m_flight->start) / m_flight->seconds;
    if (t >= 1) {
        m_transform = m_flight->to;
        m_flight.reset();
        clamp();
        return false;
    }
    m_transform = interpolateTransform(m_flight->from, m_flight->to, t, m_frame.width, m_frame.height);
    return true;
}

void MapNavigator::clamp() {
    if (m_bounds.empty()) return;
    // The map may not leave the window: it covers at least a quarter of it either way.
    const double width = m_frame.width, height = m_frame.height;
    const LabelPoint min_px = m_transform.toPixel({m_bounds.min.x, m_bounds.max.y});
    const LabelPoint max_px = m_transform.toPixel({m_bounds.max.x, m_bounds.min.y});
    const double keep = 0.25;
    if (max_px.x < width * keep) m_transform.offset_x += width * keep - max_px.x;
    if (min_px.x > width * (1 - keep)) m_transform.offset_x -= min_px.x - width * (1 - keep);
    if (max_px.y < height * keep) m_transform.offset_y += height * keep - max_px.y;
    if (min_px.y > height * (1 - keep)) m_transform.offset_y -= min_px.y - height * (1 - keep);
}

MapTransform interpolateTransform(const MapTransform& a, const MapTransform& b, double t, double width, double height) {
    const double e = easeInOut(t);
    const Vec2 ca = a.toMap({width / 2, height / 2});
    const Vec2 cb = b.toMap({width / 2, height / 2});
    const Vec2 centre{ca.x + (cb.x - ca.x) * e, ca.y + (cb.y - ca.y) * e};
    const double scale = std::exp(std::log(a.scale) + (std::log(b.scale) - std::log(a.scale)) * e);
    return MapTransform::centredOn(centre, scale, width, height);
}

}  // namespace pm
