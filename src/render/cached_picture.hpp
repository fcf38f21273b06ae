#pragma once

#include <glad/gl.h>

#include <optional>

#include "core/map_transform.hpp"

// Where a picture drawn at one transform lands when the view has moved to another. The app's drag cache
// and the playback base layer show their last picture moved and scaled by a blit until they draw again.
namespace pm::render {

struct CachedPicture {
    MapTransform transform;     // map units to pixels of the view rectangle when it was drawn
    int width = 0, height = 0;  // the view rectangle
    int margin = 0;             // drawn this many pixels beyond it on every side

    struct Edges {
        double left = 0, top = 0, right = 0, bottom = 0;  // pixels of the view rectangle, y down
    };
    // The picture's edges (margin included) under `current`.
    Edges placedAt(const MapTransform& current) const;
    // Whether under `current` the picture covers the whole width x height view and is scaled by at most
    // `max_scaling` either way. max_scaling <= 1 asks for an exact copy: the same scale, moved by whole
    // pixels.
    bool fits(const MapTransform& current, int view_width, int view_height, double max_scaling) const;
    // `current` moved by at most half a pixel either way, and scaled by a millionth at most, so that the
    // picture lands on whole pixels of it; nullopt when the scales differ more. A camera coming to rest
    // near where the picture was drawn can then take it as it is instead of drawing it anew.
    std::optional<MapTransform> alignedTo(const MapTransform& current) const;
};

// The layer to draw for a camera at `current` over a width x height view. `margin`: a tenth of the view
// on every side, room for the camera to move. `ahead` > 1, for a camera zooming in: drawn that much
// closer (about the view's centre) and that much larger, so that one layer serves the zoom from a copy
// scaled down by `ahead` to one scaled up by it, and costs more only by its larger fills (it shows the
// same part of the map).
CachedPicture layerFor(const MapTransform& current, int width, int height, bool margin, double ahead);

// Copies `source` (source_width x source_height pixels, the picture with its margin) so that it lands
// on `edges` of the target rectangle whose top-left corner is (x, y), width x height, in the bound draw
// framebuffer of `framebuffer_height` rows (GL's rows run bottom-up), writing only inside that
// rectangle. Scaled copies are filtered linearly. Leaves the scissor test changed (callers hold a
// GlStateGuard).
void blitPicture(GLuint source, int source_width, int source_height, const CachedPicture::Edges& edges, int x, int y,
                 int width, int height, int framebuffer_height, bool scaled);

}  // namespace pm::render
