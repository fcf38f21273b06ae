#include <gtest/gtest.h>

#include "ui/table_model.hpp"
#include "ui_test_util.hpp"

namespace pm::ui {
namespace {

std::vector<size_t> allIndices(const DataSet& data) {
    std::vector<size_t> indices(data.partnerships.size());
    for (size_t i = 0; i < indices.size(); ++i) indices[i] = i;
    return indices;
}

std::vector<std::string> partnerOrder(const std::vector<TableRow>& rows) {
    std::vector<std::string> names;
    for (const TableRow& row : rows) names.push_back(row.partner);
    return names;
}

TEST(TableModel, RowsCarryTextsInTheLanguage) {
    const DataSet data = test::smallData();
    const std::vector<TableRow> rows = partnershipRows(data, allIndices(data), test::countryTable(), "en");
    ASSERT_EQ(rows.size(), 7u);
    const auto rostow = std::find_if(rows.begin(), rows.end(), [](const TableRow& r) { return r.index == 6; });
    ASSERT_NE(rostow, rows.end());
    EXPECT_EQ(rostow->home, "Dortmund");
    EXPECT_EQ(rostow->partner, "Ростов-на-Дону");
    EXPECT_EQ(rostow->country, "Russia");
    EXPECT_EQ(rostow->type, "Twin town");
    EXPECT_EQ(rostow->since, 1977);
    EXPECT_NEAR(rostow->distance_km, 2410, 40);
    const std::vector<TableRow> german = partnershipRows(data, {0}, test::countryTable(), "de");
    ASSERT_EQ(german.size(), 1u);
    EXPECT_EQ(german[0].home, "Nürnberg");
    EXPECT_EQ(german[0].partner, "Nizza");
    EXPECT_EQ(german[0].country, "Frankreich");
    EXPECT_EQ(german[0].type, "Städtepartnerschaft");
}

TEST(TableModel, RowsSkipUnresolvedCitiesAndInvisiblePartnerships) {
    DataSet data = test::smallData();
    data.partnerships[1].partner_id = "nowhere";
    const std::vector<TableRow> rows = partnershipRows(data, {0, 1, 2}, test::countryTable(), "de");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(partnerOrder(rows), (std::vector<std::string>{"Nizza", "Antalya"}));
}

struct SortCase {
    std::string name;
    std::vector<TableSortKey> keys;
    std::string lang;
    std::vector<std::string> partners;
};

void PrintTo(const SortCase& c, std::ostream* os) {
    *os << c.name;
}

class TableSort : public testing::TestWithParam<SortCase> {};

TEST_P(TableSort, OrdersRows) {
    const SortCase& c = GetParam();
    const DataSet data = test::smallData();
    std::vector<TableRow> rows = partnershipRows(data, allIndices(data), test::countryTable(), c.lang);
    sortRows(rows, c.keys);
    EXPECT_EQ(partnerOrder(rows), c.partners);
}

using C = TableColumn;
INSTANTIATE_TEST_SUITE_P(
    Cases, TableSort,
    testing::Values(
        // No keys: distanceRows order (home city name, then distance).
        SortCase{"None", {}, "de", {"Rostow am Don", "Prag", "Krakau", "Nizza", "Örebro", "Ohrid", "Antalya"}},
        // Accent-insensitive: Örebro between Ohrid and Prag, not after Prag.
        SortCase{"PartnerAscending",
                 {{C::Partner, true}},
                 "de",
                 {"Antalya", "Krakau", "Nizza", "Ohrid", "Örebro", "Prag", "Rostow am Don"}},
        SortCase{"PartnerDescending",
                 {{C::Partner, false}},
                 "de",
                 {"Rostow am Don", "Prag", "Örebro", "Ohrid", "Nizza", "Krakau", "Antalya"}},
        // Cyrillic sorts after Latin.
        SortCase{"PartnerEnglish",
                 {{C::Partner, true}},
                 "en",
                 {"Antalya", "Kraków", "Nice", "Ohrid", "Örebro", "Prague", "Ростов-на-Дону"}},
        // Unknown year last in both directions.
        SortCase{"SinceAscending",
                 {{C::Since, true}},
                 "de",
                 {"Nizza", "Rostow am Don", "Krakau", "Prag", "Antalya", "Ohrid", "Örebro"}},
        SortCase{"SinceDescending",
                 {{C::Since, false}},
                 "de",
                 {"Ohrid", "Antalya", "Prag", "Krakau", "Rostow am Don", "Nizza", "Örebro"}},
        SortCase{"DistanceAscending",
                 {{C::Distance, true}},
                 "de",
                 {"Prag", "Krakau", "Nizza", "Örebro", "Ohrid", "Antalya", "Rostow am Don"}},
        SortCase{"DistanceDescending",
                 {{C::Distance, false}},
                 "de",
                 {"Rostow am Don", "Antalya", "Ohrid", "Örebro", "Nizza", "Krakau", "Prag"}},
        // German country names: Frankreich, Nordmazedonien, Polen, Russland, Schweden, Tschechien, Türkei.
        SortCase{"CountryGerman",
                 {{C::Country, true}},
                 "de",
                 {"Nizza", "Ohrid", "Krakau", "Rostow am Don", "Örebro", "Prag", "Antalya"}},
        // English: Czechia, France, North Macedonia, Poland, Russia, Sweden, Turkey.
        SortCase{"CountryEnglish",
                 {{C::Country, true}},
                 "en",
                 {"Prague", "Nice", "Ohrid", "Kraków", "Ростов-на-Дону", "Örebro", "Antalya"}},
        // Home descending (Nürnberg first), ties by partner.
        SortCase{"HomeThenPartner",
                 {{C::Home, false}, {C::Partner, true}},
                 "de",
                 {"Antalya", "Krakau", "Nizza", "Ohrid", "Örebro", "Prag", "Rostow am Don"}},
        // Freundschaft before Städtepartnerschaft; within a type by year, descending.
        SortCase{"TypeThenSince",
                 {{C::Type, true}, {C::Since, false}},
                 "de",
                 {"Örebro", "Ohrid", "Antalya", "Prag", "Krakau", "Rostow am Don", "Nizza"}}),
    [](const testing::TestParamInfo<SortCase>& info) { return info.param.name; });

}  // namespace
}  // namespace pm::ui
