#include "render/map_painter.hpp"

#include <algorithm>
#include <cmath>

#include "render/glyph_atlas.hpp"

namespace pm::render {

namespace {

// Drawing a segment costs the software rasteriser about as much as filling this many pixels.
constexpr double kCoverPixelsPerSegment = 64;
// shaders/line.frag's u_mode.
constexpr int kLineCoverage = 0, kLineDirect = 1;

void setColor(GLint location, Color color) {
    glUniform4f(location, color.r / 255.0f, color.g / 255.0f, color.b / 255.0f, color.a / 255.0f);
}

// Premultiplied colour over the picture; alpha, the coverage scratch space, is left alone.
void blendPremultiplied() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
}

// The colouring step of a coverage group (see beginCoverage): a fragment paints its colour by the
// coverage left in alpha and sets alpha back to 1, so later fragments on the same pixel paint nothing.
void blendByCoverage() {
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_ONE_MINUS_DST_ALPHA, GL_DST_ALPHA, GL_ONE, GL_ZERO);
}

PixelRect unite(const PixelRect& a, const PixelRect& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

PixelRect clampRect(double x0, double y0, double x1, double y1, int width, int height) {
    const auto clampTo = [](double v, int limit) {
        return static_cast<int>(std::clamp(v, 0.0, static_cast<double>(limit)));
    };
    return {clampTo(std::floor(x0), width), clampTo(std::floor(y0), height), clampTo(std::ceil(x1), width),
            clampTo(std::ceil(y1), height)};
}

// SVG repeats an odd dash list to make it even; the shader takes up to two on/off pairs.
DashPattern dashPattern(std::vector<double> dash) {
    if (dash.size() % 2 == 1) dash.insert(dash.end(), dash.begin(), dash.end());
    if (dash.size() > 4) dash.resize(4);
    DashPattern pattern;
    double period = 0;
    for (size_t i = 0; i < dash.size(); ++i) {
        pattern.lengths[i] = static_cast<float>(dash[i]);
        period += dash[i];
    }
    if (period > 0) {
        pattern.count = static_cast<int>(dash.size());
        pattern.period = static_cast<float>(period);
    }
    return pattern;
}

Stroke linkStroke(const Theme& theme, size_t type_index, PartnershipStatus status, double scale) {
    const LinkStyle style = theme.linkStyle(type_index, status);
    Stroke stroke{style.color, style.width_px * scale, style.dash_px, true};
    for (double& length : stroke.dash) length *= scale;
    return stroke;
}

Stroke ringStroke(const Theme& theme, double scale) {
    return {theme.ring, 1.1 * scale, {5 * scale, 4 * scale}, false};
}

}  // namespace

PixelRect pixelRect(const Box2& bounds, const MapTransform& transform, double margin, int width, int height) {
    if (bounds.empty()) return {};
    const LabelPoint a = transform.toPixel(bounds.min), b = transform.toPixel(bounds.max);
    return clampRect(std::min(a.x, b.x) - margin, std::min(a.y, b.y) - margin, std::max(a.x, b.x) + margin,
                     std::max(a.y, b.y) + margin, width, height);
}

MapPainter::MapPainter(const std::filesystem::path& shader_dir)
    : m_line(shader_dir, "line", "line"),
      m_line_dashed(shader_dir, "line", "line", "#define DASHED\n"),
      m_line_cover(shader_dir, "line", "line", "#define COVER\n"),
      m_fill(shader_dir, "fill", "solid"),
      m_cover(shader_dir, "cover", "solid"),
      m_shape(shader_dir, "shape", "shape"),
      m_text(shader_dir, "text", "text"),
      m_text_halo(shader_dir, "text", "text", "#define HALO\n"),
      m_text_cover(shader_dir, "text", "text", "#define COVER\n") {
    for (ShaderProgram* text : {&m_text, &m_text_halo, &m_text_cover}) {
        text->use();
        glUniform1i(text->uniform("u_atlas"), 0);
    }
    for (ShaderProgram* line : {&m_line, &m_line_dashed, &m_line_cover}) {
        line->use();
        glUniform1i(line->uniform("u_link_params"), 1);
    }
    glUseProgram(0);
}

void MapPainter::setTransform(ShaderProgram& program, const Frame& frame, const MapTransform& transform) {
    // The map point at the viewport centre, split like the vertices (see mesh_data.hpp).
    const LabelPoint centre{frame.width / 2.0, frame.height / 2.0};
    const SplitPosition reference = splitPosition(transform.toMap(centre));
    glUniform2f(program.uniform("u_ref_hi"), reference.hi[0], reference.hi[1]);
    glUniform2f(program.uniform("u_ref_lo"), reference.lo[0], reference.lo[1]);
    glUniform2f(program.uniform("u_ref_px"), static_cast<float>(centre.x), static_cast<float>(centre.y));
    glUniform1f(program.uniform("u_scale"), static_cast<float>(transform.scale));
    glUniform2f(program.uniform("u_viewport"), static_cast<float>(frame.width), static_cast<float>(frame.height));
}

void MapPainter::cover(const Frame& frame, const PixelRect& rect, Color color) {
    m_cover.use();
    glUniform2f(m_cover.uniform("u_viewport"), static_cast<float>(frame.width), static_cast<float>(frame.height));
    glUniform4f(m_cover.uniform("u_rect"), static_cast<float>(rect.x0), static_cast<float>(rect.y0),
                static_cast<float>(rect.x1), static_cast<float>(rect.y1));
    setColor(m_cover.uniform("u_color"), color);
    glBindVertexArray(m_empty_vao.get());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

// Lines and halos of one colour are drawn as coverage into alpha, then coloured in one step: a pixel
// touched by several segments of a group is painted once, like one SVG path, so joins of translucent or
// hairline strokes do not darken. Alpha holds 1 - coverage, combined with MIN; it is 1 everywhere
// outside a group, because every other blend leaves it alone and the cover step sets it back to 1.
void MapPainter::beginCoverage(const Frame& frame, const PixelRect& rect) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(frame.origin_x + rect.x0, frame.origin_y + frame.height - rect.y1, rect.x1 - rect.x0, rect.y1 - rect.y0);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    glEnable(GL_BLEND);
    glBlendEquation(GL_MIN);
}

void MapPainter::endCoverage(const Frame& frame, const PixelRect& rect, Color color) {
    blendByCoverage();
    cover(frame, rect, color.withAlpha(255));
    glDisable(GL_SCISSOR_TEST);
}

void MapPainter::fillPolygons(const Frame& frame, const GpuFills& fills, const std::vector<const FillRange*>& ranges,
                              Color color) {
    PixelRect rect;
    for (const FillRange* range : ranges)
        if (!range->empty()) rect = unite(rect, pixelRect(range->bounds, frame.map, 1, frame.width, frame.height));
    if (rect.empty()) return;
    if (color.a == 255) {
        // The same pixels as blending (alpha, scratch space for coverage, is 1 outside coverage passes),
        // but the software rasteriser need not read the framebuffer: ocean, land and country fills of a
        // 1920x1080 globe took 15 ms instead of 21.
        glDisable(GL_BLEND);
    } else {
        glEnable(GL_BLEND);
        glBlendEquation(GL_FUNC_ADD);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
    }
    m_fill.use();
    setTransform(m_fill, frame, frame.map);
    setColor(m_fill.uniform("u_color"), color);
    for (const FillRange* range : ranges) fills.draw(*range);
}

// Uniforms a variant does not use were removed by its compiler; setting them is a no-op.
void MapPainter::useLineProgram(ShaderProgram& program, const Frame& frame, const MapTransform& transform,
                                const Stroke& stroke, const DashPattern& dash, GLuint link_params) {
    program.use();
    glUniform1i(program.uniform("u_mode"), stroke.exact_joins ? kLineCoverage : kLineDirect);
    setTransform(program, frame, transform);
    glUniform1f(program.uniform("u_width"), static_cast<float>(stroke.width));
    glUniform1i(program.uniform("u_round_caps"), stroke.round_caps ? 1 : 0);
    glUniform1i(program.uniform("u_dash_count"), dash.count);
    glUniform1fv(program.uniform("u_dash"), 4, dash.lengths);
    glUniform1f(program.uniform("u_dash_period"), dash.period);
    setColor(program.uniform("u_color"), stroke.color);
    glUniform1i(program.uniform("u_use_link_params"), link_params != 0 ? 1 : 0);
    if (link_params != 0) {
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, link_params);
        glActiveTexture(GL_TEXTURE0);
    }
}

void MapPainter::strokeLines(const Frame& frame, const MapTransform& transform, const GpuLines& lines,
                             const std::vector<const LineRange*>& ranges, const Stroke& stroke, GLuint link_params) {
    PixelRect rect;
    for (const LineRange* range : ranges)
        if (!range->empty())
            rect = unite(rect, pixelRect(range->bounds, transform, stroke.width / 2 + 2, frame.width, frame.height));
    if (rect.empty() || stroke.color.a == 0) return;
    // The colouring step covers either the bounding box (one quad) or the segments again (each pixel is
    // coloured by the first fragment, which resets alpha to 1): whichever touches fewer pixels.
    size_t segments = 0;
    for (const LineRange* range : ranges)
        if (!range->empty()) segments += range->vertex_count - 1;
    const double rect_area = static_cast<double>(rect.x1 - rect.x0) * (rect.y1 - rect.y0);
    const bool cover_segments = rect_area > kCoverPixelsPerSegment * static_cast<double>(segments);
    if (stroke.exact_joins)
        beginCoverage(frame, rect);
    else
        blendPremultiplied();
    const DashPattern dash = dashPattern(stroke.dash);
    useLineProgram(dash.count > 0 ? m_line_dashed : m_line, frame, transform, stroke, dash, link_params);
    for (const LineRange* range : ranges) lines.draw(*range);
    if (!stroke.exact_joins) return;
    if (!cover_segments) {
        endCoverage(frame, rect, stroke.color);
        return;
    }
    blendByCoverage();
    useLineProgram(m_line_cover, frame, transform, stroke, dash, link_params);
    for (const LineRange* range : ranges) lines.draw(*range);
    glDisable(GL_SCISSOR_TEST);
}

void MapPainter::drawShapes(const Frame& frame, const MapTransform& transform, const GpuShapes& shapes, size_t first,
                            size_t count, double half_width, double half_height, double corner_radius,
                            double stroke_width, Color fill, Color stroke) {
    if (count == 0) return;
    m_shape.use();
    setTransform(m_shape, frame, transform);
    glUniform2f(m_shape.uniform("u_half_size"), static_cast<float>(half_width), static_cast<float>(half_height));
    glUniform1f(m_shape.uniform("u_corner_radius"), static_cast<float>(corner_radius));
    glUniform1f(m_shape.uniform("u_stroke_width"), static_cast<float>(stroke_width));
    setColor(m_shape.uniform("u_fill"), fill);
    setColor(m_shape.uniform("u_stroke"), stroke);
    blendPremultiplied();
    shapes.draw(first, count);
}

void MapPainter::useTextProgram(ShaderProgram& program, const Frame& frame) {
    const Theme& theme = *frame.theme;
    const double s = frame.scale;
    // Per TextColorRole: Label, DistanceLabel, Panel, Title, Summary, Footer, YearCounter (svg_map.cpp's
    // writeText calls).
    const Color colors[kTextColorRoles] = {theme.label_text, theme.muted_text, theme.panel_text, theme.title_text,
                                           theme.muted_text, theme.muted_text, theme.title_text};
    const float halo_widths[kTextColorRoles] = {
        static_cast<float>(1.5 * s), static_cast<float>(1.5 * s), 0.0f,
        static_cast<float>(2.0 * s), static_cast<float>(2.0 * s), static_cast<float>(1.5 * s),
        static_cast<float>(4.0 * s)};
    program.use();
    glUniform2f(program.uniform("u_viewport"), static_cast<float>(frame.width), static_cast<float>(frame.height));
    glUniform2f(program.uniform("u_offset"), static_cast<float>(frame.overlay.offset_x),
                static_cast<float>(frame.overlay.offset_y));
    glUniform1f(program.uniform("u_on_edge"), GlyphAtlas::kOnEdge / 255.0f);
    float color_values[kTextColorRoles * 4];
    for (int i = 0; i < kTextColorRoles; ++i) {
        color_values[i * 4 + 0] = colors[i].r / 255.0f;
        color_values[i * 4 + 1] = colors[i].g / 255.0f;
        color_values[i * 4 + 2] = colors[i].b / 255.0f;
        color_values[i * 4 + 3] = colors[i].a / 255.0f;
    }
    glUniform4fv(program.uniform("u_colors"), kTextColorRoles, color_values);
    glUniform1fv(program.uniform("u_halo_widths"), kTextColorRoles, halo_widths);
    glUniform1f(program.uniform("u_halo_alpha"), theme.label_halo.a / 255.0f);
    setColor(program.uniform("u_halo_color"), theme.label_halo);
}

void MapPainter::drawText(const Frame& frame, const OverlayMeshes& overlay, const OverlayMeshes::TextRange& range,
                          bool halo) {
    if (range.count == 0 || !overlay.text_available) return;
    if (halo) {
        const double margin = 2.0 + 2.0 * frame.scale;
        const LabelRect& b = range.bounds;
        const PixelRect rect = clampRect(b.x0 + frame.overlay.offset_x - margin, b.y0 + frame.overlay.offset_y - margin,
                                         b.x1 + frame.overlay.offset_x + margin, b.y1 + frame.overlay.offset_y + margin,
                                         frame.width, frame.height);
        if (rect.empty()) return;
        beginCoverage(frame, rect);
    } else {
        blendPremultiplied();
    }
    useTextProgram(halo ? m_text_halo : m_text, frame);
    overlay.text.draw(range.first, range.count);
    if (!halo) return;
    // Colour the halo through the glyph quads again: far fewer pixels than the bounding box.
    blendByCoverage();
    useTextProgram(m_text_cover, frame);
    overlay.text.draw(range.first, range.count);
    glDisable(GL_SCISSOR_TEST);
}

void MapPainter::paintBasemap(const Frame& frame, const BasemapMeshes& basemap, const DataMeshes* data) {
    const Theme& theme = *frame.theme;
    fillPolygons(frame, basemap.fills, {&basemap.ocean}, theme.ocean);
    if (frame.state->show_graticule)
        strokeLines(frame, frame.map, basemap.lines, {&basemap.graticule}, {theme.graticule, 0.6, {}, false});
    fillPolygons(frame, basemap.fills, {&basemap.land}, theme.land);
    if (data) {  // filled by BasemapMeshes::ensureCountries for this data
        fillPolygons(frame, basemap.country_fills, {&basemap.partner_countries}, theme.partner_country);
        fillPolygons(frame, basemap.country_fills, {&basemap.home_countries}, theme.home_country);
    }
    strokeLines(frame, frame.map, basemap.lines, {&basemap.borders}, {theme.border, 0.6, {}, false});
    strokeLines(frame, frame.map, basemap.lines, {&basemap.coasts}, {theme.coast, 0.5, {}, false});
    strokeLines(frame, frame.map, basemap.lines, {&basemap.outline}, {theme.outline, 1.0, {}, false});
}

void MapPainter::paintData(const Frame& frame, const DataMeshes& data, const OverlayMeshes* overlay,
                           GLuint link_params) {
    const Theme& theme = *frame.theme;
    const DrawState& state = *frame.state;
    const double s = frame.scale;
    strokeLines(frame, frame.map, data.lines, {&data.rings}, ringStroke(theme, s));
    // Each exact group costs a pass over its bounding box; thousands of links are drawn directly, where
    // only the anti-aliased fringes at joins and crossings of one link blend twice.
    const bool exact = data.link_ranges.size() <= kManyLinks;
    for (const DataMeshes::LinkGroup& group : data.link_groups) {
        Stroke stroke = linkStroke(theme, group.type_index, group.status, s);
        stroke.exact_joins = exact;
        strokeLines(frame, frame.map, data.lines, {&group.range}, stroke, link_params);
    }
    if (state.highlighted_link) {
        const auto slot = data.slot_of_partnership.find(*state.highlighted_link);
        if (slot != data.slot_of_partnership.end()) {
            const LineRange& range = data.link_ranges[slot->second];
            Stroke stroke = linkStroke(theme, data.link_type[slot->second], data.link_status[slot->second], s);
            stroke.color = stroke.color.withAlpha(255);
            stroke.width *= 1.6;
            for (double& length : stroke.dash) length *= 1.6;
            const Stroke halo{theme.highlight, stroke.width + 4 * s, {}, true};
            strokeLines(frame, frame.map, data.lines, {&range}, halo, link_params);
            strokeLines(frame, frame.map, data.lines, {&range}, stroke, link_params);
        }
    }
    const double home_radius = overlay ? overlay->home_marker_radius : homeMarkerRadius(s);
    const double partner_radius = overlay ? overlay->partner_marker_radius : partnerMarkerRadius(s);
    drawShapes(frame, frame.map, data.markers, 0, data.partner_markers, partner_radius, partner_radius, partner_radius,
               1.3 * s, theme.city_fill, theme.city_stroke);
    drawShapes(frame, frame.map, data.markers, data.partner_markers, data.home_markers, home_radius, home_radius,
               home_radius, 2.0 * s, theme.home_fill, theme.home_stroke);
    if (!state.highlighted_city.empty()) {
        const auto city = data.visible_cities.find(state.highlighted_city);
        if (city != data.visible_cities.end()) {
            // Found by position among the uploaded centres: the ring is drawn around the marker.
            const bool home = city->second.second == CityRole::Home;
            const double radius = (home ? home_radius : partner_radius) + 3.5 * s;
            GpuShapes ring;
            ring.upload({splitPosition(city->second.first)});
            drawShapes(frame, frame.map, ring, 0, 1, radius, radius, radius, 2.5 * s, theme.highlight.withAlpha(0),
                       theme.highlight);
        }
    }
}

void MapPainter::paintOverlay(const Frame& frame, const OverlayMeshes& overlay) {
    const Theme& theme = *frame.theme;
    const double s = frame.scale;
    strokeLines(frame, frame.overlay, overlay.lines, {&overlay.leaders}, {theme.leader_line, 0.8 * s, {}, false});
    drawText(frame, overlay, overlay.labels, true);
    drawText(frame, overlay, overlay.labels, false);
    if (overlay.legend_box) {
        const LabelRect& box = *overlay.legend_box;
        drawShapes(frame, frame.overlay, overlay.shapes, 0, 1, box.width() / 2, box.height() / 2, 4 * s, 0.8 * s,
                   theme.panel_fill, theme.panel_stroke);
        for (const OverlayMeshes::Swatch& swatch : overlay.swatches) {
            switch (swatch.kind) {
                case LegendRow::Kind::Link:
                    strokeLines(frame, frame.overlay, overlay.lines, {&swatch.range},
                                linkStroke(theme, swatch.type_index, swatch.status, s));
                    break;
                case LegendRow::Kind::Ring:
                    strokeLines(frame, frame.overlay, overlay.lines, {&swatch.range}, ringStroke(theme, s));
                    break;
                case LegendRow::Kind::Home:
                    drawShapes(frame, frame.overlay, overlay.shapes, swatch.shape_index, 1, overlay.home_marker_radius,
                               overlay.home_marker_radius, overlay.home_marker_radius, 2.0 * s, theme.home_fill,
                               theme.home_stroke);
                    break;
                case LegendRow::Kind::Partner:
                    drawShapes(frame, frame.overlay, overlay.shapes, swatch.shape_index, 1,
                               overlay.partner_marker_radius, overlay.partner_marker_radius,
                               overlay.partner_marker_radius, 1.3 * s, theme.city_fill, theme.city_stroke);
                    break;
            }
        }
        drawText(frame, overlay, overlay.legend_text, false);
    }
    drawText(frame, overlay, overlay.heading_and_footer, true);
    drawText(frame, overlay, overlay.heading_and_footer, false);
    for (const OverlayMeshes::Panel& panel : overlay.panels) {
        if (panel.box_visible) {
            const Color fill = panel.translucent ? theme.panel_fill.withAlpha(204) : theme.panel_fill;
            drawShapes(frame, frame.overlay, overlay.shapes, panel.shape_index, 1, panel.box.width() / 2,
                       panel.box.height() / 2, 8 * s, 1.0 * s, fill, theme.panel_stroke);
        }
        drawText(frame, overlay, panel.text, true);
        drawText(frame, overlay, panel.text, false);
    }
}

void MapPainter::paint(const Frame& frame, const BasemapMeshes* basemap, const DataMeshes* data,
                       const OverlayMeshes* overlay, GLuint atlas_texture, GLuint link_params, PaintLayers layers) {
    glViewport(frame.origin_x, frame.origin_y, frame.width, frame.height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_STENCIL_TEST);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    if (layers != PaintLayers::OverBasemap) {
        const Color background = frame.theme->background;
        glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f,
                     1.0f);         // alpha: see beginCoverage
        glEnable(GL_SCISSOR_TEST);  // the clear ignores the viewport
        glScissor(frame.origin_x, frame.origin_y, frame.width, frame.height);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, atlas_texture);

    // The basemap's country fills need the data (which countries), even without drawing it.
    if (basemap && layers != PaintLayers::OverBasemap) paintBasemap(frame, *basemap, data);
    if (layers == PaintLayers::BasemapOnly) data = nullptr;
    if (data) paintData(frame, *data, overlay, link_params);
    if (overlay && frame.state->show_overlay && layers != PaintLayers::BasemapOnly) paintOverlay(frame, *overlay);

    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace pm::render
