#include "core/map_navigator.hpp"

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 256.0;

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

}  // namespace

void MapNavigator::setViewport(double width, double height, double heading) {
    width = std::max(width, 1.0);
    height = std::max(height, 1.0);
    if (width == m_width && height == m_height && heading == m_heading) return;
    // Keep the map point at the centre in the centre, at the same zoom.
    const double old_zoom = zoom();
    const Vec2 centre = m_transform.toMap({m_width / 2, m_height / 2});
    m_width = width;
    m_height = height;
    m_heading = heading;
    if (m_bounds.empty()) return;
    const MapTransform fit_now = fitted();
    m_transform.scale = fit_now.scale * old_zoom;
    centreOn(centre);
}

void MapNavigator::setBounds(const Box2& bounds) {
    const bool same = !m_bounds.empty() && bounds.min.x == m_bounds.min.x && bounds.min.y == m_bounds.min.y &&
                      bounds.max.x == m_bounds.max.x && bounds.max.y == m_bounds.max.y;
    m_bounds = bounds;
    if (!same) fit();
}

MapTransform MapNavigator::fitted() const {
    if (m_bounds.empty()) return {};
    const double margin = 0.02 * std::min(m_width, m_height);
    return MapTransform::fit(m_bounds, m_width, std::max(m_height - m_heading, 1.0), margin).panned(0, m_heading);
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
    m_transform.offset_x = m_width / 2 - map_point.x * m_transform.scale;
    m_transform.offset_y = m_height / 2 + map_point.y * m_transform.scale;
    clamp();
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
    m_transform = interpolateTransform(m_flight->from, m_flight->to, t, m_width, m_height);
    return true;
}

void MapNavigator::clamp() {
    if (m_bounds.empty()) return;
    // The map's centre may not leave the window: some of the map is always in view.
    const LabelPoint min_px = m_transform.toPixel({m_bounds.min.x, m_bounds.max.y});
    const LabelPoint max_px = m_transform.toPixel({m_bounds.max.x, m_bounds.min.y});
    const double keep = 0.25;  // of the window that the map must still cover
    if (max_px.x < m_width * keep) m_transform.offset_x += m_width * keep - max_px.x;
    if (min_px.x > m_width * (1 - keep)) m_transform.offset_x -= min_px.x - m_width * (1 - keep);
    if (max_px.y < m_height * keep) m_transform.offset_y += m_height * keep - max_px.y;
    if (min_px.y > m_height * (1 - keep)) m_transform.offset_y -= min_px.y - m_height * (1 - keep);
}

MapTransform interpolateTransform(const MapTransform& a, const MapTransform& b, double t, double width, double height) {
    const double e = easeInOut(t);
    const Vec2 ca = a.toMap({width / 2, height / 2});
    const Vec2 cb = b.toMap({width / 2, height / 2});
    const Vec2 centre{ca.x + (cb.x - ca.x) * e, ca.y + (cb.y - ca.y) * e};
    const double scale = std::exp(std::log(a.scale) + (std::log(b.scale) - std::log(a.scale)) * e);
    return {scale, width / 2 - centre.x * scale, height / 2 + centre.y * scale};
}

}  // namespace pm
