#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>

#include "cli_runner.hpp"
#include "core/dataset_files.hpp"
#include "core/resources.hpp"

namespace pm::app::test {
namespace {

constexpr const char* kHeader = "home,partner,partner_country,type,since,distance_km,azimuth_deg";

// GeographicLib's GeodSolve values for every bundled partnership (tools/make_geodesic_reference.sh),
// keyed "homeid-partnerid".
std::map<std::string, std::pair<double, double>> geodSolveReference() {
    std::ifstream in(std::string(PARTNERMAP_TEST_DATA) + "/geodesy/inverse_reference.tsv");
    std::map<std::string, std::pair<double, double>> reference;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name;
        double lat1, lon1, lat2, lon2, azi1, azi2, s12;
        fields >> name >> lat1 >> lon1 >> lat2 >> lon2 >> azi1 >> azi2 >> s12;
        reference[name] = {s12 / 1000.0, azi1 < 0 ? azi1 + 360.0 : azi1};
    }
    return reference;
}

TEST(Distances, BundledDataMatchesIndependentGeodesicsWithin10m) {
    const CliResult result = runPartnermap({"distances", "--format", "csv"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::vector<std::string> rows = lines(result.out);
    ASSERT_EQ(rows.size(), 49u);
    EXPECT_EQ(rows[0], kHeader);

    const DataSet data = loadDataSetFile(bundledDataPath(), {});
    std::map<std::pair<std::string, std::string>, std::string> key_of;  // (home name, partner name) -> ids
    for (const Partnership& p : data.partnerships)
        key_of[{data.findCity(p.home_id)->name, data.findCity(p.partner_id)->name}] = p.home_id + "-" + p.partner_id;
    const auto reference = geodSolveReference();

    for (size_t i = 1; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i]);
        const std::vector<std::string> fields = splitCsvLine(rows[i]);
        ASSERT_EQ(fields.size(), 7u);
        const std::string key = key_of.at({fields[0], fields[1]});
        const auto [km, azimuth] = reference.at(key);
        EXPECT_NEAR(std::stod(fields[5]), km, 0.0005 + 1e-9) << "3 decimals, rounded";
        EXPECT_NEAR(std::stod(fields[6]), azimuth, 0.005 + 1e-9);
        EXPECT_EQ(fields[5].size() - fields[5].find('.'), 4u) << "km with 3 decimals";
        EXPECT_EQ(fields[6].size() - fields[6].find('.'), 3u) << "azimuth with 2 decimals";
    }
}

TEST(Distances, RowsSortedByHomeThenDistance) {
    const std::vector<std::string> rows = lines(runPartnermap({"distances", "--format", "csv"}).out);
    for (size_t i = 2; i < rows.size(); ++i) {
        const auto previous = splitCsvLine(rows[i - 1]), current = splitCsvLine(rows[i]);
        if (previous[0] == current[0])
            EXPECT_LE(std::stod(previous[5]), std::stod(current[5])) << rows[i];
        else
            EXPECT_LT(previous[0], current[0]);
    }
}

TEST(Distances, KnownRowsExactly) {
    const std::string out = runPartnermap({"distances", "--format", "csv"}).out;
    EXPECT_NE(out.find("\nNürnberg,Atlanta,US,partnership,1998,7606.088,297.03\n"), std::string::npos);
    EXPECT_NE(out.find("\nNürnberg,Bar,ME,friendship,,"), std::string::npos) << "unknown since stays empty";
    EXPECT_NE(out.find("\nDortmund,Xi’an,CN,partnership,1992,"), std::string::npos);
    EXPECT_NE(out.find("\nHannover,Poznań,PL,partnership,1979,"), std::string::npos);
}

TEST(Distances, FiltersCountRows) {
    const struct {
        std::vector<std::string> filters;
        size_t rows;
    } cases[] = {
        {{}, 48},
        {{"--home", "Nürnberg"}, 27},
        {{"--home", "nuernberg"}, 27},
        {{"--home", "Dortmund,Hannover"}, 21},
        {{"--type", "friendship"}, 10},
        {{"--type", "partnership,regional"}, 32},
        {{"--status", "suspended"}, 1},
        {{"--country", "FR"}, 4},
        {{"--country", "Frankreich,pol"}, 6},
        {{"--years", "1950:1960"}, 4},
        {{"--years", "2020:"}, 6},
        {{"--as-of", "1960"}, 5},
        {{"--type", "Städtepartnerschaft", "--as-of", "2000"}, 26},
        {{"--home", "Dortmund", "--status", "active", "--years", ":1980"}, 3},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args = {"distances", "--format", "csv"};
        args.insert(args.end(), c.filters.begin(), c.filters.end());
        const CliResult result = runPartnermap(args);
        SCOPED_TRACE(testing::PrintToString(c.filters));
        ASSERT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(lines(result.out).size(), c.rows + 1);
    }
}

TEST(Distances, TableIsAlignedAndIsTheDefault) {
    const std::vector<std::string> rows = lines(runPartnermap({"distances"}).out);
    ASSERT_EQ(rows.size(), 49u);
    EXPECT_EQ(rows[0].rfind("home", 0), 0u);
    // "Xi’an" and "Poznań" have multi-byte letters; columns still line up by characters.
    const auto column_of_km = [](const std::string& row) {
        size_t chars = 0;
        const size_t end = row.find_last_of("0123456789", row.rfind("  ") - 1);
        for (size_t i = 0; i <= end; ++i) chars += (static_cast<unsigned char>(row[i]) & 0xC0) != 0x80;
        return chars;
    };
    for (size_t i = 2; i < rows.size(); ++i) EXPECT_EQ(column_of_km(rows[i]), column_of_km(rows[1])) << rows[i];
}

TEST(Distances, UsageErrorsExitWith2) {
    const struct {
        std::vector<std::string> args;
        const char* message;
    } cases[] = {
        {{"distances", "--home", "Paris"},
         "partnermap: --home: no home city 'Paris' in the data; home cities: Nürnberg, Dortmund, Hannover\n"},
        {{"distances", "--country", "Atlantis"},
         "partnermap: --country: unknown country 'Atlantis'; use an ISO code like FR or a name\n"},
        {{"distances", "--type", "twinning"},
         "partnermap: --type: unknown type 'twinning'; types: partnership, regional, friendship, project, "
         "solidarity, sponsorship, contact\n"},
        {{"distances", "--status", "open"},
         "partnermap: --status: unknown status 'open'; use active, suspended or ended\n"},
        {{"distances", "--years", "1990:1980"},
         "partnermap: --years: '1990:1980' is not a year range; write FROM:TO, e.g. 1950:1990\n"},
        {{"distances", "--years", "x"},
         "partnermap: --years: 'x' is not a year range; write FROM:TO, e.g. 1950:1990\n"},
        {{"distances", "--format", "xml"},
         "partnermap: --format: xml not in {csv,table}\nRun 'partnermap --help' for the commands and options.\n"},
        {{"distances", "--as-of", "soon"},
         "partnermap: Could not convert: --as-of = soon\nRun 'partnermap --help' for the commands and "
         "options.\n"},
        {{"--bogus"},
         "partnermap: The following argument was not expected: --bogus\nRun 'partnermap --help' for the commands "
         "and options.\n"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(testing::PrintToString(c.args));
        const CliResult result = runPartnermap(c.args);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.err, c.message);
        EXPECT_EQ(result.out, "");
    }
}

TEST(Distances, HelpExitsWith0) {
    const CliResult result = runPartnermap({"distances", "--help"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("--as-of"), std::string::npos);
}

}  // namespace
}  // namespace pm::app::test
