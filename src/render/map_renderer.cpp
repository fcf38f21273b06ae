#include "render/map_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <unordered_set>

#include "core/text_metrics.hpp"
#include "render/cached_picture.hpp"
#include "render/gl_state.hpp"
#include "render/glyph_atlas.hpp"
#include "render/map_painter.hpp"
#include "render/render_target.hpp"

namespace pm::render {

namespace {

constexpr int kDefaultTileCap = 4096;
// The basemap is simplified to this many pixels at the scale drawn (see simplify.hpp).
constexpr double kSimplifyPixels = 0.25;
constexpr size_t kCachedLevels = 4;
// Links and rings keep 8 times more detail (1/32 pixel): they are few points, sampled for the view by
// core already, and their anti-aliased edges show every tenth of a pixel.
constexpr int kDataFinerBy = 3;
// MSAA tiles are large: keep the colour samples of one tile under about 256 MB.
constexpr double kMaxTileSampleBytes = 256.0 * 1024 * 1024;

std::unique_ptr<GlyphAtlas> loadAtlas() {
    const std::filesystem::path regular = defaultFontPath(false), bold = defaultFontPath(true);
    std::string problem;
    if (regular.empty() || bold.empty()) {
        problem = "Noto Sans Regular/Bold are not installed (Debian: fonts-noto-core)";
    } else {
        try {
            return std::make_unique<GlyphAtlas>(regular, bold);
        } catch (const std::runtime_error& error) {
            problem = error.what();
        }
    }
    static std::once_flag said;
    std::call_once(said, [&] { std::cerr << "partnermap: " << problem << "; maps are drawn without text\n"; });
    return nullptr;
}

RenderLimits queryLimits() {
    RenderLimits limits;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &limits.max_renderbuffer_size);
    GLint viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    limits.max_viewport_width = viewport[0];
    limits.max_viewport_height = viewport[1];
    glGetIntegerv(GL_MAX_SAMPLES, &limits.max_samples);
    return limits;
}

// Tolerances are powers of two in map units, so that zooming reuses a level for a factor of two. Below
// 32 m nothing of Natural Earth's 1:10m data (points 100 m and more apart) would be dropped: all deeper
// zooms share that level instead of rebuilding the same meshes.
constexpr int kFinestLevel = 5;
int toleranceLevel(double scale) {
    return std::max(kFinestLevel, static_cast<int>(std::floor(std::log2(kSimplifyPixels / scale))));
}

// The finished picture of `framebuffer`, top row first.
Image readImage(GLuint framebuffer, int width, int height) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    Image image(width, height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    if (const GLenum error = glGetError(); error != GL_NO_ERROR)
        throw RenderError("OpenGL error " + std::to_string(error) + " while rendering a frame");
    flipRowsVertically(image);
    return image;
}

// The rectangle of the bound framebuffer a picture is painted into: width x height pixels whose
// lower-left corner is (origin_x, origin_y) in GL's bottom-up rows.
struct PaintArea {
    int width = 0, height = 0;
    int origin_x = 0, origin_y = 0;
};

// Where a playback frame goes: the rectangle (x, y)-(x + width, y + height), y down from the top edge, of
// `framebuffer`, which has `framebuffer_height` rows.
struct LayeredOutput {
    GLuint framebuffer = 0;
    int x = 0, y = 0, width = 0, height = 0;
    int framebuffer_height = 0;
    PaintArea area() const { return {width, height, x, framebuffer_height - (y + height)}; }
};

// Whether the framebuffer bound for drawing can take a playback frame painted straight into it: the
// painter needs an alpha channel as scratch space, and blits cannot write multisampled buffers.
bool canPaintIntoDrawFramebuffer() {
    GLint sample_buffers = 0, draw_buffer = GL_NONE;
    glGetIntegerv(GL_SAMPLE_BUFFERS, &sample_buffers);
    glGetIntegerv(GL_DRAW_BUFFER, &draw_buffer);
    if (sample_buffers != 0 || draw_buffer == GL_NONE) return false;
    // The window's buffers are named GL_BACK or GL_FRONT here, but queried by their left half.
    GLenum attachment = static_cast<GLenum>(draw_buffer);
    if (attachment == GL_BACK) attachment = GL_BACK_LEFT;
    if (attachment == GL_FRONT) attachment = GL_FRONT_LEFT;
    GLint alpha_bits = 0;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, attachment, GL_FRAMEBUFFER_ATTACHMENT_ALPHA_SIZE,
                                          &alpha_bits);
    return glGetError() == GL_NO_ERROR && alpha_bits >= 8;
}

// Playback frames for the window are drawn with the nearest basemap level built (see prepareBasemap);
// exported ones with the level for their scale, built on the spot, so that they do not depend on timing.
enum class LayeredFor { Window, Export };

// What a playback base layer shows besides its transform.
struct BaseLayerKey {
    uint64_t basemap_revision = 0;
    ThemeId theme = ThemeId::Light;
    bool graticule = true;
    int width = 0, height = 0;
    std::unordered_set<std::string> homes, partners;  // highlighted countries

    friend bool operator==(const BaseLayerKey&, const BaseLayerKey&) = default;
};

}  // namespace

// Uploads of one layer simplified for the scales drawn lately, built on first use.
template <typename Layer, typename Meshes>
struct ScaleLevels {
    int finer_by = 0;  // levels below the basemap's tolerance
    std::shared_ptr<const Layer> source;
    std::map<int, std::unique_ptr<Meshes>> levels;

    void set(std::shared_ptr<const Layer> layer) {
        levels.clear();
        source = std::move(layer);
    }

    bool has(double scale) const { return levels.contains(toleranceLevel(scale)); }

    Meshes* forScale(double scale) {
        if (!source) return nullptr;
        const int level = toleranceLevel(scale);
        auto found = levels.find(level);
        if (found != levels.end()) return found->second.get();
        auto meshes = std::make_unique<Meshes>();
        meshes->build(*source, std::ldexp(1.0, level - finer_by));
        return insert(level, std::move(meshes));
    }

    // Meshes and the level they were built for.
    struct Built {
        int level = 0;
        Meshes* meshes = nullptr;
    };

    // The level for `scale` if it is built, else the nearest one built (finer first); builds only when
    // there is none.
    Built nearestBuilt(double scale) {
        const int level = toleranceLevel(scale);
        auto best = levels.end();
        for (auto it = levels.begin(); it != levels.end(); ++it)
            if (best == levels.end() || std::abs(it->first - level) < std::abs(best->first - level)) best = it;
        if (best != levels.end()) return {best->first, best->second.get()};
        return {level, forScale(scale)};
    }

    template <typename Data>
    void adopt(int level, const Data& data) {
        auto meshes = std::make_unique<Meshes>();
        meshes->upload(*source, data);
        insert(level, std::move(meshes));
    }

    Meshes* insert(int level, std::unique_ptr<Meshes> meshes) {
        levels.erase(level);
        if (levels.size() >= kCachedLevels) {
            auto farthest = levels.begin();
            for (auto it = levels.begin(); it != levels.end(); ++it)
                if (std::abs(it->first - level) > std::abs(farthest->first - level)) farthest = it;
            levels.erase(farthest);
        }
        return levels.emplace(level, std::move(meshes)).first->second.get();
    }
};

struct MapRenderer::PreparedBasemap {
    uint64_t basemap_id = 0;
    int level = 0;
    BasemapMeshData data;
};

struct MapRenderer::Impl {
    MapPainter painter;
    RenderLimits limits = queryLimits();
    int samples = 0;
    int max_tile = kDefaultTileCap;
    std::unique_ptr<GlyphAtlas> atlas = loadAtlas();
    GlTexture atlas_texture;
    uint64_t atlas_generation = 0;
    ScaleLevels<BasemapLayer, BasemapMeshes> basemap;
    ScaleLevels<DataLayer, DataMeshes> data{kDataFinerBy, {}, {}};
    OverlayMeshes overlay;
    bool has_overlay = false;
    RenderTarget view_target, export_target, cache_target;
    bool has_cache = false;
    CachedPicture cache;
    ThemeId cache_theme = ThemeId::Light;
    // Playback: the basemap alone (see drawLayered), and what it was drawn for.
    RenderTarget base_target, layered_target;
    std::optional<BaseLayerKey> base_key;
    CachedPicture base;
    int base_level = 0;  // of the basemap meshes the layer was drawn with
    std::optional<std::pair<MapTransform, BaseLayerKey>> last_layered;  // the frame before
    bool base_missed = false;                                           // the layer did not fit the frame before
    uint64_t basemap_revision = 0;
    uint64_t basemap_id = 0;   // the caller's name for the basemap set (see prepareBasemap)
    bool has_layered = false;  // layered_target holds drawLayered's last picture

    explicit Impl(const std::filesystem::path& shader_dir) : painter(shader_dir) {
        glBindTexture(GL_TEXTURE_2D, atlas_texture.get());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 1, 1, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
        glBindTexture(GL_TEXTURE_2D, 0);
    }

    void uploadAtlas() {
        if (!atlas || atlas->generation() == atlas_generation) return;
        glBindTexture(GL_TEXTURE_2D, atlas_texture.get());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas->width(), atlas->height(), 0, GL_RED, GL_UNSIGNED_BYTE,
                     atlas->pixels().data());
        atlas_generation = atlas->generation();
    }

    // The largest square tile this context draws at once.
    int tileSize() const {
        int tile =
            std::min({max_tile, limits.max_renderbuffer_size, limits.max_viewport_width, limits.max_viewport_height});
        const double bytes_per_pixel = 4.0 * std::max(samples, 1);  // RGBA8 per sample
        while (tile > 256 && static_cast<double>(tile) * tile * bytes_per_pixel > kMaxTileSampleBytes) tile /= 2;
        return std::max(tile, 16);
    }

    double overlayScale(const DrawState& state, const OverlayMeshes* overlay_meshes) const {
        if (state.overlay_scale > 0) return state.overlay_scale;
        // As the SVG writer derives it: the overlay's home marker radius over the radius at scale 1.
        if (overlay_meshes) return overlay_meshes->home_marker_radius / homeMarkerRadius(1.0);
        return 1.0;
    }

    void paint(const PaintArea& area, const MapTransform& transform, int tile_x, int tile_y, const DrawState& state,
               BasemapMeshes* basemap_meshes, DataMeshes* data_meshes, const OverlayMeshes* overlay_meshes,
               PaintLayers layers = PaintLayers::All) {
        if (basemap_meshes && data_meshes)
            basemap_meshes->ensureCountries(data_meshes->home_countries, data_meshes->partner_countries);
        Frame frame;
        frame.width = area.width;
        frame.height = area.height;
        frame.origin_x = area.origin_x;
        frame.origin_y = area.origin_y;
        frame.map = transform.panned(-tile_x, -tile_y);
        frame.overlay = MapTransform{1.0, -static_cast<double>(tile_x), -static_cast<double>(tile_y)};
        frame.theme = &theme(state.theme);
        frame.scale = overlayScale(state, overlay_meshes);
        frame.state = &state;
        GLuint link_params = 0;
        if (data_meshes) {
            glActiveTexture(GL_TEXTURE1);
            data_meshes->updateLinkParams(state);
            glActiveTexture(GL_TEXTURE0);
            link_params = data_meshes->link_params.get();
        }
        painter.paint(frame, basemap_meshes, data_meshes, overlay_meshes, atlas_texture.get(), link_params, layers);
    }

    // Frames (renderUploaded, renderLayered) are drawn in one tile.
    void checkFrameSize(int width, int height) const {
        if (width <= 0 || height <= 0 || width > tileSize() || height > tileSize())
            throw RenderError("cannot render a " + std::to_string(width) + "x" + std::to_string(height) +
                              " frame in one piece; the limit is " + std::to_string(tileSize()) + " pixels a side");
    }

    // The key of the base layer for the current uploads: it is drawn again when this changes.
    BaseLayerKey baseKey(const DrawState& state, int width, int height, DataMeshes* data_meshes) const {
        BaseLayerKey key{basemap_revision, state.theme, state.show_graticule, width, height, {}, {}};
        if (data_meshes) {
            key.homes = data_meshes->home_countries;
            key.partners = data_meshes->partner_countries;
        }
        return key;
    }

    // Paints a playback frame into `output`: the base layer, drawn again only when it does not fit, moved
    // and scaled to `current`, then the data and overlay. Returns whether the base was drawn.
    bool paintLayered(const MapTransform& requested, const LayeredOutput& output, const DrawState& state,
                      double max_scaling, LayeredFor use) {
        const int width = output.width, height = output.height;
        const auto [level, basemap_meshes] =
            use == LayeredFor::Export
                ? decltype(basemap)::Built{toleranceLevel(requested.scale), basemap.forScale(requested.scale)}
                : basemap.nearestBuilt(requested.scale);
        DataMeshes* data_meshes = data.forScale(requested.scale);
        const OverlayMeshes* overlay_meshes = has_overlay ? &overlay : nullptr;
        BaseLayerKey key = baseKey(state, width, height, data_meshes);
        // A moving camera takes the layer whatever meshes it was drawn with; at rest it is drawn again
        // once better ones are built.
        const bool same_layer = base_key && *base_key == key && (max_scaling > 1 || base_level == level);
        // The window's camera comes to rest where a flight ends, mostly at the scale it left from: moved by
        // under half a pixel, the whole frame lines up with the layer, which is then copied exactly instead
        // of drawn anew (the hitch on arrival, 45-60 ms at 1920x1080 on llvmpipe).
        MapTransform current = requested;
        bool fits = same_layer && base.fits(current, width, height, max_scaling);
        if (!fits && same_layer && use == LayeredFor::Window && max_scaling <= 1) {
            const std::optional<MapTransform> aligned = base.alignedTo(requested);
            if (aligned && base.fits(*aligned, width, height, max_scaling)) {
                current = *aligned;
                fits = true;
            }
        }
        // A layer that did not fit the frame before either would serve this frame only when the basemap
        // changes every frame (a turning globe) or an exact layer is asked for a moving camera: one pass
        // is cheaper then. A tolerant layer, drawn with a margin, serves the frames that follow.
        const bool basemap_changed = !(last_layered && last_layered->second == key);
        const bool camera_moved = !(last_layered && last_layered->first == requested);
        const bool direct = !fits && base_missed && (basemap_changed || (camera_moved && max_scaling <= 1));
        base_missed = !fits;
        const bool zooming_in = max_scaling > 1 && last_layered && requested.scale > last_layered->first.scale;
        last_layered.emplace(requested, key);
        if (direct) {
            glBindFramebuffer(GL_FRAMEBUFFER, output.framebuffer);
            paint(output.area(), current, 0, 0, state, basemap_meshes, data_meshes, overlay_meshes);
            return true;
        }
        if (!fits) {
            // A moving camera gets room to move before the next redraw, and so does the window's camera at
            // rest: it will start to move, and drawing the layer anew for its first step was a second hitch
            // per flight (45-60 ms at 1920x1080 on llvmpipe) after the one on arrival. A camera zooming in
            // gets the layer drawn ahead of it: the clicker's flight from the overview to the first stop
            // drew 6 layers instead of 11 (frames over 50 ms: 7 instead of 12).
            base = layerFor(current, width, height, max_scaling > 1 || use == LayeredFor::Window,
                            zooming_in ? max_scaling : 1.0);
            const int layer_width = width + 2 * base.margin, layer_height = height + 2 * base.margin;
            base_target.ensure(layer_width, layer_height, 0);
            glBindFramebuffer(GL_FRAMEBUFFER, base_target.drawFramebuffer());
            paint({layer_width, layer_height}, base.transform, -base.margin, -base.margin, state, basemap_meshes,
                  data_meshes, nullptr, PaintLayers::BasemapOnly);
            base_key = std::move(key);
            base_level = level;
        }
        // The layer covers the whole picture (it fits, or was just drawn for it): no clearing needed.
        glBindFramebuffer(GL_FRAMEBUFFER, output.framebuffer);
        blitPicture(base_target.resolve(), base_target.width(), base_target.height(), base.placedAt(current), output.x,
                    output.y, width, height, output.framebuffer_height, current.scale != base.transform.scale);
        glBindFramebuffer(GL_FRAMEBUFFER, output.framebuffer);
        paint(output.area(), current, 0, 0, state, basemap_meshes, data_meshes, overlay_meshes,
              PaintLayers::OverBasemap);
        return !fits;
    }

    // A playback frame into layered_target (single-sampled: blits into multisampled buffers are not
    // allowed), where showLayered and frame export find it.
    bool paintLayeredKept(const MapTransform& current, int width, int height, const DrawState& state,
                          double max_scaling, LayeredFor use) {
        layered_target.ensure(width, height, 0);
        return paintLayered(current, {layered_target.drawFramebuffer(), 0, 0, width, height, height}, state,
                            max_scaling, use);
    }
};

MapRenderer::MapRenderer(const std::filesystem::path& shader_dir) {
    const GlStateGuard guard;
    m_impl = std::make_unique<Impl>(shader_dir);
}

MapRenderer::~MapRenderer() = default;
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;

void MapRenderer::setBasemap(const BasemapLayer& basemap) {
    setBasemap(std::make_shared<const BasemapLayer>(basemap));
}

void MapRenderer::setBasemap(std::shared_ptr<const BasemapLayer> basemap, uint64_t id) {
    ++m_impl->basemap_revision;
    m_impl->basemap_id = id;
    const GlStateGuard guard;
    m_impl->basemap.set(std::move(basemap));
}

std::shared_ptr<const MapRenderer::PreparedBasemap> MapRenderer::prepareBasemap(const BasemapLayer& basemap,
                                                                                uint64_t id, double scale,
                                                                                const CountryHighlight* countries) {
    auto prepared = std::make_shared<PreparedBasemap>();
    prepared->basemap_id = id;
    prepared->level = toleranceLevel(scale);
    const double tolerance = std::ldexp(1.0, prepared->level);
    if (countries) {
        const std::unordered_set<std::string> homes(countries->homes.begin(), countries->homes.end());
        const std::unordered_set<std::string> partners(countries->partners.begin(), countries->partners.end());
        prepared->data = prepareBasemapMeshes(basemap, tolerance, &homes, &partners);
    } else {
        prepared->data = prepareBasemapMeshes(basemap, tolerance);
    }
    return prepared;
}

bool MapRenderer::adoptBasemap(const std::shared_ptr<const PreparedBasemap>& prepared) {
    Impl& impl = *m_impl;
    if (!prepared || prepared->basemap_id == 0 || prepared->basemap_id != impl.basemap_id) return false;
    const GlStateGuard guard;
    impl.basemap.adopt(prepared->level, prepared->data);
    return true;
}

int MapRenderer::basemapLevel(double scale) {
    return toleranceLevel(scale);
}

bool MapRenderer::basemapReadyFor(double scale) const {
    return m_impl->basemap.has(scale);
}

void MapRenderer::setData(const DataLayer& data) {
    const GlStateGuard guard;
    m_impl->data.set(std::make_shared<const DataLayer>(data));
}

void MapRenderer::setOverlay(const MapOverlay& overlay) {
    const GlStateGuard guard;
    m_impl->overlay.build(overlay, m_impl->atlas.get());
    m_impl->uploadAtlas();
    m_impl->has_overlay = true;
}

void MapRenderer::draw(const MapTransform& transform, int framebuffer_width, int framebuffer_height,
                       const DrawState& state) {
    if (framebuffer_width <= 0 || framebuffer_height <= 0) return;
    const GlStateGuard guard;
    Impl& impl = *m_impl;
    impl.view_target.ensure(framebuffer_width, framebuffer_height, impl.samples);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.view_target.drawFramebuffer());
    impl.paint({framebuffer_width, framebuffer_height}, transform, 0, 0, state, impl.basemap.forScale(transform.scale),
               impl.data.forScale(transform.scale), impl.has_overlay ? &impl.overlay : nullptr);
    const GLuint finished = impl.view_target.resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, finished);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
    glBlitFramebuffer(0, 0, framebuffer_width, framebuffer_height, 0, 0, framebuffer_width, framebuffer_height,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void MapRenderer::renderCache(const MapTransform& transform, int width, int height, int margin,
                              const DrawState& state) {
    if (width <= 0 || height <= 0) return;
    const GlStateGuard guard;
    Impl& impl = *m_impl;
    margin = std::max(margin, 0);
    impl.cache_target.ensure(width + 2 * margin, height + 2 * margin, impl.samples);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.cache_target.drawFramebuffer());
    // Drawn like a tile whose origin lies `margin` pixels up and left of the window's.
    impl.paint({width + 2 * margin, height + 2 * margin}, transform, -margin, -margin, state,
               impl.basemap.nearestBuilt(transform.scale).meshes, impl.data.forScale(transform.scale),
               impl.has_overlay ? &impl.overlay : nullptr);
    impl.cache_target.resolve();
    impl.has_cache = true;
    impl.cache = {transform, width, height, margin};
    impl.cache_theme = state.theme;
}

void MapRenderer::drawCache(const MapTransform& current, int x, int y, int width, int height,
                            int framebuffer_height) const {
    const Impl& impl = *m_impl;
    if (!impl.has_cache || width <= 0 || height <= 0) return;
    const GlStateGuard guard;
    const Color background = theme(impl.cache_theme).background;
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
    const int gl_bottom = framebuffer_height - (y + height);
    glEnable(GL_SCISSOR_TEST);  // the clear stays inside the map's rectangle
    glScissor(x, gl_bottom, width, height);
    glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const CachedPicture::Edges edges = impl.cache.placedAt(current);
    blitPicture(impl.cache_target.resolve(), impl.cache_target.width(), impl.cache_target.height(), edges, x, y, width,
                height, framebuffer_height, current.scale != impl.cache.transform.scale);
}

bool MapRenderer::drawLayered(const MapTransform& current, int x, int y, int width, int height, int framebuffer_height,
                              const DrawState& state, double max_base_scaling, LayeredPicture picture) {
    if (width <= 0 || height <= 0) return false;
    const GlStateGuard guard;
    Impl& impl = *m_impl;
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
    if (picture == LayeredPicture::Passing && canPaintIntoDrawFramebuffer()) {
        impl.has_layered = false;
        return impl.paintLayered(current, {guard.drawFramebuffer(), x, y, width, height, framebuffer_height}, state,
                                 max_base_scaling, LayeredFor::Window);
    }
    const bool redrawn = impl.paintLayeredKept(current, width, height, state, max_base_scaling, LayeredFor::Window);
    impl.has_layered = true;
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
    blitPicture(impl.layered_target.resolve(), width, height, {0, 0, double(width), double(height)}, x, y, width,
                height, framebuffer_height, false);
    return redrawn;
}

bool MapRenderer::showLayered(int x, int y, int width, int height, int framebuffer_height) {
    Impl& impl = *m_impl;
    if (!impl.has_layered || impl.layered_target.width() != width || impl.layered_target.height() != height)
        return false;
    const GlStateGuard guard;
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
    blitPicture(impl.layered_target.resolve(), width, height, {0, 0, double(width), double(height)}, x, y, width,
                height, framebuffer_height, false);
    return true;
}

Image MapRenderer::renderLayered(const MapTransform& transform, int width, int height, const DrawState& state) {
    Impl& impl = *m_impl;
    impl.checkFrameSize(width, height);
    const GlStateGuard guard;
    impl.paintLayeredKept(transform, width, height, state, 1.0, LayeredFor::Export);
    impl.has_layered = false;  // the export's size and uploads, not the window's
    return readImage(impl.layered_target.resolve(), width, height);
}

bool MapRenderer::hasCache() const {
    return m_impl->has_cache;
}

MapTransform MapRenderer::cacheTransform() const {
    return m_impl->cache.transform;
}

void MapRenderer::dropCache() {
    m_impl->has_cache = false;
}

Image MapRenderer::renderUploaded(const MapTransform& transform, int width, int height, const DrawState& state) {
    Impl& impl = *m_impl;
    impl.checkFrameSize(width, height);
    const GlStateGuard guard;
    impl.export_target.ensure(width, height, impl.samples);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.export_target.drawFramebuffer());
    impl.paint({width, height}, transform, 0, 0, state, impl.basemap.forScale(transform.scale),
               impl.data.forScale(transform.scale), impl.has_overlay ? &impl.overlay : nullptr);
    return readImage(impl.export_target.resolve(), width, height);
}

// What an export needs between tiles: the scene uploaded once, simplified for the export's scale.
struct TiledExport::State {
    MapRenderer::Impl* renderer = nullptr;
    int width = 0, height = 0, tile = 0, columns = 0, rows = 0, next = 0;
    MapTransform transform;
    DrawState draw_state;
    BasemapMeshes basemap;
    DataMeshes data;
    OverlayMeshes overlay;
    Image tile_image;
};

TiledExport::TiledExport() = default;
TiledExport::~TiledExport() = default;
TiledExport::TiledExport(TiledExport&&) noexcept = default;
TiledExport& TiledExport::operator=(TiledExport&&) noexcept = default;

int TiledExport::width() const {
    return m_state ? m_state->width : 0;
}
int TiledExport::height() const {
    return m_state ? m_state->height : 0;
}
int TiledExport::tileCount() const {
    return m_state ? m_state->columns * m_state->rows : 0;
}
int TiledExport::tilesDone() const {
    return m_state ? m_state->next : 0;
}

void TiledExport::drawNextTile(Image& image) {
    if (finished()) return;
    if (image.width != m_state->width || image.height != m_state->height)
        throw RenderError("the export image must be " + std::to_string(m_state->width) + "x" +
                          std::to_string(m_state->height) + " pixels");
    const GlStateGuard guard;
    State& s = *m_state;
    MapRenderer::Impl& impl = *s.renderer;
    const int x = (s.next % s.columns) * s.tile, y = (s.next / s.columns) * s.tile;
    const int tile_width = std::min(s.tile, s.width - x), tile_height = std::min(s.tile, s.height - y);
    impl.export_target.ensure(std::min(s.tile, s.width), std::min(s.tile, s.height), impl.samples);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.export_target.drawFramebuffer());
    impl.paint({tile_width, tile_height}, s.transform, x, y, s.draw_state, &s.basemap, &s.data, &s.overlay);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl.export_target.resolve());
    if (s.tile_image.width != tile_width || s.tile_image.height != tile_height)
        s.tile_image = Image(tile_width, tile_height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, tile_width, tile_height, GL_RGBA, GL_UNSIGNED_BYTE, s.tile_image.rgba.data());
    if (const GLenum error = glGetError(); error != GL_NO_ERROR)
        throw RenderError("OpenGL error " + std::to_string(error) + " while rendering a " + std::to_string(s.width) +
                          "x" + std::to_string(s.height) + " image");
    flipRowsVertically(s.tile_image);
    blitImage(s.tile_image, image, x, y);
    ++s.next;
}

TiledExport MapRenderer::beginExport(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform,
                                     int width, int height, const DrawState& state) {
    if (width <= 0 || height <= 0)
        throw RenderError("cannot render an image of " + std::to_string(width) + "x" + std::to_string(height) +
                          " pixels; both sides must be at least 1");
    const GlStateGuard guard;
    Impl& impl = *m_impl;
    TiledExport result;
    result.m_state = std::make_unique<TiledExport::State>();
    TiledExport::State& s = *result.m_state;
    s.renderer = &impl;
    s.width = width;
    s.height = height;
    s.tile = impl.tileSize();
    s.columns = (width + s.tile - 1) / s.tile;
    s.rows = (height + s.tile - 1) / s.tile;
    s.transform = transform;
    s.draw_state = state;
    const double tolerance = std::ldexp(1.0, toleranceLevel(transform.scale));
    s.basemap.build(scene.basemap, tolerance);
    s.data.build(scene.data, std::ldexp(tolerance, -kDataFinerBy));
    s.basemap.ensureCountries(s.data.home_countries, s.data.partner_countries);  // the scene may go now
    s.overlay.build(overlay, impl.atlas.get());
    impl.uploadAtlas();
    return result;
}

Image MapRenderer::renderImage(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform, int width,
                               int height, const DrawState& state, const std::function<void(double)>& progress) {
    TiledExport job = beginExport(scene, overlay, transform, width, height, state);
    Image image;
    try {
        image = Image(width, height);
    } catch (const std::bad_alloc&) {
        throw RenderError("not enough memory for a " + std::to_string(width) + "x" + std::to_string(height) +
                          " image (" + std::to_string(static_cast<long long>(width) * height * 4 / (1024 * 1024)) +
                          " MB)");
    }
    while (!job.finished()) {
        job.drawNextTile(image);
        if (progress) progress(static_cast<double>(job.tilesDone()) / job.tileCount());
    }
    return image;
}

void MapRenderer::setMaxTileSize(int pixels) {
    m_impl->max_tile = std::max(pixels, 16);
}

void MapRenderer::setSamples(int samples) {
    m_impl->samples = samples < 2 ? 0 : std::min(samples, m_impl->limits.max_samples);
}

RenderLimits MapRenderer::limits() const {
    return m_impl->limits;
}

int MapRenderer::samples() const {
    return m_impl->samples;
}

}  // namespace pm::render
