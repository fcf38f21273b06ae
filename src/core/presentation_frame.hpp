#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/map_view.hpp"
#include "core/timeline.hpp"
#include "core/tour_player.hpp"

namespace pm {

class CountryTable;
class TextMetrics;

// One picture of a presentation: the composed map with its panels, and how links deviate from
// their normal look (growing, fading, hidden, solid before their suspension).
struct PresentationFrame {
    ComposedMap map;
    ThemeId theme = ThemeId::Light;
    std::optional<size_t> highlighted_link;
    std::unordered_map<size_t, LinkAppearance> link_appearance;
    bool only_listed_links = false;  // links not in link_appearance are hidden
};

// Turns tour views into pictures of a given size, rebuilding the basemap and the data layer only
// when their inputs change (a turning globe rebuilds the basemap every frame, at coarser detail
// while it moves). Not thread-safe; one per output.
class PresentationComposer {
public:
    PresentationComposer(BasemapCache& basemaps, const TextMetrics& regular, const TextMetrics& bold,
                         const CountryTable* countries, int width, int height);

    // `detail`: the basemap detail to use, e.g. a coarser one while the camera is in flight so that
    // frames keep up; nullopt picks it by the zoom (detailForScale).
    PresentationFrame compose(const TourPlayer& player, const TourView& view,
                              std::optional<BasemapDetail> detail = std::nullopt);

    // The frame the map uses in this output (below the heading), for building tours.
    MapFrame mapFrame() const { return presentationMapFrame(m_width, m_height); }
    static MapFrame presentationMapFrame(int width, int height);
    int width() const { return m_width; }
    // Counts basemap rebuilds, so that a renderer uploads the basemap only when it changed.
    size_t basemapGeneration() const { return m_basemap_generation; }
    int height() const { return m_height; }

private:
    OverlayOptions overlayOptions(const std::string& lang, const std::string& title) const;

    BasemapCache& m_basemaps;
    const TextMetrics& m_regular;
    const TextMetrics& m_bold;
    const CountryTable* m_countries;
    int m_width, m_height;

    struct BasemapKey {
        ProjectionSpec projection;
        BasemapDetail detail;
        bool operator==(const BasemapKey& other) const {
            return projection.id == other.projection.id && projection.centre == other.projection.centre &&
                   projection.custom_proj == other.projection.custom_proj && detail == other.detail;
        }
    };
    struct DataKey {
        ProjectionSpec projection;
        size_t data_index = 0;
        PartnershipFilter filter;
        double tolerance = 0;
        bool operator==(const DataKey& other) const {
            return projection.id == other.projection.id && projection.centre == other.projection.centre &&
                   projection.custom_proj == other.projection.custom_proj && data_index == other.data_index &&
                   filter == other.filter && tolerance == other.tolerance;
        }
    };
    std::optional<BasemapKey> m_basemap_key;
    std::optional<DataKey> m_data_key;
    BasemapLayer m_basemap;
    size_t m_basemap_generation = 0;
    DataLayer m_data;
};

}  // namespace pm
