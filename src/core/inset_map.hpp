#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/countries.hpp"
#include "core/label_geometry.hpp"
#include "core/map_transform.hpp"
#include "core/projection_catalog.hpp"
#include "core/scene.hpp"
#include "core/vec2.hpp"

namespace pm {

// A world map of a city's partnerships crowds the partners near home (for a German city, Europe) into
// a few hundred pixels where their names find no room. An inset shows that part again, larger, in a
// box over an empty part of the map (usually an ocean), where the names fit.
struct InsetPlan {
    LabelRect box;                    // on the output, pixels
    ProjectionSpec projection;        // Lambert azimuthal equal-area, centred on the crowded part
    Box2 region;                      // what the box shows, in that projection's metres (the box's aspect)
    std::set<std::string> city_ids;   // the partner cities in the inset: named there, not on the map
    std::vector<LabelPoint> outline;  // the region's edge on the map (closed; empty if it leaves the map)
};

struct InsetOptions {
    double reach = 0.08;             // cities within this fraction of the output's shorter side of the homes
    int min_cities = 6;              // fewer partners there: no inset
    double box_width = 0.34;         // of the output width
    double min_magnification = 2.0;  // the inset must show its cities at least this much larger
    double min_box_width = 0;        // pixels; a narrower box has no room for the names (small pictures)
};

// The inset's title: the continent (in `lang`) of at least three quarters of the cities it names, e.g.
// "Europa"; empty when they spread over several or their countries are unknown.
std::string insetTitle(const Scene& scene, const InsetPlan& plan, const CountryTable& countries,
                       const std::string& lang);

// The inset's frame, drawn inside its box, in pixels for an overlay scale.
int insetFrameWidth(double overlay_scale);

// Plans the inset of a whole-map view (`transform` maps `scene` onto a width x height output whose top
// `heading_height` pixels hold the title), or nullopt when no part of the map is crowded enough for one.
// `margin` keeps the box off the output's edges; `footer_height` is kept free at the bottom.
std::optional<InsetPlan> planInset(const Scene& scene, const MapTransform& transform, double width, double height,
                                   double heading_height, double footer_height, double margin,
                                   const InsetOptions& options = {});

}  // namespace pm
