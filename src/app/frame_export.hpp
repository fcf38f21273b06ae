#pragma once

#include <filesystem>
#include <iosfwd>

#include "core/tour_player.hpp"

namespace pm {
class CountryTable;
}

namespace pm::app {

struct FrameExportOptions {
    std::filesystem::path folder;
    int width = 1920;
    int height = 1080;
    double fps = 30;
};

// Renders every frame of a tour as frame-00001.png, frame-00002.png, ... into the folder (created if
// needed), plus the tour's screenshots, with a hidden window (works under xvfb-run). Prints progress
// and the time taken to `out`. Throws GlContextError, RenderError, DataError.
void exportTourFrames(const TourPlayer& player, const FrameExportOptions& options, const CountryTable& countries,
                      std::ostream& out);

// The number of frames a tour of `seconds` takes at `fps`: both ends included.
int frameCount(double seconds, double fps);

}  // namespace pm::app
