// partnermap_render_bench: times the OpenGL renderer in one process with a hidden window.
//   xvfb-run -a build/bench/render/partnermap_render_bench [--size WxH] [--frames N] [--export N]
//                                                         [--synthetic N] [--png FILE]
// Prints the median (and min/max) of N finished frames and of N PNG exports (compose, render, encode).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "app/gl_context.hpp"
#include "app/inputs.hpp"
#include "app/png_writer.hpp"
#include "app/render_options.hpp"
#include "core/map_view.hpp"
#include "render/render_bench.hpp"

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string size = "1920x1080", png;
    int frames = 0, exports = 0, synthetic = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i], value = argv[i + 1];
        if (option == "--size")
            size = value;
        else if (option == "--frames")
            frames = std::atoi(value.c_str());
        else if (option == "--export")
            exports = std::atoi(value.c_str());
        else if (option == "--synthetic")
            synthetic = std::atoi(value.c_str());
        else if (option == "--png")
            png = value;
        else {
            std::cerr << "unknown option " << option << "\n";
            return 2;
        }
    }
    try {
        const pm::app::GlWindow window({64, 64, "partnermap bench", false, false, 0, false});
        std::cout << "context: " << window.describeContext() << "\n";
        const pm::app::Inputs inputs;
        std::vector<pm::Problem> warnings;
        pm::DataSet data = inputs.loadData({}, warnings);
        if (synthetic > 0) data = pm::render::syntheticDataSet(data, synthetic);
        pm::app::RenderOptions options;
        options.size = size;
        options.date = "23.11.2026";
        pm::MapView view = pm::app::resolveMapView(options, data, inputs.countries());
        pm::BasemapCache basemaps;
        std::cout << "data: " << data.partnerships.size() << " partnerships, view " << view.width << "x" << view.height
                  << "\n";
        if (frames > 0) {
            const pm::render::FrameTiming timing = pm::render::measureFrames(data, view, frames, &basemaps);
            std::printf("frames: %d, median %.2f ms (min %.2f, max %.2f), CPU %.2f ms per frame\n", timing.frames,
                        timing.median_ms, timing.min_ms, timing.max_ms, timing.median_cpu_ms);
        }
        std::vector<double> compose, render, encode, total;
        int tiles = 0;
        for (int i = 0; i < exports; ++i) {
            const pm::render::ExportTiming timing =
                pm::render::measureExport(data, view, png, &basemaps, pm::app::writeMapPng);
            compose.push_back(timing.compose_s);
            render.push_back(timing.render_s);
            encode.push_back(timing.encode_s);
            total.push_back(timing.total_s);
            tiles = timing.tiles;
        }
        if (exports > 0)
            std::printf("export x%d (%d tiles): median total %.3f s = compose %.3f + render %.3f + png %.3f\n", exports,
                        tiles, median(total), median(compose), median(render), median(encode));
    } catch (const std::exception& error) {
        std::cerr << "partnermap_render_bench: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
