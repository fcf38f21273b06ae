#pragma once

#include <filesystem>
#include <functional>

#include "core/image.hpp"
#include "core/map_view.hpp"
#include "core/model.hpp"

// Timings of the OpenGL renderer for `partnermap --bench` and the benchmark binary. Every function needs
// a current GL 3.3 core context (e.g. a hidden app::GlWindow).
namespace pm::render {

struct ExportTiming {
    double compose_s = 0;  // composeMap: projection, basemap layer, links, label layout
    double render_s = 0;   // renderer creation, upload, tiled drawing and read-back
    double encode_s = 0;   // PNG encoding and writing (0 when no file was asked for)
    double total_s = 0;
    int tiles = 0;
};

// Writes an image as PNG; core's writePng by default, app::writeMapPng is what the command line uses.
using PngWriter = std::function<void(const Image&, const std::filesystem::path&)>;

// One export of `view` at view.width x view.height, as `partnermap render -o x.png` does it (without
// process start and data loading). Writes the PNG with `write_png` when `png` is not empty.
ExportTiming measureExport(const DataSet& data, const MapView& view, const std::filesystem::path& png = {},
                           BasemapCache* basemaps = nullptr, const PngWriter& write_png = {});

struct FrameTiming {
    double median_ms = 0, min_ms = 0, max_ms = 0;  // wall clock, each frame finished with glFinish
    double median_cpu_ms = 0;                      // CPU time of the process (all threads) per frame: llvmpipe's work
    int frames = 0;
};

// A data set for load tests: the home cities of `base` and `partnerships` partnerships to partner cities
// spread evenly over the globe, types and statuses mixed (about 1 in 10 not active). Deterministic.
DataSet syntheticDataSet(const DataSet& base, int partnerships, unsigned seed = 1);

// Draws `frames` frames of `view` at view.width x view.height into an offscreen framebuffer, each one
// finished (glFinish), panning a little between frames; the scene is uploaded once beforehand.
FrameTiming measureFrames(const DataSet& data, const MapView& view, int frames, BasemapCache* basemaps = nullptr);

}  // namespace pm::render
