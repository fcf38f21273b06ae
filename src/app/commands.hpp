#pragma once

#include <iosfwd>
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
int runGeocode(const GeocodeOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);

// Prints warnings as "FILE:LINE: warning: message".
void printWarnings(const std::vector<struct Problem>& warnings, std::ostream& err);

}  // namespace pm::app
