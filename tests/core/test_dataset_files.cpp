#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "format_test_util.hpp"

namespace pm {
namespace {

namespace fs = std::filesystem;

// "LINE: message" (or just the message for whole-file problems), without the file name.
std::vector<std::string> loadProblems(const fs::path& path, const ImportContext& context = {}) {
    try {
        loadDataSetFile(path, context);
    } catch (const DataError& error) {
        std::vector<std::string> problems;
        for (const Problem& problem : error.problems()) {
            EXPECT_EQ(problem.file, path.string());
            problems.push_back(problem.line > 0 ? std::to_string(problem.line) + ": " + problem.message
                                                : problem.message);
        }
        return problems;
    }
    return {};
}

TEST(DataSetFiles, FormatFromExtension) {
    EXPECT_EQ(formatFromExtension("a.json"), FileFormat::NativeJson);
    EXPECT_EQ(formatFromExtension("dir.x/A.JSON"), FileFormat::NativeJson);
    EXPECT_EQ(formatFromExtension("a.csv"), FileFormat::Csv);
    EXPECT_EQ(formatFromExtension("a.TSV"), FileFormat::Csv);
    EXPECT_EQ(formatFromExtension("a.txt"), FileFormat::Csv);
    EXPECT_EQ(formatFromExtension("a.geojson"), FileFormat::GeoJson);
    EXPECT_EQ(formatFromExtension("a.xlsx"), std::nullopt);
    EXPECT_EQ(formatFromExtension("json"), std::nullopt);
}

TEST(DataSetFiles, LoadsEachFormat) {
    const test::FakeGeocoder geocoder = test::testGeocoder();
    const ImportContext context{&geocoder, &test::testCountries(), nullptr};
    const DataSet json = loadDataSetFile(test::testData("formats/example.json"), context);
    EXPECT_EQ(json.cities.size(), 7u);
    EXPECT_EQ(json.source, test::testData("formats/example.json").string());
    EXPECT_EQ(loadDataSetFile(test::testData("formats/example.geojson"), context).partnerships.size(), 5u);
    EXPECT_EQ(loadDataSetFile(test::testData("formats/office_de.csv"), context).partnerships.size(), 4u);
}

TEST(DataSetFiles, ByteOrderMarkIsSkipped) {
    test::TempDir dir;
    test::writeFile(dir / "bom.json", "\xEF\xBB\xBF{\"format\": 1, \"cities\": [], \"partnerships\": []}\n");
    EXPECT_TRUE(loadDataSetFile(dir / "bom.json", {}).cities.empty());
}

TEST(DataSetFiles, FileLevelProblems) {
    test::TempDir dir;
    fs::create_directory(dir / "folder.json");
    test::writeFile(dir / "data.xlsx", "PK");
    test::writeFile(dir / "noextension", "x");
    ASSERT_EQ(::mkfifo((dir / "fifo.csv").c_str(), 0600), 0);
    test::writeFile(dir / "huge.csv", "");
    fs::resize_file(dir / "huge.csv", 64u * 1024 * 1024 + 1);  // sparse: no disk space used
    test::writeFile(dir / "limit.csv", "");
    fs::resize_file(dir / "limit.csv", 64u * 1024 * 1024);

    EXPECT_EQ(loadProblems(dir / "missing.json"),
              (std::vector<std::string>{"cannot open the file (No such file or directory)"}));
    EXPECT_EQ(loadProblems(dir / "folder.json"), (std::vector<std::string>{"is a folder, not a data file"}));
    EXPECT_EQ(loadProblems(dir / "fifo.csv"), (std::vector<std::string>{"not a regular file"}));
    EXPECT_EQ(loadProblems(dir / "data.xlsx"),
              (std::vector<std::string>{"unknown file type '.xlsx'; use .json, .geojson, .csv or .tsv"}));
    EXPECT_EQ(loadProblems(dir / "noextension"),
              (std::vector<std::string>{"file name without extension; use .json, .geojson, .csv or .tsv"}));
    EXPECT_EQ(loadProblems(dir / "huge.csv"),
              (std::vector<std::string>{"file is larger than 64 MiB; split it into smaller files"}));
    // Exactly 64 MiB is read (all NUL bytes here, so it is binary).
    EXPECT_EQ(loadProblems(dir / "limit.csv"),
              (std::vector<std::string>{
                  "1: binary file (NUL byte in column 1); expected UTF-8 text: PartnerMap JSON, CSV or GeoJSON"}));
}

struct CorpusCase {
    const char* file;
    std::vector<std::string> problems;
};

class BadCorpus : public testing::TestWithParam<CorpusCase> {};

TEST_P(BadCorpus, ExactProblems) {
    const test::FakeGeocoder geocoder = test::testGeocoder();
    const ImportContext context{&geocoder, &test::testCountries(), nullptr};
    EXPECT_EQ(loadProblems(test::testData(std::string("formats/bad/") + GetParam().file), context),
              GetParam().problems);
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadCorpus,
    testing::Values(
        CorpusCase{"empty.json", {"file is empty"}},
        CorpusCase{"truncated.json",
                   {"6: invalid JSON: syntax error while parsing value - invalid string: missing "
                    "closing quote; last read: '\"N'"}},
        CorpusCase{"binary.json",
                   {"3: binary file (NUL byte in column 1); expected UTF-8 text: PartnerMap JSON, CSV or GeoJSON"}},
        CorpusCase{"latin1.csv",
                   {"1: invalid UTF-8: byte 0xE4 in column 59; the file is probably in another encoding (Latin-1, "
                    "Windows-1252): save it as UTF-8 (in Excel: CSV UTF-8)"}},
        CorpusCase{"utf16.csv", {"file is UTF-16 encoded; save it as UTF-8 (in Excel: CSV UTF-8)"}},
        CorpusCase{"wrong_columns.csv",
                   {"1: missing column home; name it home, Heimatstadt or Stadt (found semicolon-separated columns "
                    "'Ort', 'Partnerort', 'Land')",
                    "1: missing column partner; name it partner or Partnerstadt (found semicolon-separated columns "
                    "'Ort', 'Partnerort', 'Land')"}},
        CorpusCase{"out_of_range.json",
                   {"5: latitude -90.5 is out of range; it must be between -90 and 90 (degrees north)",
                    "6: longitude 180.001 is out of range; it must be between -180 and 180 (degrees east)"}},
        CorpusCase{"unknown_type.csv",
                   {"3: unknown type 'Schulpartnerschaft'; use one of partnership, regional, friendship, project, "
                    "solidarity, sponsorship, contact or their German or English names"}},
        CorpusCase{"unresolvable.json",
                   {"7: partner city 'nizza' is not a city of this file; add it to the cities or correct the id"}},
        CorpusCase{"unresolvable_city.csv",
                   {"3: unknown city 'Nürnbreg' in DE; check the spelling or give lat/lon; similar: Nürnberg (DE, "
                    "49.4542, 11.0775, pop. 510632)",
                    "4: city 'Neustadt' in DE is ambiguous: Neustadt (DE, 49.35, 8.14, pop. 53000), Neustadt (DE, "
                    "50.3, 11.1, pop. 15000); give lat/lon to pick one"}},
        CorpusCase{"deep.json", {"1: JSON nested deeper than 64 levels; PartnerMap data files nest only a few levels"}},
        CorpusCase{"many_columns.csv",
                   {"2: row has 100000 fields but the header has 3 (comma-separated); check for a missing or extra "
                    "comma and quote fields that contain one"}},
        CorpusCase{"unterminated_quote.csv",
                   {"2: a quoted field starting in line 2 is never closed; add the closing quote (\"), and write a "
                    "quote inside a quoted field as \"\""}},
        CorpusCase{"bad_years.csv",
                   {"2: until 1850 is not a plausible year; expected 1900 to 2100",
                    "2: since 1954 is after until 1850; correct or swap the years",
                    "3: since 'um 1980' is not a year; write 1954, 1954-05-12 or 12.05.1954"}},
        CorpusCase{"not_a_collection.geojson",
                   {"1: expected a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": "
                    "[...]}"}},
        CorpusCase{"problems.json",
                   {"3: unknown key 'titel' in the top-level object; known keys: format, title, types, cities, "
                    "partnerships",
                    "8: country 'de' is not an ISO 3166-1 alpha-2 code; write two upper-case letters such as \"DE\"",
                    "9: unknown key 'lattitude' in city; known keys: id, name, names, country, lat, lon, "
                    "geonames_id, population",
                    "10: latitude 91.5 is out of range; it must be between -90 and 90 (degrees north)",
                    "13: 'lat' must be a number, not a string",
                    "14: duplicate city id 'nizza' (first used in line 13); give each city its own id",
                    "14: city 'nizza' has no name",
                    "15: city id 'Paris' may only contain lower-case letters a-z, digits, '-' and '_' (e.g. "
                    "\"nuernberg\")",
                    "15: longitude 200 is out of range; it must be between -180 and 180 (degrees east)",
                    "16: city lacks 'id'; add e.g. \"id\": \"nuernberg\"",
                    "20: duplicate partnership nuernberg - nizza (partnership), first in line 19; remove one of them",
                    "21: partner city 'krakau' is not a city of this file; add it to the cities or correct the id",
                    "21: unknown type 'twinning'; known types: partnership, regional, friendship, project, "
                    "solidarity, sponsorship, contact",
                    "22: city 'nuernberg' cannot be its own partner",
                    "23: since 1990 is after until 1980; correct or swap the years",
                    "24: since 1850 is not a plausible year; expected 1900 to 2100",
                    "24: until 2000 is given but the status is active; set the status to ended or remove until",
                    "25: 'since' must be a whole number, not a decimal number",
                    "25: unknown status 'open'; use active, suspended or ended",
                    "26: a partnership must be a JSON object {...}, not a string"}}),
    [](const testing::TestParamInfo<CorpusCase>& info) {
        std::string name = info.param.file;
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return name;
    });

TEST(DataSetFiles, HugeLinesAreHandled) {
    test::TempDir dir;
    // A 20 MB note in one field and 20 MB of garbage JSON on one line: clear problems, no crash.
    const std::string huge(20'000'000, 'x');
    test::writeFile(dir / "huge_note.csv",
                    "home,home_country,partner,country,lat,lon,home_lat,home_lon,note\n"
                    "A,DE,B,FR,1,2,3,4,\"" +
                        huge + "\"\n");
    const DataSet data = loadDataSetFile(dir / "huge_note.csv", {nullptr, &test::testCountries(), nullptr});
    EXPECT_EQ(data.partnerships.at(0).note.size(), huge.size());
    test::writeFile(dir / "huge_line.json", "{\"format\": 1, \"title\": \"" + huge + "\"");
    EXPECT_EQ(loadProblems(dir / "huge_line.json"),
              (std::vector<std::string>{"1: invalid JSON: syntax error while parsing object - unexpected end of "
                                        "input; expected '}'"}));
}

TEST(DataSetFiles, TruncatedAndDamagedFilesNeverCrash) {
    // Every prefix and some byte flips of each sample: either a data set or a DataError.
    const test::FakeGeocoder geocoder = test::testGeocoder();
    const ImportContext context{&geocoder, &test::testCountries(), nullptr};
    int errors = 0;
    for (const char* name : {"example.json", "example.geojson", "office_de.csv", "roundtrip.csv"}) {
        const std::string text = test::readFile(test::testData(std::string("formats/") + name));
        const FileFormat format = *formatFromExtension(name);
        const auto attempt = [&](std::string_view variant) {
            try {
                parseDataSet(variant, format, name, context);
            } catch (const DataError& error) {
                ++errors;
                EXPECT_FALSE(error.problems().empty());
            }
        };
        for (size_t length = 0; length < text.size(); length += 3) attempt(std::string_view(text).substr(0, length));
        for (size_t i = 0; i < text.size(); i += 5) {
            for (char replacement : {'"', ',', ';', '{', ']', '\n', '\xC3'}) {
                std::string damaged = text;
                damaged[i] = replacement;
                attempt(damaged);
            }
        }
    }
    EXPECT_GT(errors, 1000);
}

// The examples in docs/format.md: every JSON, GeoJSON and CSV block loads, and the native example
// is exactly what the writer writes.
TEST(DataSetFiles, DocumentationExamplesAreValid) {
    const std::string doc = test::readFile(fs::path(PARTNERMAP_TEST_DATA) / "../../docs/format.md");
    ASSERT_FALSE(doc.empty());
    const test::FakeGeocoder geocoder = test::testGeocoder();
    const ImportContext context{&geocoder, &test::testCountries(), nullptr};
    int native = 0, geojson = 0, csv = 0;
    for (size_t start = doc.find("```"); start != std::string::npos; start = doc.find("```", start)) {
        const size_t line_end = doc.find('\n', start);
        const std::string language = doc.substr(start + 3, line_end - start - 3);
        const size_t end = doc.find("\n```", line_end);
        ASSERT_NE(end, std::string::npos);
        const std::string block = doc.substr(line_end + 1, end - line_end);
        start = end + 4;
        SCOPED_TRACE(block.substr(0, 80));
        if (language == "json" && block.find("FeatureCollection") != std::string::npos) {
            EXPECT_NO_THROW(parseDataSet(block, FileFormat::GeoJson, "doc.geojson", context));
            ++geojson;
        } else if (language == "json") {
            const DataSet data = parseDataSet(block, FileFormat::NativeJson, "doc.json", context);
            EXPECT_EQ(serializeDataSet(data, FileFormat::NativeJson), block);
            ++native;
        } else if (language == "csv") {
            EXPECT_NO_THROW(parseDataSet(block, FileFormat::Csv, "doc.csv", context));
            ++csv;
        }
    }
    EXPECT_EQ(native, 1);
    EXPECT_EQ(geojson, 1);
    EXPECT_EQ(csv, 2);
}

TEST(DataSetFiles, ParseDataSetChecksTextToo) {
    EXPECT_EQ(test::parseProblems("", FileFormat::Csv), (std::vector<std::string>{"f: file is empty"}));
    EXPECT_EQ(test::parseProblems("\xEF\xBB\xBF", FileFormat::NativeJson),
              (std::vector<std::string>{"f: file is empty"}));
    EXPECT_EQ(test::parseProblems("{\n\"title\": \"K\xF6ln\"}", FileFormat::NativeJson),
              (std::vector<std::string>{"f:2: invalid UTF-8: byte 0xF6 in column 12; the file is probably in another "
                                        "encoding (Latin-1, Windows-1252): save it as UTF-8 (in Excel: CSV UTF-8)"}));
}

TEST(DataSetFiles, SaveAndLoadEachFormat) {
    test::TempDir dir;
    const DataSet data = test::sampleDataSet();
    for (const char* name : {"out.json", "out.geojson"}) {
        saveDataSetFile(data, dir / name);
        test::expectSameData(data, loadDataSetFile(dir / name, {}));
    }
    // CSV cannot declare types: without the school partnership it comes back the same (cities
    // get ids from their names and lose what CSV has no column for).
    DataSet plain = data;
    plain.extra_types.clear();
    plain.partnerships.erase(plain.partnerships.begin() + 1);
    for (const char* name : {"out.csv", "out.tsv"}) {
        saveDataSetFile(plain, dir / name);
        const DataSet loaded = loadDataSetFile(dir / name, {nullptr, &test::testCountries(), nullptr});
        EXPECT_EQ(serializeDataSet(loaded, FileFormat::Csv), serializeDataSet(plain, FileFormat::Csv));
    }
    EXPECT_TRUE(test::readFile(dir / "out.tsv").starts_with("home\thome_country\tpartner\t"));
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.csv", "out.geojson", "out.json", "out.tsv"}));
}

TEST(DataSetFiles, SaveRefusesInvalidDataAndLeavesTheTargetAlone) {
    test::TempDir dir;
    test::writeFile(dir / "out.json", "old");
    DataSet data = test::sampleDataSet();
    data.source = "mine";
    data.partnerships[0].partner_id = "nowhere";
    EXPECT_EQ(test::problemsOf([&] { saveDataSetFile(data, dir / "out.json"); }),
              (std::vector<std::string>{
                  "mine: partner city 'nowhere' is not a city of this file; add it to the cities or correct the id"}));
    EXPECT_EQ(test::readFile(dir / "out.json"), "old");
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.json"}));
    EXPECT_EQ(test::problemsOf([&] { saveDataSetFile(test::sampleDataSet(), dir / "out.xlsx"); }),
              (std::vector<std::string>{(dir / "out.xlsx").string() +
                                        ": unknown file type '.xlsx'; use .json, .geojson, .csv or .tsv"}));
}

TEST(DataSetFiles, FailedWritesLeaveNothingBehind) {
    test::TempDir dir;
    const fs::path missing_folder = dir / "no/such/folder/out.json";
    EXPECT_EQ(test::problemsOf([&] { writeFileAtomically(missing_folder, "content"); }),
              (std::vector<std::string>{missing_folder.string() +
                                        ": cannot write the file: cannot create a temporary file in its folder (No "
                                        "such file or directory)"}));
    EXPECT_TRUE(dir.entries().empty());

    // The target is a folder: the rename fails after the temporary file was written.
    fs::create_directory(dir / "taken.json");
    EXPECT_EQ(test::problemsOf([&] { writeFileAtomically(dir / "taken.json", "content"); }),
              (std::vector<std::string>{(dir / "taken.json").string() +
                                        ": cannot write the file: cannot replace it (Is a directory)"}));
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"taken.json"}));
    EXPECT_TRUE(fs::is_empty(dir / "taken.json"));
}

TEST(DataSetFiles, AtomicWriteReplacesAndKeepsPermissions) {
    test::TempDir dir;
    const fs::path target = dir / "data.csv";
    writeFileAtomically(target, "first");
    EXPECT_EQ(test::readFile(target), "first");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    writeFileAtomically(target, "second");
    EXPECT_EQ(test::readFile(target), "second");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    writeFileAtomically(target, "");
    EXPECT_EQ(fs::file_size(target), 0u);
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"data.csv"}));
}

}  // namespace
}  // namespace pm
