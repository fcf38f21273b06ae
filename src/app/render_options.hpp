#pragma once

#include <string>
#include <vector>

#include "app/filter_options.hpp"
#include "core/map_view.hpp"

namespace CLI {
class App;
}

namespace pm::app {

// The options of `partnermap render` (and of every command that draws a map), as typed.
struct RenderOptions {
    std::vector<std::string> files;
    std::string output;
    std::string size = "1920x1080";
    std::string projection = "equal-earth";
    std::string proj;    // the PROJ string for --projection custom
    std::string center;  // LAT,LON
    FilterOptions filters;
    std::string title;
    bool title_given = false;
    std::string lang = "de";
    std::string theme = "light";
    std::string labels = "on";
    std::string distance_labels = "off";
    std::vector<double> rings;
    std::string detail;  // 110m | 50m | 10m | "" (by size)
    std::vector<std::string> hide;
    std::string date;  // shown as given; default: today
    double graticule = 30.0;
    std::string inset = "auto";  // auto: an inset of the crowded part around the homes when it needs one; off
};

void addRenderOptions(CLI::App& command, RenderOptions& options);

// Parses "WxH"; throws UsageError.
std::pair<int, int> parseSize(const std::string& text);

// Turns typed options into a map view of `data`. Throws UsageError for values that don't make sense.
MapView resolveMapView(const RenderOptions& options, const DataSet& data, const CountryTable& countries);

// Today's date as the map footer shows it: "23.11.2026" (de) or "23 Nov 2026" (en).
std::string todayText(std::string_view lang);

}  // namespace pm::app
