// Scene building and SVG export for the bundled data: the cartography's speed targets
// (scene per projection well under 100 ms, the 50m basemap reprojected under 100 ms).
#include <benchmark/benchmark.h>

#include "core/dataset_files.hpp"
#include "core/map_view.hpp"
#include "core/projection_catalog.hpp"
#include "core/resources.hpp"
#include "core/svg_map.hpp"
#include "core/text_metrics.hpp"

namespace {

const pm::DataSet& bundled() {
    static const pm::DataSet data = pm::loadDataSetFile(pm::bundledDataPath(), {});
    return data;
}

pm::BasemapCache& basemaps() {
    static pm::BasemapCache cache;
    return cache;
}

pm::ProjectionSpec specFor(int index) {
    const pm::ProjectionInfo& info = pm::projectionCatalog().at(static_cast<size_t>(index));
    return {std::string(info.id), {.lat = 49.45, .lon = 11.08}, ""};
}

void projectionArguments(benchmark::internal::Benchmark* bench) {
    for (size_t i = 0; i < pm::projectionCatalog().size(); ++i)
        if (pm::projectionCatalog()[i].id != pm::kCustomProjectionId) bench->Arg(static_cast<int>(i));
}

void BM_DataLayer(benchmark::State& state) {
    const pm::ProjectionSpec spec = specFor(static_cast<int>(state.range(0)));
    state.SetLabel(spec.id);
    for (auto _ : state) {
        const pm::Projection projection(spec);  // included: a projection switch builds a new one
        pm::DataLayerOptions options;
        options.link_tolerance = projection.bounds().width() / 3840.0;  // half a pixel at 1920 px wide
        benchmark::DoNotOptimize(pm::buildDataLayer(bundled(), projection, options));
    }
}
BENCHMARK(BM_DataLayer)->Apply(projectionArguments)->Unit(benchmark::kMillisecond);

void BM_BasemapLayer50m(benchmark::State& state) {
    const pm::ProjectionSpec spec = specFor(static_cast<int>(state.range(0)));
    state.SetLabel(spec.id);
    const pm::Basemap& basemap = basemaps().get(pm::BasemapDetail::Medium50m);
    for (auto _ : state) {
        const pm::Projection projection(spec);
        benchmark::DoNotOptimize(pm::buildBasemapLayer(basemap, projection, 30.0));
    }
}
BENCHMARK(BM_BasemapLayer50m)->Apply(projectionArguments)->Unit(benchmark::kMillisecond);

void BM_SvgBundled(benchmark::State& state) {
    pm::MapView view;
    view.overlay.date_text = "23.11.2026";
    basemaps().get(pm::BasemapDetail::Medium50m);
    for (auto _ : state) benchmark::DoNotOptimize(pm::renderMapSvg(bundled(), view, basemaps()));
}
BENCHMARK(BM_SvgBundled)->Unit(benchmark::kMillisecond);

}  // namespace
