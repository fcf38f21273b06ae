#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/gazetteer.hpp"
#include "core/gazetteer_index.hpp"
#include "core/problem.hpp"

namespace pm {
namespace {

using Outcome = GeocodeResult::Outcome;
using testing::ElementsAre;
using testing::ElementsAreArray;

// Bytes outside printable ASCII as \xNN, so that test names stay readable and unique.
std::string escaped(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F) {
            out += c;
        } else {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        }
    }
    return out;
}

constexpr std::string_view kFormatAndHeader =
    "# PartnerMap gazetteer 2\n"
    "geonameid\tname\tcountry\tlat\tlon\tpopulation\tfeature\talternates\n";

// A small gazetteer whose names exercise every ranking rule (real places with their GeoNames
// populations and feature codes, plus made-up names that sit on the thresholds).
const Gazetteer& mini() {
    static const Gazetteer gazetteer = Gazetteer::fromText(
        std::string(kFormatAndHeader) +
            "1\tFrankfurt am Main\tDE\t50.11552\t8.68417\t650000\tPPLA3\tFrankfurt|Francfort\n"
            "2\tFrankfurt (Oder)\tDE\t52.34714\t14.55062\t57015\tPPL\tFrankfurt\n"
            "3\tCórdoba\tES\t37.89155\t-4.77275\t325708\tPPLA2\tCordova\n"
            "4\tCórdoba\tAR\t-31.4135\t-64.18105\t1317298\tPPLA\t\n"
            "5\tCórdoba\tMX\t18.8842\t-96.9259\t140896\tPPL\t\n"
            "6\tSpringfield\tUS\t39.80172\t-89.64371\t116250\tPPLA\t\n"
            "7\tSpringfield\tUS\t37.21533\t-93.29824\t169176\tPPLA2\t\n"
            "8\tNürnberg\tDE\t49.45421\t11.07752\t515543\tPPL\tNuremberg|Norimberga\n"
            "9\tPrag\tDE\t48.9\t13.5\t120\tPPL\t\n"
            "10\tPrague\tCZ\t50.08804\t14.42076\t1165581\tPPLC\tPrag|Praha\n"
            "11\tNullhausen\tDE\t50\t10\t\t\t\n"
            "12\tNullhausen\tDE\t51\t11\t\tPPL\t\n"
            "13\tAného\tTG\t6.22798\t1.5919\t47579\tPPLA2\t\n"
            "14\tRostov-na-Donu\tRU\t47.23135\t39.72328\t1130305\tPPLA\tRostow am Don|Ростов-на-Дону\n"
            "15\tZehnfach\tDE\t50\t10\t1000\tPPL\t\n"
            "16\tZehnfach\tDE\t50\t11\t100\tPPL\t\n"
            "17\tNeunfach\tDE\t50\t10\t999\tPPL\t\n"
            "18\tNeunfach\tDE\t50\t11\t100\tPPL\t\n"
            // Sections (PPLX) and former places (PPLH) rank after every proper place.
            "19\tHamm\tDE\t51.68033\t7.82089\t178967\tPPL\t\n"
            "20\tHamm\tDE\t53.55487\t10.05742\t37989\tPPLX\t\n"
            "21\tHamm\tDE\t50.01667\t6.41667\t\tPPLA4\t\n"
            "22\tHamm (Sieg)\tDE\t50.76531\t7.67761\t3406\tPPL\tHamm\n"
            "23\tKreuzberg\tDE\t52.49376\t13.40360\t153135\tPPLX\tBerlin-Kreuzberg\n"
            "24\tAltona\tDE\t53.55\t9.93333\t250192\tPPLX\t\n"
            "25\tAltenau\tDE\t51.8\t10.45\t800\tPPL\tAltona\n"
            "26\tAltstadt\tDE\t50\t8\t20000\tPPLX\t\n"
            "27\tAltstadt\tDE\t51\t9\t15000\tPPLH\t\n"
            // Famous alternates, and towns that keep their name.
            "28\tLemberg\tDE\t49.17309\t7.65111\t4317\tPPLA4\t\n"
            "29\tLemberg\tFR\t49.00199\t7.37889\t1511\tPPL\t\n"
            "30\tLviv\tUA\t49.83826\t24.02324\t717273\tPPLA\tLemberg|Lwów\n"
            "31\tCham\tDE\t49.22565\t12.65501\t17314\tPPLA3\t\n"
            "32\tCham\tCH\t47.18213\t8.46358\t16719\tPPL\t\n"
            "33\tDamascus\tSY\t33.5102\t36.29128\t1569394\tPPLC\tCham|Damaskus\n"
            "34\tLüchow\tDE\t52.96811\t11.15397\t9678\tPPLA3\t\n"
            "35\tHefei\tCN\t31.86389\t117.28083\t5050000\tPPLA\tLuchow\n"
            "36\tFuenfzig\tDE\t50\t10\t2000\tPPL\t\n"
            "37\tFuenfzigstadt\tAT\t48\t16\t100000\tPPL\tFuenfzig\n"
            "38\tKnapp\tDE\t50\t10\t2001\tPPL\t\n"
            "39\tKnappstadt\tAT\t48\t16\t100000\tPPL\tKnapp\n"
            "40\tKlein\tDE\t50\t10\t1000\tPPL\t\n"
            "41\tKleinstadt\tAT\t48\t16\t99999\tPPL\tKlein\n"
            // Places that a name shortens.
            "42\tNeustadt\tDE\t49.35009\t8.13886\t53984\tPPLA3\t\n"
            "43\tNeustadt am Rübenberge\tDE\t52.50462\t9.45871\t45942\tPPL\tNeustadt\n"
            "44\tNeustadt bei Coburg\tDE\t50.32975\t11.12058\t16715\tPPL\tNeustadt\n"
            "45\tFreiberg\tDE\t50.91089\t13.33881\t43670\tPPLA3\t\n"
            "46\tFreiberg am Neckar\tDE\t48.93196\t9.20338\t15235\tPPL\tFreiberg\n"
            "47\tDoppelt\tDE\t50\t10\t2000\tPPL\t\n"
            "48\tDoppelt (Nord)\tDE\t51\t10\t1000\tPPL\tDoppelt\n"
            "49\tKnappdoppelt\tDE\t50\t10\t1999\tPPL\t\n"
            "50\tKnappdoppelt/Harz\tDE\t51\t10\t1000\tPPL\tKnappdoppelt\n"
            "51\tStrich\tDE\t50\t10\t1500\tPPL\t\n"
            "52\tStrich-Nord\tDE\t51\t10\t1000\tPPL\tStrich\n"
            "53\tStrich Bay\tDE\t52\t10\t1000\tPPL\tStrich\n"
            "54\tSantander\tES\t43.46472\t-3.80444\t172044\tPPLA\t\n"
            "55\tSantander de Quilichao\tCO\t3.00945\t-76.48494\t99354\tPPLA2\tSantander\n"
            // Importance where populations are close.
            "56\tAthens\tGR\t37.98376\t23.72784\t664046\tPPLC\tAthen\n"
            "57\tAthens\tUS\t33.96095\t-83.37794\t127315\tPPLA2\t\n"
            "58\tFuenffach\tDE\t50\t10\t5000\tPPLA\t\n"
            "59\tFuenffach\tDE\t50\t11\t1000\tPPLA3\t\n"
            "60\tVierfach\tDE\t50\t10\t4999\tPPLA\t\n"
            "61\tVierfach\tDE\t50\t11\t1000\tPPL\t\n"
            "62\tGleichrang\tDE\t50\t10\t5000\tPPLA2\t\n"
            "63\tGleichrang\tDE\t50\t11\t1000\tPPLA2\t\n",
        "mini.tsv");
    return gazetteer;
}

std::vector<long long> ids(const std::vector<GazetteerEntry>& entries) {
    std::vector<long long> result;
    for (const GazetteerEntry& entry : entries) result.push_back(entry.geonames_id);
    return result;
}

// ---- the asset format and its errors ----

TEST(GazetteerFormat, ReadsEveryField) {
    EXPECT_EQ(mini().size(), 63u);
    const std::optional<GazetteerEntry> prague = mini().byId(10);
    ASSERT_TRUE(prague.has_value());
    EXPECT_EQ(prague->name, "Prague");
    EXPECT_EQ(prague->country, "CZ");
    EXPECT_DOUBLE_EQ(prague->position.lat, 50.08804);
    EXPECT_DOUBLE_EQ(prague->position.lon, 14.42076);
    EXPECT_EQ(prague->population, 1165581);
    EXPECT_EQ(prague->feature, "PPLC");
    const std::optional<GazetteerEntry> cordoba = mini().byId(4);
    ASSERT_TRUE(cordoba.has_value());
    EXPECT_DOUBLE_EQ(cordoba->position.lat, -31.4135);
    EXPECT_DOUBLE_EQ(cordoba->position.lon, -64.18105);
    EXPECT_EQ(mini().byId(11)->population, 0);  // empty population = unknown
    EXPECT_EQ(mini().byId(11)->feature, "");    // empty feature code = unknown
    EXPECT_EQ(mini().byId(20)->feature, "PPLX");
    EXPECT_FALSE(mini().byId(999).has_value());
    EXPECT_FALSE(mini().byId(-1).has_value());
}

TEST(GazetteerFormat, AcceptsCrLfCommentsAndNoFinalNewline) {
    const Gazetteer gazetteer = Gazetteer::fromText(
        "# PartnerMap gazetteer 2\r\n# a comment\r\n"
        "geonameid\tname\tcountry\tlat\tlon\tpopulation\tfeature\talternates\r\n"
        "\r\n7\tGera\tDE\t50.88029\t12.08187\t104659\tPPLA3\tGeraha",
        "crlf.tsv");
    EXPECT_EQ(gazetteer.size(), 1u);
    EXPECT_THAT(ids(gazetteer.search("geraha", "DE", 0)), ElementsAre(7));
}

struct BadAsset {
    std::string text;
    std::string message;
};
void PrintTo(const BadAsset& c, std::ostream* os) {
    *os << escaped(c.text);
}

class GazetteerFormatError : public testing::TestWithParam<BadAsset> {};

TEST_P(GazetteerFormatError, NamesFileLineAndFix) {
    try {
        Gazetteer::fromText(GetParam().text, "mini.tsv");
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()), GetParam().message);
    }
}

std::string withRows(std::string_view rows) {
    return std::string(kFormatAndHeader) + std::string(rows);
}

INSTANTIATE_TEST_SUITE_P(
    Messages, GazetteerFormatError,
    testing::Values(
        BadAsset{"", "mini.tsv: the gazetteer holds no places; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows(""), "mini.tsv: the gazetteer holds no places; regenerate it with tools/build_gazetteer.py"},
        BadAsset{"geonameid\tname\n",
                 "mini.tsv:1: not a PartnerMap gazetteer: the first line must be '# PartnerMap gazetteer 2'; "
                 "regenerate it with tools/build_gazetteer.py"},
        BadAsset{"# PartnerMap gazetteer 1\ngeonameid\tname\tcountry\tlat\tlon\tpopulation\talternates\n",
                 "mini.tsv:1: gazetteer format version '1' is not supported (this PartnerMap reads version 2); "
                 "regenerate it with tools/build_gazetteer.py"},
        BadAsset{"# PartnerMap gazetteer 2\nid\tname\n",
                 "mini.tsv:2: expected the column header 'geonameid, name, country, lat, lon, population, feature, "
                 "alternates' (separated by tabs) before the first place; regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\n"),
                 "mini.tsv:3: expected 8 tab-separated fields (geonameid, name, country, lat, lon, population, "
                 "feature, alternates), found 5; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t1\t\n"),  // a version 1 row: no feature
                 "mini.tsv:3: expected 8 tab-separated fields (geonameid, name, country, lat, lon, population, "
                 "feature, alternates), found 7; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t1\tPPL\t\tx\n"),
                 "mini.tsv:3: expected 8 tab-separated fields (geonameid, name, country, lat, lon, population, "
                 "feature, alternates), found more than 8; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t1\tppl\t\n"),
                 "mini.tsv:3: feature 'ppl' is not a GeoNames populated-place code (PPL, PPLA, PPLA2, PPLA3, "
                 "PPLA4, PPLA5, PPLC, PPLCH, PPLF, PPLG, PPLH, PPLL, PPLQ, PPLR, PPLS, PPLW, PPLX, STLMT, or "
                 "empty); regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("x7\tGera\tDE\t50.9\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: geonameid 'x7' is not a positive whole number; regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("0\tGera\tDE\t50.9\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: geonameid '0' is not a positive whole number; regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("7\t\tDE\t50.9\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: the name of place 7 is empty or too long; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tde\t50.9\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: country 'de' is not a two-letter upper-case ISO code; regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDEU\t50.9\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: country 'DEU' is not a two-letter upper-case ISO code; regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t90.00001\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: latitude '90.00001' is not a number of degrees between -90 and 90 with at most 5 "
                 "decimals; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.123456\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: latitude '50.123456' is not a number of degrees between -90 and 90 with at most 5 "
                 "decimals; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t5e1\t12.1\t1\tPPL\t\n"),
                 "mini.tsv:3: latitude '5e1' is not a number of degrees between -90 and 90 with at most 5 "
                 "decimals; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t-180.5\t1\tPPL\t\n"),
                 "mini.tsv:3: longitude '-180.5' is not a number of degrees between -180 and 180 with at most 5 "
                 "decimals; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t\t1\tPPL\t\n"),
                 "mini.tsv:3: longitude '' is not a number of degrees between -180 and 180 with at most 5 "
                 "decimals; regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t-5\tPPL\t\n"),
                 "mini.tsv:3: population '-5' is not a whole number (leave it empty when unknown); regenerate it "
                 "with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t99999999999\tPPL\t\n"),
                 "mini.tsv:3: population '99999999999' is not a whole number (leave it empty when unknown); "
                 "regenerate it with tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tDE\t50.9\t12.1\t1\tPPL\t\n8\tJena\tDE\t50.9\t11.6\t1\tPPL\t\n7\tGera\tDE\t50.9\t12."
                          "1\t1\tPPL\t\n"),
                 "mini.tsv:5: geonameid 7 appears twice (first on line 3); regenerate it with "
                 "tools/build_gazetteer.py"},
        BadAsset{withRows("7\tGera\tde\t50.9\t12.1\t1\tPPL\t\n8\tJena\tDE\t50.9\t11.6\tmany\tPPL\t\n"),
                 "mini.tsv:3: country 'de' is not a two-letter upper-case ISO code; regenerate it with "
                 "tools/build_gazetteer.py\n"
                 "mini.tsv:4: population 'many' is not a whole number (leave it empty when unknown); regenerate "
                 "it with tools/build_gazetteer.py"}));

TEST(GazetteerFormat, StopsAfterTwentyProblems) {
    std::string rows;
    for (int i = 1; i <= 100; ++i) rows += std::to_string(i) + "\tX\tDE\t1\t1\tbad\tPPL\t\n";
    try {
        Gazetteer::fromText(withRows(rows), "many.tsv");
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        ASSERT_EQ(error.problems().size(), GazetteerIndex::kMaxProblems);
        EXPECT_EQ(error.problems().back().line, 22);
    }
}

TEST(GazetteerFormat, MissingFileSaysHowToFixIt) {
    try {
        Gazetteer::load("/nonexistent/cities500.tsv");
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "/nonexistent/cities500.tsv: cannot open the gazetteer; reinstall PartnerMap's assets or "
                  "regenerate it with tools/build_gazetteer.py");
    }
}

TEST(GazetteerFormat, RefusesADirectory) {
    try {
        Gazetteer::load(testing::TempDir());
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()),
                  testing::TempDir() +
                      ": cannot open the gazetteer; reinstall PartnerMap's assets or regenerate it with "
                      "tools/build_gazetteer.py");
    }
}

TEST(GazetteerFormat, RefusesAnAbsurdlyLargeFile) {
    const std::string path = testing::TempDir() + "huge_gazetteer.tsv";
    { std::ofstream create(path, std::ios::binary); }
    std::filesystem::resize_file(path, (256u << 20) + 1);  // sparse: takes no disk space
    try {
        Gazetteer::load(path);
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()), path + ": is too large for a gazetteer (over 256 MiB); check the path");
    }
    std::filesystem::remove(path);
}

// ---- search and ranking ----

struct SearchCase {
    std::string_view name;
    std::string_view country;
    size_t limit;
    std::vector<long long> expected_ids;
};
void PrintTo(const SearchCase& c, std::ostream* os) {
    *os << c.name << " [" << c.country << "]";
}

class GazetteerSearch : public testing::TestWithParam<SearchCase> {};

TEST_P(GazetteerSearch, RanksMainNameThenAlternatesThenPopulation) {
    const SearchCase& c = GetParam();
    EXPECT_THAT(ids(mini().search(c.name, c.country, c.limit)), ElementsAreArray(c.expected_ids))
        << c.name << " in '" << c.country << "'";
}

INSTANTIATE_TEST_SUITE_P(
    Mini, GazetteerSearch,
    testing::Values(SearchCase{"Frankfurt", "DE", 0, {1, 2}},  // both by alternate name: by population
                    SearchCase{"FRANKFURT AM MAIN", "", 0, {1}}, SearchCase{"frankfurt  am\u00a0main", "", 0, {1}},
                    SearchCase{"Prag", "", 0, {10, 9}},  // a famous alternate before a village's main name
                    SearchCase{"Prag", "CZ", 0, {10}}, SearchCase{"Prag", "cz", 0, {10}},
                    SearchCase{"Córdoba", "", 0, {4, 3, 5}}, SearchCase{"cordoba", "", 2, {4, 3}},
                    SearchCase{"CORDOBA", "ES", 0, {3}}, SearchCase{"Cordova", "", 0, {3}},
                    SearchCase{"Nurnberg", "", 0, {8}}, SearchCase{"Nuernberg", "", 0, {8}},  // ue undone
                    SearchCase{"Rostow am Don", "RU", 0, {14}}, SearchCase{"РОСТОВ-НА-ДОНУ", "RU", 0, {14}},
                    SearchCase{"Lacs 1 / Aného", "TG", 0, {13}},  // a part of a slashed name
                    SearchCase{"Prague / Praha", "", 0, {10}},
                    SearchCase{"Nürnberg / Frankfurt", "DE", 0, {8, 1, 2}},  // parts merged, then ranked
                    SearchCase{"Prag / Frankfurt", "DE", 0, {1, 9, 2}},      // merged: 650000 >= 50 * 120, famous
                    SearchCase{"Hamm", "", 0, {19, 21, 22, 20}},             // proper places by tier, then the section
                    SearchCase{"Altona", "DE", 0, {25, 24}},                 // even by alternate name before a section
                    SearchCase{"Lemberg", "", 0, {30, 28, 29}}, SearchCase{"Lemberg", "DE", 0, {28}},
                    SearchCase{"Cham", "", 0, {31, 32, 33}},  // a town keeps its name: no promotion
                    SearchCase{"Frankfurt", "FR", 0, {}}, SearchCase{"Frankfurt", "Germany", 0, {}},
                    SearchCase{"Atlantis", "", 0, {}}, SearchCase{"", "", 0, {}}, SearchCase{" / ", "", 0, {}}));

// ---- geocode: found, ambiguous, unknown ----

struct GeocodeCase {
    std::string_view name;
    std::string_view country;
    Outcome outcome;
    long long match_id;  // when Found
    std::vector<long long> candidate_ids;
};
void PrintTo(const GeocodeCase& c, std::ostream* os) {
    *os << c.name << " [" << c.country << "]";
}

class GazetteerGeocode : public testing::TestWithParam<GeocodeCase> {};

TEST_P(GazetteerGeocode, AppliesTheRankingRules) {
    const GeocodeCase& c = GetParam();
    const GeocodeResult result = mini().geocode(c.name, c.country);
    EXPECT_EQ(result.outcome, c.outcome) << c.name;
    if (c.outcome == Outcome::Found) {
        ASSERT_TRUE(result.match.has_value());
        EXPECT_EQ(result.match->geonames_id, c.match_id);
    } else {
        EXPECT_FALSE(result.match.has_value());
    }
    EXPECT_THAT(ids(result.candidates), ElementsAreArray(c.candidate_ids)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Mini, GazetteerGeocode,
    testing::Values(
        GeocodeCase{"Frankfurt", "DE", Outcome::Found, 1, {}},  // 650000 >= 10 * 57015
        GeocodeCase{"Zehnfach", "DE", Outcome::Found, 15, {}},  // exactly 10 times: dominant
        GeocodeCase{"Neunfach", "DE", Outcome::Ambiguous, 0, {17, 18}},
        GeocodeCase{"Springfield", "US", Outcome::Ambiguous, 0, {7, 6}},  // the capital is the smaller one
        GeocodeCase{"Córdoba", "", Outcome::Ambiguous, 0, {4, 3, 5}},     // AR outranks ES, but only 4 times
        GeocodeCase{"Córdoba", "MX", Outcome::Found, 5, {}},
        GeocodeCase{"Nullhausen", "DE", Outcome::Ambiguous, 0, {11, 12}},  // no population to tell them apart
        GeocodeCase{"Prag", "", Outcome::Found, 10, {}},                   // 1165581 >= 50 * 120: famous alternate
        GeocodeCase{"Prag", "CZ", Outcome::Found, 10, {}},
        // Sections and former places only count when no other place matches.
        GeocodeCase{"Hamm", "", Outcome::Found, 19, {}},  // the section (37989) is no rival
        GeocodeCase{"Hamm", "DE", Outcome::Found, 19, {}},
        GeocodeCase{"Kreuzberg", "", Outcome::Found, 23, {}},  // a section that is the only match
        GeocodeCase{"Berlin-Kreuzberg", "", Outcome::Found, 23, {}},
        GeocodeCase{"Altona", "DE", Outcome::Found, 25, {}},             // a proper place beats a section in any tier
        GeocodeCase{"Altstadt", "DE", Outcome::Ambiguous, 0, {26, 27}},  // sections among themselves
        // Famous alternates, unless a main-name match is a town.
        GeocodeCase{"Lemberg", "", Outcome::Found, 30, {}}, GeocodeCase{"Lemberg", "DE", Outcome::Found, 28, {}},
        GeocodeCase{"Lemberg", "UA", Outcome::Found, 30, {}},
        GeocodeCase{"Cham", "", Outcome::Ambiguous, 0, {31, 32}},  // 17314 inhabitants: a town
        GeocodeCase{"Cham", "SY", Outcome::Found, 33, {}},
        GeocodeCase{"Lüchow", "", Outcome::Found, 34, {}},    // 9678, but the seat of a Landkreis (PPLA3)
        GeocodeCase{"Fuenfzig", "", Outcome::Found, 37, {}},  // exactly 100000 and 50 times 2000
        GeocodeCase{"Knapp", "", Outcome::Found, 38, {}},     // 100000 < 50 * 2001
        GeocodeCase{"Klein", "", Outcome::Found, 40, {}},     // 99999 is not famous
        // Places that the name shortens, in the leader's country.
        GeocodeCase{"Neustadt", "DE", Outcome::Ambiguous, 0, {42, 43, 44}},  // 53984 < 2 * 45942
        GeocodeCase{"Freiberg", "DE", Outcome::Found, 45, {}},               // 43670 >= 2 * 15235
        GeocodeCase{"Doppelt", "", Outcome::Found, 47, {}},                  // exactly 2 times "Doppelt (Nord)"
        GeocodeCase{"Knappdoppelt", "", Outcome::Ambiguous, 0, {49, 50}},    // "Knappdoppelt/Harz"
        GeocodeCase{"Strich", "", Outcome::Found, 51, {}},     // "Strich-Nord" and "Strich Bay" are other names
        GeocodeCase{"Santander", "", Outcome::Found, 54, {}},  // "Santander de Quilichao" is in Colombia
        // Importance where populations are close.
        GeocodeCase{"Athens", "", Outcome::Found, 56, {}},     // capital, 5.2 times the county seat
        GeocodeCase{"Fuenffach", "", Outcome::Found, 58, {}},  // exactly 5 times, PPLA over PPLA3
        GeocodeCase{"Vierfach", "", Outcome::Ambiguous, 0, {60, 61}},
        GeocodeCase{"Gleichrang", "", Outcome::Ambiguous, 0, {62, 63}},  // 5 times, same rank: needs 10
        GeocodeCase{"Nürnberg", "AT", Outcome::Unknown, 0, {8}},         // right name, other country
        GeocodeCase{"Nurnbreg", "DE", Outcome::Unknown, 0, {8}},         // transposed letters
        GeocodeCase{"Frankf", "DE", Outcome::Unknown, 0, {1, 2}},        // prefix
        GeocodeCase{"Frankfurt an Main", "", Outcome::Unknown, 0, {1}},  // one letter off
        GeocodeCase{"Atlantis", "", Outcome::Unknown, 0, {}}, GeocodeCase{"", "", Outcome::Unknown, 0, {}}));

TEST(GazetteerNearMisses, RankOtherCountriesThenDistanceThenPopulation) {
    // "Nurnbreg" in DE: Nürnberg (distance 1); "Frankfurt" alternates are too far.
    EXPECT_THAT(ids(mini().nearMisses("Nurnbreg", "DE", 0)), ElementsAre(8));
    // Worldwide "Cordoa": every Córdoba is one letter away, biggest first.
    EXPECT_THAT(ids(mini().nearMisses("Cordoa", "", 0)), ElementsAre(4, 3, 5));
    EXPECT_THAT(ids(mini().nearMisses("Cordoa", "", 1)), ElementsAre(4));
    // Exact names in other countries come before near misses in the country.
    EXPECT_THAT(ids(mini().nearMisses("Prag", "DE", 0)), ElementsAre(10));
    // Keys under 3 bytes only get the other-country matches.
    EXPECT_THAT(ids(mini().nearMisses("Pr", "", 0)), ElementsAre());
}

struct DistanceCase {
    std::string_view a;
    std::string_view b;
    int max_distance;
    int expected;
};
void PrintTo(const DistanceCase& c, std::ostream* os) {
    *os << c.a << " / " << c.b;
}

class EditDistance : public testing::TestWithParam<DistanceCase> {};

TEST_P(EditDistance, IsBounded) {
    const DistanceCase& c = GetParam();
    EXPECT_EQ(boundedEditDistance(c.a, c.b, c.max_distance), c.expected) << c.a << " / " << c.b;
    EXPECT_EQ(boundedEditDistance(c.b, c.a, c.max_distance), c.expected) << c.b << " / " << c.a;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EditDistance,
    testing::Values(DistanceCase{"gera", "gera", 2, 0}, DistanceCase{"gera", "jera", 2, 1},
                    DistanceCase{"nurnberg", "nurnbreg", 2, 1},  // transposition
                    DistanceCase{"gera", "ger", 2, 1}, DistanceCase{"gera", "geraha", 2, 2},
                    DistanceCase{"gera", "gerahaus", 2, 3},  // length gap alone exceeds the bound
                    DistanceCase{"leeds", "leipzig", 2, 3}, DistanceCase{"abcdef", "badcfe", 2, 3},
                    DistanceCase{"", "ab", 2, 2}, DistanceCase{"", "", 0, 0},
                    DistanceCase{
                        std::string_view("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                        std::string_view("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), 2,
                        3}));  // longer than 64 bytes: equality only

// ---- the lazy wrapper ----

TEST(LazyGazetteer, LoadsOnFirstUseAndReportsLoadErrors) {
    const LazyGazetteer missing("/nonexistent/cities500.tsv");
    EXPECT_FALSE(missing.loaded());
    EXPECT_THROW(missing.geocode("Gera", "DE"), DataError);
    EXPECT_FALSE(missing.loaded());

    const std::string path = testing::TempDir() + "lazy_gazetteer.tsv";
    {
        std::ofstream out(path, std::ios::binary);
        out << kFormatAndHeader << "7\tGera\tDE\t50.88029\t12.08187\t104659\tPPLA3\t\n";
    }
    const LazyGazetteer lazy(path);
    EXPECT_FALSE(lazy.loaded());
    const GeocodeResult result = lazy.geocode("GERA", "de");
    EXPECT_TRUE(lazy.loaded());
    ASSERT_EQ(result.outcome, Outcome::Found);
    EXPECT_EQ(result.match->geonames_id, 7);
}

// ---- the real asset ----

class RealGazetteer : public testing::Test {
protected:
    static const Gazetteer& gazetteer() {
        static const Gazetteer loaded = Gazetteer::load(Gazetteer::defaultPath());
        return loaded;
    }
};

TEST_F(RealGazetteer, HoldsAllOfCities500) {
    EXPECT_EQ(gazetteer().size(), 199568u);
}

struct NamedPlace {
    std::string_view name;
    std::string_view country;
    Outcome outcome;
    long long geonames_id;  // the match when Found, the first candidate otherwise
};
void PrintTo(const NamedPlace& c, std::ostream* os) {
    *os << c.name << " [" << c.country << "]";
}

class RealGazetteerNames : public RealGazetteer, public testing::WithParamInterface<NamedPlace> {};

TEST_P(RealGazetteerNames, ResolveAsDocumented) {
    const NamedPlace& c = GetParam();
    const GeocodeResult result = gazetteer().geocode(c.name, c.country);
    ASSERT_EQ(result.outcome, c.outcome) << c.name << " in '" << c.country << "'";
    if (c.outcome == Outcome::Found) {
        EXPECT_EQ(result.match->geonames_id, c.geonames_id) << c.name;
    } else {
        ASSERT_FALSE(result.candidates.empty()) << c.name;
        EXPECT_EQ(result.candidates.front().geonames_id, c.geonames_id) << c.name;
    }
}

INSTANTIATE_TEST_SUITE_P(
    AmbiguityChecks, RealGazetteerNames,
    testing::Values(
        NamedPlace{"Frankfurt", "DE", Outcome::Found, 2925533},  // am Main 650000 vs (Oder) 57015
        NamedPlace{"Frankfurt", "", Outcome::Found, 2925533},
        NamedPlace{"San Carlos", "NI", Outcome::Found, 3616911},    // the only one in cities500 NI
        NamedPlace{"San Carlos", "", Outcome::Ambiguous, 3628503},  // Venezuela's is the biggest
        NamedPlace{"Córdoba", "ES", Outcome::Found, 2519240}, NamedPlace{"Córdoba", "AR", Outcome::Found, 3860259},
        NamedPlace{"Cordoba", "", Outcome::Ambiguous, 3860259},  // AR 1.3 M is only 4x ES
        NamedPlace{"Hannover", "", Outcome::Found, 2910831}, NamedPlace{"Nürnberg", "", Outcome::Found, 2861650},
        NamedPlace{"Nurnberg", "", Outcome::Found, 2861650}, NamedPlace{"Nuernberg", "", Outcome::Found, 2861650},
        NamedPlace{"Braşov", "RO", Outcome::Found, 683844}, NamedPlace{"Brasov", "RO", Outcome::Found, 683844},
        NamedPlace{"Xi'an", "CN", Outcome::Found, 1790630},  // four Xi'an districts have no population
        NamedPlace{"Xian", "", Outcome::Found, 1790630}, NamedPlace{"Nurnbreg", "DE", Outcome::Unknown, 2861650},
        NamedPlace{"Nürnberg", "AT", Outcome::Unknown, 2861650}));

// Sections (PPLX), towns that the name shortens, importance.
INSTANTIATE_TEST_SUITE_P(
    FeatureCodes, RealGazetteerNames,
    testing::Values(
        NamedPlace{"Hamm", "", Outcome::Found, 2911240},  // not the Hamburg section Hamm (PPLX, 37989)
        NamedPlace{"Hamm", "DE", Outcome::Found, 2911240},
        NamedPlace{"Neustadt", "DE", Outcome::Ambiguous, 2864054},  // 53984 vs Neustadt am Rübenberge 45942
        NamedPlace{"Neustadt", "", Outcome::Ambiguous, 2864054},
        NamedPlace{"Freiberg", "DE", Outcome::Found, 2925192},   // over Freiberg am Neckar, 15235
        NamedPlace{"Halle", "DE", Outcome::Ambiguous, 2911520},  // Halle (Westf.) 21448, Halle (Saale) 237865
        NamedPlace{"Kreuzberg", "DE", Outcome::Found, 2884161},  // a section, the only one in DE
        NamedPlace{"Berlin-Kreuzberg", "", Outcome::Found, 2884161},
        NamedPlace{"Köpenick", "", Outcome::Found, 2885656},    // sections only: main name first
        NamedPlace{"Harburg", "DE", Outcome::Found, 2910686},   // Harburg (Schwaben), not Hamburg-Harburg
        NamedPlace{"Athens", "", Outcome::Found, 264371},       // capital, 5.2 times Athens (US)
        NamedPlace{"Cham", "", Outcome::Ambiguous, 2940204}));  // DE or CH; Damascus ("Cham") is not promoted

// German exonyms world-wide: a famous alternate beats villages of that main name.
INSTANTIATE_TEST_SUITE_P(
    ExonymsWorldWide, RealGazetteerNames,
    testing::Values(
        NamedPlace{"Lemberg", "", Outcome::Found, 702550},  // Lviv 717273 >= 50 * Lemberg (DE) 4317
        NamedPlace{"Mailand", "", Outcome::Found, 3173435}, NamedPlace{"Moskau", "", Outcome::Found, 524901},
        NamedPlace{"Warschau", "", Outcome::Found, 756135}, NamedPlace{"Breslau", "", Outcome::Found, 3081368},
        NamedPlace{"Danzig", "", Outcome::Found, 3099434}, NamedPlace{"Pressburg", "", Outcome::Found, 3060972},
        NamedPlace{"Kiew", "", Outcome::Found, 703448}, NamedPlace{"Nizza", "", Outcome::Found, 2990440},
        NamedPlace{"Venedig", "", Outcome::Found, 3164603},  // Venice has 51298: no rival, no promotion needed
        NamedPlace{"Rom", "", Outcome::Found, 3169070},      // over Rom (DE, 571) and Rom (FR, 818)
        NamedPlace{"Posen", "", Outcome::Found, 3088171},    // Poznań over Posen (US, 5992)
        NamedPlace{"Brünn", "", Outcome::Found, 3078610},    // Brno over Brunn (DE) and six more villages
        NamedPlace{"Klausen", "", Outcome::Found, 2889975},  // the village in DE; Chiusa (IT) has 2497
        NamedPlace{"Klausen", "DE", Outcome::Found, 2889975}));

INSTANTIATE_TEST_SUITE_P(
    ExonymsAndNativeSpellings, RealGazetteerNames,
    testing::Values(
        NamedPlace{"Krakau", "PL", Outcome::Found, 3094802}, NamedPlace{"Nizza", "FR", Outcome::Found, 2990440},
        NamedPlace{"Charkiw", "UA", Outcome::Found, 706483}, NamedPlace{"Rostow am Don", "RU", Outcome::Found, 501175},
        NamedPlace{"Kiew", "UA", Outcome::Found, 703448}, NamedPlace{"Be’er Scheva", "IL", Outcome::Found, 295530},
        NamedPlace{"Venedig", "IT", Outcome::Found, 3164603}, NamedPlace{"Prag", "CZ", Outcome::Found, 3067696},
        NamedPlace{"Schytomyr", "UA", Outcome::Found, 686967},
        NamedPlace{"Mykolajiw", "UA", Outcome::Found, 700569},  // PartnerMap's addition
        NamedPlace{"Iwanowo", "RU", Outcome::Found, 555312}, NamedPlace{"Klausen", "IT", Outcome::Found, 3178764},
        NamedPlace{"Montan", "IT", Outcome::Found, 3173113}, NamedPlace{"Mailand", "IT", Outcome::Found, 3173435},
        NamedPlace{"Moskau", "RU", Outcome::Found, 524901}, NamedPlace{"Warschau", "PL", Outcome::Found, 756135},
        NamedPlace{"Breslau", "PL", Outcome::Found, 3081368}, NamedPlace{"Danzig", "PL", Outcome::Found, 3099434},
        NamedPlace{"Lemberg", "UA", Outcome::Found, 702550}, NamedPlace{"Pressburg", "SK", Outcome::Found, 3060972},
        NamedPlace{"Ростов-на-Дону", "RU", Outcome::Found, 501175}, NamedPlace{"Kraków", "PL", Outcome::Found, 3094802},
        NamedPlace{"Brașov", "RO", Outcome::Found, 683844}, NamedPlace{"Kronstadt", "RO", Outcome::Found, 683844},
        NamedPlace{"Xi’an", "CN", Outcome::Found, 1790630}, NamedPlace{"西安", "CN", Outcome::Found, 1790630}));

struct ReferencePartner {
    std::string home;
    std::string partner;
    long long geonames_id = 0;  // 0: not in cities500
    std::string country;
};

std::vector<ReferencePartner> referencePartners() {
    std::ifstream in(std::string(PARTNERMAP_TEST_DATA) + "/gazetteer/reference_partners.csv");
    std::vector<ReferencePartner> partners;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream columns(line);
        for (std::string field; std::getline(columns, field, ',');) fields.push_back(field);
        if (fields.size() != 4) ADD_FAILURE() << "bad line: " << line;
        if (fields.size() != 4) continue;
        partners.push_back({fields[0], fields[1], fields[2].empty() ? 0 : std::stoll(fields[2]), fields[3]});
    }
    return partners;
}

TEST_F(RealGazetteer, FindsEveryReferencePartnerByItsGermanSpelling) {
    const std::vector<ReferencePartner> partners = referencePartners();
    ASSERT_EQ(partners.size(), 48u);
    int with_id = 0;
    for (const ReferencePartner& partner : partners) {
        const GeocodeResult result = gazetteer().geocode(partner.partner, partner.country);
        if (partner.geonames_id == 0) {
            // Kalkudah and Kattankudy (LK) are not in cities500 at all.
            EXPECT_EQ(result.outcome, Outcome::Unknown) << partner.partner;
            continue;
        }
        ++with_id;
        ASSERT_EQ(result.outcome, Outcome::Found) << partner.home << " -> " << partner.partner;
        EXPECT_EQ(result.match->geonames_id, partner.geonames_id) << partner.home << " -> " << partner.partner;
        EXPECT_EQ(result.match->country, partner.country) << partner.partner;
    }
    EXPECT_EQ(with_id, 46);
}

TEST_F(RealGazetteer, SearchListsRivalsBestFirst) {
    const std::vector<GazetteerEntry> frankfurt = gazetteer().search("Frankfurt", "DE", 5);
    ASSERT_EQ(frankfurt.size(), 2u);
    EXPECT_EQ(frankfurt[0].name, "Frankfurt am Main");
    EXPECT_EQ(frankfurt[1].name, "Frankfurt (Oder)");
    EXPECT_EQ(gazetteer().search("Córdoba", "", 3).size(), 3u);
}

}  // namespace
}  // namespace pm
