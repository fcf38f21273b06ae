#include "app/map_drag.hpp"

namespace pm::app {

MapDrag::Step MapDrag::update(bool over_map, bool pressed, bool down, double dx, double dy) {
    if (m_dragging && !down) m_dragging = false;
    if (pressed && over_map) {
        m_dragging = true;
        return {};  // the move came before the press
    }
    if (!m_dragging) return {};
    return {dx, dy};
}

}  // namespace pm::app
