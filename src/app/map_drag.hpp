#pragma once

namespace pm::app {

// Dragging the map with the primary button. ImGui 1.86 hands over a frame's pointer move and button
// press together, without their order; taking the move as part of the drag panned the map by the
// pointer's jump whenever it jumped and pressed in one frame: every tap on a touch screen (a kiosk)
// after the first, and a click after a quick move while a frame took long. The move in the frame of
// the press is taken as made before it.
class MapDrag {
public:
    struct Step {
        double dx = 0, dy = 0;  // window units to pan the map by
        bool moves() const { return dx != 0 || dy != 0; }
    };

    // One frame: `pressed`, the button went down in it (ImGuiIO::MouseClicked); `down`, it is held
    // (ImGuiIO::MouseDown); `over_map`, the pointer is over the map; (dx, dy), the pointer's move since
    // the frame before. A drag starts only over the map and goes on wherever the pointer goes.
    Step update(bool over_map, bool pressed, bool down, double dx, double dy);
    bool dragging() const { return m_dragging; }

private:
    bool m_dragging = false;
};

}  // namespace pm::app
