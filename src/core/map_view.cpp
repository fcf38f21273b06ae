#include "core/map_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/camera.hpp"
#include "core/inset_map.hpp"
#include "core/projection_catalog.hpp"
#include "core/svg_map.hpp"
#include "core/text_metrics.hpp"

namespace pm {

const Basemap& BasemapCache::get(BasemapDetail detail) {
    const std::lock_guard lock(m_mutex);
    std::unique_ptr<Basemap>& level = m_levels[static_cast<int>(detail)];
    if (!level) level = std::make_unique<Basemap>(loadBasemap(basemapPath(detail)));
    return *level;
}

double overlayScaleForSize(int width, int height) {
    return std::max(0.75, std::min(width / 1920.0, height / 1080.0));
}

BasemapDetail detailForScale(double pixels_per_map_unit) {
    // The whole world (about 34,000 km across in most projections) wider than 4,000 pixels.
    constexpr double kFineAbovePixelsPerMetre = 4000.0 / 3.4e7;
    return pixels_per_map_unit > kFineAbovePixelsPerMetre ? BasemapDetail::Fine10m : BasemapDetail::Medium50m;
}

std::string defaultTitle(const DataSet& data, const PartnershipFilter& filter, std::string_view lang) {
    std::vector<std::string> names;
    for (const std::string& id : homeCityIds(data))
        if (filter.home_ids.empty() || filter.home_ids.contains(id))
            names.push_back(data.findCity(id)->displayName(lang));
    const bool en = lang == "en";
    std::string title = en ? "Partnerships of " : "Partnerschaften von ";
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) title += i + 1 == names.size() ? (en ? " and " : " und ") : ", ";
        title += names[i];
    }
    return names.empty() ? (en ? "Partnerships" : "Partnerschaften") : title;
}

ProjectionSpec resolvedProjection(const DataSet& data, const MapView& view) {
    ProjectionSpec spec = view.projection;
    if (!view.centre_given && spec.id != kCustomProjectionId) {
        const ProjectionInfo* info = findProjection(spec.id);
        spec.centre = defaultCentre(data, view.filter, info ? info->kind : ProjectionKind::World);
    }
    return spec;
}

namespace {

// The footer's height (projection, date, attribution): two lines of small type and the margin.
double footerHeight(double scale) {
    return 48 * scale;
}

// The inset's map, laid out for its box: its region of the world and its names, under `title` if there is
// one (no legend or footer).
ComposedMap composeInset(const DataSet& data, const MapView& view, const InsetPlan& plan, const std::string& title,
                         double scale, BasemapCache& basemaps, const TextMetrics& regular, const TextMetrics& bold) {
    MapView inset = view;
    inset.inset = false;
    inset.projection = plan.projection;
    inset.centre_given = true;
    inset.rings_km.clear();
    inset.width = static_cast<int>(plan.box.width());  // whole pixels
    inset.height = static_cast<int>(plan.box.height());
    inset.transform = MapTransform::fit(plan.region, inset.width, inset.height, 0);
    // 1:50m is fine enough for the box, and spares projecting the 1:10m world.
    inset.detail = view.detail.value_or(BasemapDetail::Medium50m);
    inset.graticule_step_deg = 10.0;
    inset.auto_title = false;
    inset.overlay.scale = scale;
    inset.overlay.summary = inset.overlay.legend = false;
    inset.overlay.title = !title.empty();
    inset.overlay.title_text = title;
    inset.overlay.title_size = 18;  // smaller than the map's title, larger than the names
    inset.overlay.attribution = inset.overlay.projection_name = inset.overlay.date = false;
    return composeMap(data, inset, basemaps, regular, bold);
}

}  // namespace

ComposedMap composeMap(const DataSet& data, const MapView& view, BasemapCache& basemaps, const TextMetrics& regular,
                       const TextMetrics& bold) {
    ComposedMap map;
    const Projection projection(resolvedProjection(data, view));
    map.scene = sceneFor(projection);
    map.overlay_options = view.overlay;
    if (map.overlay_options.scale <= 0) map.overlay_options.scale = overlayScaleForSize(view.width, view.height);
    if (view.auto_title) map.overlay_options.title_text = defaultTitle(data, view.filter, view.overlay.lang);
    // The map sits below the heading so that the title never crosses it.
    map.transform = view.transform
                        ? *view.transform
                        : fitInFrame(projection.bounds(),
                                     mapFrameBelowHeading(view.width, view.height, headingHeight(map.overlay_options)));
    const BasemapDetail detail = view.detail.value_or(detailForScale(map.transform.scale));
    map.scene.basemap = buildBasemapLayer(basemaps.get(detail), projection, view.graticule_step_deg);

    DataLayerOptions data_options;
    data_options.filter = view.filter;
    data_options.ring_radii_km = view.rings_km;
    data_options.link_tolerance = 0.5 / map.transform.scale;
    map.scene.data = buildDataLayer(data, projection, data_options);

    // The inset is there to name the crowded cities: not on a map without names. Narrower than 320 type
    // units (240 px at 1280x720), its box would be too small for them.
    std::optional<InsetPlan> plan;
    if (view.inset && view.overlay.city_labels) {
        const double s = map.overlay_options.scale;
        InsetOptions options;
        options.min_box_width = 320 * s;
        plan = planInset(map.scene, map.transform, view.width, view.height, headingHeight(map.overlay_options),
                         footerHeight(s), 16 * s, options);
    }
    if (plan) {
        // On whole pixels, so that a PNG pastes the inset's picture exactly where the SVG puts it.
        const LabelRect& box = plan->box;
        plan->box = {std::round(box.x0), std::round(box.y0), std::round(box.x0) + std::round(box.width()),
                     std::round(box.y0) + std::round(box.height())};
        const std::string title =
            view.countries ? insetTitle(map.scene, *plan, *view.countries, view.overlay.lang) : std::string();
        map.inset = std::make_shared<const ComposedMap>(
            composeInset(data, view, *plan, title, map.overlay_options.scale, basemaps, regular, bold));
        map.overlay_options.inset_box = plan->box;
        map.overlay_options.cities_named_in_inset = plan->city_ids;
    }
    map.overlay = layoutOverlay(map.scene, map.transform, view.width, view.height, map.overlay_options, regular, bold);
    if (plan) map.overlay.inset_outline = plan->outline;
    return map;
}

MapTransform exportTransform(const MapTransform& window, double window_width, double window_height, double width,
                             double height) {
    const double factor = std::min(width / window_width, height / window_height);
    const Vec2 centre = window.toMap({window_width / 2, window_height / 2});
    return MapTransform::centredOn(centre, window.scale * factor, width, height);
}

std::string renderMapSvg(const DataSet& data, const MapView& view, BasemapCache& basemaps) {
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    const ComposedMap map = composeMap(data, view, basemaps, *regular, *bold);
    if (map.inset && map.overlay_options.inset_box) {
        const SvgInset inset{map.inset->scene, map.inset->overlay, map.inset->transform,
                             *map.overlay_options.inset_box};
        return writeMapSvg(map.scene, map.overlay, map.transform, theme(view.theme), view.width, view.height,
                           view.overlay.lang, &inset);
    }
    return writeMapSvg(map.scene, map.overlay, map.transform, theme(view.theme), view.width, view.height,
                       view.overlay.lang);
}

}  // namespace pm
