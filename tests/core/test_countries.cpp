#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include "core/countries.hpp"
#include "core/problem.hpp"

namespace pm {
namespace {

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

const CountryTable& countries() {
    static const CountryTable table = CountryTable::load(CountryTable::defaultPath());
    return table;
}

TEST(CountryTable, HoldsEveryCountryOfThePackageOnce) {
    EXPECT_EQ(countries().all().size(), 250u);
    std::set<std::string> alpha2, alpha3;
    std::set<int> numeric;
    for (const Country& country : countries().all()) {
        alpha2.insert(country.alpha2);
        alpha3.insert(country.alpha3);
        numeric.insert(country.numeric);
        EXPECT_FALSE(country.name_en.empty()) << country.alpha2;
        EXPECT_FALSE(country.name_de.empty()) << country.alpha2;
    }
    EXPECT_EQ(alpha2.size(), 250u);
    EXPECT_EQ(alpha3.size(), 250u);
    EXPECT_EQ(numeric.size(), 250u);
}

struct Lookup {
    std::string_view query;
    std::string_view alpha2;  // empty: not found
};
void PrintTo(const Lookup& c, std::ostream* os) {
    *os << '"' << c.query << '"';
}

class CountryFind : public testing::TestWithParam<Lookup> {};

TEST_P(CountryFind, AcceptsCodesNamesAndAliases) {
    const Lookup& c = GetParam();
    const Country* country = countries().find(c.query);
    if (c.alpha2.empty()) {
        EXPECT_EQ(country, nullptr) << c.query << " gave " << (country ? country->alpha2 : "");
    } else {
        ASSERT_NE(country, nullptr) << c.query;
        EXPECT_EQ(country->alpha2, c.alpha2) << c.query;
    }
}

INSTANTIATE_TEST_SUITE_P(Codes, CountryFind,
                         testing::Values(Lookup{"DE", "DE"}, Lookup{"de", "DE"}, Lookup{"DEU", "DE"},
                                         Lookup{"deu", "DE"}, Lookup{"276", "DE"}, Lookup{" DE ", "DE"},
                                         Lookup{"XK", "XK"}, Lookup{"XKK", "XK"}, Lookup{"PS", "PS"},
                                         Lookup{"PSE", "PS"}, Lookup{"840", "US"}, Lookup{"4", "AF"}));

INSTANTIATE_TEST_SUITE_P(
    Names, CountryFind,
    testing::Values(Lookup{"Germany", "DE"}, Lookup{"Deutschland", "DE"}, Lookup{"DEUTSCHLAND", "DE"},
                    Lookup{"Österreich", "AT"}, Lookup{"Osterreich", "AT"}, Lookup{"Türkei", "TR"},
                    Lookup{"Turkei", "TR"}, Lookup{"Turkey", "TR"}, Lookup{"Türkiye", "TR"},
                    Lookup{"Nordmazedonien", "MK"}, Lookup{"North Macedonia", "MK"}, Lookup{"Kosovo", "XK"},
                    Lookup{"Palestine", "PS"}, Lookup{"Staat Palästina", "PS"}, Lookup{"Côte d’Ivoire", "CI"},
                    Lookup{"Elfenbeinküste", "CI"}, Lookup{"Rumänien", "RO"}, Lookup{"Israel", "IL"}));

INSTANTIATE_TEST_SUITE_P(
    Aliases, CountryFind,
    testing::Values(Lookup{"USA", "US"}, Lookup{"U.S.A.", "US"}, Lookup{"United States of America", "US"},
                    Lookup{"Vereinigte Staaten", "US"}, Lookup{"Vereinigte Staaten von Amerika", "US"},
                    Lookup{"Tschechien", "CZ"}, Lookup{"Tschechische Republik", "CZ"}, Lookup{"Czech Republic", "CZ"},
                    Lookup{"UK", "GB"}, Lookup{"Großbritannien", "GB"}, Lookup{"Grossbritannien", "GB"},
                    Lookup{"Great Britain", "GB"}, Lookup{"England", "GB"}, Lookup{"Schottland", "GB"},
                    Lookup{"Russische Föderation", "RU"}, Lookup{"Russian Federation", "RU"}, Lookup{"Palästina", "PS"},
                    Lookup{"Holland", "NL"}, Lookup{"Moldova, Republic of", "MD"}, Lookup{"Moldau", "MD"},
                    Lookup{"Falkland Islands", "FK"}, Lookup{"Ivory Coast", "CI"}));

INSTANTIATE_TEST_SUITE_P(NotFound, CountryFind,
                         testing::Values(Lookup{"Congo", ""},  // both CG and CD: ambiguous, so no alias
                                         Lookup{"Virgin Islands", ""}, Lookup{"Atlantis", ""}, Lookup{"", ""},
                                         Lookup{"  ", ""}, Lookup{"XX", ""}, Lookup{"999", ""},
                                         Lookup{"Deutschlan", ""}));

struct Display {
    std::string_view alpha2;
    std::string_view name_en;
    std::string_view name_de;
    std::string_view continent;
};
void PrintTo(const Display& c, std::ostream* os) {
    *os << c.alpha2;
}

class CountryDisplay : public testing::TestWithParam<Display> {};

TEST_P(CountryDisplay, ShowsShortCommonNamesAndContinent) {
    const Display& c = GetParam();
    const Country* country = countries().byAlpha2(c.alpha2);
    ASSERT_NE(country, nullptr) << c.alpha2;
    EXPECT_EQ(country->name_en, c.name_en);
    EXPECT_EQ(country->name_de, c.name_de);
    EXPECT_EQ(country->name("en"), c.name_en);
    EXPECT_EQ(country->name("de"), c.name_de);
    EXPECT_EQ(country->continent, c.continent) << c.alpha2;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CountryDisplay,
    testing::Values(
        Display{"DE", "Germany", "Deutschland", "Europe"},
        Display{"GB", "United Kingdom", "Vereinigtes Königreich", "Europe"},
        Display{"US", "United States", "Vereinigte Staaten", "North America"},
        Display{"TR", "Turkey", "Türkei", "Europe"},  // Europe/Istanbul
        Display{"MK", "North Macedonia", "Nordmazedonien", "Europe"}, Display{"CZ", "Czechia", "Tschechien", "Europe"},
        Display{"RU", "Russia", "Russland", "Europe"}, Display{"XK", "Kosovo", "Kosovo", "Europe"},
        Display{"PS", "Palestine", "Staat Palästina", "Asia"}, Display{"MD", "Moldova", "Moldawien", "Europe"},
        Display{"SY", "Syrian Arab Republic", "Syrien", "Asia"},
        Display{"CY", "Cyprus", "Zypern", "Asia"},  // Asia/Nicosia
        Display{"NI", "Nicaragua", "Nicaragua", "North America"}, Display{"BR", "Brazil", "Brasilien", "South America"},
        Display{"FK", "Falkland Islands (Malvinas)", "Falklandinseln", "South America"},
        Display{"GL", "Greenland", "Grönland", "North America"}, Display{"IS", "Iceland", "Island", "Europe"},
        Display{"CV", "Cape Verde", "Kap Verde", "Africa"}, Display{"MG", "Madagascar", "Madagaskar", "Africa"},
        Display{"MV", "Maldives", "Malediven", "Asia"}, Display{"AU", "Australia", "Australien", "Oceania"},
        Display{"NZ", "New Zealand", "Neuseeland", "Oceania"}, Display{"AQ", "Antarctica", "Antarktis", "Antarctica"},
        Display{"SJ", "Svalbard and Jan Mayen", "Svalbard und Jan Mayen", "Europe"},
        Display{"TG", "Togo", "Togo", "Africa"}, Display{"LK", "Sri Lanka", "Sri Lanka", "Asia"}));

TEST(CountryTable, FindsByNumericAndAlpha2) {
    ASSERT_NE(countries().byNumeric(276), nullptr);
    EXPECT_EQ(countries().byNumeric(276)->alpha2, "DE");
    EXPECT_EQ(countries().byNumeric(1000), nullptr);
    ASSERT_NE(countries().byAlpha2("nl"), nullptr);
    EXPECT_EQ(countries().byAlpha2("nl")->alpha3, "NLD");
    EXPECT_EQ(countries().byAlpha2("NLD"), nullptr);
}

TEST(CountryTable, ReadsAliasesAndAcceptsSixColumns) {
    const CountryTable table = CountryTable::fromText(
        "alpha2\talpha3\tnumeric\tname_en\tname_de\tcontinent\taliases\r\n"
        "DE\tDEU\t276\tGermany\tDeutschland\tEurope\tBRD||Bundesrepublik\r\n"
        "FR\tFRA\t250\tFrance\tFrankreich\tEurope\n",
        "mini.tsv");
    ASSERT_EQ(table.all().size(), 2u);
    EXPECT_EQ(table.all()[0].aliases, (std::vector<std::string>{"BRD", "Bundesrepublik"}));
    EXPECT_TRUE(table.all()[1].aliases.empty());
    EXPECT_EQ(table.find("bundesrepublik")->alpha2, "DE");
    EXPECT_EQ(table.find("Frankreich")->alpha2, "FR");
}

struct BadTable {
    std::string_view text;
    std::string_view message;
};
void PrintTo(const BadTable& c, std::ostream* os) {
    *os << escaped(c.text);
}

class CountryTableError : public testing::TestWithParam<BadTable> {};

TEST_P(CountryTableError, NamesFileLineAndFix) {
    try {
        CountryTable::fromText(GetParam().text, "mini.tsv");
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()), GetParam().message);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Messages, CountryTableError,
    testing::Values(
        BadTable{"header\nDE\tDEU\t276\tGermany\tDeutschland\n",
                 "mini.tsv:2: expected alpha2, alpha3, numeric, English name, German name, continent and optionally "
                 "aliases (separated by |), separated by tabs"},
        BadTable{"header\nDE\tDEU\t276\tGermany\tDeutschland\tEurope\t\tx\n",
                 "mini.tsv:2: expected alpha2, alpha3, numeric, English name, German name, continent and optionally "
                 "aliases (separated by |), separated by tabs"},
        BadTable{"header\nde\tDEU\t276\tGermany\tDeutschland\tEurope\n",
                 "mini.tsv:2: expected alpha2, alpha3, numeric, English name, German name, continent and optionally "
                 "aliases (separated by |), separated by tabs"},
        BadTable{"header\nDE\tDEU\tzwei\tGermany\tDeutschland\tEurope\n",
                 "mini.tsv:2: expected alpha2, alpha3, numeric, English name, German name, continent and optionally "
                 "aliases (separated by |), separated by tabs"},
        BadTable{"header\nDE\tDEU\t276\tGermany\tDeutschland\tEurasia\n",
                 "mini.tsv:2: continent 'Eurasia' is not one of Europe, Asia, Africa, North America, South America, "
                 "Oceania, Antarctica"},
        BadTable{"header\nCG\tCOG\t178\tRepublic of the Congo\tRepublik Kongo\tAfrica\tCongo\n"
                 "CD\tCOD\t180\tDemocratic Republic of the Congo\tKongo\tAfrica\tCongo\n",
                 "mini.tsv:3: 'Congo' already names CG (line 2); a code, name or alias must name one country"}));

TEST(CountryTable, MissingFileSaysHowToFixIt) {
    try {
        CountryTable::load("/nonexistent/countries.tsv");
        FAIL() << "expected a DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "/nonexistent/countries.tsv: cannot open the country table; reinstall PartnerMap's assets");
    }
}

}  // namespace
}  // namespace pm
