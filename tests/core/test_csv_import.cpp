#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/csv_format.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

using test::parseProblems;

// Every test file here has coordinates or uses this geocoder and the small country table.
struct CsvContext {
    test::FakeGeocoder geocoder = test::testGeocoder();
    std::vector<Problem> warnings;
    ImportContext context{&geocoder, &test::testCountries(), &warnings};
};

TEST(CsvImport, GermanOfficeSpreadsheet) {
    CsvContext c;
    const DataSet data = parseDataSet(test::readFile(test::testData("formats/office_de.csv")), FileFormat::Csv,
                                      "office_de.csv", c.context);
    ASSERT_EQ(data.cities.size(), 4u);
    const City& nuernberg = data.cities[0];
    EXPECT_EQ(nuernberg.id, "nuernberg");
    EXPECT_EQ(nuernberg.name, "Nürnberg");
    EXPECT_EQ(nuernberg.country, "DE");  // found world-wide: the file has no home country
    EXPECT_EQ(nuernberg.position, (GeoPoint{.lat = 49.45421, .lon = 11.07752}));
    EXPECT_EQ(nuernberg.geonames_id, 2861650);
    EXPECT_EQ(nuernberg.population, 510632);
    EXPECT_TRUE(nuernberg.names.empty());
    EXPECT_EQ(nuernberg.line, 2);

    const City& nizza = data.cities[1];
    EXPECT_EQ(nizza.id, "nizza");
    EXPECT_EQ(nizza.country, "FR");
    EXPECT_EQ(nizza.position, (GeoPoint{.lat = 43.70313, .lon = 7.26608}));  // decimal comma
    EXPECT_FALSE(nizza.geonames_id);

    const City& krakau = data.cities[2];
    EXPECT_EQ(krakau.id, "krakau");
    EXPECT_EQ(krakau.name, "Krakau");  // as the office writes it
    EXPECT_EQ(krakau.names, (std::map<std::string, std::string>{{"geonames", "Kraków"}}));
    EXPECT_EQ(krakau.geonames_id, 3094802);
    EXPECT_EQ(krakau.country, "PL");

    const City& glasgow = data.cities[3];
    EXPECT_EQ(glasgow.country, "GB");  // from the German country name
    EXPECT_EQ(glasgow.position, (GeoPoint{.lat = 55.86515, .lon = -4.25763}));

    ASSERT_EQ(data.partnerships.size(), 4u);
    const Partnership& p1 = data.partnerships[0];
    EXPECT_EQ(p1.home_id, "nuernberg");
    EXPECT_EQ(p1.partner_id, "nizza");
    EXPECT_EQ(p1.type, "partnership");
    EXPECT_EQ(p1.since, 1954);
    EXPECT_EQ(p1.status, PartnershipStatus::Active);
    EXPECT_EQ(p1.note, "Verbrüderungseid; 1954");
    EXPECT_EQ(p1.sources, (std::vector<std::string>{"https://a.example", "https://b.example"}));
    EXPECT_EQ(p1.line, 2);
    const Partnership& p2 = data.partnerships[1];
    EXPECT_EQ(p2.partner_id, "krakau");
    EXPECT_EQ(p2.since, 1979);  // from 12.05.1979
    EXPECT_EQ(p2.status, PartnershipStatus::Active);
    const Partnership& p3 = data.partnerships[2];
    EXPECT_EQ(p3.type, "friendship");
    EXPECT_EQ(p3.since, 1985);
    EXPECT_EQ(p3.until, 2010);
    EXPECT_EQ(p3.status, PartnershipStatus::Ended);
    EXPECT_EQ(p3.note, "Zeile 1\nZeile 2");
    EXPECT_EQ(p3.line, 6);
    const Partnership& p4 = data.partnerships[3];
    EXPECT_EQ(p4.partner_id, "nizza");  // same name and country: the same city
    EXPECT_EQ(p4.type, "project");
    EXPECT_EQ(p4.status, PartnershipStatus::Suspended);
    EXPECT_EQ(p4.line, 8);

    // One world-wide lookup for the home city, one for Krakau; Nizza has coordinates.
    EXPECT_EQ(c.geocoder.calls, 2);
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(c.warnings[0].toString(),
              "office_de.csv:1: ignoring unknown column 'Bemerkung intern'; known columns: home (Heimatstadt, Stadt), "
              "home_country (Land Heimatstadt), partner (Partnerstadt), country (Land), type (Art), since (seit), "
              "until (bis), status, lat (Breite), lon (Länge), home_lat (Breite Heimatstadt), home_lon (Länge "
              "Heimatstadt), note (Notiz), source (Quelle)");
}

TEST(CsvImport, CoordinatesInEveryRowNeedNoGazetteer) {
    const std::string text =
        "home,home_country,partner,country,lat,lon,home_lat,home_lon\n"
        "Hannover,DE,Bristol,GB,51.45523,-2.59665,52.37052,9.73322\n"
        "Hannover,Deutschland,Perpignan,FRA,42.69764,2.89541,52.37052,9.73322\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", {nullptr, &test::testCountries(), nullptr});
    ASSERT_EQ(data.cities.size(), 3u);
    EXPECT_EQ(data.cities[0].id, "hannover");
    EXPECT_EQ(data.cities[2].id, "perpignan");
    EXPECT_EQ(data.cities[2].country, "FR");
    EXPECT_EQ(data.partnerships.size(), 2u);
}

TEST(CsvImport, WithoutCountryTableOnlyAlpha2Codes) {
    const std::string text =
        "home,home_country,partner,country,lat,lon,home_lat,home_lon\n"
        "Hannover,de,Bristol,gb,51.45523,-2.59665,52.37052,9.73322\n"
        "Hannover,de,Perpignan,Frankreich,42.69764,2.89541,52.37052,9.73322\n";
    EXPECT_EQ(parseProblems(text, FileFormat::Csv),
              (std::vector<std::string>{"f:3: country 'Frankreich' cannot be looked up without the country table; "
                                        "use the ISO alpha-2 code (e.g. FR)"}));
    const DataSet data = parseDataSet(text.substr(0, text.rfind("Hannover")), FileFormat::Csv, "f", {});
    EXPECT_EQ(data.cities[1].country, "GB");
}

TEST(CsvImport, TabSeparatedWithQuotesAndCrlf) {
    const std::string text =
        "Stadt\tLand Heimatstadt\tPartnerstadt\tLand\tBreite\tLänge\tBreite Heimatstadt\tLänge Heimatstadt\tNotiz\r\n"
        "Dortmund\tDE\tAmiens\tFR\t49,9\t2,3\t51.51494\t7.466\t\"a\tb \"\"c\"\"\"\r\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", {nullptr, &test::testCountries(), nullptr});
    ASSERT_EQ(data.partnerships.size(), 1u);
    EXPECT_EQ(data.partnerships[0].note, "a\tb \"c\"");
    EXPECT_EQ(data.cities[1].position, (GeoPoint{.lat = 49.9, .lon = 2.3}));
}

TEST(CsvImport, HeaderNamesAreCaseInsensitiveAndUnderscoresOptional) {
    const std::string text =
        "HOME,Home Country,PARTNER,Country,LAT,Lon,home lat,HOME_LON\n"
        "A,DE,B,FR,1,2,3,4\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", {nullptr, &test::testCountries(), nullptr});
    EXPECT_EQ(data.cities[0].position, (GeoPoint{.lat = 3, .lon = 4}));
}

TEST(CsvImport, GeocodingOutcomes) {
    CsvContext c;
    const std::string text =
        "home,home_country,partner,country\n"
        "Nürnberg,DE,Neustadt,DE\n"
        "Nürnberg,DE,Nürnbreg,DE\n"
        "Nürnberg,DE,Atlantis,FR\n"
        "Atlantis City,,Nizza,FR\n";
    EXPECT_EQ(parseProblems(text, FileFormat::Csv, c.context),
              (std::vector<std::string>{
                  "f:2: city 'Neustadt' in DE is ambiguous: Neustadt (DE, 49.35, 8.14, pop. 53000), Neustadt (DE, "
                  "50.3, 11.1, pop. 15000); give lat/lon to pick one",
                  "f:3: unknown city 'Nürnbreg' in DE; check the spelling or give lat/lon; similar: Nürnberg (DE, "
                  "49.4542, 11.0775, pop. 510632)",
                  "f:4: unknown city 'Atlantis' in FR; check the spelling or give lat/lon",
                  "f:5: unknown city 'Atlantis City'; check the spelling or give home_country or "
                  "home_lat/home_lon",
              }));
}

TEST(CsvImport, CitiesWithoutCoordinatesNeedAGazetteer) {
    const std::string text =
        "home,home_country,partner,country,lat,lon\n"
        "Nürnberg,DE,Nizza,FR,43.7,7.27\n"
        "Nürnberg,DE,Krakau,PL,,\n";
    EXPECT_EQ(parseProblems(text, FileFormat::Csv, {nullptr, &test::testCountries(), nullptr}),
              (std::vector<std::string>{
                  "f:2: city 'Nürnberg' has no coordinates and no gazetteer is loaded to look it up; give "
                  "home_lat/home_lon",
                  "f:3: city 'Krakau' has no coordinates and no gazetteer is loaded to look it up; give lat/lon",
              }));
}

TEST(CsvImport, HomeCountryFromAnotherRow) {
    CsvContext c;
    const std::string text =
        "home,home_country,partner,country\n"
        "Nürnberg,DE,Nizza,FR\n"
        "Nürnberg,,Krakau,PL\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", c.context);
    EXPECT_EQ(data.cities.size(), 3u);
    EXPECT_EQ(data.partnerships[1].home_id, "nuernberg");
    EXPECT_EQ(c.geocoder.calls, 3);  // Nürnberg, Nizza, Krakau: each once
}

TEST(CsvImport, CityIdsAreUniqueSlugs) {
    const std::string text =
        "home,home_country,partner,country,lat,lon,home_lat,home_lon\n"
        "Frankfurt,DE,Frankfurt,US,38.2,-84.87,50.11,8.68\n"
        "Frankfurt,DE,Москва,RU,55.75,37.62,50.11,8.68\n"
        "frankfurt,de,Łódź,PL,51.75,19.47,50.11,8.68\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", {nullptr, &test::testCountries(), nullptr});
    ASSERT_EQ(data.cities.size(), 4u);
    EXPECT_EQ(data.cities[0].id, "frankfurt");
    EXPECT_EQ(data.cities[1].id, "frankfurt-us");
    EXPECT_EQ(data.cities[2].id, "city-3");
    EXPECT_EQ(data.cities[3].id, "lodz");
    EXPECT_EQ(data.partnerships[2].home_id, "frankfurt");  // same name in another case, same country
}

TEST(CsvImport, GeoNamesIdForNonLatinNames) {
    test::FakeGeocoder geocoder;
    geocoder.add({524901, "Moscow", "RU", {.lat = 55.75222, .lon = 37.61556}, 10381222});
    geocoder.alias("Москва", "Moscow");
    const std::string text = "home,home_country,partner,country,home_lat,home_lon\nHannover,DE,Москва,RU,52.37,9.73\n";
    const DataSet data = parseDataSet(text, FileFormat::Csv, "f", {&geocoder, &test::testCountries(), nullptr});
    EXPECT_EQ(data.cities[1].id, "gn-524901");
    EXPECT_EQ(data.cities[1].name, "Москва");
    EXPECT_EQ(data.cities[1].names.at("geonames"), "Moscow");
}

TEST(CsvImport, YearsAndDates) {
    struct Case {
        std::string text;
        std::optional<int> year;
    };
    for (const Case& c : std::vector<Case>{{"1954", 1954},
                                           {" 1954 ", 1954},
                                           {"1954-05-12", 1954},
                                           {"12.05.1954", 1954},
                                           {"1.5.1954", 1954},
                                           {"1954-13-01", std::nullopt},
                                           {"32.01.1954", std::nullopt},
                                           {"12/05/1954", std::nullopt},
                                           {"54", std::nullopt},
                                           {"ca. 1954", std::nullopt},
                                           {"1954.0", std::nullopt},
                                           {"", std::nullopt}}) {
        EXPECT_EQ(parseYearText(c.text), c.year) << c.text;
    }
}

struct BadCsvCase {
    const char* name;
    std::string text;
    std::vector<std::string> problems;
};

class CsvImportBad : public testing::TestWithParam<BadCsvCase> {};

TEST_P(CsvImportBad, ExactProblems) {
    CsvContext c;
    EXPECT_EQ(parseProblems(GetParam().text, FileFormat::Csv, c.context), GetParam().problems);
}

const std::string kHeader = "home,home_country,partner,country,type,since,until,status,lat,lon,home_lat,home_lon\n";

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvImportBad,
    testing::Values(
        BadCsvCase{"MissingColumns",
                   "Stadt;Land;Notiz\nNürnberg;FR;x\n",
                   {"f:1: missing column partner; name it partner or Partnerstadt (found semicolon-separated columns "
                    "'Stadt', 'Land', 'Notiz')"}},
        BadCsvCase{"MissingHomeColumn",
                   "Ort,Partnerstadt\nNürnberg,Nizza\n",
                   {"f:1: missing column home; name it home, Heimatstadt or Stadt (found comma-separated columns "
                    "'Ort', 'Partnerstadt')"}},
        BadCsvCase{"DuplicateColumn",
                   "home,partner,Partnerstadt\nA,B,C\n",
                   {"f:1: duplicate column 'Partnerstadt' (column 3) for partner, also column 2 ('partner'); remove "
                    "one of them"}},
        BadCsvCase{"OnlyBlankLines", "\n\n  \n", {"f: file is empty"}},
        BadCsvCase{"WrongFieldCount",
                   "home;partner;country\nNürnberg;Nizza\nNürnberg;Nizza;FR;x\n",
                   {"f:2: row has 2 fields but the header has 3 (semicolon-separated); check for a missing or extra "
                    "semicolon and quote fields that contain one",
                    "f:3: row has 4 fields but the header has 3 (semicolon-separated); check for a missing or extra "
                    "semicolon and quote fields that contain one"}},
        BadCsvCase{"UnterminatedQuote",
                   "home,partner,country,note\nNürnberg,Nizza,FR,\"never closed\nx,y,z,w\n",
                   {"f:2: a quoted field starting in line 2 is never closed; add the closing quote (\"), and write a "
                    "quote inside a quoted field as \"\""}},
        BadCsvCase{"EmptyCities",
                   "home,partner\n,Nizza\nNürnberg,\n",
                   {"f:2: no home city in column home; every row needs one",
                    "f:3: no partner city in column partner; every row needs one"}},
        BadCsvCase{"UnknownType",
                   kHeader + "Nürnberg,DE,Nizza,FR,Twinning,,,,43.7,7.27,49.45,11.08\n",
                   {"f:2: unknown type 'Twinning'; use one of partnership, regional, friendship, project, "
                    "solidarity, sponsorship, contact or their German or English names"}},
        BadCsvCase{"BadYears",
                   kHeader + "Nürnberg,DE,Nizza,FR,,seit 1954,1960/61,,43.7,7.27,49.45,11.08\n",
                   {"f:2: since 'seit 1954' is not a year; write 1954, 1954-05-12 or 12.05.1954",
                    "f:2: until '1960/61' is not a year; write 1954, 1954-05-12 or 12.05.1954"}},
        BadCsvCase{"BadStatus",
                   kHeader + "Nürnberg,DE,Nizza,FR,,,,eingeschlafen,43.7,7.27,49.45,11.08\n",
                   {"f:2: unknown status 'eingeschlafen'; use active, suspended or ended (aktiv, ruhend, beendet)"}},
        BadCsvCase{"ValidationProblems",
                   kHeader + "Nürnberg,DE,Nizza,FR,,1990,1980,,43.7,7.27,49.45,11.08\n" +
                       "Nürnberg,DE,Nizza,FR,,1850,,,43.7,7.27,49.45,11.08\n" +
                       "Nürnberg,DE,Nürnberg,DE,,,2000,active,49.45,11.08,49.45,11.08\n",
                   {"f:2: since 1990 is after until 1980; correct or swap the years",
                    "f:3: since 1850 is not a plausible year; expected 1900 to 2100",
                    "f:3: duplicate partnership nuernberg - nizza (partnership), first in line 2; remove one of them",
                    "f:4: city 'nuernberg' cannot be its own partner",
                    "f:4: until 2000 is given but the status is active; set the status to ended or remove until"}},
        BadCsvCase{
            "BadCoordinates",
            kHeader + "Nürnberg,DE,Nizza,FR,,,,,43.7.1,7.27,49.45,11.08\n" +
                "Nürnberg,DE,Lyon,FR,,,,,95,4.85,49.45,11.08\n" + "Nürnberg,DE,Metz,FR,,,,,49.12,,49.45,11.08\n" +
                "Nürnberg,DE,Paris,,,,,,48.85,2.35,49.45,11.08\n" + "Nürnberg,DE,Lille,FR,,,,,50.6,3.1,49.45,181\n",
            {"f:2: lat '43.7.1' is not a number; write decimal degrees like 49.45421",
             "f:3: lat 95 is out of range; it must be between -90 and 90",
             "f:4: column lon is empty but lat is not; give both or neither",
             "f:5: the coordinates of 'Paris' need its country too; fill in column country",
             "f:6: home_lon 181 is out of range; it must be between -180 and 180"}},
        BadCsvCase{"ConflictingCoordinates",
                   kHeader + "Nürnberg,DE,Nizza,FR,,,,,43.7,7.27,49.45,11.08\n" +
                       "Nürnberg,DE,Nizza,FR,project,,,,43.9,7.27,49.45,11.08\n",
                   {"f:3: the coordinates of 'Nizza' are 22.2 km from those in line 2; give the same coordinates or "
                    "leave them out"}},
        BadCsvCase{"UnknownCountry",
                   kHeader + "Nürnberg,DE,Nizza,Frankrijk,,,,,43.7,7.27,49.45,11.08\n" +
                       "Nürnberg,DE,Lyon,Frankrijk,,,,,45.7,4.8,49.45,11.08\n",
                   {"f:2: unknown country 'Frankrijk'; use the ISO code (e.g. FR or FRA) or the English or German "
                    "name",
                    "f:3: unknown country 'Frankrijk'; use the ISO code (e.g. FR or FRA) or the English or German "
                    "name"}},
        BadCsvCase{"TextAfterQuote",
                   "home,partner\n\"Nürnberg\" Stadt,Nizza\n",
                   {"f:2: text after the closing quote of a field; write a quote inside a quoted field as \"\""}}),
    [](const testing::TestParamInfo<BadCsvCase>& info) { return std::string(info.param.name); });

TEST(CsvImport, SemicolonFilesAcceptDecimalCommaInMessages) {
    CsvContext c;
    EXPECT_EQ(parseProblems("home;home_country;partner;country;lat;lon\nNürnberg;DE;Nizza;FR;43,7;7;27\n",
                            FileFormat::Csv, c.context),
              (std::vector<std::string>{"f:2: row has 7 fields but the header has 6 (semicolon-separated); check for a "
                                        "missing or extra semicolon and quote fields that contain one"}));
    EXPECT_EQ(parseProblems("home;home_country;partner;country;lat;lon\nNürnberg;DE;Nizza;FR;43,7;x\n", FileFormat::Csv,
                            c.context),
              (std::vector<std::string>{"f:2: lon 'x' is not a number; write decimal degrees like 49.45421 or "
                                        "49,45421"}));
}

TEST(CsvImport, BlankRowsAreSkipped) {
    CsvContext c;
    const DataSet data = parseDataSet(
        "\n\nhome;home_country;partner;country;lat;lon\n;;;;;\n\n  ;  ;;;;\n"
        "Nürnberg;DE;Nizza;FR;43,7;7,27\n;;;;;\n",
        FileFormat::Csv, "f", c.context);
    ASSERT_EQ(data.partnerships.size(), 1u);
    EXPECT_EQ(data.partnerships[0].line, 7);
}

TEST(CsvImport, UnknownColumnsListIsShortened) {
    CsvContext c;
    std::string header = "home,partner";
    for (int i = 1; i <= 100000; ++i) header += ",extra" + std::to_string(i);
    const DataSet data = parseDataSet(header + "\n", FileFormat::Csv, "f", c.context);
    EXPECT_TRUE(data.partnerships.empty());
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_TRUE(c.warnings[0].message.starts_with(
        "ignoring unknown columns 'extra1', 'extra2', 'extra3', 'extra4', 'extra5', 'extra6', 'extra7', 'extra8', "
        "'extra9', 'extra10' and 99990 more; known columns: home (Heimatstadt, Stadt)"))
        << c.warnings[0].message;
}

}  // namespace
}  // namespace pm
