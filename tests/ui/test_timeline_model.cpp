#include <gtest/gtest.h>

#include "ui/derived_data.hpp"
#include "ui/timeline_model.hpp"
#include "ui_test_util.hpp"

namespace pm::ui {
namespace {

TEST(TimelineModel, SetYearClampsAndSetsAsOf) {
    PresenterState presenter;
    PartnershipFilter filter;
    const TimelineRange range{1954, 2026};
    const std::vector<std::pair<double, std::pair<double, int>>> cases = {
        {1990.5, {1990.5, 1990}}, {1900, {1954, 1954}}, {2100, {2026, 2026}}, {1954, {1954, 1954}}};
    for (const auto& [year, expected] : cases) {
        setTimelineYear(presenter, filter, range, year);
        EXPECT_DOUBLE_EQ(presenter.timeline_year, expected.first) << year;
        EXPECT_EQ(filter.as_of, expected.second) << year;
    }
}

TEST(TimelineModel, AdvancesOnlyWhilePlayingAndStopsAtTheEnd) {
    PresenterState presenter;
    PartnershipFilter filter;
    const TimelineRange range{1954, 2026};
    presenter.timeline_year = 2000;
    presenter.years_per_second = 4;
    advanceTimeline(presenter, filter, range, 1.0);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2000);
    EXPECT_FALSE(filter.as_of);

    presenter.timeline_playing = true;
    advanceTimeline(presenter, filter, range, 0.5);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2002);
    EXPECT_EQ(filter.as_of, 2002);
    EXPECT_TRUE(presenter.timeline_playing);
    advanceTimeline(presenter, filter, range, 0.125);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2002.5);
    EXPECT_EQ(filter.as_of, 2002);
    advanceTimeline(presenter, filter, range, 100.0);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2026);
    EXPECT_EQ(filter.as_of, 2026);
    EXPECT_FALSE(presenter.timeline_playing);
}

TEST(TimelineModel, RangeIgnoresAsOfButFollowsTheRestOfTheFilter) {
    AppState state;
    state.data.data = std::make_shared<const DataSet>(test::smallData());
    state.filter.as_of = 1960;
    DerivedDataCache derived;
    TimelineRange range = derived.update(state, test::countryTable(), 2026).timeline;
    EXPECT_EQ(range.first_year, 1954);
    EXPECT_EQ(range.last_year, 2026);
    state.filter.home_ids = {"dortmund"};
    range = derived.update(state, test::countryTable(), 2026).timeline;
    EXPECT_EQ(range.first_year, 1977);

    state.presenter.timeline_playing = true;
    state.presenter.timeline_year = 1980;
    state.presenter.years_per_second = 2;
    advanceTimeline(state.presenter, state.filter, range, 1.5);
    EXPECT_DOUBLE_EQ(state.presenter.timeline_year, 1983);
    EXPECT_EQ(state.filter.as_of, 1983);
}

TEST(TimelineModel, FollowsAsOfSetElsewhere) {
    PresenterState presenter;
    PartnershipFilter filter;
    const TimelineRange range{1954, 2026};
    presenter.timeline_year = 2000.5;
    filter.as_of = 2000;
    followAsOf(presenter, filter, range);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2000.5) << "the same year keeps its fraction";
    filter.as_of = 1990;  // the Filter panel's slider
    followAsOf(presenter, filter, range);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 1990);
    filter.as_of.reset();
    followAsOf(presenter, filter, range);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 1990) << "all years: the position stays";
    presenter.timeline_year = 0;
    followAsOf(presenter, filter, range);
    EXPECT_DOUBLE_EQ(presenter.timeline_year, 2026);
}

TEST(TimelineModel, AnniversaryLines) {
    const DataSet data = test::smallData();
    const std::vector<size_t> all = {0, 1, 2, 3, 4, 5, 6};
    EXPECT_EQ(anniversaryLines(data, all, 2029, "de"),
              (std::vector<std::string>{"2029: 75 Jahre Nürnberg–Nizza", "2029: 50 Jahre Nürnberg–Krakau"}));
    EXPECT_EQ(anniversaryLines(data, all, 2029, "en"),
              (std::vector<std::string>{"2029: 75 years Nuremberg–Nice", "2029: 50 years Nuremberg–Kraków"}));
    EXPECT_EQ(anniversaryLines(data, all, 2027, "en"),
              (std::vector<std::string>{"2027: 50 years Dortmund–Ростов-на-Дону"}));
    EXPECT_TRUE(anniversaryLines(data, {2, 5}, 2029, "de").empty());
}

TEST(TimelineModel, BundledDataHasNurembergNiceIn2029) {
    const DataSet& data = test::bundledUiData();
    std::vector<size_t> all(data.partnerships.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    const std::vector<std::string> lines = anniversaryLines(data, all, 2029, "de");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "2029: 75 Jahre Nürnberg–Nizza"), lines.end());
}

}  // namespace
}  // namespace pm::ui
