#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/label_layout.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"

namespace pm {

class TextMetrics;

// What is drawn over the map in pixels: labels, leader lines, title, legend and footer. Laid out
// for one output size and view, for SVG and OpenGL alike.
struct OverlayOptions {
    std::string lang = "de";
    bool city_labels = true;
    bool distance_labels = false;
    bool title = true;
    bool legend = true;
    bool attribution = true;
    bool projection_name = true;
    bool date = true;
    std::string title_text;  // empty: no title line, only the counts below it
    double title_size = 26;  // type units (times scale)
    std::string date_text;   // e.g. "23.11.2026"; given by the caller so layouts are reproducible
    double scale = 1.0;      // type and marker size multiplier (1 for a 1080p screen)
    bool summary = true;     // "48 Partnerschaften · 45 Partnerstädte · 28 Länder" under the title
    // The legend stays out of the bottom-right corner, where a presentation puts its caption card.
    bool legend_clear_of_card = false;
    // An inset (a part of the map drawn larger in a box over it): labels and the legend keep out of the
    // box, and the cities it shows are named there instead of here.
    std::optional<LabelRect> inset_box;
    std::set<std::string> cities_named_in_inset;
};

// Where each city's name sits next to its marker, by city id.
using LabelPositions = std::map<std::string, LabelPosition>;

enum class TextRole {
    HomeLabel,
    CityLabel,
    DistanceLabel,
    Title,
    Summary,
    LegendTitle,
    LegendText,
    Footer,
    PanelTitle,  // presentation panels: cards, captions, facts
    PanelText,
    YearCounter,  // the timeline's large year
};

struct OverlayText {
    std::string text;
    LabelPoint origin;  // baseline start, middle or end according to align
    TextAlign align = TextAlign::Start;
    double font_px = 12;
    bool bold = false;
    TextRole role = TextRole::CityLabel;
    LabelRect box;                                     // the text's extent
    std::string ref;                                   // city id for city labels, partnership index for distance labels
    LabelPosition position = LabelPosition::TopRight;  // labels: where next to the marker (or Displaced)
};

struct LegendRow {
    enum class Kind { Link, Home, Partner, Ring };
    Kind kind = Kind::Link;
    size_t type_index = 0;
    PartnershipStatus status = PartnershipStatus::Active;
    LabelRect swatch;
    OverlayText text;
};

struct LegendBox {
    LabelRect box;
    OverlayText title;
    std::vector<LegendRow> rows;
};

// A box of text over the map for presentations: a partner's card, a caption, the facts, the
// timeline's year. Drawn with the theme's panel colours; `translucent` boxes let the map show through.
struct OverlayPanel {
    LabelRect box;
    std::vector<OverlayText> texts;
    bool translucent = false;
    bool box_visible = true;
};

struct MapOverlay {
    std::vector<OverlayText> labels;  // city and distance labels that found a place
    std::vector<LabelLeader> leaders;
    // Around the part of the map an inset shows larger (a closed line, drawn like the leaders).
    std::vector<LabelPoint> inset_outline;
    std::vector<OverlayText> heading;  // title and summary
    std::optional<LegendBox> legend;
    std::vector<OverlayText> footer;    // projection, date, attribution
    std::vector<OverlayPanel> panels;   // presentation panels, drawn last
    LabelRect heading_box, footer_box;  // empty when absent
    double home_marker_radius = 6;
    double partner_marker_radius = 4;
    int dropped_labels = 0;  // cities whose name found no free place
};

// Marker radii and stroke widths for an overlay scale, shared by every output.
double homeMarkerRadius(double scale);
double partnerMarkerRadius(double scale);

// The height the heading (title and summary) takes from the top of the output, 0 when hidden.
double headingHeight(const OverlayOptions& options);

// How much of the map a box over it would hide: cities count most (homes 100, partners 10), then
// link vertices (0.2 each). For placing the legend and an inset.
double coveredContent(const Scene& scene, const MapTransform& transform, const LabelRect& box);

// The attribution every map carries.
inline constexpr const char* kAttribution = "Natural Earth · GeoNames CC BY 4.0";

// `previous`: an animation's frame before (labelPositions); its names stay where they were while that
// stays free instead of jumping from side to side.
MapOverlay layoutOverlay(const Scene& scene, const MapTransform& transform, double width, double height,
                         const OverlayOptions& options, const TextMetrics& regular, const TextMetrics& bold,
                         const LabelPositions* previous = nullptr);

LabelPositions labelPositions(const MapOverlay& overlay);

// The localised words of the overlay ("Heimatstadt", "ruhend", ...).
std::string overlayWord(std::string_view key, std::string_view lang);

}  // namespace pm
