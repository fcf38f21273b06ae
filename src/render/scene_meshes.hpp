#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/map_overlay.hpp"
#include "core/scene.hpp"
#include "render/gpu_meshes.hpp"
#include "render/map_renderer.hpp"

// The uploaded form of a Scene and a MapOverlay: GPU buffers plus the ranges each draw step needs.
// Colours, widths and dashes are not baked in; the draw step takes them from the theme each frame.
namespace pm::render {

class GlyphAtlas;

// The CPU half of BasemapMeshes: the basemap simplified and tessellated, not yet uploaded. Built without
// GL, so that a worker thread can prepare a finer basemap or a deeper zoom while the window keeps drawing.
struct BasemapMeshData {
    double tolerance = 0;
    FillBuilder fill;
    LineBuilder line;
    FillRange ocean, land;
    LineRange graticule, borders, coasts, outline;
    // Highlighted countries, when the data was known (else BasemapMeshes::ensureCountries builds them).
    std::optional<std::pair<std::unordered_set<std::string>, std::unordered_set<std::string>>> countries;
    FillBuilder country_fill;
    FillRange partner_countries, home_countries;
};

// `homes` and `partners` (ISO alpha-2) may be null: the country fills are then left to ensureCountries.
BasemapMeshData prepareBasemapMeshes(const BasemapLayer& basemap, double tolerance,
                                     const std::unordered_set<std::string>* homes = nullptr,
                                     const std::unordered_set<std::string>* partners = nullptr);

struct BasemapMeshes {
    GpuLines lines;
    GpuFills fills;
    FillRange ocean, land;
    LineRange graticule, borders, coasts, outline;
    size_t failed_polygons = 0;  // that GLU could not tessellate; they stay unfilled

    // Highlighted countries, tessellated only when the data asks for them (a few of 250), by
    // ensureCountries.
    GpuFills country_fills;
    FillRange partner_countries, home_countries;

    // `tolerance` (map units): how far simplified lines and rings may stray from the originals; about a
    // quarter pixel at the scale drawn.
    // Keeps a pointer to `basemap` for ensureCountries: it must outlive these meshes.
    void build(const BasemapLayer& basemap, double tolerance);
    // The same from data prepared (for `basemap`) on another thread.
    void upload(const BasemapLayer& basemap, const BasemapMeshData& data);
    // Uploads the fills of the data's home and partner countries unless they are uploaded already.
    void ensureCountries(const std::unordered_set<std::string>& homes, const std::unordered_set<std::string>& partners);

private:
    const BasemapLayer* m_source = nullptr;
    double m_tolerance = 0;
    std::unordered_set<std::string> m_homes, m_partners;
    bool m_countries_built = false;
};

// Above this many links, drawing favours speed: links are simplified like the basemap (a quarter pixel
// instead of 1/32) and blended one by one instead of as exact coverage groups.
inline constexpr size_t kManyLinks = 1000;

struct DataMeshes {
    GpuLines lines;
    // Links of one style, drawn together: runs of consecutive links in data order (as the SVG draws
    // them), or for very many runs one group per style, muted (ended, suspended) before active.
    struct LinkGroup {
        size_t type_index = 0;
        PartnershipStatus status = PartnershipStatus::Active;
        LineRange range;
    };
    std::vector<LinkGroup> link_groups;
    std::vector<LineRange> link_ranges;  // by link slot (position in DataLayer::links)
    std::vector<size_t> link_type, link_partnership;
    std::vector<PartnershipStatus> link_status;
    std::unordered_map<size_t, uint32_t> slot_of_partnership;
    LineRange rings;

    GpuShapes markers;  // visible partners, then visible homes
    size_t partner_markers = 0, home_markers = 0;
    std::unordered_map<std::string, std::pair<Vec2, CityRole>> visible_cities;

    std::unordered_set<std::string> home_countries, partner_countries;

    // Growth and opacity per link slot (RG32F, 1024 slots per row), refreshed from the DrawState.
    GlTexture link_params{nullptr};
    bool link_params_default = false;

    // Links and rings are simplified like the basemap (`tolerance` in map units).
    void build(const DataLayer& data, double tolerance);
    // Binds the texture to the active texture unit while updating it.
    void updateLinkParams(const DrawState& state);
};

struct OverlayMeshes {
    GpuLines lines;  // in overlay pixels stored as (x, -y)
    LineRange leaders;
    struct Swatch {
        LegendRow::Kind kind = LegendRow::Kind::Link;
        size_t type_index = 0;
        PartnershipStatus status = PartnershipStatus::Active;
        LineRange range;         // Link and Ring rows
        size_t shape_index = 0;  // Home and Partner rows
    };
    std::vector<Swatch> swatches;

    GpuShapes shapes;  // legend box centre (index 0 when there is a legend), marker swatch centres
    std::optional<LabelRect> legend_box;

    GpuText text;
    struct TextRange {
        size_t first = 0, count = 0;
        LabelRect bounds;  // of the glyph quads, for the halo pass
    };
    TextRange labels, legend_text, heading_and_footer;
    struct Panel {
        LabelRect box;
        bool box_visible = true, translucent = false;
        size_t shape_index = 0;  // the box centre in `shapes`
        TextRange text;
    };
    std::vector<Panel> panels;  // presentation panels, drawn last
    bool text_available = false;

    double home_marker_radius = 6.5, partner_marker_radius = 4;

    // `atlas` may be null (no font): then no text is drawn.
    void build(const MapOverlay& overlay, GlyphAtlas* atlas);
};

}  // namespace pm::render
