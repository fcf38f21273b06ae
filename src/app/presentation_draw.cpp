#include "app/presentation_draw.hpp"

namespace pm::app {

render::DrawState drawStateOf(const PresentationFrame& frame) {
    render::DrawState state;
    state.theme = frame.theme;
    state.overlay_scale = frame.map.overlay_options.scale;
    state.highlighted_link = frame.highlighted_link;
    for (const auto& [index, look] : frame.link_appearance) {
        if (look.growth < 1.0f) state.link_growth[index] = look.growth;
        if (look.opacity < 1.0f) state.link_opacity[index] = look.opacity;
    }
    return state;
}

}  // namespace pm::app
