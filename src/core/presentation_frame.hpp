#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/map_view.hpp"
#include "core/projection.hpp"
#include "core/scene_cache.hpp"
#include "core/timeline.hpp"
#include "core/tour_player.hpp"

namespace pm {

class CountryTable;
class TextMetrics;

// One picture of a presentation: the composed map with its panels, and how links deviate from
// their normal look (growing, fading, hidden, solid before their suspension). The map's scene has no
// basemap: it changes rarely and is large, so PresentationComposer::basemap() hands it out.
struct PresentationFrame {
    ComposedMap map;
    ThemeId theme = ThemeId::Light;
    std::optional<size_t> highlighted_link;
    std::unordered_map<size_t, LinkAppearance> link_appearance;
    bool only_listed_links = false;  // links not in link_appearance are hidden
};

// Who waits for a presentation frame: an audience watching it play in the window, or a frame export.
enum class PresentationOutput { Window, Frames };

// Whether the camera moved from `previous` (null: the first frame) to `view`.
bool cameraMoved(const TourView* previous, const TourView& view);

// The basemap detail of a frame that follows `previous`. In the window 1:50m, also where a stop's
// zoom would ask for 1:10m (preparing that takes seconds on the main thread: a frozen screen in front
// of the audience), and 1:110m while a globe turns (it is projected anew every frame). Frame export
// draws flights on 1:50m and rests at the detail of their zoom (nullopt: detailForScale).
std::optional<BasemapDetail> presentationDetail(const TourView* previous, const TourView& view,
                                                PresentationOutput output);

// Turns tour views into pictures of a given size, rebuilding the basemap and the data layer only
// when their inputs change (a turning globe rebuilds the basemap every frame, at coarser detail
// while it moves). Not thread-safe; one per output.
class PresentationComposer {
public:
    PresentationComposer(BasemapCache& basemaps, const TextMetrics& regular, const TextMetrics& bold,
                         const CountryTable* countries, int width, int height);

    // `detail`: the basemap detail to use, e.g. a coarser one while the camera is in flight so that
    // frames keep up; nullopt picks it by the zoom (detailForScale). While the camera flies, names keep
    // their side from the frame composed before where they can, so a flight's names may differ by frame
    // rate; at rest they are laid out as by a new composer.
    PresentationFrame compose(const TourPlayer& player, const TourView& view,
                              std::optional<BasemapDetail> detail = std::nullopt);

    // The frame the map uses in this output (below the heading), for building tours.
    MapFrame mapFrame() const { return presentationMapFrame(m_width, m_height); }
    static MapFrame presentationMapFrame(int width, int height);
    int width() const { return m_width; }
    // The basemap of the frame composed last, and a count of its rebuilds, so that a renderer uploads
    // it only when it changed.
    const BasemapLayer& basemap() const { return m_scenes.scene().basemap; }
    size_t basemapGeneration() const { return m_scenes.basemapGeneration(); }
    int height() const { return m_height; }

private:
    OverlayOptions overlayOptions(const std::string& lang, const std::string& title) const;

    const TextMetrics& m_regular;
    const TextMetrics& m_bold;
    const CountryTable* m_countries;
    int m_width, m_height;

    SceneCache m_scenes;
    std::optional<Projection> m_projection;
    // The frame composed last: its camera and where its names are.
    std::optional<Camera> m_camera;
    LabelPositions m_label_positions;
};

}  // namespace pm
