#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "core/geodesy.hpp"
#include "core/geojson_format.hpp"
#include "core/native_json.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

using nlohmann::json;
using test::parseProblems;

DataSet twoCities(GeoPoint a, GeoPoint b) {
    DataSet data;
    data.cities.push_back({"a", "A", {}, "DE", a, std::nullopt, std::nullopt, 0});
    data.cities.push_back({"b", "B", {}, "FJ", b, std::nullopt, std::nullopt, 0});
    data.partnerships.push_back({"a", "b", "partnership", 1990, std::nullopt, PartnershipStatus::Active, "", {}, 0});
    return data;
}

TEST(GeoJson, RoundTripKeepsEveryField) {
    const DataSet data = test::sampleDataSet();
    const std::string text = writeGeoJson(data);
    std::vector<Problem> problems;
    const DataSet loaded = readGeoJson(text, "f", problems);
    EXPECT_TRUE(problems.empty()) << problems.front().toString();
    test::expectSameData(data, loaded);
    EXPECT_EQ(writeGeoJson(loaded), text);
}

TEST(GeoJson, ExampleFile) {
    const DataSet data = parseDataSet(test::readFile(test::testData("formats/example.json")), FileFormat::NativeJson,
                                      "example.json", {});
    const std::string expected = test::readFile(test::testData("formats/example.geojson"));
    EXPECT_EQ(writeGeoJson(data), expected);
    test::expectSameData(data, parseDataSet(expected, FileFormat::GeoJson, "example.geojson", {}));
}

TEST(GeoJson, LayoutOfAShortLink) {
    DataSet data = twoCities({.lat = 0, .lon = 0}, {.lat = 0, .lon = 0.5});
    data.title = "T";
    EXPECT_EQ(writeGeoJson(data),
              "{\n"
              "  \"type\": \"FeatureCollection\",\n"
              "  \"title\": \"T\",\n"
              "  \"features\": [\n"
              "    {\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.0,0.0]},"
              "\"properties\":{\"kind\":\"city\",\"id\":\"a\",\"name\":\"A\",\"country\":\"DE\"}},\n"
              "    {\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.5,0.0]},"
              "\"properties\":{\"kind\":\"city\",\"id\":\"b\",\"name\":\"B\",\"country\":\"FJ\"}},\n"
              "    {\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0.0,0.0],[0.5,0.0]]},"
              "\"properties\":{\"kind\":\"partnership\",\"home\":\"a\",\"partner\":\"b\",\"type\":\"partnership\","
              "\"since\":1990,\"status\":\"active\",\"distance_km\":55.66}}\n"
              "  ]\n"
              "}\n");
    EXPECT_EQ(writeGeoJson(DataSet{}), "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n");
}

TEST(GeoJson, DistanceIsGeodesicInKilometres) {
    // One degree of longitude on the WGS84 equator is 111319.4908 m.
    const json collection = json::parse(writeGeoJson(twoCities({.lat = 0, .lon = 0}, {.lat = 0, .lon = 1})));
    EXPECT_NEAR(collection["features"][2]["properties"]["distance_km"].get<double>(), 111.319, 1e-9);
}

TEST(GeoJson, CoordinatesHaveSixDecimals) {
    const json collection =
        json::parse(writeGeoJson(twoCities({.lat = 49.454213456, .lon = 11.0775249}, {.lat = 43.7, .lon = 7.2})));
    EXPECT_EQ(collection["features"][0]["geometry"]["coordinates"], json::parse("[11.077525, 49.454213]"));
}

TEST(GeoJson, LongLinksFollowTheGeodesicInShortSteps) {
    const GeoPoint nuernberg{.lat = 49.45421, .lon = 11.07752};
    const GeoPoint nizza{.lat = 43.70313, .lon = 7.26608};
    const json collection = json::parse(writeGeoJson(twoCities(nuernberg, nizza)));
    const json& geometry = collection["features"][2]["geometry"];
    ASSERT_EQ(geometry["type"], "LineString");
    const json& line = geometry["coordinates"];
    const double length_m = geodesicInverse(nuernberg, nizza).distance_m;
    EXPECT_EQ(line.size(), static_cast<size_t>(std::ceil(length_m / kGeoJsonStepM)) + 1);
    EXPECT_EQ(line.front(), json::parse("[11.07752, 49.45421]"));
    EXPECT_EQ(line.back(), json::parse("[7.26608, 43.70313]"));
    for (size_t i = 1; i < line.size(); ++i) {
        const GeoPoint a{.lat = line[i - 1][1].get<double>(), .lon = line[i - 1][0].get<double>()};
        const GeoPoint b{.lat = line[i][1].get<double>(), .lon = line[i][0].get<double>()};
        EXPECT_LE(geodesicInverse(a, b).distance_m, kGeoJsonStepM + 1.0);
    }
}

TEST(GeoJson, SplitAtAntimeridianSynthetic) {
    using Parts = std::vector<std::vector<GeoPoint>>;
    struct Case {
        const char* name;
        std::vector<GeoPoint> unrolled;
        Parts expected;
    };
    const std::vector<Case> cases = {
        {"eastwards",
         {{.lat = 0, .lon = 179}, {.lat = 2, .lon = 181}},
         {{{.lat = 0, .lon = 179}, {.lat = 1, .lon = 180}}, {{.lat = 1, .lon = -180}, {.lat = 2, .lon = -179}}}},
        {"westwards",
         {{.lat = 10, .lon = -178}, {.lat = 13, .lon = -181}, {.lat = 14, .lon = -182}},
         {{{.lat = 10, .lon = -178}, {.lat = 12, .lon = -180}},
          {{.lat = 12, .lon = 180}, {.lat = 13, .lon = 179}, {.lat = 14, .lon = 178}}}},
        {"shifted start, no crossing",
         {{.lat = 5, .lon = 190}, {.lat = 6, .lon = 200}},
         {{{.lat = 5, .lon = -170}, {.lat = 6, .lon = -160}}}},
        {"touching the antimeridian",
         {{.lat = 0, .lon = 170}, {.lat = 1, .lon = 180}, {.lat = 2, .lon = 170}},
         {{{.lat = 0, .lon = 170}, {.lat = 1, .lon = 180}, {.lat = 2, .lon = 170}}}},
        {"crossing from a point on it",
         {{.lat = 0, .lon = 170}, {.lat = 1, .lon = 180}, {.lat = 2, .lon = 190}},
         {{{.lat = 0, .lon = 170}, {.lat = 1, .lon = 180}}, {{.lat = 1, .lon = -180}, {.lat = 2, .lon = -170}}}},
        {"starting on it",
         {{.lat = 0, .lon = 180}, {.lat = 1, .lon = 185}},
         {{{.lat = 0, .lon = -180}, {.lat = 1, .lon = -175}}}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const Parts parts = splitAtAntimeridian(c.unrolled);
        ASSERT_EQ(parts.size(), c.expected.size());
        for (size_t p = 0; p < parts.size(); ++p) {
            ASSERT_EQ(parts[p].size(), c.expected[p].size());
            for (size_t i = 0; i < parts[p].size(); ++i) {
                EXPECT_NEAR(parts[p][i].lat, c.expected[p][i].lat, 1e-12);
                EXPECT_NEAR(parts[p][i].lon, c.expected[p][i].lon, 1e-12);
            }
        }
    }
}

TEST(GeoJson, LinkAcrossTheAntimeridianIsAMultiLineString) {
    const GeoPoint suva{.lat = -18.14161, .lon = 178.44149};
    const GeoPoint apia{.lat = -13.83333, .lon = -171.76666};
    const json collection = json::parse(writeGeoJson(twoCities(suva, apia)));
    const json& geometry = collection["features"][2]["geometry"];
    ASSERT_EQ(geometry["type"], "MultiLineString");
    const json& parts = geometry["coordinates"];
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].front(), json::parse("[178.44149, -18.14161]"));
    EXPECT_EQ(parts[0].back()[0].get<double>(), 180.0);
    EXPECT_EQ(parts[1].front()[0].get<double>(), -180.0);
    EXPECT_EQ(parts[0].back()[1], parts[1].front()[1]);
    EXPECT_EQ(parts[1].back(), json::parse("[-171.76666, -13.83333]"));
    for (const json& part : parts)
        for (const json& position : part) EXPECT_LE(std::abs(position[0].get<double>()), 180.0);
    // The crossing latitude lies between the neighbouring samples.
    const double crossing = parts[0].back()[1].get<double>();
    EXPECT_GE(crossing, -18.2);
    EXPECT_LE(crossing, -13.8);
}

TEST(GeoJson, ForeignMembersAreIgnored) {
    const DataSet data = parseDataSet(R"({"type": "FeatureCollection", "crs": {}, "bbox": [0, 0, 1, 1],
      "features": [
        {"type": "Feature", "id": 7, "geometry": {"type": "Point", "coordinates": [11.1, 49.5, 300]},
         "properties": {"kind": "city", "id": "a", "name": "A", "country": "DE", "geonames_id": null}}]})",
                                      FileFormat::GeoJson, "f", {});
    ASSERT_EQ(data.cities.size(), 1u);
    EXPECT_EQ(data.cities[0].position, (GeoPoint{.lat = 49.5, .lon = 11.1}));
    EXPECT_EQ(data.cities[0].line, 3);
}

struct BadGeoJsonCase {
    const char* name;
    std::string text;
    std::vector<std::string> problems;
};

class GeoJsonBad : public testing::TestWithParam<BadGeoJsonCase> {};

TEST_P(GeoJsonBad, ExactProblems) {
    EXPECT_EQ(parseProblems(GetParam().text, FileFormat::GeoJson), GetParam().problems);
}

const std::string kCity = R"({"type":"Feature","geometry":{"type":"Point","coordinates":[11,49]},)"
                          R"("properties":{"kind":"city","id":"a","name":"A","country":"DE"}})";

INSTANTIATE_TEST_SUITE_P(
    Cases, GeoJsonBad,
    testing::Values(
        BadGeoJsonCase{"NotACollection",
                       R"({"type": "Feature"})",
                       {"f:1: expected a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": "
                        "[...]}"}},
        BadGeoJsonCase{"NativeFile",
                       R"({"format": 1, "cities": [], "partnerships": []})",
                       {"f:1: this is a PartnerMap data file, not GeoJSON; name it *.json to load it"}},
        BadGeoJsonCase{
            "NoFeatures", R"({"type": "FeatureCollection"})", {"f:1: FeatureCollection without \"features\": [...]"}},
        BadGeoJsonCase{"FeatureProblems",
                       "{\"type\": \"FeatureCollection\", \"features\": [\n" + kCity + ",\n" +
                           R"({"type":"Feature","geometry":null,"properties":{"kind":"town"}},)" + "\n" +
                           R"({"type":"Feature","geometry":null},)" + "\n" +
                           R"({"type":"Feature","properties":{"kind":"city","id":"b","name":"B","country":"FR"}},)" +
                           "\n" + R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},)" +
                           R"("properties":{"kind":"city","id":"c","name":"C","country":"FR"}},)" + "\n" +
                           R"({"type":"Feature","geometry":{"type":"Point","coordinates":[1]},)" +
                           R"("properties":{"kind":"city","id":"d","name":"D","country":"FR","popul":3}},)" + "\n" +
                           R"({"type":"Feature","geometry":{"type":"Point","coordinates":[200,95]},)" +
                           R"("properties":{"kind":"city","id":"e","name":"E","country":"FR"}},)" + "\n" +
                           R"({"type":"Feature","geometry":null,"properties":{"home":"a","partner":"x"}},)" + "\n" +
                           R"({"type":"Feature","geometry":null,"properties":{"kind":"partnership","home":"a",)" +
                           R"("partner":"x","distance_km":"far"}},)" + "\n" + R"({"type":"Fetaure"},)" + "\n" +
                           R"("nothing")" + "\n]}",
                       {"f:3: unknown kind 'town'; PartnerMap features are of kind \"city\" or \"partnership\"",
                        "f:4: feature without properties; PartnerMap features have \"properties\": {\"kind\": "
                        "\"city\", ...} or {\"kind\": \"partnership\", ...}",
                        "f:5: city feature without geometry; add \"geometry\": {\"type\": \"Point\", "
                        "\"coordinates\": [lon, lat]}",
                        "f:6: a city's geometry must be a Point, not a LineString; partnerships are LineStrings",
                        "f:7: unknown key 'popul' in city properties; known keys: kind, id, name, names, country, "
                        "geonames_id, population",
                        "f:7: a Point needs \"coordinates\": [lon, lat] in decimal degrees",
                        "f:8: latitude 95 is out of range; it must be between -90 and 90 (degrees north)",
                        "f:8: longitude 200 is out of range; it must be between -180 and 180 (degrees east)",
                        "f:9: feature lacks 'kind'; add e.g. \"kind\": \"city\" or \"partnership\"",
                        "f:10: partner city 'x' is not a city of this file; add it to the cities or correct the id",
                        "f:11: a feature has \"type\": \"Feature\", not \"Fetaure\"",
                        "f:12: a feature must be a JSON object {...}, not a string"}}),
    [](const testing::TestParamInfo<BadGeoJsonCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pm
