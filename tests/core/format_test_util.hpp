#pragma once

// Shared fixtures of the file format tests: a small country table, a fake gazetteer, a sample
// data set, field-by-field comparison and a temporary folder.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/countries.hpp"
#include "core/dataset_files.hpp"
#include "core/gazetteer.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm::test {

inline const CountryTable& testCountries() {
    static const CountryTable table = CountryTable::fromText(
        "alpha2\talpha3\tnumeric\tname_en\tname_de\tcontinent\n"
        "DE\tDEU\t276\tGermany\tDeutschland\tEurope\n"
        "FR\tFRA\t250\tFrance\tFrankreich\tEurope\n"
        "PL\tPOL\t616\tPoland\tPolen\tEurope\n"
        "GB\tGBR\t826\tUnited Kingdom\tVereinigtes Königreich\tEurope\n"
        "US\tUSA\t840\tUnited States\tVereinigte Staaten\tNorth America\n"
        "NZ\tNZL\t554\tNew Zealand\tNeuseeland\tOceania\n"
        "RU\tRUS\t643\tRussia\tRussland\tEurope\n"
        "FJ\tFJI\t242\tFiji\tFidschi\tOceania\n",
        "test-countries.tsv");
    return table;
}

// Answers from a fixed list; a name with several entries in the asked country is ambiguous.
class FakeGeocoder : public Geocoder {
public:
    FakeGeocoder& add(GazetteerEntry entry) {
        m_entries.push_back(std::move(entry));
        return *this;
    }
    // Near misses returned for names that are not found.
    FakeGeocoder& nearMiss(std::string name, GazetteerEntry entry) {
        m_near[std::move(name)].push_back(std::move(entry));
        return *this;
    }
    GeocodeResult geocode(std::string_view name, std::string_view country) const override {
        ++calls;
        GeocodeResult result;
        for (const GazetteerEntry& entry : m_entries)
            if ((entry.name == name || m_aliases.count({std::string(name), entry.name})) &&
                (country.empty() || entry.country == country))
                result.candidates.push_back(entry);
        if (result.candidates.size() == 1) {
            result.outcome = GeocodeResult::Outcome::Found;
            result.match = result.candidates.front();
            result.candidates.clear();
        } else if (result.candidates.size() > 1) {
            result.outcome = GeocodeResult::Outcome::Ambiguous;
        } else if (const auto it = m_near.find(std::string(name)); it != m_near.end()) {
            result.candidates = it->second;
        }
        return result;
    }
    // `written` finds the entry named `main` (e.g. "Krakau" -> "Kraków").
    FakeGeocoder& alias(std::string written, std::string main) {
        m_aliases.insert({std::move(written), std::move(main)});
        return *this;
    }
    mutable int calls = 0;

private:
    std::vector<GazetteerEntry> m_entries;
    std::map<std::string, std::vector<GazetteerEntry>> m_near;
    std::set<std::pair<std::string, std::string>> m_aliases;
};

inline FakeGeocoder testGeocoder() {
    FakeGeocoder geocoder;
    geocoder.add({2861650, "Nürnberg", "DE", {.lat = 49.45421, .lon = 11.07752}, 510632})
        .add({2990440, "Nice", "FR", {.lat = 43.70313, .lon = 7.26608}, 342669})
        .add({3094802, "Kraków", "PL", {.lat = 50.06143, .lon = 19.93658}, 755050})
        .add({2925533, "Frankfurt am Main", "DE", {.lat = 50.11552, .lon = 8.68417}, 650000})
        .add({2925535, "Frankfurt (Oder)", "DE", {.lat = 52.34714, .lon = 14.55062}, 58537})
        .add({2925000, "Neustadt", "DE", {.lat = 49.35, .lon = 8.14}, 53000})
        .add({2925001, "Neustadt", "DE", {.lat = 50.3, .lon = 11.1}, 15000})
        .alias("Krakau", "Kraków")
        .alias("Nizza", "Nice")
        .nearMiss("Nürnbreg", {2861650, "Nürnberg", "DE", {.lat = 49.45421, .lon = 11.07752}, 510632});
    return geocoder;
}

// A data set with everything the model can hold, including a declared type.
inline DataSet sampleDataSet() {
    DataSet data;
    data.title = "Städtepartnerschaften von Nürnberg";
    data.extra_types.push_back({"school", "Schulpartnerschaft", "School partnership", {"Schulpartner"}});
    City nuernberg{"nuernberg", "Nürnberg", {{"en", "Nuremberg"}}, "DE", {.lat = 49.45421, .lon = 11.07752}, 2861650,
                   510632,      0};
    City nizza{
        "nizza",      "Nizza", {{"en", "Nice"}, {"fr", "Nice"}}, "FR", {.lat = 43.70313, .lon = 7.26608}, 2990440,
        std::nullopt, 0};
    City krakau{"krakau", "Krakau", {}, "PL", {.lat = 50.06143, .lon = 19.93658}, std::nullopt, std::nullopt, 0};
    City quote{"quote-town", "Quote \"Town\", Ltd", {}, "GB", {.lat = -51.5, .lon = -0.000001},
               std::nullopt, std::nullopt,          0};
    data.cities = {nuernberg, nizza, krakau, quote};
    Partnership p1{"nuernberg",
                   "nizza",
                   "partnership",
                   1954,
                   std::nullopt,
                   PartnershipStatus::Active,
                   "Verbrüderungseid 1954",
                   {"https://example.org/a", "https://example.org/b"},
                   0};
    Partnership p2{"nuernberg", "krakau", "school", 1990, 2001, PartnershipStatus::Ended, "", {}, 0};
    Partnership p3{"nuernberg",
                   "quote-town",
                   "friendship",
                   std::nullopt,
                   std::nullopt,
                   PartnershipStatus::Suspended,
                   "line one\nline two; with \"quotes\"",
                   {},
                   0};
    data.partnerships = {p1, p2, p3};
    return data;
}

// Field-by-field equality; `line` and `source` are where the data came from and are ignored.
inline void expectSameData(const DataSet& expected, const DataSet& actual) {
    EXPECT_EQ(expected.title, actual.title);
    ASSERT_EQ(expected.extra_types.size(), actual.extra_types.size());
    for (size_t i = 0; i < expected.extra_types.size(); ++i) {
        EXPECT_EQ(expected.extra_types[i].id, actual.extra_types[i].id);
        EXPECT_EQ(expected.extra_types[i].label_de, actual.extra_types[i].label_de);
        EXPECT_EQ(expected.extra_types[i].label_en, actual.extra_types[i].label_en);
        EXPECT_EQ(expected.extra_types[i].aliases, actual.extra_types[i].aliases);
    }
    ASSERT_EQ(expected.cities.size(), actual.cities.size());
    for (size_t i = 0; i < expected.cities.size(); ++i) {
        const City& a = expected.cities[i];
        const City& b = actual.cities[i];
        SCOPED_TRACE("city " + a.id);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.names, b.names);
        EXPECT_EQ(a.country, b.country);
        EXPECT_EQ(a.position.lat, b.position.lat);
        EXPECT_EQ(a.position.lon, b.position.lon);
        EXPECT_EQ(a.geonames_id, b.geonames_id);
        EXPECT_EQ(a.population, b.population);
    }
    ASSERT_EQ(expected.partnerships.size(), actual.partnerships.size());
    for (size_t i = 0; i < expected.partnerships.size(); ++i) {
        const Partnership& a = expected.partnerships[i];
        const Partnership& b = actual.partnerships[i];
        SCOPED_TRACE("partnership " + a.home_id + " - " + a.partner_id);
        EXPECT_EQ(a.home_id, b.home_id);
        EXPECT_EQ(a.partner_id, b.partner_id);
        EXPECT_EQ(a.type, b.type);
        EXPECT_EQ(a.since, b.since);
        EXPECT_EQ(a.until, b.until);
        EXPECT_EQ(a.status, b.status);
        EXPECT_EQ(a.note, b.note);
        EXPECT_EQ(a.sources, b.sources);
    }
}

// The problems a parse throws, as "FILE:LINE: message"; empty if it succeeds.
inline std::vector<std::string> problemsOf(const std::function<void()>& parse) {
    try {
        parse();
    } catch (const DataError& error) {
        std::vector<std::string> lines;
        for (const Problem& problem : error.problems()) lines.push_back(problem.toString());
        return lines;
    }
    return {};
}

inline std::vector<std::string> parseProblems(std::string_view text, FileFormat format,
                                              const ImportContext& context = {}) {
    return problemsOf([&] { parseDataSet(text, format, "f", context); });
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

inline void writeFile(const std::filesystem::path& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

inline std::filesystem::path testData(const std::string& relative) {
    return std::filesystem::path(PARTNERMAP_TEST_DATA) / relative;
}

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("pm-formats-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    // Names of the entries, sorted.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(m_path))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace pm::test
