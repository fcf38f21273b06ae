#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_runner.hpp"

namespace pm::app::test {
namespace {

namespace fs = std::filesystem;

std::string badFile(const std::string& name) {
    return std::string(PARTNERMAP_TEST_DATA) + "/formats/bad/" + name;
}

fs::path freshFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("partnermap-cli-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Validate, BundledDataIsValid) {
    const CliResult result =
        runPartnermap({"validate", std::string(PARTNERMAP_SOURCE_ROOT) + "/data/partnerships.json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find(": valid, 51 cities, 48 partnerships"), std::string::npos);
}

TEST(Validate, EveryProblemAsFileLineMessageAndExit1) {
    const struct {
        const char* file;
        std::vector<std::string> expected_lines;
    } cases[] = {
        {"empty.json", {":: file is empty"}},
        {"binary.json",
         {":3: binary file (NUL byte in column 1); expected UTF-8 text: PartnerMap JSON, CSV or GeoJSON"}},
        {"truncated.json", {":6: invalid JSON: "}},
        {"deep.json", {":1: JSON nested deeper than 64 levels"}},
        {"latin1.csv", {":1: invalid UTF-8: byte 0xE4 in column 59; the file is probably in another encoding"}},
        {"utf16.csv", {":: file is UTF-16 encoded; save it as UTF-8 (in Excel: CSV UTF-8)"}},
        {"out_of_range.json",
         {":5: latitude -90.5 is out of range; it must be between -90 and 90 (degrees north)",
          ":6: longitude 180.001 is out of range; it must be between -180 and 180 (degrees east)"}},
        {"unknown_type.csv", {":3: unknown type 'Schulpartnerschaft'; use one of partnership, regional"}},
        {"unresolvable.json", {":7: partner city 'nizza' is not a city of this file"}},
        {"unterminated_quote.csv", {":2: a quoted field starting in line 2 is never closed"}},
        {"unresolvable_city.csv",
         {":3: unknown city 'Nürnbreg' in DE; check the spelling or give lat/lon; similar: Nürnberg (DE",
          ":4: city 'Neustadt' in DE is ambiguous: Neustadt (DE, 49.3501, 8.1389, pop. 53984)"}},
        {"wrong_columns.csv", {":1: missing column home; name it home, Heimatstadt or Stadt"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        const std::string file = badFile(c.file);
        const CliResult result = runPartnermap({"validate", file});
        EXPECT_EQ(result.exit_code, 1);
        EXPECT_EQ(result.out, "");
        for (const std::string& expected : c.expected_lines) {
            // ":: message" stands for a problem without a line: "FILE: message".
            const std::string located = expected.rfind("::", 0) == 0 ? file + expected.substr(1) : file + expected;
            EXPECT_NE(result.err.find(located), std::string::npos) << "expected: " << located << "\nerr:\n"
                                                                   << result.err;
        }
    }
}

TEST(Validate, SeveralFilesAllReported) {
    const CliResult result = runPartnermap({"validate", badFile("empty.json"), badFile("out_of_range.json")});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("empty.json: file is empty"), std::string::npos);
    EXPECT_NE(result.err.find("out_of_range.json:5:"), std::string::npos);
}

TEST(Validate, MissingFile) {
    const CliResult result = runPartnermap({"validate", "/nonexistent/partners.csv"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("/nonexistent/partners.csv: cannot open"), std::string::npos) << result.err;
}

TEST(Validate, NeedsAFile) {
    const CliResult result = runPartnermap({"validate"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("files is required"), std::string::npos) << result.err;
}

TEST(Convert, JsonCsvJsonKeepsEveryDistance) {
    const fs::path folder = freshFolder("convert");
    const std::string bundled = std::string(PARTNERMAP_SOURCE_ROOT) + "/data/partnerships.json";
    ASSERT_EQ(runPartnermap({"convert", bundled, (folder / "a.csv").string()}).exit_code, 0);
    ASSERT_EQ(runPartnermap({"convert", (folder / "a.csv").string(), (folder / "b.json").string()}).exit_code, 0);
    ASSERT_EQ(runPartnermap({"convert", (folder / "b.json").string(), (folder / "c.csv").string()}).exit_code, 0);
    EXPECT_EQ(readFile(folder / "a.csv"), readFile(folder / "c.csv")) << "CSV -> JSON -> CSV gives the same file";
    ASSERT_EQ(runPartnermap({"convert", bundled, (folder / "d.geojson").string()}).exit_code, 0);
    const std::string expected = runPartnermap({"distances", "--format", "csv"}).out;
    for (const char* file : {"a.csv", "b.json", "d.geojson"})
        EXPECT_EQ(runPartnermap({"distances", (folder / file).string(), "--format", "csv"}).out, expected) << file;
    fs::remove_all(folder);
}

TEST(Convert, BadInputLeavesNoOutput) {
    const fs::path folder = freshFolder("convert-bad");
    const CliResult result = runPartnermap({"convert", badFile("out_of_range.json"), (folder / "out.csv").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(fs::is_empty(folder)) << "no output and no temporary file";
    fs::remove_all(folder);
}

TEST(Convert, UnknownOutputExtensionIsAUsageError) {
    const CliResult result =
        runPartnermap({"convert", std::string(PARTNERMAP_SOURCE_ROOT) + "/data/partnerships.json", "out.xlsx"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "partnermap: convert: can't tell the format of 'out.xlsx'; end it in .json, .csv or .geojson\n");
}

TEST(Convert, OfficeCsvIsGeocoded) {
    const fs::path folder = freshFolder("geocode-import");
    const fs::path input = folder / "hamm.csv";
    // No home country: Hamm (Westf.) must win over the Hamburg section of the same name.
    std::ofstream(input) << "Stadt;Partnerstadt;Land;Art;seit\n"
                            "Hamm;Neufchâteau;Frankreich;Städtepartnerschaft;1967\n"
                            "Hamm;Santa Monica;USA;Städtepartnerschaft;1987\n"
                            "Hamm;Kalisz;Polen;Partnerschaft;1991\n"
                            "Hamm;Mragowo;PL;Städtefreundschaft;2014\n";
    const CliResult result = runPartnermap({"distances", input.string(), "--format", "csv"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::vector<std::string> rows = lines(result.out);
    ASSERT_EQ(rows.size(), 5u);
    // Rows are nearest first; 399.9 km is from Hamm (Westf.), from Hamburg-Hamm it would be about 650 km.
    EXPECT_EQ(rows[1].rfind("Hamm,Neufchâteau,FR,partnership,1967,399.", 0), 0u) << rows[1];
    EXPECT_NE(result.out.find("Hamm,Kalisz,PL,partnership,1991,"), std::string::npos);
    EXPECT_NE(result.out.find("Hamm,Mragowo,PL,friendship,2014,"), std::string::npos);
    EXPECT_NE(result.out.find("Hamm,Santa Monica,US,partnership,1987,"), std::string::npos);
    fs::remove_all(folder);
}

TEST(Geocode, GermanExonymsAndAccentFreeSpellings) {
    const struct {
        std::vector<std::string> args;
        const char* first_row;
    } cases[] = {
        {{"Krakau"}, "Kraków,PL,50.06143,19.93658,755050,3094802"},
        {{"Nizza", "--country", "FR"}, "Nice,FR,"},
        {{"Rostow am Don"}, "Rostov-na-Donu,RU,"},
        {{"Nurnberg"}, "Nürnberg,DE,49.45421,11.07752,"},
        {{"Cordoba", "--country", "ES"}, "Córdoba,ES,"},
        {{"Be’er Scheva"}, "Beersheba,IL,"},
        {{"Ростов-на-Дону"}, "Rostov-na-Donu,RU,"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.args[0]);
        std::vector<std::string> args = {"geocode"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const CliResult result = runPartnermap(args);
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const std::vector<std::string> rows = lines(result.out);
        ASSERT_GE(rows.size(), 2u);
        EXPECT_EQ(rows[0], "name,country,lat,lon,population,geonameid");
        EXPECT_EQ(rows[1].rfind(c.first_row, 0), 0u) << rows[1];
    }
}

TEST(Geocode, LimitAndUnknown) {
    EXPECT_EQ(lines(runPartnermap({"geocode", "San Jose", "--limit", "3"}).out).size(), 4u);
    const CliResult unknown = runPartnermap({"geocode", "Nürnbreg", "--country", "DE"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_EQ(unknown.out, "");
    EXPECT_EQ(unknown.err, "partnermap: no place named 'Nürnbreg' in DE; did you mean Nürnberg (DE)\n");
    EXPECT_EQ(runPartnermap({"geocode", "Paris", "--country", "Atlantis"}).exit_code, 2);
    EXPECT_EQ(runPartnermap({"geocode", "Paris", "--limit", "0"}).exit_code, 2);
}

// The real executable: exit codes as a shell sees them.
TEST(Executable, ExitCodes) {
    const std::string binary = PARTNERMAP_BINARY;
    const auto status = [&](const std::string& args) {
        const int raw = std::system((binary + " " + args + " >/dev/null 2>&1").c_str());
        return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    };
    EXPECT_EQ(status("distances --format csv"), 0);
    EXPECT_EQ(status("validate " + badFile("problems.json")), 1);
    EXPECT_EQ(status("distances --nonsense"), 2);
    EXPECT_EQ(status("validate /dev/null"), 1);
    EXPECT_EQ(status("validate /dev/zero"), 1) << "a device must not hang the loader";
}

}  // namespace
}  // namespace pm::app::test
