#pragma once

#include <optional>

#include "core/camera.hpp"
#include "core/map_transform.hpp"
#include "core/vec2.hpp"

namespace pm {

// Pan, zoom and flights of the interactive map over a fixed scene: only the MapTransform changes.
// Pixels are those of the map's rectangle (y down); the map keeps at least part of itself in view
// and the zoom stays between half and 256 times the fitted overview.
class MapNavigator {
public:
    // The map rectangle's size and the height of the heading at its top that the fitted map leaves free.
    void setViewport(double width, double height, double heading);
    // The scene's outline bounds; the view is fitted when they change.
    void setBounds(const Box2& bounds);
    // The frame the map is fitted into (the viewport below the heading, with the usual margin).
    const MapFrame& frame() const { return m_frame; }

    const MapTransform& transform() const { return m_transform; }
    MapTransform fitted() const;
    double zoom() const;  // relative to the fitted overview

    void fit();
    void setTransform(const MapTransform& transform);
    void pan(double dx_px, double dy_px);
    void zoomAbout(LabelPoint pixel, double factor);
    void centreOn(Vec2 map_point);
    // The current zoom with `map_point` in the middle of the viewport.
    MapTransform centredOn(Vec2 map_point) const;

    // An animated move to `target` over `seconds`; advance() moves the view and returns false once
    // the flight is over. Any pan or zoom by the user ends the flight where it is.
    void flyTo(const MapTransform& target, double now_seconds, double seconds = 1.2);
    bool advance(double now_seconds);
    bool flying() const { return m_flight.has_value(); }

private:
    void clamp();

    struct Flight {
        MapTransform from, to;
        double start = 0, seconds = 1;
    };
    MapFrame m_frame{1, 1, 0, 0};
    Box2 m_bounds;
    MapTransform m_transform;
    std::optional<Flight> m_flight;
};

// Between two views at t in [0, 1] with ease-in-out: the map centre moves linearly, the scale in
// log space, so that zooming feels even.
MapTransform interpolateTransform(const MapTransform& a, const MapTransform& b, double t, double width, double height);

}  // namespace pm
