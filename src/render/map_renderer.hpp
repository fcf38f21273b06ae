#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/image.hpp"
#include "core/map_overlay.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"
#include "core/theme.hpp"

// Draws a Scene and its MapOverlay with OpenGL 3.3 core so that the picture matches the SVG of the
// same view (core/svg_map.cpp): same draw order, colours, widths, dash patterns, halos and marker radii.
namespace pm::render {

// What may change from frame to frame without uploading anything again.
struct DrawState {
    ThemeId theme = ThemeId::Light;
    // Multiplier of link widths, dashes, marker strokes and halos (= OverlayOptions::scale of the overlay
    // that was laid out). 0: derived from the overlay's marker radius, exactly as the SVG writer does.
    double overlay_scale = 0.0;
    // Partnership index (SceneLink::partnership_index): drawn after all other links, wider, on a halo in
    // Theme::highlight.
    std::optional<size_t> highlighted_link;
    // City id (SceneCity::id): its marker gets a ring in Theme::highlight, drawn above all markers.
    std::string highlighted_city;
    // Timeline/tours, keyed by partnership index; absent keys mean fully drawn and opaque.
    // link_growth: the part of the link drawn from the home city, 0..1 of the geodesic (LinkPiece::fractions).
    // link_opacity: 0..1, multiplies the link's colour alpha.
    std::unordered_map<size_t, float> link_growth;
    std::unordered_map<size_t, float> link_opacity;
    bool show_graticule = true;
    bool show_overlay = true;  // labels, leaders, legend, heading and footer
};

// A shader that fails to compile or link; what() names the file(s) and carries the driver's info log.
class ShaderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Any other GL failure (incomplete framebuffer, out of memory, image too large).
class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Limits of the current context that decide offscreen tiling.
struct RenderLimits {
    int max_renderbuffer_size = 0;
    int max_viewport_width = 0, max_viewport_height = 0;
    int max_samples = 0;
};

class MapRenderer;

// The countries a basemap fills in the home and partner colours (ISO alpha-2), as a data layer names
// them: all a basemap's meshes need of the data.
struct CountryHighlight {
    std::vector<std::string> homes, partners;
    static CountryHighlight of(const DataLayer& data) { return {data.home_countries, data.partner_countries}; }
};

// What becomes of a playback frame (MapRenderer::drawLayered). Kept: drawn into a picture of its own and
// copied into the caller's framebuffer, so that showLayered can show it again (a stop held on screen).
// Passing: shown once (a flight, a growing timeline); painted straight into the caller's framebuffer
// when it has an alpha channel and one sample, which saves a full-size copy (6-7 ms at 1920x1080 on
// llvmpipe), else drawn as Kept.
enum class LayeredPicture { Kept, Passing };

// An offscreen export drawn tile by tile, e.g. one tile per frame in the app so that the window stays
// responsive, with the scene uploaded once. Made by MapRenderer::beginExport; must not outlive that
// renderer; needs its GL context current. Move-only.
class TiledExport {
public:
    TiledExport();
    ~TiledExport();
    TiledExport(TiledExport&&) noexcept;
    TiledExport& operator=(TiledExport&&) noexcept;

    int width() const;
    int height() const;
    int tileCount() const;
    int tilesDone() const;
    bool finished() const { return tilesDone() >= tileCount(); }
    // Draws the next tile and copies it into `image`, which must be width() x height() (the caller owns
    // it, e.g. to encode it on another thread afterwards). Throws RenderError on GL errors.
    void drawNextTile(Image& image);

private:
    friend class MapRenderer;
    struct State;
    std::unique_ptr<State> m_state;
};

// Every method needs the GL 3.3 core context the renderer was created in to be current; every GL
// object is owned (RAII) and freed in the destructor, so destroy the renderer before the context.
// Move-only. Not thread-safe.
class MapRenderer {
public:
    // Compiles the shaders in `shader_dir` (pm::shaderPath("") in the app). Throws ShaderError with the
    // file name and info log, RenderError if the context lacks what is needed. The fonts are Noto Sans
    // Regular and Bold (pm::defaultFontPath); when missing, text is not drawn and one line goes to stderr.
    explicit MapRenderer(const std::filesystem::path& shader_dir);
    ~MapRenderer();
    MapRenderer(MapRenderer&&) noexcept;
    MapRenderer& operator=(MapRenderer&&) noexcept;
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // Upload once per change (projection/detail for the basemap; data, filters, rings for the data
    // layer; every view change that re-lays out labels for the overlay). The renderer keeps no
    // reference to the arguments.
    void setBasemap(const BasemapLayer& basemap);
    // The same without copying: the renderer shares the layer. `id` names it for adoptBasemap (0: none).
    void setBasemap(std::shared_ptr<const BasemapLayer> basemap, uint64_t id = 0);
    void setData(const DataLayer& data);

    // Natural Earth 1:10m takes seconds to simplify and tessellate for a new zoom level; a worker thread
    // prepares it (prepareBasemap needs no GL and is thread-safe) and adoptBasemap uploads the result in
    // milliseconds if it was prepared for the basemap set now, the one named `id` (else it is ignored).
    // `countries` are the ones to highlight (may be null).
    struct PreparedBasemap;
    static std::shared_ptr<const PreparedBasemap> prepareBasemap(const BasemapLayer& basemap, uint64_t id, double scale,
                                                                 const CountryHighlight* countries);
    // Returns whether `prepared` was adopted.
    bool adoptBasemap(const std::shared_ptr<const PreparedBasemap>& prepared);
    // Scales of one level share the basemap's meshes (a factor of two).
    static int basemapLevel(double scale);
    // Whether the basemap has its meshes for `scale` (else renderCache draws with the nearest level built).
    bool basemapReadyFor(double scale) const;
    void setOverlay(const MapOverlay& overlay);

    // Draws the uploaded scene into the currently bound draw framebuffer, rectangle (0,0)-(w,h) in
    // framebuffer pixels. `transform` maps map units to those pixels (y down from the top edge).
    // Renders through an internal framebuffer (multisampled after setSamples) and blits the result; restores the
    // previous framebuffer binding, viewport, blend/depth/stencil/scissor enables, program, VAO and
    // texture bindings, so ImGui can draw on top afterwards. The result is opaque (alpha 1).
    void draw(const MapTransform& transform, int framebuffer_width, int framebuffer_height, const DrawState& state);

    // The interactive view's cache: renderCache draws the uploaded scene once, `margin` pixels larger than
    // the window on every side; drawCache then shows that picture moved and scaled to `current` (pan and
    // zoom while the user drags or scrolls) with a blit, a few milliseconds even on a software
    // rasteriser. What lies beyond the margin shows the theme's background until the next renderCache.
    // Where the basemap has no meshes for `transform.scale` yet, it is drawn with the nearest level it has
    // (see prepareBasemap) rather than stalling the window to build one.
    void renderCache(const MapTransform& transform, int width, int height, int margin, const DrawState& state);
    // Into the rectangle (x, y)-(x + width, y + height) of the bound framebuffer, y down from its top edge;
    // `current` maps map units to pixels of that rectangle, as the cache's transform did.
    void drawCache(const MapTransform& current, int x, int y, int width, int height, int framebuffer_height) const;
    bool hasCache() const;
    // The transform the cache was drawn with.
    MapTransform cacheTransform() const;
    void dropCache();

    // Playback (tours, the timeline), where the data and overlay change every frame and the basemap
    // rarely: the basemap is drawn into a layer of its own only when that layer no longer fits, and each
    // frame copies it and draws the data and overlay over the copy at `current`. The layer fits while the
    // basemap upload, theme, graticule, highlighted countries and size stay the same, it covers the
    // rectangle and its scale is within `max_base_scaling` of current's either way; 1 asks for an exact
    // copy (a camera at rest), a moving camera may take a slightly scaled copy. The layer has a margin for
    // the camera to move in, also when drawn at rest, and a camera coming to rest at the layer's scale is
    // moved by under half a pixel to take it as it is (CachedPicture::alignedTo); a camera zooming in gets
    // its layer drawn as much closer as a copy may be scaled. Into the rectangle
    // (x, y)-(x + width, y + height) of the bound framebuffer, like drawCache. When the layer did not fit
    // the call before either and would not serve the next one (the basemap changes every frame, as on a
    // turning globe, or an exact layer for a moving camera), the whole picture is drawn in one pass and
    // the layer left alone. Where the basemap has no meshes for `current.scale` yet, it is drawn with the
    // nearest level it has, like renderCache, and drawn again once prepareBasemap's level is adopted.
    // Returns whether the basemap was drawn.
    bool drawLayered(const MapTransform& current, int x, int y, int width, int height, int framebuffer_height,
                     const DrawState& state, double max_base_scaling = 1.0,
                     LayeredPicture picture = LayeredPicture::Kept);
    // The same offscreen, read back (frame export): the base layer must fit exactly and is drawn with the
    // meshes for transform.scale, built now if need be. One tile, like renderUploaded.
    Image renderLayered(const MapTransform& transform, int width, int height, const DrawState& state);
    // Shows the last picture drawLayered drew again, if it has this size and was kept. Returns false
    // otherwise.
    bool showLayered(int x, int y, int width, int height, int framebuffer_height);

    // Draws `scene` with `overlay` (laid out for width x height, e.g. composeMap with the view at the
    // export size) offscreen and reads it back: the same picture as writeMapSvg of the same arguments.
    // Tiles the image when it exceeds the context's limits or setMaxTileSize(); `progress` gets the
    // fraction of tiles done (0..1) after each tile. Leaves the uploads of setBasemap/setData/setOverlay
    // untouched. Throws RenderError for sizes <= 0 or when memory runs out.
    Image renderImage(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform, int width,
                      int height, const DrawState& state, const std::function<void(double)>& progress = {});
    // Draws what setBasemap/setData/setOverlay uploaded offscreen and reads it back, without uploading
    // anything again: for frame sequences (tours, the timeline) where only parts change between frames.
    // One tile: width and height must fit the context's limits (RenderError otherwise).
    Image renderUploaded(const MapTransform& transform, int width, int height, const DrawState& state);

    // The same, tile by tile: uploads the scene (simplified for transform.scale) and the overlay now; the
    // scene and overlay may be destroyed afterwards. Tiles follow setMaxTileSize as it is now.
    TiledExport beginExport(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform, int width,
                            int height, const DrawState& state);

    // The largest tile renderImage draws at once (default: min(4096, context limits)); for tests and
    // for machines short of memory. Values < 16 are raised to 16.
    void setMaxTileSize(int pixels);
    RenderLimits limits() const;
    // Multisampling of polygon edges (the offscreen buffers). Default 0: every polygon edge lies under a
    // coast, border or outline stroke, so fills need no anti-aliasing of their own, and on a software
    // rasteriser 4x MSAA triples the frame time. Values < 2 mean off; clamped to GL_MAX_SAMPLES.
    void setSamples(int samples);
    int samples() const;

private:
    friend class TiledExport;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace pm::render
