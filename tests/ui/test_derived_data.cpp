// DerivedDataCache: computed when the data, filter, language or year change, kept otherwise.
#include <gtest/gtest.h>

#include "ui/derived_data.hpp"
#include "ui_test_util.hpp"

namespace pm::ui {
namespace {

TEST(DerivedData, FollowsTheFilterAndKeepsItsRowsOtherwise) {
    AppState state;
    state.data.data = std::make_shared<const DataSet>(test::smallData());
    DerivedDataCache cache;
    DerivedData& first = cache.update(state, test::countryTable(), 2026);
    EXPECT_EQ(first.visible.size(), 7u);
    EXPECT_EQ(first.rows.size(), 7u);
    EXPECT_EQ(first.partner_countries, (std::vector<std::string>{"CZ", "FR", "MK", "PL", "RU", "SE", "TR"}));
    EXPECT_EQ(first.counts.homes.at("nuernberg"), 6);
    EXPECT_EQ(first.years.first_year, 1954);
    first.rows_sorted_by = std::vector<TableSortKey>{{TableColumn::Distance, false}};

    // Hover, selection and other state leave it alone: the table's order survives.
    state.selection.partnership = 2;
    state.country_search = "fr";
    EXPECT_TRUE(cache.update(state, test::countryTable(), 2026).rows_sorted_by.has_value());

    state.filter.home_ids = {"dortmund"};
    const DerivedData& filtered = cache.update(state, test::countryTable(), 2026);
    EXPECT_EQ(filtered.visible, (std::vector<size_t>{6}));
    EXPECT_FALSE(filtered.rows_sorted_by.has_value());
    EXPECT_EQ(filtered.counts.homes.at("nuernberg"), 6);  // the home facet ignores its own selection

    state.filter = {};
    state.filter.as_of = 1980;
    const DerivedData& as_of = cache.update(state, test::countryTable(), 2026);
    EXPECT_EQ(as_of.visible.size(), 3u);           // Nizza, Krakau, Rostow
    EXPECT_EQ(as_of.timeline_indices.size(), 7u);  // the timeline plays everything
    state.data.data = std::make_shared<const DataSet>(test::bundledUiData());
    EXPECT_EQ(cache.update(state, test::countryTable(), 2026).timeline_indices.size(), 48u);
}

}  // namespace
}  // namespace pm::ui
