#pragma once

#include "core/label_geometry.hpp"
#include "core/vec2.hpp"

namespace pm {

// Map units (metres, y north) to output pixels (y down): pixel = offset + scale * (x, -y).
// Pan and zoom change only this transform, never the scene.
struct MapTransform {
    double scale = 1.0;  // pixels per map unit
    double offset_x = 0.0;
    double offset_y = 0.0;

    LabelPoint toPixel(Vec2 p) const { return {offset_x + p.x * scale, offset_y - p.y * scale}; }
    Vec2 toMap(LabelPoint p) const { return {(p.x - offset_x) / scale, (offset_y - p.y) / scale}; }

    // The whole of `bounds` centred in a width x height viewport with `margin_px` free on each side.
    static MapTransform fit(const Box2& bounds, double width, double height, double margin_px);
    // `scale` pixels per map unit with `map_point` at the centre of a width x height viewport.
    static MapTransform centredOn(Vec2 map_point, double scale, double width, double height) {
        return {scale, width / 2 - map_point.x * scale, height / 2 + map_point.y * scale};
    }
    // Zoomed by `factor` keeping the map point under `pixel` in place.
    MapTransform zoomedAbout(LabelPoint pixel, double factor) const;
    MapTransform panned(double dx_px, double dy_px) const { return {scale, offset_x + dx_px, offset_y + dy_px}; }
    // The same view drawn into an output `factor` times larger (exports, tiles).
    MapTransform scaledOutput(double factor) const { return {scale * factor, offset_x * factor, offset_y * factor}; }

    friend bool operator==(const MapTransform&, const MapTransform&) = default;
};

}  // namespace pm
