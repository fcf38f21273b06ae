#include "app/inset_picture.hpp"

#include <cmath>

#include "core/inset_map.hpp"
#include "core/theme.hpp"

namespace pm::app {

std::optional<InsetToDraw> InsetToDraw::of(const ComposedMap& map) {
    if (!map.inset || !map.overlay_options.inset_box) return std::nullopt;
    return InsetToDraw{map.inset, *map.overlay_options.inset_box};
}

void drawInset(const InsetToDraw& inset, render::MapRenderer& renderer, const render::DrawState& state, Image& image) {
    const ComposedMap& map = *inset.map;
    Image picture =
        renderer.renderImage(map.scene, map.overlay, map.transform, static_cast<int>(std::lround(inset.box.width())),
                             static_cast<int>(std::lround(inset.box.height())), state);
    const Color stroke = theme(state.theme).panel_stroke;
    const uint8_t rgba[4] = {stroke.r, stroke.g, stroke.b, 255};
    paintBorder(picture, insetFrameWidth(map.overlay_options.scale), rgba);
    blitImage(picture, image, static_cast<int>(std::lround(inset.box.x0)), static_cast<int>(std::lround(inset.box.y0)));
}

}  // namespace pm::app
