#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

#include "core/validation.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

// A valid data set whose entities carry lines, so that problems can name them.
DataSet validData() {
    DataSet data = test::sampleDataSet();
    for (size_t i = 0; i < data.cities.size(); ++i) data.cities[i].line = static_cast<int>(10 + i);
    for (size_t i = 0; i < data.partnerships.size(); ++i) data.partnerships[i].line = static_cast<int>(20 + i);
    return data;
}

TEST(Validation, SampleIsValid) {
    EXPECT_TRUE(validateDataSet(validData(), "f").empty());
}

struct ValidationCase {
    const char* name;
    std::function<void(DataSet&)> change;
    std::vector<std::string> problems;
};

class ValidationProblems : public testing::TestWithParam<ValidationCase> {};

TEST_P(ValidationProblems, Exact) {
    DataSet data = validData();
    GetParam().change(data);
    std::vector<std::string> problems;
    for (const Problem& problem : validateDataSet(data, "f")) problems.push_back(problem.toString());
    EXPECT_EQ(problems, GetParam().problems);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

INSTANTIATE_TEST_SUITE_P(
    Cases, ValidationProblems,
    testing::Values(
        ValidationCase{"EmptyCityId",
                       [](DataSet& d) { d.cities[3].id = ""; },
                       {"f:13: city without an id; give it a short id such as \"nuernberg\"",
                        "f:22: partner city 'quote-town' is not a city of this file; add it to the cities or correct "
                        "the id"}},
        ValidationCase{"UpperCaseId",
                       [](DataSet& d) { d.cities[3].id = "Quote"; },
                       {"f:13: city id 'Quote' may only contain lower-case letters a-z, digits, '-' and '_' (e.g. "
                        "\"nuernberg\")",
                        "f:22: partner city 'quote-town' is not a city of this file; add it to the cities or correct "
                        "the id"}},
        ValidationCase{"DuplicateCityId",
                       [](DataSet& d) { d.cities[3].id = "nizza"; },
                       {"f:13: duplicate city id 'nizza' (first used in line 11); give each city its own id",
                        "f:22: partner city 'quote-town' is not a city of this file; add it to the cities or correct "
                        "the id"}},
        ValidationCase{"BlankName", [](DataSet& d) { d.cities[1].name = "  "; }, {"f:11: city 'nizza' has no name"}},
        ValidationCase{"EmptyNameEntry",
                       [](DataSet& d) { d.cities[1].names["de"] = ""; },
                       {"f:11: city 'nizza' has an empty entry in names; remove it"}},
        ValidationCase{"Country",
                       [](DataSet& d) { d.cities[1].country = "FRA"; },
                       {"f:11: country 'FRA' is not an ISO 3166-1 alpha-2 code; write two upper-case letters such as "
                        "\"DE\""}},
        ValidationCase{"NotFinite",
                       [](DataSet& d) {
                           d.cities[0].position.lat = kNaN;
                           d.cities[1].position.lon = -kInf;
                       },
                       {"f:10: latitude is not a finite number", "f:11: longitude is not a finite number"}},
        ValidationCase{"Ranges",
                       [](DataSet& d) {
                           d.cities[0].position.lat = 90.0000001;
                           d.cities[1].position.lon = -180.5;
                       },
                       {"f:10: latitude 90.0000001 is out of range; it must be between -90 and 90 (degrees north)",
                        "f:11: longitude -180.5 is out of range; it must be between -180 and 180 (degrees east)"}},
        ValidationCase{"RangeLimitsAreValid",
                       [](DataSet& d) {
                           d.cities[0].position = {.lat = -90, .lon = 180};
                           d.cities[1].position = {.lat = 90, .lon = -180};
                       },
                       {}},
        ValidationCase{"GeoNamesAndPopulation",
                       [](DataSet& d) {
                           d.cities[0].geonames_id = 0;
                           d.cities[0].population = -1;
                       },
                       {"f:10: geonames_id 0 must be positive", "f:10: population -1 must not be negative"}},
        ValidationCase{"MissingCities",
                       [](DataSet& d) {
                           d.partnerships[0].home_id = "";
                           d.partnerships[0].partner_id = "paris";
                       },
                       {"f:20: partnership without a home city; give the id of a city",
                        "f:20: partner city 'paris' is not a city of this file; add it to the cities or correct the "
                        "id"}},
        ValidationCase{"OwnPartner",
                       [](DataSet& d) { d.partnerships[0].partner_id = "nuernberg"; },
                       {"f:20: city 'nuernberg' cannot be its own partner"}},
        ValidationCase{"UnknownType",
                       [](DataSet& d) { d.partnerships[0].type = "Partnership"; },
                       {"f:20: unknown type 'Partnership'; known types: partnership, regional, friendship, project, "
                        "solidarity, sponsorship, contact, school"}},
        ValidationCase{"Years",
                       [](DataSet& d) {
                           d.partnerships[0].since = 1899;
                           d.partnerships[1].until = 2101;
                       },
                       {"f:20: since 1899 is not a plausible year; expected 1900 to 2100",
                        "f:21: until 2101 is not a plausible year; expected 1900 to 2100"}},
        ValidationCase{"YearLimitsAreValid",
                       [](DataSet& d) {
                           d.partnerships[1].since = 1900;
                           d.partnerships[1].until = 2100;
                       },
                       {}},
        ValidationCase{"SameYearIsValid", [](DataSet& d) { d.partnerships[1].since = d.partnerships[1].until; }, {}},
        ValidationCase{"SinceAfterUntil",
                       [](DataSet& d) { d.partnerships[1].since = 2002; },
                       {"f:21: since 2002 is after until 2001; correct or swap the years"}},
        ValidationCase{"UntilNeedsEnded",
                       [](DataSet& d) { d.partnerships[1].status = PartnershipStatus::Suspended; },
                       {"f:21: until 2001 is given but the status is suspended; set the status to ended or remove "
                        "until"}},
        ValidationCase{
            "EndedWithoutUntilIsValid", [](DataSet& d) { d.partnerships[0].status = PartnershipStatus::Ended; }, {}},
        ValidationCase{"DuplicatePartnership",
                       [](DataSet& d) {
                           Partnership copy = d.partnerships[0];
                           copy.line = 30;
                           copy.since = 1960;
                           d.partnerships.push_back(copy);
                       },
                       {"f:30: duplicate partnership nuernberg - nizza (partnership), first in line 20; remove one of "
                        "them"}},
        ValidationCase{"SamePairOtherTypeIsValid",
                       [](DataSet& d) {
                           Partnership copy = d.partnerships[0];
                           copy.type = "project";
                           d.partnerships.push_back(copy);
                       },
                       {}},
        ValidationCase{
            "DeclaredTypes",
            [](DataSet& d) {
                d.extra_types.push_back({"friendship", "F", "F", {}});
                d.extra_types.push_back({"school", "S", "S", {}});
                d.extra_types.push_back({"Bad Id", "", "", {}});
                d.extra_types.push_back({"", "X", "X", {}});
            },
            {"f: type 'friendship' is built in; declare only additional types",
             "f: type 'school' is declared twice; remove one declaration",
             "f: type id 'Bad Id' may only contain a-z, 0-9, '-' and '_'",
             "f: type 'Bad Id' needs a German label (label_de)", "f: type 'Bad Id' needs an English label (label_en)",
             "f: type without an id; give it a short id such as \"school\""}}),
    [](const testing::TestParamInfo<ValidationCase>& info) { return std::string(info.param.name); });

TEST(Validation, ProblemsAreInLineOrder) {
    DataSet data = validData();
    data.partnerships[0].since = 1800;  // line 20
    data.cities[3].country = "gb";      // line 13
    const std::vector<Problem> problems = validateDataSet(data, "f");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 13);
    EXPECT_EQ(problems[1].line, 20);
}

TEST(Validation, ManyCitiesAreCheckedQuickly) {
    // Id lookups are hashed: 20,000 cities and partnerships take milliseconds, not minutes.
    DataSet data;
    for (int i = 0; i < 20000; ++i)
        data.cities.push_back(
            {"c" + std::to_string(i), "C", {}, "DE", {.lat = 0, .lon = 0}, std::nullopt, std::nullopt, i + 1});
    for (int i = 1; i < 20000; ++i)
        data.partnerships.push_back({"c0",
                                     "c" + std::to_string(i),
                                     "partnership",
                                     std::nullopt,
                                     std::nullopt,
                                     PartnershipStatus::Active,
                                     "",
                                     {},
                                     i});
    EXPECT_TRUE(validateDataSet(data, "f").empty());
}

TEST(Validation, Helpers) {
    EXPECT_TRUE(isValidId("nuernberg"));
    EXPECT_TRUE(isValidId("gn-524901"));
    EXPECT_TRUE(isValidId("a_b"));
    EXPECT_FALSE(isValidId(""));
    EXPECT_FALSE(isValidId("Nürnberg"));
    EXPECT_FALSE(isValidId("a b"));
    EXPECT_TRUE(looksLikeAlpha2("DE"));
    EXPECT_FALSE(looksLikeAlpha2("De"));
    EXPECT_FALSE(looksLikeAlpha2("DEU"));
}

}  // namespace
}  // namespace pm
