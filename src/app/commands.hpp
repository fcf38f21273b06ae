#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/filter_options.hpp"
#include "app/render_options.hpp"

namespace pm::app {

class Inputs;

struct DistancesOptions {
    std::vector<std::string> files;
    FilterOptions filters;
    std::string format = "table";  // csv | table
};

// What every command that renders frames takes.
struct FrameOptions {
    std::string folder;
    std::string size = "1920x1080";
    double fps = 30;
    std::string projection;  // default: orthographic for a home city's tour, else equal-earth
    std::string theme = "light";
    std::string lang = "de";
    FilterOptions filters;
};

struct TourCommandOptions {
    std::vector<std::string> args;  // TOUR.json [FILE...], or the data files with --home (a filter option)
    std::string order = "year";     // year | distance | name
    FrameOptions frames;
};

struct TimelineCommandOptions {
    std::vector<std::string> files;
    std::optional<int> from, to;
    double years_per_second = 2;
    FrameOptions frames;
};

void addFrameOptions(CLI::App& command, FrameOptions& options);

struct GeocodeOptions {
    std::string name;
    std::string country;
    int limit = 5;
};

// Each returns the process exit code; bad data throws DataError, bad usage throws UsageError.
int runDistances(const DistancesOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);
int runValidate(const std::vector<std::string>& files, const Inputs& inputs, std::ostream& out, std::ostream& err);
int runConvert(const std::string& in, const std::string& out_file, const Inputs& inputs, std::ostream& out,
               std::ostream& err);
int runRender(const RenderOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);
// Draws the view with OpenGL into an offscreen buffer (a hidden window) and writes a PNG.
int renderPng(const DataSet& data, const MapView& view, const std::string& output, std::ostream& out,
              std::ostream& err);
int runTourFrames(const TourCommandOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);
int runTimelineFrames(const TimelineCommandOptions& options, const Inputs& inputs, std::ostream& out,
                      std::ostream& err);
int runGeocode(const GeocodeOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);

// Prints warnings as "FILE:LINE: warning: message".
void printWarnings(const std::vector<struct Problem>& warnings, std::ostream& err);

}  // namespace pm::app
