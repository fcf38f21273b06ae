#include "render/scene_meshes.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <thread>

#include "render/glyph_atlas.hpp"
#include "render/simplify.hpp"

namespace pm::render {

namespace {

// Overlay geometry lives in pixels; stored as (x, -y) it goes through the same shaders as map units,
// drawn with the transform {scale 1, offset = tile origin}.
Vec2 overlayPoint(double x, double y) {
    return {x, -y};
}

constexpr size_t kMaxOrderedLinkRuns = 256;

int statusOrder(PartnershipStatus status) {
    switch (status) {
        case PartnershipStatus::Ended:
            return 0;
        case PartnershipStatus::Suspended:
            return 1;
        case PartnershipStatus::Active:
            return 2;
    }
    return 2;
}

void addSimplifiedPolygon(FillBuilder& fill, const MapPolygon& polygon, double tolerance) {
    std::vector<MapRing> simplified{simplifyRing(polygon.exterior, tolerance)};
    for (const MapRing& hole : polygon.holes) simplified.push_back(simplifyRing(hole, tolerance));
    std::vector<const std::vector<Vec2>*> rings;
    for (const MapRing& ring : simplified) rings.push_back(&ring);
    fill.addPolygon(rings);
}

// Simplifies and tessellates on all cores (GLU tessellators share nothing), then appends in order.
void addSimplifiedPolygons(FillBuilder& fill, const std::vector<MapPolygon>& polygons, double tolerance) {
    const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (workers == 1 || polygons.size() < 64) {
        for (const MapPolygon& polygon : polygons) addSimplifiedPolygon(fill, polygon, tolerance);
        return;
    }
    // Interleaved shares: the large polygons (continents) come first in Natural Earth and must not all
    // land on one worker.
    std::vector<FillBuilder> parts(workers);
    std::vector<std::thread> threads;
    for (size_t w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            parts[w].beginRange();
            for (size_t i = w; i < polygons.size(); i += workers)
                addSimplifiedPolygon(parts[w], polygons[i], tolerance);
        });
    for (std::thread& thread : threads) thread.join();
    for (const FillBuilder& part : parts) fill.append(part);
}

// The fills of the highlighted countries: partner countries, then home countries.
void addCountryFills(FillBuilder& fill, const BasemapLayer& basemap, double tolerance,
                     const std::unordered_set<std::string>& homes, const std::unordered_set<std::string>& partners,
                     FillRange& partner_range, FillRange& home_range) {
    for (bool home : {false, true}) {
        fill.beginRange();
        for (const ProjectedCountry& country : basemap.countries)
            if (home ? homes.contains(country.alpha2)
                     : partners.contains(country.alpha2) && !homes.contains(country.alpha2))
                addSimplifiedPolygons(fill, country.polygons, tolerance);
        (home ? home_range : partner_range) = fill.endRange();
    }
}

}  // namespace

BasemapMeshData prepareBasemapMeshes(const BasemapLayer& basemap, double tolerance,
                                     const std::unordered_set<std::string>* homes,
                                     const std::unordered_set<std::string>* partners) {
    BasemapMeshData data;
    data.tolerance = tolerance;
    FillBuilder& fill = data.fill;
    fill.beginRange();
    const MapRing outline_ring = simplifyRing(basemap.outline, tolerance);
    fill.addPolygon({&outline_ring});
    data.ocean = fill.endRange();
    fill.beginRange();
    addSimplifiedPolygons(fill, basemap.land, tolerance);
    data.land = fill.endRange();

    LineBuilder& line = data.line;
    const auto addLines = [&](const std::vector<MapLine>& lines) {
        line.beginRange();
        for (const MapLine& l : lines) line.addLine(simplifyLine(l, tolerance));
        return line.endRange();
    };
    data.graticule = addLines(basemap.graticule);
    data.borders = addLines(basemap.borders);
    data.coasts = addLines(basemap.coastlines);
    line.beginRange();
    line.addLine(outline_ring, true);
    data.outline = line.endRange();

    if (homes && partners) {
        addCountryFills(data.country_fill, basemap, tolerance, *homes, *partners, data.partner_countries,
                        data.home_countries);
        data.countries.emplace(*homes, *partners);
    }
    return data;
}

void BasemapMeshes::build(const BasemapLayer& basemap, double tolerance) {
    upload(basemap, prepareBasemapMeshes(basemap, tolerance));
}

void BasemapMeshes::upload(const BasemapLayer& basemap, const BasemapMeshData& data) {
    m_source = &basemap;
    m_tolerance = data.tolerance;
    fills.upload(data.fill);
    failed_polygons = data.fill.failedPolygons();
    ocean = data.ocean;
    land = data.land;
    lines.upload(data.line.vertices());
    graticule = data.graticule;
    borders = data.borders;
    coasts = data.coasts;
    outline = data.outline;
    m_countries_built = data.countries.has_value();
    if (data.countries) {
        country_fills.upload(data.country_fill);
        failed_polygons += data.country_fill.failedPolygons();
        partner_countries = data.partner_countries;
        home_countries = data.home_countries;
        m_homes = data.countries->first;
        m_partners = data.countries->second;
    }
}

void BasemapMeshes::ensureCountries(const std::unordered_set<std::string>& homes,
                                    const std::unordered_set<std::string>& partners) {
    if (!m_source || (m_countries_built && homes == m_homes && partners == m_partners)) return;
    FillBuilder fill;
    addCountryFills(fill, *m_source, m_tolerance, homes, partners, partner_countries, home_countries);
    country_fills.upload(fill);
    failed_polygons += fill.failedPolygons();
    m_homes = homes;
    m_partners = partners;
    m_countries_built = true;
}

void DataMeshes::build(const DataLayer& data, double tolerance) {
    // The caller's tolerance is 1/32 pixel; with thousands of links every segment costs more than a
    // sub-pixel difference is worth.
    const double link_tolerance = data.links.size() > kManyLinks ? tolerance * 8 : tolerance;
    LineBuilder line;
    link_ranges.assign(data.links.size(), LineRange{});
    link_type.assign(data.links.size(), 0);
    link_partnership.assign(data.links.size(), 0);
    link_status.assign(data.links.size(), PartnershipStatus::Active);
    slot_of_partnership.clear();
    // Runs of consecutive links with one style keep the SVG's data order exactly. With many runs (large
    // data sets) each costs a pass, so then links are grouped by style: muted ones first, data order inside.
    std::vector<std::vector<size_t>> groups;
    for (size_t slot = 0; slot < data.links.size(); ++slot) {
        const SceneLink& link = data.links[slot];
        link_type[slot] = link.type_index;
        link_partnership[slot] = link.partnership_index;
        link_status[slot] = link.status;
        slot_of_partnership[link.partnership_index] = static_cast<uint32_t>(slot);
        if (groups.empty() || link.type_index != data.links[groups.back().front()].type_index ||
            link.status != data.links[groups.back().front()].status)
            groups.emplace_back();
        groups.back().push_back(slot);
    }
    if (groups.size() > kMaxOrderedLinkRuns) {
        std::map<std::pair<int, size_t>, std::vector<size_t>> by_style;
        for (size_t slot = 0; slot < data.links.size(); ++slot)
            by_style[{statusOrder(data.links[slot].status), data.links[slot].type_index}].push_back(slot);
        groups.clear();
        for (auto& [key, slots] : by_style) groups.push_back(std::move(slots));
    }
    link_groups.clear();
    for (const std::vector<size_t>& slots : groups) {
        line.beginRange();
        for (size_t slot : slots) {
            const size_t first = line.vertices().size();
            Box2 bounds;
            for (const LinkPiece& piece : data.links[slot].pieces) {
                std::vector<Vec2> points;
                std::vector<float> fractions;
                for (size_t index : simplifiedIndices(piece.points, link_tolerance)) {
                    points.push_back(piece.points[index]);
                    fractions.push_back(index < piece.fractions.size() ? piece.fractions[index] : 0.0f);
                    bounds.add(piece.points[index]);
                }
                line.addLine(points, false, &fractions, static_cast<uint32_t>(slot));
            }
            link_ranges[slot] = {first, line.vertices().size() - first, bounds};
        }
        const SceneLink& sample = data.links[slots.front()];
        link_groups.push_back({sample.type_index, sample.status, line.endRange()});
    }
    line.beginRange();
    for (const SceneRing& ring : data.rings)
        for (const MapLine& l : ring.lines) line.addLine(simplifyLine(l, tolerance));
    rings = line.endRange();
    lines.upload(line.vertices());

    std::vector<SplitPosition> centres;
    visible_cities.clear();
    partner_markers = home_markers = 0;
    for (CityRole role : {CityRole::Partner, CityRole::Home})
        for (const SceneCity& city : data.cities) {
            if (city.role != role || !city.visible) continue;
            centres.push_back(splitPosition(city.projected));
            (role == CityRole::Home ? home_markers : partner_markers) += 1;
            visible_cities[city.id] = {city.projected, city.role};
        }
    markers.upload(centres);

    home_countries = {data.home_countries.begin(), data.home_countries.end()};
    partner_countries = {data.partner_countries.begin(), data.partner_countries.end()};
}

void DataMeshes::updateLinkParams(const DrawState& state) {
    const bool default_state = state.link_growth.empty() && state.link_opacity.empty();
    if (default_state && link_params_default && link_params) return;
    constexpr size_t kRowLength = 1024;  // as shaders/line.vert reads it
    const size_t rows = std::max<size_t>(1, (link_ranges.size() + kRowLength - 1) / kRowLength);
    std::vector<float> values(kRowLength * rows * 2, 1.0f);
    const auto assign = [&](const std::unordered_map<size_t, float>& source, size_t channel) {
        for (const auto& [partnership, value] : source) {
            const auto slot = slot_of_partnership.find(partnership);
            if (slot != slot_of_partnership.end()) values[slot->second * 2 + channel] = std::clamp(value, 0.0f, 1.0f);
        }
    };
    assign(state.link_growth, 0);
    assign(state.link_opacity, 1);
    if (!link_params) link_params = GlTexture();
    glBindTexture(GL_TEXTURE_2D, link_params.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG32F, static_cast<GLsizei>(kRowLength), static_cast<GLsizei>(rows), 0, GL_RG,
                 GL_FLOAT, values.data());
    link_params_default = default_state;
}

void OverlayMeshes::build(const MapOverlay& overlay, GlyphAtlas* atlas) {
    home_marker_radius = overlay.home_marker_radius;
    partner_marker_radius = overlay.partner_marker_radius;

    LineBuilder line;
    line.beginRange();
    for (const LabelLeader& leader : overlay.leaders)
        line.addLine({overlayPoint(leader.from.x, leader.from.y), overlayPoint(leader.to.x, leader.to.y)});
    // The inset's outline is drawn like a leader: a thin line over the map, under the names.
    if (!overlay.inset_outline.empty()) {
        std::vector<Vec2> outline;
        for (const LabelPoint& p : overlay.inset_outline) outline.push_back(overlayPoint(p.x, p.y));
        line.addLine(outline, true);
    }
    leaders = line.endRange();

    std::vector<SplitPosition> centres;
    swatches.clear();
    legend_box.reset();
    if (overlay.legend) {
        legend_box = overlay.legend->box;
        centres.push_back(splitPosition(overlayPoint(legend_box->center().x, legend_box->center().y)));
        for (const LegendRow& row : overlay.legend->rows) {
            Swatch swatch;
            swatch.kind = row.kind;
            swatch.type_index = row.type_index;
            swatch.status = row.status;
            const double y = (row.swatch.y0 + row.swatch.y1) / 2;
            if (row.kind == LegendRow::Kind::Link || row.kind == LegendRow::Kind::Ring) {
                line.beginRange();
                line.addLine({overlayPoint(row.swatch.x0, y), overlayPoint(row.swatch.x1, y)});
                swatch.range = line.endRange();
            } else {
                swatch.shape_index = centres.size();
                centres.push_back(splitPosition(overlayPoint(row.swatch.center().x, row.swatch.center().y)));
            }
            swatches.push_back(swatch);
        }
    }
    panels.clear();
    for (const OverlayPanel& panel : overlay.panels) {
        Panel mesh;
        mesh.box = panel.box;
        mesh.box_visible = panel.box_visible;
        mesh.translucent = panel.translucent;
        mesh.shape_index = centres.size();
        centres.push_back(splitPosition(overlayPoint(panel.box.center().x, panel.box.center().y)));
        panels.push_back(mesh);
    }
    lines.upload(line.vertices());
    shapes.upload(centres);

    text_available = atlas != nullptr;
    std::vector<TextVertex> vertices;
    if (atlas) {
        std::set<GlyphKey> keys;
        for (const OverlayText& text : overlay.labels) collectGlyphs(text, keys);
        for (const OverlayText& text : overlay.heading) collectGlyphs(text, keys);
        for (const OverlayText& text : overlay.footer) collectGlyphs(text, keys);
        for (const OverlayPanel& panel : overlay.panels)
            for (const OverlayText& text : panel.texts) collectGlyphs(text, keys);
        if (overlay.legend) {
            collectGlyphs(overlay.legend->title, keys);
            for (const LegendRow& row : overlay.legend->rows) collectGlyphs(row.text, keys);
        }
        atlas->prepare(keys);
    }
    const auto addTexts = [&](const std::vector<OverlayText>& texts) {
        TextRange range;
        range.first = vertices.size();
        if (atlas)
            for (const OverlayText& text : texts) appendText(*atlas, text, vertices);
        range.count = vertices.size() - range.first;
        Box2 box;
        for (size_t i = range.first; i < vertices.size(); ++i) box.add({vertices[i].x, vertices[i].y});
        if (!box.empty()) range.bounds = {box.min.x, box.min.y, box.max.x, box.max.y};
        return range;
    };
    labels = addTexts(overlay.labels);
    legend_text = TextRange{vertices.size(), 0, {}};
    if (overlay.legend) {
        std::vector<OverlayText> legend_texts{overlay.legend->title};
        for (const LegendRow& row : overlay.legend->rows) legend_texts.push_back(row.text);
        legend_text = addTexts(legend_texts);
    }
    std::vector<OverlayText> furniture = overlay.heading;
    furniture.insert(furniture.end(), overlay.footer.begin(), overlay.footer.end());
    heading_and_footer = addTexts(furniture);
    for (size_t i = 0; i < overlay.panels.size(); ++i) panels[i].text = addTexts(overlay.panels[i].texts);
    text.upload(vertices);
}

}  // namespace pm::render
