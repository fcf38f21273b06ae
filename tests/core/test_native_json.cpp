#include <gtest/gtest.h>

#include <string>

#include "core/json_writer.hpp"
#include "core/native_json.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

using test::parseProblems;

TEST(NativeJson, RoundTripKeepsEveryField) {
    const DataSet data = test::sampleDataSet();
    const std::string text = writeNativeJson(data);
    std::vector<Problem> problems;
    const DataSet loaded = readNativeJson(text, "f", problems);
    EXPECT_TRUE(problems.empty()) << problems.front().toString();
    test::expectSameData(data, loaded);
    EXPECT_EQ(text, writeNativeJson(loaded));
}

TEST(NativeJson, ExampleFileIsWhatTheWriterWrites) {
    const std::string text = test::readFile(test::testData("formats/example.json"));
    const DataSet data = parseDataSet(text, FileFormat::NativeJson, "example.json", {});
    ASSERT_EQ(data.cities.size(), 7u);
    ASSERT_EQ(data.partnerships.size(), 5u);
    EXPECT_EQ(data.title, "Städtepartnerschaften von Nürnberg, Dortmund und Hannover");
    ASSERT_EQ(data.extra_types.size(), 1u);
    EXPECT_EQ(data.extra_types[0].label_de, "Schulpartnerschaft");
    const City& nuernberg = data.cities[0];
    EXPECT_EQ(nuernberg.id, "nuernberg");
    EXPECT_EQ(nuernberg.names.at("en"), "Nuremberg");
    EXPECT_EQ(nuernberg.position, (GeoPoint{.lat = 49.45421, .lon = 11.07752}));
    EXPECT_EQ(nuernberg.geonames_id, 2861650);
    EXPECT_EQ(nuernberg.population, 510632);
    EXPECT_EQ(nuernberg.line, 12);
    const Partnership& school = data.partnerships[3];
    EXPECT_EQ(school.type, "school");
    EXPECT_EQ(school.until, 2005);
    EXPECT_EQ(school.status, PartnershipStatus::Ended);
    EXPECT_EQ(data.partnerships[1].note, "");
    EXPECT_EQ(data.partnerships[1].line, 90);
    EXPECT_EQ(data.source, "example.json");
    // Stable, documented layout: writing it again gives the same bytes.
    EXPECT_EQ(writeNativeJson(data), text);
}

TEST(NativeJson, WriterLayout) {
    DataSet data;
    data.cities.push_back({"a", "Ä \"A\"", {}, "DE", {.lat = 1.5, .lon = -2}, std::nullopt, std::nullopt, 0});
    data.cities.push_back({"b", "B", {}, "FR", {.lat = 0, .lon = 0}, 42, 7, 0});
    data.partnerships.push_back(
        {"a", "b", "partnership", std::nullopt, std::nullopt, PartnershipStatus::Active, "", {}, 0});
    EXPECT_EQ(writeNativeJson(data),
              "{\n"
              "  \"format\": 1,\n"
              "  \"cities\": [\n"
              "    {\n"
              "      \"id\": \"a\",\n"
              "      \"name\": \"Ä \\\"A\\\"\",\n"
              "      \"country\": \"DE\",\n"
              "      \"lat\": 1.5,\n"
              "      \"lon\": -2.0\n"
              "    },\n"
              "    {\n"
              "      \"id\": \"b\",\n"
              "      \"name\": \"B\",\n"
              "      \"country\": \"FR\",\n"
              "      \"lat\": 0.0,\n"
              "      \"lon\": 0.0,\n"
              "      \"geonames_id\": 42,\n"
              "      \"population\": 7\n"
              "    }\n"
              "  ],\n"
              "  \"partnerships\": [\n"
              "    {\n"
              "      \"home\": \"a\",\n"
              "      \"partner\": \"b\",\n"
              "      \"type\": \"partnership\",\n"
              "      \"status\": \"active\"\n"
              "    }\n"
              "  ]\n"
              "}\n");
}

TEST(JsonWriter, NumbersAreShortestAndFixed) {
    using nlohmann::ordered_json;
    struct Case {
        ordered_json value;
        std::string expected;
    };
    for (const Case& c : std::vector<Case>{{52.123583, "52.123583"},  // nlohmann's Grisu2: 52.123583000000004
                                           {0.000001, "0.000001"},
                                           {-2.0, "-2.0"},
                                           {0.0, "0.0"},
                                           {1e20, "1e+20"},
                                           {12345678901234.5, "12345678901234.5"},
                                           {7, "7"},
                                           {-7, "-7"},
                                           {18446744073709551615ull, "18446744073709551615"},
                                           {true, "true"},
                                           {nullptr, "null"}}) {
        EXPECT_EQ(dumpJson(c.value, -1), c.expected);
        // and nlohmann reads the same double back
        EXPECT_EQ(nlohmann::json::parse(dumpJson(c.value, -1)), c.value) << c.expected;
    }
}

TEST(JsonWriter, StringsAndStructure) {
    using nlohmann::ordered_json;
    const ordered_json value = {
        {"z", "ä\"\\/\n\t\x01"}, {"a", ordered_json::array({1, ordered_json::object()})}, {"e", ordered_json::array()}};
    EXPECT_EQ(dumpJson(value, -1), "{\"z\":\"ä\\\"\\\\/\\n\\t\\u0001\",\"a\":[1,{}],\"e\":[]}");
    EXPECT_EQ(dumpJson(value, 2), value.dump(2, ' ', false));
    EXPECT_EQ(test::problemsOf([] { dumpJson(ordered_json("K\xF6ln"), 2); }),
              (std::vector<std::string>{": cannot write text that is not valid UTF-8: 'K...'"}));
}

TEST(NativeJson, DefaultsForOptionalMembers) {
    const DataSet data = parseDataSet(R"({"format": 1, "cities": [
        {"id": "a", "name": "A", "country": "DE", "lat": 1, "lon": 2},
        {"id": "b", "name": "B", "country": "FR", "lat": 3, "lon": 4, "names": null}],
      "partnerships": [{"home": "a", "partner": "b"}]})",
                                      FileFormat::NativeJson, "f", {});
    ASSERT_EQ(data.partnerships.size(), 1u);
    EXPECT_EQ(data.partnerships[0].type, "partnership");
    EXPECT_EQ(data.partnerships[0].status, PartnershipStatus::Active);
    EXPECT_FALSE(data.partnerships[0].since);
    EXPECT_TRUE(data.cities[1].names.empty());
    EXPECT_EQ(data.partnerships[0].line, 4);
}

TEST(NativeJson, ReportsEveryProblemAtItsLine) {
    const std::string text = test::readFile(test::testData("formats/bad/problems.json"));
    EXPECT_EQ(parseProblems(text, FileFormat::NativeJson),
              (std::vector<std::string>{
                  "f:3: unknown key 'titel' in the top-level object; known keys: format, title, types, cities, "
                  "partnerships",
                  "f:8: country 'de' is not an ISO 3166-1 alpha-2 code; write two upper-case letters such as \"DE\"",
                  "f:9: unknown key 'lattitude' in city; known keys: id, name, names, country, lat, lon, geonames_id, "
                  "population",
                  "f:10: latitude 91.5 is out of range; it must be between -90 and 90 (degrees north)",
                  "f:13: 'lat' must be a number, not a string",
                  "f:14: duplicate city id 'nizza' (first used in line 13); give each city its own id",
                  "f:14: city 'nizza' has no name",
                  "f:15: city id 'Paris' may only contain lower-case letters a-z, digits, '-' and '_' (e.g. "
                  "\"nuernberg\")",
                  "f:15: longitude 200 is out of range; it must be between -180 and 180 (degrees east)",
                  "f:16: city lacks 'id'; add e.g. \"id\": \"nuernberg\"",
                  "f:20: duplicate partnership nuernberg - nizza (partnership), first in line 19; remove one of them",
                  "f:21: partner city 'krakau' is not a city of this file; add it to the cities or correct the id",
                  "f:21: unknown type 'twinning'; known types: partnership, regional, friendship, project, "
                  "solidarity, sponsorship, contact",
                  "f:22: city 'nuernberg' cannot be its own partner",
                  "f:23: since 1990 is after until 1980; correct or swap the years",
                  "f:24: since 1850 is not a plausible year; expected 1900 to 2100",
                  "f:24: until 2000 is given but the status is active; set the status to ended or remove until",
                  "f:25: 'since' must be a whole number, not a decimal number",
                  "f:25: unknown status 'open'; use active, suspended or ended",
                  "f:26: a partnership must be a JSON object {...}, not a string",
              }));
}

struct BadJsonCase {
    const char* name;
    std::string text;
    std::vector<std::string> problems;
};

class NativeJsonBad : public testing::TestWithParam<BadJsonCase> {};

TEST_P(NativeJsonBad, ExactProblems) {
    EXPECT_EQ(parseProblems(GetParam().text, FileFormat::NativeJson), GetParam().problems);
}

const std::string kEmptyLists = R"("cities": [], "partnerships": [])";

INSTANTIATE_TEST_SUITE_P(
    Cases, NativeJsonBad,
    testing::Values(
        BadJsonCase{"MissingComma",
                    "{\"format\": 1,\n \"cities\": [\n  {\"id\": \"a\"\n   \"name\": \"b\"}],\n \"partnerships\": []}",
                    {"f:4: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}'"}},
        BadJsonCase{"Truncated",
                    "{\"format\": 1,\n \"cities\": [\n\n",
                    {"f:2: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', "
                     "'{', or a literal"}},
        BadJsonCase{"NumberOverflow",
                    "{\"format\": 1,\n \"cities\": [{\"id\": \"a\", \"name\": \"A\", \"country\": \"DE\",\n"
                    " \"lat\": 1e999, \"lon\": 0}], \"partnerships\": []}",
                    {"f:3: invalid JSON: number overflow parsing '1e999'"}},
        BadJsonCase{"NumberBeforeNewline",
                    "{\"format\": 1, " + kEmptyLists + ",\n\"title\": 5\n}",
                    {"f:2: 'title' must be a string, not a whole number"}},
        BadJsonCase{"NotAnObject",
                    "[1, 2]",
                    {"f:1: a PartnerMap data file is one JSON object {\"format\": 1, \"cities\": [...], "
                     "\"partnerships\": [...]}, not an array"}},
        BadJsonCase{"MissingFormat",
                    "{" + kEmptyLists + "}",
                    {"f:1: missing \"format\": 1 at the top; is this a PartnerMap data file?"}},
        BadJsonCase{"GeoJsonInsteadOfNative",
                    "{\"type\": \"FeatureCollection\", \"features\": []}",
                    {"f:1: this is GeoJSON, not a PartnerMap data file; name it *.geojson to import it"}},
        BadJsonCase{"WrongFormat",
                    "{\n\"format\": 2, " + kEmptyLists + "}",
                    {"f:2: unsupported format 2; this version of PartnerMap reads format 1"}},
        BadJsonCase{"FormatAsString",
                    "{\"format\": \"1\", " + kEmptyLists + "}",
                    {"f:1: unsupported format \"1\"; this version of PartnerMap reads format 1"}},
        BadJsonCase{"MissingLists",
                    "{\"format\": 1}",
                    {"f:1: missing \"cities\": [...] at the top", "f:1: missing \"partnerships\": [...] at the top"}},
        BadJsonCase{"ListsOfWrongType",
                    "{\"format\": 1,\n\"cities\": {},\n\"partnerships\": 3}",
                    {"f:2: 'cities' must be a JSON array [...], not an object",
                     "f:3: 'partnerships' must be a JSON array [...], not a whole number"}},
        BadJsonCase{"DuplicateKey",
                    "{\"format\": 1, " + kEmptyLists + ",\n\"title\": \"a\",\n\"title\": \"b\"}",
                    {"f:3: duplicate key 'title'; each key may appear once"}},
        BadJsonCase{
            "MissingCoordinates",
            "{\"format\": 1, \"cities\": [\n{\"id\": \"a\", \"name\": \"A\", \"country\": \"DE\"}\n], "
            "\"partnerships\": []}",
            {"f:2: city lacks 'lat'; add e.g. \"lat\": 49.45421", "f:2: city lacks 'lon'; add e.g. \"lon\": 11.07752"}},
        BadJsonCase{"WrongMemberTypes",
                    "{\"format\": 1, \"cities\": [\n{\"id\": 7, \"name\": \"A\", \"country\": \"DE\", \"lat\": 1,"
                    " \"lon\": 2,\n\"names\": {\"en\": 5}, \"geonames_id\": -3, \"population\": 1e3}\n],\n"
                    "\"partnerships\": [{\"home\": \"x\", \"partner\": \"y\", \"sources\": \"http://a\"}]}",
                    {"f:2: 'id' must be a string, not a whole number",
                     "f:3: 'names' must hold only strings, not a whole number",
                     "f:3: 'population' must be a whole number, not a decimal number",
                     "f:3: geonames_id -3 must be positive", "f:5: 'sources' must be an array of strings, not a string",
                     "f:5: home city 'x' is not a city of this file; add it to the cities or correct the id",
                     "f:5: partner city 'y' is not a city of this file; add it to the cities or correct the id"}},
        BadJsonCase{
            "DeclaredTypes",
            "{\"format\": 1, \"types\": [\n{\"id\": \"partnership\", \"label_de\": \"A\", \"label_en\": "
            "\"A\"},\n{\"id\": \"x\", \"label_de\": \"\", \"label_en\": \"X\"},\n{\"id\": \"x\", \"label_de\": "
            "\"X\", \"label_en\": \"X\"},\n{\"label_de\": \"X\", \"label_en\": \"X\", \"label\": 1}\n], " +
                kEmptyLists + "}",
            {"f:2: type 'partnership' is built in; declare only additional types",
             "f:3: type 'x' needs a German label (label_de)", "f:4: type 'x' is declared twice; remove one declaration",
             "f:5: unknown key 'label' in type; known keys: id, label_de, label_en, aliases",
             "f:5: type lacks 'id'; add e.g. \"id\": \"school\""}},
        BadJsonCase{"DeclaredTypeIsUsable",
                    "{\"format\": 1, \"types\": [{\"id\": \"school\", \"label_de\": \"S\", \"label_en\": \"S\"}],\n"
                    "\"cities\": [{\"id\": \"a\", \"name\": \"A\", \"country\": \"DE\", \"lat\": 1, \"lon\": 2},\n"
                    "{\"id\": \"b\", \"name\": \"B\", \"country\": \"DE\", \"lat\": 1, \"lon\": 3}],\n"
                    "\"partnerships\": [{\"home\": \"a\", \"partner\": \"b\", \"type\": \"school\"},\n"
                    "{\"home\": \"a\", \"partner\": \"b\", \"type\": \"School\"}]}",
                    {"f:5: unknown type 'School'; known types: partnership, regional, friendship, project, "
                     "solidarity, sponsorship, contact, school"}},
        BadJsonCase{
            "HugeYear",
            "{\"format\": 1, \"cities\": [], \"partnerships\": [\n{\"home\": \"a\", \"partner\": \"b\", "
            "\"since\": 99999999999, \"until\": 18446744073709551615}]}",
            {"f:2: since 99999999999 is not a plausible year; expected 1900 to 2100", "f:2: 'until' is too large",
             "f:2: home city 'a' is not a city of this file; add it to the cities or correct the id",
             "f:2: partner city 'b' is not a city of this file; add it to the cities or correct the id"}}),
    [](const testing::TestParamInfo<BadJsonCase>& info) { return std::string(info.param.name); });

TEST(NativeJson, DeepNestingIsRejectedWithoutCrashing) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(parseProblems(deep, FileFormat::NativeJson),
              (std::vector<std::string>{
                  "f:1: JSON nested deeper than 64 levels; PartnerMap data files nest only a few levels"}));
    std::string objects;
    for (int i = 0; i < 70; ++i) objects += "{\"a\":\n";
    EXPECT_EQ(parseProblems(objects, FileFormat::NativeJson),
              (std::vector<std::string>{
                  "f:65: JSON nested deeper than 64 levels; PartnerMap data files nest only a few levels"}));
}

}  // namespace
}  // namespace pm
