#include <gtest/gtest.h>

#include <string>

#include "core/csv_format.hpp"
#include "core/geojson_format.hpp"
#include "core/native_json.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

const ImportContext kWithCountries{nullptr, &test::testCountries(), nullptr};

TEST(CsvExport, ExactText) {
    EXPECT_EQ(writeCsv(test::sampleDataSet()),
              "home,home_country,partner,country,type,since,until,status,lat,lon,home_lat,home_lon,note,source\n"
              "Nürnberg,DE,Nizza,FR,partnership,1954,,active,43.70313,7.26608,49.45421,11.07752,Verbrüderungseid "
              "1954,https://example.org/a | https://example.org/b\n"
              "Nürnberg,DE,Krakau,PL,school,1990,2001,ended,50.06143,19.93658,49.45421,11.07752,,\n"
              "Nürnberg,DE,\"Quote \"\"Town\"\", Ltd\",GB,friendship,,,suspended,-51.5,-0.000001,49.45421,11.07752,"
              "\"line one\nline two; with \"\"quotes\"\"\",\n");
}

TEST(CsvExport, HeaderOfAnEmptyDataSet) {
    EXPECT_EQ(writeCsv(DataSet{}), std::string(kCsvHeader) + "\n");
    EXPECT_EQ(writeCsv(DataSet{}, '\t'),
              "home\thome_country\tpartner\tcountry\ttype\tsince\tuntil\tstatus\tlat\tlon\thome_lat\thome_lon\tnote\t"
              "source\n");
}

TEST(CsvExport, CsvToCsvIsByteForByte) {
    const std::string text = test::readFile(test::testData("formats/roundtrip.csv"));
    const DataSet data = parseDataSet(text, FileFormat::Csv, "roundtrip.csv", kWithCountries);
    ASSERT_EQ(data.partnerships.size(), 5u);
    EXPECT_EQ(data.partnerships[2].note, "Zeile 1\nZeile 2 mit \"Zitat\"");
    EXPECT_EQ(serializeDataSet(data, FileFormat::Csv), text);
}

TEST(CsvExport, CsvToJsonToCsvIsByteForByte) {
    const std::string text = test::readFile(test::testData("formats/roundtrip.csv"));
    const DataSet data = parseDataSet(text, FileFormat::Csv, "roundtrip.csv", kWithCountries);
    const std::string json = serializeDataSet(data, FileFormat::NativeJson);
    const DataSet from_json = parseDataSet(json, FileFormat::NativeJson, "roundtrip.json", {});
    EXPECT_EQ(serializeDataSet(from_json, FileFormat::Csv), text);
}

TEST(CsvExport, CsvToGeoJsonToCsvIsByteForByte) {
    const std::string text = test::readFile(test::testData("formats/roundtrip.csv"));
    const DataSet data = parseDataSet(text, FileFormat::Csv, "roundtrip.csv", kWithCountries);
    const std::string geojson = serializeDataSet(data, FileFormat::GeoJson);
    const DataSet from_geojson = parseDataSet(geojson, FileFormat::GeoJson, "roundtrip.geojson", {});
    EXPECT_EQ(serializeDataSet(from_geojson, FileFormat::Csv), text);
}

TEST(CsvExport, SemicolonAndTabFilesComeBackTheSame) {
    const DataSet data = parseDataSet(test::readFile(test::testData("formats/roundtrip.csv")), FileFormat::Csv,
                                      "roundtrip.csv", kWithCountries);
    for (char delimiter : {';', '\t'}) {
        const std::string text = writeCsv(data, delimiter);
        const DataSet again = parseDataSet(text, FileFormat::Csv, "again", kWithCountries);
        test::expectSameData(data, again);
    }
}

}  // namespace
}  // namespace pm
