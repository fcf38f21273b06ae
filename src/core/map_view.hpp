#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/basemap.hpp"
#include "core/countries.hpp"
#include "core/map_overlay.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"
#include "core/theme.hpp"

namespace pm {

class TextMetrics;

// Everything that defines one map picture: what the command line's `render` options and the
// app's settings describe.
struct MapView {
    ProjectionSpec projection;  // its centre is used only when centre_given
    bool centre_given = false;  // else defaultCentre() of the data and filter
    PartnershipFilter filter;
    std::vector<double> rings_km;
    std::optional<BasemapDetail> detail;  // nullopt: chosen by the output scale
    ThemeId theme = ThemeId::Light;
    OverlayOptions overlay;  // overlay.scale 0 means: from the output size
    bool auto_title = true;  // overlay.title_text from the visible home cities
    int width = 1920;
    int height = 1080;
    double graticule_step_deg = 30.0;
    // Pixels of this output per map unit; nullopt: the whole map fitted below the heading. The app
    // passes its zoomed and panned view here (exportTransform) so that exports show what is on screen.
    std::optional<MapTransform> transform;
    // Shows the crowded part of the map around the home cities again, larger, in a box (planInset), when
    // it is crowded enough for one.
    bool inset = false;
    // Names the inset's continent ("Europa", insetTitle); without it the inset has no title.
    const CountryTable* countries = nullptr;
};

// Loads each basemap detail level once; safe to share between threads.
class BasemapCache {
public:
    const Basemap& get(BasemapDetail detail);

private:
    std::mutex m_mutex;
    std::unique_ptr<Basemap> m_levels[3];
};

struct ComposedMap {
    Scene scene;
    MapTransform transform;
    MapOverlay overlay;
    OverlayOptions overlay_options;  // as resolved (scale, title); overlay_options.inset_box: where `inset` goes
    std::shared_ptr<const ComposedMap> inset;  // laid out for its box's size; drawn into it
};

// Type and markers grow with the output: 1 for 1920x1080, 2 for 3840x2160.
double overlayScaleForSize(int width, int height);

// Natural Earth 1:50m for overviews, 1:10m when a map is drawn larger than about 4,000 pixels wide.
BasemapDetail detailForScale(double pixels_per_map_unit);

// "Partnerschaften von Nürnberg, Dortmund und Hannover" / "Partnerships of Nuremberg, Dortmund and Hanover".
std::string defaultTitle(const DataSet& data, const PartnershipFilter& filter, std::string_view lang);

// The projection spec with the centre resolved.
ProjectionSpec resolvedProjection(const DataSet& data, const MapView& view);

ComposedMap composeMap(const DataSet& data, const MapView& view, BasemapCache& basemaps, const TextMetrics& regular,
                       const TextMetrics& bold);

// The app's view `window` (a transform for a window_width x window_height map) for an output of
// width x height: the same map centre, scaled so that the same area fits.
MapTransform exportTransform(const MapTransform& window, double window_width, double window_height, double width,
                             double height);

// The SVG document of a view.
std::string renderMapSvg(const DataSet& data, const MapView& view, BasemapCache& basemaps);

}  // namespace pm
