#pragma once

#include "core/presentation_frame.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

// How a presentation frame's links deviate from normal, for the renderer.
render::DrawState drawStateOf(const PresentationFrame& frame);

}  // namespace pm::app
