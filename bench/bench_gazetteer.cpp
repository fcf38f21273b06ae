#include <benchmark/benchmark.h>

#include <string>

#include "core/countries.hpp"
#include "core/gazetteer.hpp"
#include "core/resources.hpp"
#include "core/text_fold.hpp"

namespace {

const pm::Gazetteer& gazetteer() {
    static const pm::Gazetteer loaded = pm::Gazetteer::load(pm::assetPath("gazetteer/cities500.tsv"));
    return loaded;
}

void BM_GazetteerLoad(benchmark::State& state) {
    const auto path = pm::assetPath("gazetteer/cities500.tsv");
    size_t bytes = 0;
    for (auto _ : state) {
        pm::Gazetteer loaded = pm::Gazetteer::load(path);
        bytes = loaded.memoryBytes();
        benchmark::DoNotOptimize(loaded);
    }
    state.counters["index_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerGeocode(benchmark::State& state, const char* name, const char* country) {
    const pm::Gazetteer& g = gazetteer();
    for (auto _ : state) benchmark::DoNotOptimize(g.geocode(name, country));
}
BENCHMARK_CAPTURE(BM_GazetteerGeocode, main_name_world, "Hannover", "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, exonym_in_country, "Krakau", "PL")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, accent_free_world, "Krakow", "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, ambiguous_world, "San Carlos", "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, famous_alternate_world, "Lemberg", "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, short_forms_in_country, "Neustadt", "DE")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, unknown_in_country, "Nurnbreg", "DE")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerGeocode, unknown_world, "Zzyzxq", "")->Unit(benchmark::kMillisecond);

void BM_GazetteerSearch(benchmark::State& state, const char* name, const char* country) {
    const pm::Gazetteer& g = gazetteer();
    for (auto _ : state) benchmark::DoNotOptimize(g.search(name, country, 10));
}
BENCHMARK_CAPTURE(BM_GazetteerSearch, many_matches, "San Jose", "")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_GazetteerSearch, exonym, "Rostow am Don", "")->Unit(benchmark::kMicrosecond);

void BM_FoldKey(benchmark::State& state, const char* text) {
    const std::string input = text;
    for (auto _ : state) benchmark::DoNotOptimize(pm::foldKey(input));
}
BENCHMARK_CAPTURE(BM_FoldKey, ascii, "Frankfurt am Main");
BENCHMARK_CAPTURE(BM_FoldKey, latin, "Brașov Córdoba Poznań Łódź Nürnberg");
BENCHMARK_CAPTURE(BM_FoldKey, cyrillic, "РОСТОВ-НА-ДОНУ");

void BM_CountryFind(benchmark::State& state, const char* query) {
    static const pm::CountryTable table = pm::CountryTable::load(pm::CountryTable::defaultPath());
    for (auto _ : state) benchmark::DoNotOptimize(table.find(query));
}
BENCHMARK_CAPTURE(BM_CountryFind, alpha2, "DE");
BENCHMARK_CAPTURE(BM_CountryFind, german_alias, "Vereinigte Staaten von Amerika");

}  // namespace
