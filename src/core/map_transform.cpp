#include "core/map_transform.hpp"

#include <algorithm>

namespace pm {

MapTransform MapTransform::fit(const Box2& bounds, double width, double height, double margin_px) {
    const double usable_w = std::max(1.0, width - 2 * margin_px), usable_h = std::max(1.0, height - 2 * margin_px);
    if (bounds.empty() || bounds.width() <= 0 || bounds.height() <= 0) return {1.0, width / 2, height / 2};
    const double scale = std::min(usable_w / bounds.width(), usable_h / bounds.height());
    const Vec2 centre = bounds.centre();
    return {scale, width / 2 - centre.x * scale, height / 2 + centre.y * scale};
}

MapTransform MapTransform::zoomedAbout(LabelPoint pixel, double factor) const {
    const Vec2 fixed = toMap(pixel);
    MapTransform zoomed{scale * factor, 0, 0};
    zoomed.offset_x = pixel.x - fixed.x * zoomed.scale;
    zoomed.offset_y = pixel.y + fixed.y * zoomed.scale;
    return zoomed;
}

}  // namespace pm
