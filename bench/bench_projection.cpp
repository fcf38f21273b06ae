// Loading the basemap and reprojecting it (clip on the sphere + PROJ + resampling) per projection.
//   build/bench/partnermap_bench --benchmark_filter='Basemap|Reproject|ProjectionSetup'
//   --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include "core/basemap.hpp"
#include "core/projection.hpp"

namespace pm {
namespace {

void BM_LoadBasemap(benchmark::State& state) {
    const auto detail = static_cast<BasemapDetail>(state.range(0));
    const auto path = basemapPath(detail);
    size_t points = 0;
    for (auto _ : state) {
        Basemap map = loadBasemap(path);
        benchmark::DoNotOptimize(map);
        points = map.land.size() + map.countries.size() + map.borders.size();
    }
    state.SetLabel(std::string(basemapDetailName(detail)) + ", " + std::to_string(points) + " features");
}
BENCHMARK(BM_LoadBasemap)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

const Basemap& basemap50m() {
    static const Basemap map = loadBasemap(basemapPath(BasemapDetail::Medium50m));
    return map;
}

ProjectionSpec specFor(size_t index) {
    const ProjectionInfo& info = projectionCatalog()[index];
    // Centred on Nuremberg: the azimuthal ones on the city, the world ones on its meridian.
    return {std::string(info.id), {.lat = 49.45, .lon = 11.08}, ""};
}

const Basemap& basemap110m() {
    static const Basemap map = loadBasemap(basemapPath(BasemapDetail::Coarse110m));
    return map;
}

// What the scene builder does when the view changes: every land polygon, country and border.
void reproject(benchmark::State& state, const Basemap& map) {
    const ProjectionSpec spec = specFor(static_cast<size_t>(state.range(0)));
    const Projection projection(spec);
    size_t points = 0;
    for (auto _ : state) {
        points = 0;
        for (const GeoPolygon& polygon : map.land)
            for (const MapPolygon& piece : projectClippedPolygon(polygon, projection)) points += piece.exterior.size();
        for (const BasemapCountry& country : map.countries)
            for (const GeoPolygon& polygon : country.polygons)
                for (const MapPolygon& piece : projectClippedPolygon(polygon, projection))
                    points += piece.exterior.size();
        for (const GeoLine& border : map.borders)
            for (const MapLine& line : projectClippedLine(border, projection)) points += line.size();
        benchmark::DoNotOptimize(points);
    }
    state.SetLabel(spec.id + ", " + std::to_string(points) + " points out");
}
void BM_ReprojectBasemap50m(benchmark::State& state) {
    reproject(state, basemap50m());
}
void BM_ReprojectBasemap110m(benchmark::State& state) {
    reproject(state, basemap110m());
}
BENCHMARK(BM_ReprojectBasemap50m)->DenseRange(0, 9)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReprojectBasemap110m)->DenseRange(0, 9)->Unit(benchmark::kMillisecond);

// The same through projectBasemap, which projects the points the layers share once.
void BM_ProjectBasemap50m(benchmark::State& state) {
    const Basemap& map = basemap50m();
    const ProjectionSpec spec = specFor(static_cast<size_t>(state.range(0)));
    const Projection projection(spec);
    for (auto _ : state) {
        ProjectedBasemap projected = projectBasemap(map, projection);
        benchmark::DoNotOptimize(projected);
    }
    state.SetLabel(spec.id);
}
BENCHMARK(BM_ProjectBasemap50m)->DenseRange(0, 9)->Unit(benchmark::kMillisecond);

// Clipping alone (no PROJ), for the world cut and the globe's horizon.
void BM_ClipBasemap50m(benchmark::State& state) {
    const Basemap& map = basemap50m();
    const ClipRegion region = state.range(0) == 0 ? ClipRegion::antimeridian(11.08)
                                                  : ClipRegion::circle({.lat = 49.45, .lon = 11.08}, 90.0 - 1e-6);
    for (auto _ : state) {
        size_t pieces = 0;
        for (const GeoPolygon& polygon : map.land) pieces += clipPolygon(polygon, region).size();
        for (const BasemapCountry& country : map.countries)
            for (const GeoPolygon& polygon : country.polygons) pieces += clipPolygon(polygon, region).size();
        for (const GeoLine& border : map.borders) pieces += clipLine(border, region).size();
        benchmark::DoNotOptimize(pieces);
    }
    state.SetLabel(state.range(0) == 0 ? "antimeridian" : "globe horizon");
}
BENCHMARK(BM_ClipBasemap50m)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

void BM_ProjectionSetup(benchmark::State& state) {
    const ProjectionSpec spec = specFor(static_cast<size_t>(state.range(0)));
    for (auto _ : state) {
        Projection projection(spec);
        benchmark::DoNotOptimize(projection.bounds());
    }
    state.SetLabel(spec.id);
}
BENCHMARK(BM_ProjectionSetup)->Arg(0)->Arg(7)->Arg(8)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pm
