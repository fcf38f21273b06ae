#include "core/presentation_frame.hpp"

#include <cmath>

#include "core/facts.hpp"
#include "core/presentation_panels.hpp"
#include "core/projection_catalog.hpp"

namespace pm {

bool cameraMoved(const TourView* previous, const TourView& view) {
    return previous && !(previous->camera == view.camera);
}

std::optional<BasemapDetail> presentationDetail(const TourView* previous, const TourView& view,
                                                PresentationOutput output) {
    const bool moving = cameraMoved(previous, view);
    if (output == PresentationOutput::Frames) return moving ? std::optional(BasemapDetail::Medium50m) : std::nullopt;
    return moving && view.kind == ProjectionKind::Azimuthal ? BasemapDetail::Coarse110m : BasemapDetail::Medium50m;
}

PresentationComposer::PresentationComposer(BasemapCache& basemaps, const TextMetrics& regular, const TextMetrics& bold,
                                           const CountryTable* countries, int width, int height)
    : m_regular(regular), m_bold(bold), m_countries(countries), m_width(width), m_height(height), m_scenes(basemaps) {}

OverlayOptions PresentationComposer::overlayOptions(const std::string& lang, const std::string& title) const {
    OverlayOptions options;
    options.lang = lang;
    options.scale = presentationScale(m_width, m_height);
    options.title_text = title;
    options.date = false;
    return options;
}

MapFrame PresentationComposer::presentationMapFrame(int width, int height) {
    OverlayOptions options;
    options.scale = presentationScale(width, height);
    options.title_text = "title";
    return mapFrameBelowHeading(width, height, headingHeight(options));
}

PresentationFrame PresentationComposer::compose(const TourPlayer& player, const TourView& view,
                                                std::optional<BasemapDetail> detail_override) {
    const DataSet& data = *player.dataSets().at(view.data_index);
    PresentationFrame frame;
    frame.theme = view.theme;
    frame.highlighted_link = view.highlighted_link;
    frame.link_appearance = view.link_appearance;
    frame.only_listed_links = view.only_listed_links;

    // A world projection stays the same through a tour; a turning globe needs a new one every frame.
    if (!m_projection || !(m_projection->spec() == view.projection)) m_projection.emplace(view.projection);
    const Projection& projection = *m_projection;
    ComposedMap& map = frame.map;
    const std::string title = player.title().empty() ? defaultTitle(data, view.filter, view.lang) : player.title();
    map.overlay_options = overlayOptions(view.lang, title);
    // From the flight to a stop on, so that the legend does not jump when the card appears.
    map.overlay_options.legend_clear_of_card = view.card.has_value() || view.highlighted_link.has_value();
    map.transform = cameraTransform(view.camera, projection, mapFrame());

    SceneInputs inputs;
    inputs.projection = view.projection;
    inputs.detail = detail_override.value_or(detailForScale(map.transform.scale));
    inputs.data_id = view.data_index;
    inputs.data_options.filter = view.filter;
    // Sampled for the zoom shown, in steps of two so that a zooming camera rarely rebuilds.
    inputs.data_options.link_tolerance = linkToleranceForScale(map.transform.scale);
    const Scene& scene = m_scenes.update(data, inputs);
    map.scene = sceneFor(projection);  // the basemap stays with basemap(): copying it would cost a millisecond
    // The timeline shows only the partnerships of its year, with their cities and counts.
    map.scene.data = view.only_listed_links
                         ? selectLinks(scene.data, [&](size_t index) { return view.link_appearance.contains(index); })
                         : scene.data;
    // Before the year of its suspension, a suspended partnership is drawn as it was: active.
    for (SceneLink& link : map.scene.data.links) {
        const auto look = view.link_appearance.find(link.partnership_index);
        if (link.status == PartnershipStatus::Suspended && look != view.link_appearance.end() && !look->second.dashed) {
            link.status = PartnershipStatus::Active;
            --map.scene.data.suspended_count;
        }
    }

    // While the camera flies, names stay where they were in the frame before as long as that stays free,
    // instead of jumping from side to side; at rest they are laid out afresh (off the links, say).
    const bool flying = m_camera && !(*m_camera == view.camera);
    map.overlay = layoutOverlay(map.scene, map.transform, m_width, m_height, map.overlay_options, m_regular, m_bold,
                                flying ? &m_label_positions : nullptr);
    m_label_positions = labelPositions(map.overlay);
    m_camera = view.camera;
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
