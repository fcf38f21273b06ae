#include <gtest/gtest.h>

#include "ui/filter_model.hpp"
#include "ui_test_util.hpp"

namespace pm::ui {
namespace {

std::vector<std::string> codes(const std::vector<CountryEntry>& entries) {
    std::vector<std::string> result;
    for (const CountryEntry& entry : entries) result.push_back(entry.alpha2);
    return result;
}

struct CountryCase {
    std::string name;
    std::string search;
    std::string lang;
    std::set<std::string> selected;
    std::vector<std::string> expected;
};

void PrintTo(const CountryCase& c, std::ostream* os) {
    *os << c.name;
}

class CountryList : public testing::TestWithParam<CountryCase> {};

TEST_P(CountryList, SearchesGermanAndEnglishNames) {
    const CountryCase& c = GetParam();
    const DataSet data = test::smallData();
    PartnershipFilter filter;
    filter.partner_countries = c.selected;
    EXPECT_EQ(codes(countryEntries(data, filter, test::countryTable(), c.search, c.lang)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, CountryList,
                         testing::Values(
                             // Sorted by the name in the language: Frankreich, Nordmazedonien, Polen, Russland,
                             // Schweden, Tschechien, Türkei.
                             CountryCase{"AllGerman", "", "de", {}, {"FR", "MK", "PL", "RU", "SE", "CZ", "TR"}},
                             CountryCase{"AllEnglish", "", "en", {}, {"CZ", "FR", "MK", "PL", "RU", "SE", "TR"}},
                             CountryCase{"GermanName", "frank", "de", {}, {"FR"}},
                             CountryCase{"EnglishNameWhileGerman", "france", "de", {}, {"FR"}},
                             CountryCase{"AccentInsensitive", "TURKEI", "en", {}, {"TR"}},
                             CountryCase{"Umlaut", "türk", "de", {}, {"TR"}},
                             CountryCase{"Code", "mk", "de", {}, {"MK"}},
                             // "land" is in Russland and in Poland.
                             CountryCase{"Substring", "land", "de", {}, {"PL", "RU"}},
                             CountryCase{"NoMatch", "xyz", "de", {}, {}},
                             CountryCase{"SelectedStayListed", "schwe", "de", {"FR"}, {"FR", "SE"}}),
                         [](const testing::TestParamInfo<CountryCase>& info) { return info.param.name; });

TEST(CountryList, EntriesCarryNamesCountsAndSelection) {
    const DataSet data = test::smallData();
    PartnershipFilter filter;
    filter.partner_countries = {"FR"};
    filter.home_ids = {"nuernberg"};
    const std::vector<CountryEntry> entries = countryEntries(data, filter, test::countryTable(), "", "en");
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_EQ(entries[1].alpha2, "FR");
    EXPECT_EQ(entries[1].name, "France");
    EXPECT_TRUE(entries[1].selected);
    EXPECT_EQ(entries[1].count, 1);
    // Counts ignore the country selection but follow the home city: Dortmund's Russia has none.
    EXPECT_EQ(entries[0].alpha2, "CZ");
    EXPECT_EQ(entries[0].count, 1);
    EXPECT_FALSE(entries[0].selected);
    EXPECT_EQ(entries[4].alpha2, "RU");
    EXPECT_EQ(entries[4].name, "Russia");
    EXPECT_EQ(entries[4].count, 0);
}

TEST(FacetCounts, EachCriterionCountsWithoutItsOwnSelection) {
    const DataSet data = test::smallData();
    PartnershipFilter filter;
    filter.home_ids = {"dortmund"};
    filter.statuses = {PartnershipStatus::Active};
    const FacetCounts counts = facetCounts(data, filter);
    // Homes: statuses apply (active only), the home selection does not.
    EXPECT_EQ(counts.homes, (std::map<std::string, int>{{"nuernberg", 5}}));
    // Statuses: Dortmund only, every status.
    EXPECT_EQ(counts.statuses, (std::map<PartnershipStatus, int>{{PartnershipStatus::Suspended, 1}}));
    EXPECT_TRUE(counts.countries.empty());
    EXPECT_TRUE(counts.types.empty());

    const FacetCounts open = facetCounts(data, {});
    EXPECT_EQ(open.homes, (std::map<std::string, int>{{"dortmund", 1}, {"nuernberg", 6}}));
    EXPECT_EQ(open.types, (std::map<std::string, int>{{"friendship", 1}, {"partnership", 6}}));
    EXPECT_EQ(open.countries.at("FR"), 1);
    EXPECT_EQ(open.statuses.at(PartnershipStatus::Active), 5);
}

TEST(SetMember, AddsAndRemoves) {
    std::set<std::string> set;
    setMember(set, std::string("a"), true);
    setMember(set, std::string("b"), true);
    setMember(set, std::string("a"), false);
    EXPECT_EQ(set, (std::set<std::string>{"b"}));
}

}  // namespace
}  // namespace pm::ui
