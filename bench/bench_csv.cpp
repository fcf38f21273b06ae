#include <benchmark/benchmark.h>

#include <string>

#include "core/countries.hpp"
#include "core/csv_format.hpp"
#include "core/dataset_files.hpp"

namespace {

const pm::CountryTable& benchCountries() {
    static const pm::CountryTable table = pm::CountryTable::fromText(
        "alpha2\talpha3\tnumeric\tname_en\tname_de\tcontinent\n"
        "DE\tDEU\t276\tGermany\tDeutschland\tEurope\n"
        "FR\tFRA\t250\tFrance\tFrankreich\tEurope\n"
        "PL\tPOL\t616\tPoland\tPolen\tEurope\n"
        "GB\tGBR\t826\tUnited Kingdom\tVereinigtes Königreich\tEurope\n"
        "US\tUSA\t840\tUnited States\tVereinigte Staaten\tNorth America\n",
        "bench-countries.tsv");
    return table;
}

// 10,000 partnerships of three home cities with distinct partners, every row with coordinates
// (so no gazetteer is involved), countries as codes and names, some quoted notes.
const std::string& tenThousandRows() {
    static const std::string text = [] {
        const char* homes[] = {"Nürnberg", "Dortmund", "Hannover"};
        const char* countries[] = {"FR", "Polen", "GB", "USA", "Frankreich"};
        std::string csv =
            "home,home_country,partner,country,type,since,until,status,lat,lon,home_lat,home_lon,note,"
            "source\n";
        for (int i = 0; i < 10000; ++i) {
            const double lat = -60.0 + (i % 1200) * 0.1;
            const double lon = -170.0 + (i % 3400) * 0.1;
            csv += std::string(homes[i % 3]) + ",DE,Partnerstadt " + std::to_string(i) + "," + countries[i % 5] +
                   ",partnership," + std::to_string(1950 + i % 70) + ",,active," + std::to_string(lat) + "," +
                   std::to_string(lon) + ",49.45421,11.07752," + (i % 4 == 0 ? "\"Notiz, mit Komma\"" : std::string()) +
                   ",https://example.org/" + std::to_string(i) + "\n";
        }
        return csv;
    }();
    return text;
}

void BM_CsvImport10k(benchmark::State& state) {
    const pm::ImportContext context{nullptr, &benchCountries(), nullptr};
    for (auto _ : state) {
        pm::DataSet data = pm::parseDataSet(tenThousandRows(), pm::FileFormat::Csv, "bench.csv", context);
        benchmark::DoNotOptimize(data);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(tenThousandRows().size()));
}
BENCHMARK(BM_CsvImport10k)->Unit(benchmark::kMillisecond);

void BM_CsvExport10k(benchmark::State& state) {
    const pm::DataSet data =
        pm::parseDataSet(tenThousandRows(), pm::FileFormat::Csv, "bench.csv", {nullptr, &benchCountries(), nullptr});
    for (auto _ : state) {
        std::string text = pm::serializeDataSet(data, pm::FileFormat::Csv);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_CsvExport10k)->Unit(benchmark::kMillisecond);

// For comparison: the same data in the native format.
void BM_NativeJsonLoad10k(benchmark::State& state) {
    const pm::DataSet data =
        pm::parseDataSet(tenThousandRows(), pm::FileFormat::Csv, "bench.csv", {nullptr, &benchCountries(), nullptr});
    const std::string json = pm::serializeDataSet(data, pm::FileFormat::NativeJson);
    for (auto _ : state) {
        pm::DataSet loaded = pm::parseDataSet(json, pm::FileFormat::NativeJson, "bench.json", {});
        benchmark::DoNotOptimize(loaded);
    }
}
BENCHMARK(BM_NativeJsonLoad10k)->Unit(benchmark::kMillisecond);

}  // namespace
