#include "core/presentation_frame.hpp"

#include <cmath>

#include "core/facts.hpp"
#include "core/presentation_panels.hpp"
#include "core/projection_catalog.hpp"

namespace pm {

namespace {

// Type for a hall: a fifth larger than on a desk.
constexpr double kPresentationTypeScale = 1.2;

}  // namespace

PresentationComposer::PresentationComposer(BasemapCache& basemaps, const TextMetrics& regular, const TextMetrics& bold,
                                           const CountryTable* countries, int width, int height)
    : m_basemaps(basemaps),
      m_regular(regular),
      m_bold(bold),
      m_countries(countries),
      m_width(width),
      m_height(height) {}

OverlayOptions PresentationComposer::overlayOptions(const std::string& lang, const std::string& title) const {
    OverlayOptions options;
    options.lang = lang;
    options.scale = overlayScaleForSize(m_width, m_height) * kPresentationTypeScale;
    options.title_text = title;
    options.date = false;
    return options;
}

MapFrame PresentationComposer::presentationMapFrame(int width, int height) {
    OverlayOptions options;
    options.scale = overlayScaleForSize(width, height) * kPresentationTypeScale;
    options.title_text = "title";
    return {static_cast<double>(width), static_cast<double>(height), headingHeight(options),
            0.02 * std::min(width, height)};
}

PresentationFrame PresentationComposer::compose(const TourPlayer& player, const TourView& view,
                                                std::optional<BasemapDetail> detail_override) {
    const DataSet& data = *player.dataSets().at(view.data_index);
    PresentationFrame frame;
    frame.theme = view.theme;
    frame.highlighted_link = view.highlighted_link;
    frame.link_appearance = view.link_appearance;
    frame.only_listed_links = view.only_listed_links;

    const Projection projection(view.projection);
    ComposedMap& map = frame.map;
    map.scene.projection = projection.spec();
    if (const ProjectionInfo* info = findProjection(view.projection.id)) {
        map.scene.projection_name_de = info->name_de;
        map.scene.projection_name_en = info->name_en;
    }
    const std::string title = player.title().empty() ? defaultTitle(data, view.filter, view.lang) : player.title();
    map.overlay_options = overlayOptions(view.lang, title);
    const MapFrame map_frame = mapFrame();
    map.transform = cameraTransform(view.camera, projection, map_frame);

    const BasemapDetail detail = detail_override.value_or(detailForScale(map.transform.scale));
    const BasemapKey basemap_key{view.projection, detail};
    if (m_basemap_key != basemap_key) {
        m_basemap = buildBasemapLayer(m_basemaps.get(detail), projection, 30.0);
        m_basemap_key = basemap_key;
        ++m_basemap_generation;
    }
    // Links are sampled for the zoom shown, in steps of two so that a zooming camera rarely rebuilds.
    const double tolerance = 0.5 / std::exp2(std::ceil(std::log2(map.transform.scale)));
    const DataKey data_key{view.projection, view.data_index, view.filter, tolerance};
    if (m_data_key != data_key) {
        DataLayerOptions options;
        options.filter = view.filter;
        options.link_tolerance = tolerance;
        m_data = buildDataLayer(data, projection, options);
        m_data_key = data_key;
    }
    map.scene.basemap = m_basemap;
    // The timeline shows only the partnerships of its year, with their cities and counts.
    map.scene.data = view.only_listed_links
                         ? selectLinks(m_data, [&](size_t index) { return view.link_appearance.contains(index); })
                         : m_data;
    // Before the year of its suspension, a suspended partnership is drawn as it was: active.
    for (SceneLink& link : map.scene.data.links) {
        const auto look = view.link_appearance.find(link.partnership_index);
        if (link.status == PartnershipStatus::Suspended && look != view.link_appearance.end() && !look->second.dashed) {
            link.status = PartnershipStatus::Active;
            --map.scene.data.suspended_count;
        }
    }

    map.overlay = layoutOverlay(map.scene, map.transform, m_width, m_height, map.overlay_options, m_regular, m_bold);
    PresentationContent content;
    content.card = view.card;
    content.caption_title = view.caption_title;
    content.caption_text = view.caption_text;
    if (view.timeline_position) content.year = static_cast<int>(std::floor(*view.timeline_position));
    if (view.show_facts) {
        const std::vector<size_t> visible = filterPartnerships(data, view.filter);
        const PartnershipFacts facts = computeFacts(data, visible, m_countries, currentYear());
        content.facts_title = view.lang == "en" ? "Facts and figures" : "Zahlen und Fakten";
        content.facts = factLines(data, facts, view.lang, m_countries);
    }
    addPresentationPanels(map.overlay, content, m_width, m_height, map.overlay_options.scale, m_regular, m_bold);
    return frame;
}

}  // namespace pm
