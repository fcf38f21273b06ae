#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/label_layout.hpp"

namespace {

// Random city names' boxes on a full-HD map: uniformly spread, or two thirds of them in a
// Europe-like cluster (a tenth of the width across) and the rest spread around the world.
std::vector<pm::LabelRequest> scene(int count, bool clustered, double width, double height) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> spread(0.0, 1.0);
    std::vector<pm::LabelRequest> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        pm::LabelRequest r;
        r.id = "city" + std::to_string(i);
        r.anchor = {unit(rng) * width, unit(rng) * height};
        if (clustered && i % 3 != 0) {
            r.anchor = {width * (0.5 + 0.05 * spread(rng)), height * (0.3 + 0.05 * spread(rng))};
        }
        r.marker_radius = 3;
        const int letters = 4 + static_cast<int>(unit(rng) * 12);
        r.text = {letters * 0.6 * 12, 14, 2.9};
        r.priority = std::floor(unit(rng) * 1000);
        r.must_show = i < 3;
        requests.push_back(std::move(r));
    }
    return requests;
}

void layout(benchmark::State& state, double width, double height, const pm::LabelLayoutOptions& options = {}) {
    const int count = static_cast<int>(state.range(0));
    const bool clustered = state.range(1) != 0;
    const std::vector<pm::LabelRequest> requests = scene(count, clustered, width, height);
    const pm::LabelRect viewport{0, 0, width, height};
    const std::vector<pm::LabelRect> obstacles = {{10, height - 130, 260, height - 10}, {10, 10, 400, 50}};
    int shown = 0;
    int displaced = 0;
    for (auto _ : state) {
        const auto placements = pm::layoutLabels(viewport, obstacles, requests, options);
        benchmark::DoNotOptimize(placements.data());
        shown = 0;
        displaced = 0;
        for (const auto& p : placements) {
            shown += p.shown();
            displaced += p.status == pm::LabelStatus::Displaced;
        }
    }
    state.counters["shown"] = shown;
    state.counters["displaced"] = displaced;
}

// A full-HD window: 10,000 labels there is far beyond what fits, the worst case for the search.
void BM_LabelLayoutFullHd(benchmark::State& state) {
    layout(state, 1920, 1080);
}
// A large export (8K): the same numbers with room to spare.
void BM_LabelLayout8K(benchmark::State& state) {
    layout(state, 7680, 4320);
}
// Full HD with leaders only for the top 1% (priorities are 0..999): background city names that
// are dropped rather than displaced, as a map with thousands of labels would configure it.
void BM_LabelLayoutFullHdFewLeaders(benchmark::State& state) {
    pm::LabelLayoutOptions options;
    options.leader_min_priority = 990;
    layout(state, 1920, 1080, options);
}
// Full HD without leaders at all.
void BM_LabelLayoutFullHdNoLeaders(benchmark::State& state) {
    pm::LabelLayoutOptions options;
    options.allow_leaders = false;
    layout(state, 1920, 1080, options);
}

}  // namespace

BENCHMARK(BM_LabelLayoutFullHd)
    ->ArgNames({"labels", "clustered"})
    ->ArgsProduct({{50, 1000, 10000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelLayoutFullHdFewLeaders)
    ->ArgNames({"labels", "clustered"})
    ->ArgsProduct({{1000, 10000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelLayoutFullHdNoLeaders)
    ->ArgNames({"labels", "clustered"})
    ->ArgsProduct({{1000, 10000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelLayout8K)
    ->ArgNames({"labels", "clustered"})
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->Unit(benchmark::kMillisecond);
