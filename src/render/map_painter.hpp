#pragma once

#include <filesystem>
#include <vector>

#include "core/map_transform.hpp"
#include "core/theme.hpp"
#include "render/map_renderer.hpp"
#include "render/scene_meshes.hpp"
#include "render/shader_program.hpp"

// The draw steps of one picture, in the order of core/svg_map.cpp. Works on whatever framebuffer is
// bound (it needs an alpha channel: scratch space for line and halo coverage, left at 1).
namespace pm::render {

struct Frame {
    int width = 0, height = 0;  // of the viewport, pixels
    // The viewport's lower-left corner in the bound framebuffer (GL's rows run bottom-up): a frame may be
    // painted into a rectangle of the window. paint() writes nothing outside the viewport.
    int origin_x = 0, origin_y = 0;
    MapTransform map;      // map units to viewport pixels
    MapTransform overlay;  // overlay pixels (stored as (x, -y)) to viewport pixels: the tile origin
    const Theme* theme = nullptr;
    double scale = 1;  // overlay scale: link widths, marker strokes, halos
    const DrawState* state = nullptr;
};

struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // y down
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

struct Stroke {
    Color color;
    double width = 1;
    std::vector<double> dash;  // pixels: on, off, ...; empty = solid
    bool round_caps = false;
    // true: the lines of one call cover each pixel once, like one SVG path (a coverage pass); false: each
    // segment is blended on its own, which is faster for thousands of lines.
    bool exact_joins = true;
};

// A stroke's dashes as shaders/line.frag takes them.
struct DashPattern {
    float lengths[4] = {0, 0, 0, 0};
    int count = 0;  // 0: solid
    float period = 0;
};

// Which steps of the picture paint() draws. Playback draws the basemap once into a layer of its own
// (BasemapOnly) and every frame the data and overlay over a copy of that layer (OverBasemap).
enum class PaintLayers { All, BasemapOnly, OverBasemap };

class MapPainter {
public:
    explicit MapPainter(const std::filesystem::path& shader_dir);

    // The atlas texture (unit 0) must be bound when overlay text is drawn; link parameters (unit 1)
    // come from data.link_params. OverBasemap keeps what the framebuffer holds (alpha must be 1).
    void paint(const Frame& frame, const BasemapMeshes* basemap, const DataMeshes* data, const OverlayMeshes* overlay,
               GLuint atlas_texture, GLuint link_params, PaintLayers layers = PaintLayers::All);

private:
    void fillPolygons(const Frame& frame, const GpuFills& fills, const std::vector<const FillRange*>& ranges,
                      Color color);
    void strokeLines(const Frame& frame, const MapTransform& transform, const GpuLines& lines,
                     const std::vector<const LineRange*>& ranges, const Stroke& stroke, GLuint link_params = 0);
    void drawShapes(const Frame& frame, const MapTransform& transform, const GpuShapes& shapes, size_t first,
                    size_t count, double half_width, double half_height, double corner_radius, double stroke_width,
                    Color fill, Color stroke);
    void drawText(const Frame& frame, const OverlayMeshes& overlay, const OverlayMeshes::TextRange& range, bool halo);

    void paintBasemap(const Frame& frame, const BasemapMeshes& basemap, const DataMeshes* data);
    void paintData(const Frame& frame, const DataMeshes& data, const OverlayMeshes* overlay, GLuint link_params);
    void paintOverlay(const Frame& frame, const OverlayMeshes& overlay);

    void beginCoverage(const Frame& frame, const PixelRect& rect);
    void endCoverage(const Frame& frame, const PixelRect& rect, Color color);
    void cover(const Frame& frame, const PixelRect& rect, Color color);
    void setTransform(ShaderProgram& program, const Frame& frame, const MapTransform& transform);
    void useLineProgram(ShaderProgram& program, const Frame& frame, const MapTransform& transform, const Stroke& stroke,
                        const DashPattern& dash, GLuint link_params);
    void useTextProgram(ShaderProgram& program, const Frame& frame);

    // Variants of one shader file (see ShaderProgram's defines): solid, dashed and colouring lines;
    // text fill, halo coverage and halo colouring.
    ShaderProgram m_line, m_line_dashed, m_line_cover, m_fill, m_cover, m_shape, m_text, m_text_halo, m_text_cover;
    GlVertexArray m_empty_vao;
};

PixelRect pixelRect(const Box2& bounds, const MapTransform& transform, double margin, int width, int height);

}  // namespace pm::render
