#include "render/render_bench.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <iterator>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

#include "core/filter.hpp"
#include "core/resources.hpp"
#include "core/text_metrics.hpp"
#include "render/gl_objects.hpp"
#include "render/map_renderer.hpp"

namespace pm::render {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the whole process, all threads: with a software rasteriser (llvmpipe) this is the work done,
// whatever else the machine runs.
double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

struct Composed {
    ComposedMap map;
    double seconds = 0;
};

Composed compose(const DataSet& data, const MapView& view, BasemapCache* basemaps) {
    BasemapCache own;
    const auto start = Clock::now();
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    Composed composed{composeMap(data, view, basemaps ? *basemaps : own, *regular, *bold), 0};
    composed.seconds = secondsSince(start);
    return composed;
}

DrawState drawStateFor(const MapView& view, const ComposedMap& map) {
    DrawState state;
    state.theme = view.theme;
    state.overlay_scale = map.overlay_options.scale;
    return state;
}

}  // namespace

DataSet syntheticDataSet(const DataSet& base, int partnerships, unsigned seed) {
    DataSet data;
    data.title = "synthetic";
    data.source = "synthetic";
    for (const std::string& id : homeCityIds(base)) data.cities.push_back(*base.findCity(id));
    if (data.cities.empty()) return data;
    const size_t homes = data.cities.size();
    static constexpr const char* kCountries[] = {"FR", "PL", "US", "CN", "BR", "ZA", "IN", "RU", "AU", "AR",
                                                 "CA", "JP", "NG", "EG", "TR", "MX", "ID", "KE", "IT", "SE"};
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::vector<PartnershipType> types = builtinTypes();
    for (int i = 0; i < partnerships; ++i) {
        City city;
        city.id = "synthetic-" + std::to_string(i);
        city.name = "Stadt " + std::to_string(i);
        city.country = kCountries[static_cast<size_t>(i) % std::size(kCountries)];
        // Uniform on the sphere: latitude from the arcsine of a uniform sine.
        city.position =
            GeoPoint{std::asin(2.0 * unit(random) - 1.0) * 180.0 / std::numbers::pi, unit(random) * 360.0 - 180.0};
        city.population = static_cast<long long>(1000 + unit(random) * 2e6);
        data.cities.push_back(city);
        Partnership partnership;
        partnership.home_id = data.cities[static_cast<size_t>(i) % homes].id;
        partnership.partner_id = city.id;
        partnership.type =
            types[static_cast<size_t>(unit(random) * static_cast<double>(types.size())) % types.size()].id;
        partnership.since = 1950 + static_cast<int>(unit(random) * 70);
        const double status = unit(random);
        partnership.status = status < 0.05  ? PartnershipStatus::Ended
                             : status < 0.1 ? PartnershipStatus::Suspended
                                            : PartnershipStatus::Active;
        if (partnership.status == PartnershipStatus::Ended) partnership.until = *partnership.since + 10;
        data.partnerships.push_back(partnership);
    }
    return data;
}

ExportTiming measureExport(const DataSet& data, const MapView& view, const std::filesystem::path& png,
                           BasemapCache* basemaps, const PngWriter& write_png) {
    ExportTiming timing;
    const auto start = Clock::now();
    const Composed composed = compose(data, view, basemaps);
    timing.compose_s = composed.seconds;

    const auto render_start = Clock::now();
    MapRenderer renderer(shaderPath(""));
    const DrawState state = drawStateFor(view, composed.map);
    const Image image = renderer.renderImage(composed.map.scene, composed.map.overlay, composed.map.transform,
                                             view.width, view.height, state, [&](double) { ++timing.tiles; });
    timing.render_s = secondsSince(render_start);

    if (!png.empty()) {
        const auto encode_start = Clock::now();
        if (write_png)
            write_png(image, png);
        else
            writePng(image, png);
        timing.encode_s = secondsSince(encode_start);
    }
    timing.total_s = secondsSince(start);
    return timing;
}

FrameTiming measureFrames(const DataSet& data, const MapView& view, int frames, BasemapCache* basemaps) {
    FrameTiming timing;
    const Composed composed = compose(data, view, basemaps);
    MapRenderer renderer(shaderPath(""));
    renderer.setBasemap(composed.map.scene.basemap);
    renderer.setData(composed.map.scene.data);
    renderer.setOverlay(composed.map.overlay);
    const DrawState state = drawStateFor(view, composed.map);

    // A window-sized framebuffer of our own stands in for the window.
    const GlFramebuffer framebuffer;
    const GlRenderbuffer color;
    glBindRenderbuffer(GL_RENDERBUFFER, color.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, view.width, view.height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());

    renderer.draw(composed.map.transform, view.width, view.height, state);  // warm-up: allocations
    glFinish();
    std::vector<double> times, cpu_times;
    for (int i = 0; i < frames; ++i) {
        const MapTransform transform = composed.map.transform.panned((i % 2 == 0) ? 3.0 : -3.0, 0.0);
        const auto start = Clock::now();
        const double cpu_start = processCpuSeconds();
        renderer.draw(transform, view.width, view.height, state);
        glFinish();
        times.push_back(secondsSince(start) * 1000.0);
        cpu_times.push_back((processCpuSeconds() - cpu_start) * 1000.0);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (times.empty()) return timing;
    std::sort(times.begin(), times.end());
    timing.frames = static_cast<int>(times.size());
    timing.min_ms = times.front();
    timing.max_ms = times.back();
    timing.median_ms = times[times.size() / 2];
    std::sort(cpu_times.begin(), cpu_times.end());
    timing.median_cpu_ms = cpu_times[cpu_times.size() / 2];
    return timing;
}

}  // namespace pm::render
