#include "core/svg_map.hpp"

#include <algorithm>
#include <optional>

#include "core/inset_map.hpp"
#include "core/number_format.hpp"
#include "core/svg_writer.hpp"

namespace pm {

namespace {

constexpr int kDecimals = 2;

struct Painter {
    SvgWriter& svg;
    const MapTransform& transform;
    const Theme& theme;
    // Before the ids of groups and the classes of links, cities and labels: an inset's ("inset-") are
    // its own, so that one link per partnership stays class "link" and ids stay unique.
    std::string_view prefix = {};
    // Basemap paths wholly outside this box (map units) are left out: an inset (and a zoomed map) would
    // otherwise carry the whole world's coasts.
    std::optional<Box2> cull = std::nullopt;

    std::string named(std::string_view name) const { return std::string(prefix) + std::string(name); }
    bool culled(const std::vector<Vec2>& points) const {
        if (!cull || points.empty()) return false;
        Box2 bounds;
        for (const Vec2& point : points) bounds.add(point);
        return !bounds.overlaps(*cull);
    }

    void addLine(SvgPathBuilder& path, const std::vector<Vec2>& points) const {
        if (culled(points)) return;
        for (size_t i = 0; i < points.size(); ++i) {
            const LabelPoint p = transform.toPixel(points[i]);
            if (i == 0)
                path.moveTo(p.x, p.y);
            else
                path.lineTo(p.x, p.y);
        }
    }
    void addRing(SvgPathBuilder& path, const std::vector<Vec2>& ring) const {
        if (ring.size() < 3 || culled(ring)) return;
        addLine(path, ring);
        path.close();
    }
    void addPolygons(SvgPathBuilder& path, const std::vector<MapPolygon>& polygons) const {
        for (const MapPolygon& polygon : polygons) {
            addRing(path, polygon.exterior);
            for (const MapRing& hole : polygon.holes) addRing(path, hole);
        }
    }
    void fill(const SvgPathBuilder& path, std::string_view css_class, Color color) const {
        if (path.empty()) return;
        SvgAttributes attributes;
        attributes.set("class", css_class).set("fill", color.hex());
        if (color.a != 255) attributes.set("fill-opacity", formatSvgNumber(color.opacity()));
        svg.path(path, attributes);
    }
    void stroke(const SvgPathBuilder& path, std::string_view css_class, Color color, double width,
                const std::vector<double>& dash = {}) const {
        if (path.empty()) return;
        SvgAttributes attributes;
        attributes.set("class", css_class).set("fill", "none").set("stroke", color.hex()).set("stroke-width", width);
        if (color.a != 255) attributes.set("stroke-opacity", formatSvgNumber(color.opacity()));
        if (!dash.empty()) attributes.set("stroke-dasharray", dashText(dash));
        svg.path(path, attributes);
    }
    static std::string dashText(const std::vector<double>& dash) {
        std::string text;
        for (double length : dash) text += (text.empty() ? "" : " ") + formatSvgNumber(length);
        return text;
    }
    SvgPathBuilder newPath() const { return SvgPathBuilder(kDecimals, SvgPathMode::Absolute); }
};

void writeBasemap(const Painter& painter, const Scene& scene, double width, double height) {
    Painter paint = painter;
    Box2 picture;  // in map units, with the 2 px a stroke reaches beyond its path
    picture.add(paint.transform.toMap({-2, -2}));
    picture.add(paint.transform.toMap({width + 2, height + 2}));
    paint.cull = picture;
    const BasemapLayer& basemap = scene.basemap;
    const Theme& theme = paint.theme;
    paint.svg.beginGroup(paint.named("basemap"));
    SvgPathBuilder ocean = paint.newPath();
    paint.addRing(ocean, basemap.outline);
    paint.fill(ocean, "ocean", theme.ocean);

    SvgPathBuilder graticule = paint.newPath();
    for (const MapLine& line : basemap.graticule) paint.addLine(graticule, line);
    paint.stroke(graticule, "graticule", theme.graticule, 0.6);

    SvgPathBuilder land = paint.newPath();
    paint.addPolygons(land, basemap.land);
    paint.fill(land, "land", theme.land);

    SvgPathBuilder partner_countries = paint.newPath(), home_countries = paint.newPath();
    for (const ProjectedCountry& country : basemap.countries) {
        const auto& homes = scene.data.home_countries;
        const auto& partners = scene.data.partner_countries;
        if (std::find(homes.begin(), homes.end(), country.alpha2) != homes.end())
            paint.addPolygons(home_countries, country.polygons);
        else if (std::find(partners.begin(), partners.end(), country.alpha2) != partners.end())
            paint.addPolygons(partner_countries, country.polygons);
    }
    paint.fill(partner_countries, "country partner", theme.partner_country);
    paint.fill(home_countries, "country home", theme.home_country);

    SvgPathBuilder borders = paint.newPath();
    for (const MapLine& line : basemap.borders) paint.addLine(borders, line);
    paint.stroke(borders, "borders", theme.border, 0.6);

    SvgPathBuilder coasts = paint.newPath();
    for (const MapLine& line : basemap.coastlines) paint.addLine(coasts, line);
    paint.stroke(coasts, "coast", theme.coast, 0.5);
    paint.svg.endGroup();

    SvgPathBuilder outline = paint.newPath();
    paint.addRing(outline, basemap.outline);
    paint.stroke(outline, "outline", theme.outline, 1.0);
}

void writeRings(const Painter& paint, const Scene& scene, double scale) {
    paint.svg.beginGroup("rings");
    for (const SceneRing& ring : scene.data.rings) {
        SvgPathBuilder path = paint.newPath();
        for (const MapLine& line : ring.lines) paint.addLine(path, line);
        if (path.empty()) continue;
        SvgAttributes attributes;
        attributes.set("class", "ring")
            .set("data-home", ring.home_id)
            .set("data-radius-km", ring.radius_km)
            .set("fill", "none")
            .set("stroke", paint.theme.ring.hex())
            .set("stroke-opacity", formatSvgNumber(paint.theme.ring.opacity()))
            .set("stroke-width", 1.1 * scale)
            .set("stroke-dasharray", Painter::dashText({5 * scale, 4 * scale}));
        paint.svg.path(path, attributes);
    }
    paint.svg.endGroup();
}

void addLinkStroke(SvgAttributes& attributes, const LinkStyle& style, double scale) {
    attributes.set("fill", "none")
        .set("stroke", style.color.hex())
        .set("stroke-width", style.width_px * scale)
        .set("stroke-linecap", "round")
        .set("stroke-linejoin", "round");
    if (style.color.a != 255) attributes.set("stroke-opacity", formatSvgNumber(style.color.opacity()));
    if (!style.dash_px.empty()) {
        std::vector<double> dash = style.dash_px;
        for (double& length : dash) length *= scale;
        attributes.set("stroke-dasharray", Painter::dashText(dash));
    }
}

void writeLinks(const Painter& paint, const Scene& scene, double scale) {
    paint.svg.beginGroup(paint.named("links"));
    for (const SceneLink& link : scene.data.links) {
        SvgPathBuilder path = paint.newPath();
        for (const LinkPiece& piece : link.pieces) paint.addLine(path, piece.points);
        if (path.empty()) continue;
        SvgAttributes attributes;
        attributes.set("class", paint.named("link"))
            .set("data-home", link.home_id)
            .set("data-partner", link.partner_id)
            .set("data-type", link.type_id)
            .set("data-status", statusId(link.status))
            .set("data-distance-km", formatFixed(link.distance_km, 3));
        if (link.since) attributes.set("data-since", std::to_string(*link.since));
        addLinkStroke(attributes, paint.theme.linkStyle(link.type_index, link.status), scale);
        paint.svg.path(path, attributes);
    }
    paint.svg.endGroup();
}

void writeCities(const Painter& paint, const Scene& scene, const MapOverlay& overlay, double scale) {
    paint.svg.beginGroup(paint.named("cities"));
    // Partners first so that home markers sit on top.
    for (CityRole role : {CityRole::Partner, CityRole::Home})
        for (const SceneCity& city : scene.data.cities) {
            if (city.role != role || !city.visible) continue;
            const LabelPoint p = paint.transform.toPixel(city.projected);
            const bool home = role == CityRole::Home;
            SvgAttributes attributes;
            attributes.set("class", paint.named("city"))
                .set("data-id", city.id)
                .set("data-name", city.name_de)
                .set("data-role", home ? "home" : "partner")
                .set("fill", (home ? paint.theme.home_fill : paint.theme.city_fill).hex())
                .set("stroke", (home ? paint.theme.home_stroke : paint.theme.city_stroke).hex())
                .set("stroke-width", (home ? 2.0 : 1.3) * scale);
            paint.svg.circle(p.x, p.y, home ? overlay.home_marker_radius : overlay.partner_marker_radius, attributes);
        }
    paint.svg.endGroup();
}

const char* textAnchor(TextAlign align) {
    switch (align) {
        case TextAlign::Start:
            return "start";
        case TextAlign::Middle:
            return "middle";
        case TextAlign::End:
            return "end";
    }
    return "start";
}

void writeText(SvgWriter& svg, const OverlayText& text, std::string_view css_class, Color color, Color halo,
               double halo_px) {
    SvgAttributes attributes;
    attributes.set("class", css_class).set("font-size", text.font_px).set("fill", color.hex());
    if (text.align != TextAlign::Start) attributes.set("text-anchor", textAnchor(text.align));
    if (text.bold) attributes.set("font-weight", "bold");
    if (halo_px > 0) {
        attributes.set("stroke", halo.hex())
            .set("stroke-width", halo_px)
            .set("stroke-linejoin", "round")
            .set("paint-order", "stroke");
        if (halo.a != 255) attributes.set("stroke-opacity", formatSvgNumber(halo.opacity()));
    }
    if (!text.ref.empty()) attributes.set("data-ref", text.ref);
    svg.text(text.origin.x, text.origin.y, text.text, attributes);
}

void writeLabels(const Painter& paint, const MapOverlay& overlay, double scale) {
    paint.svg.beginGroup(paint.named("labels"));
    if (!overlay.inset_outline.empty()) {
        SvgPathBuilder outline = paint.newPath();
        for (size_t i = 0; i < overlay.inset_outline.size(); ++i) {
            const LabelPoint& p = overlay.inset_outline[i];
            if (i == 0)
                outline.moveTo(p.x, p.y);
            else
                outline.lineTo(p.x, p.y);
        }
        outline.close();
        paint.stroke(outline, "inset-outline", paint.theme.leader_line, 0.8 * scale);
    }
    for (const LabelLeader& leader : overlay.leaders) {
        SvgAttributes attributes;
        attributes.set("class", "leader").set("stroke", paint.theme.leader_line.hex()).set("stroke-width", 0.8 * scale);
        paint.svg.line(leader.from.x, leader.from.y, leader.to.x, leader.to.y, attributes);
    }
    for (const OverlayText& label : overlay.labels) {
        const bool distance = label.role == TextRole::DistanceLabel;
        writeText(paint.svg, label, paint.named(distance ? "label distance" : "label"),
                  distance ? paint.theme.muted_text : paint.theme.label_text, paint.theme.label_halo, 3.0 * scale);
    }
    paint.svg.endGroup();
}

void writeLegend(const Painter& paint, const MapOverlay& overlay, double scale) {
    if (!overlay.legend) return;
    const LegendBox& legend = *overlay.legend;
    const Theme& theme = paint.theme;
    paint.svg.beginGroup("legend");
    SvgAttributes box;
    box.set("class", "legend-box")
        .set("fill", theme.panel_fill.hex())
        .set("fill-opacity", formatSvgNumber(theme.panel_fill.opacity()))
        .set("stroke", theme.panel_stroke.hex())
        .set("stroke-width", 0.8 * scale)
        .set("rx", 4 * scale);
    paint.svg.rect(legend.box.x0, legend.box.y0, legend.box.width(), legend.box.height(), box);
    writeText(paint.svg, legend.title, "legend-title", theme.panel_text, theme.panel_fill, 0);
    for (const LegendRow& row : legend.rows) {
        const double y = (row.swatch.y0 + row.swatch.y1) / 2;
        const LabelPoint centre = row.swatch.center();
        if (row.kind == LegendRow::Kind::Link) {
            SvgAttributes attributes;
            attributes.set("class", "legend-swatch");
            addLinkStroke(attributes, theme.linkStyle(row.type_index, row.status), scale);
            paint.svg.line(row.swatch.x0, y, row.swatch.x1, y, attributes);
        } else if (row.kind == LegendRow::Kind::Ring) {
            SvgAttributes attributes;
            attributes.set("class", "legend-swatch")
                .set("stroke", theme.ring.hex())
                .set("stroke-width", 1.1 * scale)
                .set("stroke-dasharray", Painter::dashText({5 * scale, 4 * scale}));
            paint.svg.line(row.swatch.x0, y, row.swatch.x1, y, attributes);
        } else {
            const bool home = row.kind == LegendRow::Kind::Home;
            SvgAttributes attributes;
            attributes.set("class", "legend-swatch")
                .set("fill", (home ? theme.home_fill : theme.city_fill).hex())
                .set("stroke", (home ? theme.home_stroke : theme.city_stroke).hex())
                .set("stroke-width", (home ? 2.0 : 1.3) * scale);
            paint.svg.circle(centre.x, centre.y, home ? overlay.home_marker_radius : overlay.partner_marker_radius,
                             attributes);
        }
        writeText(paint.svg, row.text, "legend-text", theme.panel_text, theme.panel_fill, 0);
    }
    paint.svg.endGroup();
}

void writeHeadingAndFooter(const Painter& paint, const MapOverlay& overlay, double scale) {
    const Theme& theme = paint.theme;
    if (!overlay.heading.empty()) {
        paint.svg.beginGroup(paint.named("heading"));
        for (const OverlayText& text : overlay.heading)
            writeText(paint.svg, text, paint.named(text.role == TextRole::Title ? "title" : "summary"),
                      text.role == TextRole::Title ? theme.title_text : theme.muted_text, theme.label_halo,
                      4.0 * scale);
        paint.svg.endGroup();
    }
    if (!overlay.footer.empty()) {
        paint.svg.beginGroup(paint.named("footer"));
        for (const OverlayText& text : overlay.footer)
            writeText(paint.svg, text, paint.named("attribution"), theme.muted_text, theme.label_halo, 3.0 * scale);
        paint.svg.endGroup();
    }
}

void writePanels(const Painter& paint, const MapOverlay& overlay, double scale) {
    if (overlay.panels.empty()) return;
    const Theme& theme = paint.theme;
    paint.svg.beginGroup("panels");
    for (const OverlayPanel& panel : overlay.panels) {
        if (panel.box_visible) {
            SvgAttributes box;
            box.set("class", "panel")
                .set("fill", theme.panel_fill.hex())
                .set("fill-opacity", formatSvgNumber(panel.translucent ? 0.8 : theme.panel_fill.opacity()))
                .set("stroke", theme.panel_stroke.hex())
                .set("stroke-width", scale)
                .set("rx", 8 * scale);
            paint.svg.rect(panel.box.x0, panel.box.y0, panel.box.width(), panel.box.height(), box);
        }
        for (const OverlayText& text : panel.texts) {
            const bool year = text.role == TextRole::YearCounter;
            writeText(paint.svg, text,
                      year                                ? "year"
                      : text.role == TextRole::PanelTitle ? "panel-title"
                                                          : "panel-text",
                      year ? theme.title_text : theme.panel_text, theme.label_halo, year ? 8.0 * scale : 0.0);
        }
    }
    paint.svg.endGroup();
}

// Labels and markers keep their pixel size; the overlay's scale says how large that is.
double overlayScaleOf(const MapOverlay& overlay) {
    return overlay.home_marker_radius / homeMarkerRadius(1.0);
}

// The inset's map in a nested <svg>, which clips it to its box, framed like the legend.
void writeInset(SvgWriter& svg, const SvgInset& inset, const Theme& theme) {
    const LabelRect& box = inset.box;
    const double scale = overlayScaleOf(inset.overlay);
    svg.beginGroup("inset");
    SvgAttributes nested;
    std::string view_box = "0 0 " + formatSvgNumber(box.width()) + " " + formatSvgNumber(box.height());
    nested.set("x", box.x0).set("y", box.y0).set("width", box.width()).set("height", box.height());
    nested.set("viewBox", view_box);
    svg.beginElement("svg", nested);
    SvgAttributes background;
    background.set("class", "background").set("fill", theme.background.hex());
    svg.rect(0, 0, box.width(), box.height(), background);
    const Painter paint{svg, inset.transform, theme, "inset-"};
    writeBasemap(paint, inset.scene, box.width(), box.height());
    writeLinks(paint, inset.scene, scale);
    writeCities(paint, inset.scene, inset.overlay, scale);
    writeLabels(paint, inset.overlay, scale);
    writeHeadingAndFooter(paint, inset.overlay, scale);  // its title
    svg.endElement("svg");
    SvgAttributes frame;
    const double line = insetFrameWidth(scale);
    frame.set("class", "inset-frame").set("fill", "none").set("stroke", theme.panel_stroke.hex());
    frame.set("stroke-width", line);
    svg.rect(box.x0 + line / 2, box.y0 + line / 2, box.width() - line, box.height() - line, frame);
    svg.endGroup();
}

}  // namespace

std::string writeMapSvg(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform,
                        const Theme& theme, double width, double height, std::string_view lang, const SvgInset* inset) {
    SvgWriter svg(kDecimals);
    SvgAttributes root;
    root.set("lang", lang).set("font-family", kFontFamilies);
    svg.beginSvg(width, height, SvgViewBox{0, 0, width, height}, root);
    svg.element("title", {}, scene.projection_name_en);
    SvgAttributes background;
    background.set("class", "background").set("fill", theme.background.hex());
    svg.rect(0, 0, width, height, background);
    const Painter paint{svg, transform, theme};
    const double scale = overlayScaleOf(overlay);
    writeBasemap(paint, scene, width, height);
    writeRings(paint, scene, scale);
    writeLinks(paint, scene, scale);
    writeCities(paint, scene, overlay, scale);
    writeLabels(paint, overlay, scale);
    if (inset) writeInset(svg, *inset, theme);
    writeLegend(paint, overlay, scale);
    writeHeadingAndFooter(paint, overlay, scale);
    writePanels(paint, overlay, scale);
    svg.endSvg();
    return svg.finish();
}

}  // namespace pm
