#pragma once

#include <memory>
#include <optional>

#include "core/image.hpp"
#include "core/map_view.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

// The inset of a composed map (core/inset_map.hpp), kept for drawing into the map's picture once that
// is drawn (the app draws exports tile by tile over several frames).
struct InsetToDraw {
    std::shared_ptr<const ComposedMap> map;  // laid out at the main map's overlay scale
    LabelRect box;                           // on the picture, whole pixels

    // nullopt when `map` has no inset.
    static std::optional<InsetToDraw> of(const ComposedMap& map);
};

// Draws the inset's own picture with `renderer` (leaving its uploads alone), frames it and pastes it into
// its box of `image`. `state` is the main picture's.
void drawInset(const InsetToDraw& inset, render::MapRenderer& renderer, const render::DrawState& state, Image& image);

}  // namespace pm::app
