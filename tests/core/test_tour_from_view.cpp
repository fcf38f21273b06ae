#include <gtest/gtest.h>

#include <memory>

#include "core/countries.hpp"
#include "core/filter_spec.hpp"
#include "core/tour_from_view.hpp"
#include "core/tour_player.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

using Kind = TourStep::Kind;

const CountryTable& countries() {
    static const CountryTable table = CountryTable::load(CountryTable::defaultPath());
    return table;
}

const DataSet& bundled() {
    static const DataSet data = test::bundledData();
    return data;
}

// Nürnberg's partners on a world map, zoomed in on Kraków, with Nice selected.
TourViewSnapshot zoomedWorldView() {
    TourViewSnapshot snapshot;
    snapshot.title = "Nürnberg";
    snapshot.filter.home_ids = {"nuernberg"};
    snapshot.projection = {"equal-earth", {.lat = 0, .lon = 10}, ""};
    snapshot.theme = ThemeId::Dark;
    snapshot.lang = "en";
    snapshot.camera = {{.lat = 50.0, .lon = 20.0}, 5.0};
    snapshot.selected_partnership = 8;  // nuernberg -> nizza
    return snapshot;
}

// The whole globe turned to Nürnberg.
TourViewSnapshot globeOverview() {
    TourViewSnapshot snapshot;
    snapshot.projection = {"orthographic", {.lat = 0, .lon = 0}, ""};
    snapshot.camera = {{.lat = 49.45, .lon = 11.08}, 1.0};
    return snapshot;
}

std::vector<Kind> kinds(const Tour& tour) {
    std::vector<Kind> result;
    for (const TourStep& step : tour.steps) result.push_back(step.kind);
    return result;
}

// Every field parseTour reads; lines are left out.
void expectSameSteps(const Tour& a, const Tour& b) {
    EXPECT_EQ(a.title, b.title);
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (size_t i = 0; i < a.steps.size(); ++i) {
        SCOPED_TRACE("step " + std::to_string(i));
        const TourStep &x = a.steps[i], &y = b.steps[i];
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.files, y.files);
        EXPECT_EQ(x.filter, y.filter);
        EXPECT_EQ(x.projection, y.projection);
        EXPECT_EQ(x.centre, y.centre);
        EXPECT_EQ(x.theme, y.theme);
        EXPECT_EQ(x.lang, y.lang);
        EXPECT_EQ(x.city, y.city);
        EXPECT_EQ(x.home, y.home);
        EXPECT_EQ(x.zoom, y.zoom);
        EXPECT_EQ(x.fly_seconds, y.fly_seconds);
        EXPECT_EQ(x.hold_seconds, y.hold_seconds);
        EXPECT_EQ(x.caption_title, y.caption_title);
        EXPECT_EQ(x.caption_text, y.caption_text);
        EXPECT_EQ(x.timeline_from, y.timeline_from);
        EXPECT_EQ(x.timeline_to, y.timeline_to);
        EXPECT_EQ(x.years_per_second, y.years_per_second);
        EXPECT_EQ(x.screenshot, y.screenshot);
    }
}

TEST(TourFromView, ZoomedWorldViewWithASelection) {
    const Tour tour = tourFromView(zoomedWorldView(), bundled());
    EXPECT_EQ(tour.title, "Nürnberg");
    ASSERT_EQ(kinds(tour), (std::vector<Kind>{Kind::Filter, Kind::Projection, Kind::Theme, Kind::Language, Kind::FlyTo,
                                              Kind::Stop}));
    EXPECT_EQ(tour.steps[0].filter.homes, std::vector<std::string>{"nuernberg"});
    EXPECT_EQ(tour.steps[1].projection, "equal-earth");
    EXPECT_EQ(tour.steps[1].centre, (GeoPoint{.lat = 0, .lon = 10}));
    EXPECT_EQ(tour.steps[2].theme, "dark");
    EXPECT_EQ(tour.steps[3].lang, "en");
    EXPECT_EQ(tour.steps[4].city, "krakau") << "the visible city nearest to the camera";
    EXPECT_EQ(tour.steps[4].zoom, 5.0);
    EXPECT_EQ(tour.steps[5].city, "nizza");
    EXPECT_EQ(tour.steps[5].home, "nuernberg");
    EXPECT_EQ(tour.steps[5].hold_seconds, 5.0);
}

TEST(TourFromView, GlobeOverview) {
    const Tour tour = tourFromView(globeOverview(), bundled());
    ASSERT_EQ(kinds(tour),
              (std::vector<Kind>{Kind::Filter, Kind::Projection, Kind::Theme, Kind::Language, Kind::Overview}));
    EXPECT_EQ(tour.steps[0].filter, FilterSpec{});
    EXPECT_EQ(tour.steps[1].projection, "orthographic");
    EXPECT_EQ(tour.steps[1].centre, (GeoPoint{.lat = 49.45, .lon = 11.08})) << "the globe turned to the camera";
    EXPECT_EQ(tour.steps[2].theme, "light");
    EXPECT_EQ(tour.steps[3].lang, "de");
    EXPECT_EQ(tour.steps[4].fly_seconds, 0.0);
}

TEST(TourFromView, FocusCityIsAVisibleOne) {
    TourViewSnapshot snapshot = zoomedWorldView();
    snapshot.filter.home_ids = {"dortmund"};
    snapshot.selected_partnership.reset();
    const Tour tour = tourFromView(snapshot, bundled());
    ASSERT_EQ(tour.steps.back().kind, Kind::FlyTo);
    EXPECT_EQ(tour.steps.back().city, "cluj-napoca") << "Kraków is not shown with Dortmund's partners";
}

TEST(TourFromView, ZoomOutsideTheTourRangeIsClamped) {
    TourViewSnapshot snapshot = zoomedWorldView();
    snapshot.camera.zoom = 200;
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps[4].zoom, 64.0);
    snapshot.camera.zoom = 0.2;
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps[4].zoom, 0.5);
    snapshot.camera.zoom = 1.01;
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps[4].kind, Kind::Overview);
}

TEST(TourFromView, SelectionOutsideTheFilterHasNoStop) {
    TourViewSnapshot snapshot = zoomedWorldView();
    snapshot.selected_partnership = 27;  // dortmund -> amiens, hidden by the filter
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps.back().kind, Kind::FlyTo);
    snapshot.selected_partnership = 9999;
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps.size(), 5u);
}

TEST(TourFromView, AmbiguousStopBecomesAFlight) {
    DataSet data = bundled();
    Partnership second = data.partnerships[8];
    second.type = "friendship";
    data.partnerships.push_back(second);
    const Tour tour = tourFromView(zoomedWorldView(), data);
    EXPECT_EQ(tour.steps.back().kind, Kind::FlyTo);
    EXPECT_EQ(tour.steps.back().city, "nizza");
    EXPECT_EQ(tour.steps.back().zoom, std::nullopt);
}

TEST(TourFromView, CustomProjectionHasNoStep) {
    TourViewSnapshot snapshot = zoomedWorldView();
    snapshot.projection = {"custom", {}, "+proj=wag7"};
    EXPECT_EQ(kinds(tourFromView(snapshot, bundled())),
              (std::vector<Kind>{Kind::Filter, Kind::Theme, Kind::Language, Kind::FlyTo, Kind::Stop}));
}

TEST(TourFromView, CentreNormalised) {
    TourViewSnapshot snapshot = zoomedWorldView();
    snapshot.projection.centre = {.lat = 0, .lon = 190};
    EXPECT_EQ(tourFromView(snapshot, bundled()).steps[1].centre, (GeoPoint{.lat = 0, .lon = -170}));
}

struct DataPathCase {
    std::vector<std::string> files;
    std::string tour_file;
    std::vector<std::string> expected;
};

TEST(TourFromView, DataPathsRelativeToTheTour) {
    const std::vector<DataPathCase> cases = {
        {{"/home/anna/touren/a.csv"}, "/home/anna/touren/tour.json", {"a.csv"}},
        {{"/home/anna/touren/daten/Städte.csv"}, "/home/anna/touren/tour.json", {"daten/Städte.csv"}},
        {{"/srv/b.json", "/home/anna/touren/../touren/c.csv"}, "/home/anna/touren/tour.json", {"/srv/b.json", "c.csv"}},
        {{"/srv/b.json"}, "", {"/srv/b.json"}},
        {{"relative.csv"}, "", {"relative.csv"}},
    };
    for (const DataPathCase& c : cases) {
        TourViewSnapshot snapshot = globeOverview();
        snapshot.data_files = c.files;
        snapshot.tour_file = c.tour_file;
        const Tour tour = tourFromView(snapshot, bundled());
        ASSERT_EQ(tour.steps.front().kind, Kind::Data);
        EXPECT_EQ(tour.steps.front().files, c.expected) << c.tour_file;
        EXPECT_EQ(tour.steps[1].kind, Kind::Filter) << "after the data, which clears the filter";
    }
}

TEST(TourFromView, WriteThenParseGivesTheSameSteps) {
    TourViewSnapshot with_everything = zoomedWorldView();
    with_everything.data_files = {"/home/jürgen/Partnerstädte.csv", "/srv/more.json"};
    with_everything.filter.partner_countries = {"FR", "PL"};
    with_everything.filter.types = {"partnership"};
    with_everything.filter.statuses = {PartnershipStatus::Active};
    with_everything.filter.since_from = 1950;
    with_everything.filter.as_of = 2000;
    with_everything.filter.text = "ä \"quoted\"";
    with_everything.camera.focus = {.lat = 50.06143, .lon = 19.93658};
    with_everything.camera.zoom = 3.1234567890123;
    for (const TourViewSnapshot& snapshot : {zoomedWorldView(), globeOverview(), with_everything}) {
        const Tour tour = tourFromView(snapshot, bundled());
        expectSameSteps(parseTour(writeTour(tour), "view.json"), tour);
    }
}

TEST(TourFromView, PlayedTourEndsInTheView) {
    for (const TourViewSnapshot& snapshot : {zoomedWorldView(), globeOverview()}) {
        TourViewSnapshot without_selection = snapshot;
        without_selection.selected_partnership.reset();
        without_selection.data_files = {"partners.json"};
        const Tour tour = parseTour(writeTour(tourFromView(without_selection, bundled())), "view.json");
        TourStart start;
        start.frame = {1920, 1080, 80, 20};
        const auto data = std::make_shared<const DataSet>(bundled());
        const TourPlayer player(tour, data, start, &countries(), "view.json",
                                [&](const std::vector<std::string>&) { return bundled(); });
        const TourView end = player.viewAt(player.duration());
        EXPECT_EQ(end.filter, snapshot.filter);
        EXPECT_EQ(end.theme, snapshot.theme);
        EXPECT_EQ(end.lang, snapshot.lang);
        EXPECT_EQ(end.projection.id, snapshot.projection.id);
        if (tour.steps.back().kind == Kind::FlyTo) {
            EXPECT_NEAR(end.camera.zoom, snapshot.camera.zoom, 1e-9);
            const City* city = bundled().findCity(tour.steps.back().city);
            EXPECT_NEAR(end.camera.focus.lat, city->position.lat, 1e-9);
            EXPECT_NEAR(end.camera.focus.lon, city->position.lon, 1e-9);
        } else {
            EXPECT_NEAR(end.camera.zoom, 1.0, 1e-12);
            EXPECT_NEAR(end.camera.focus.lat, snapshot.camera.focus.lat, 1e-9);
            EXPECT_NEAR(end.camera.focus.lon, snapshot.camera.focus.lon, 1e-9);
        }
    }
}

TEST(TourFromView, PlayedStopShowsTheSelectedPartnership) {
    const Tour tour = tourFromView(zoomedWorldView(), bundled());
    const auto data = std::make_shared<const DataSet>(bundled());
    TourStart start;
    const TourPlayer player(tour, data, start, &countries(), "view.json");
    const TourView end = player.viewAt(player.duration());
    EXPECT_EQ(end.highlighted_link, 8u);
    EXPECT_TRUE(end.card.has_value());
}

TEST(FilterSpecFromFilter, YearsAndStatuses) {
    PartnershipFilter filter;
    filter.since_from = 1960;
    filter.since_to = 1980;
    filter.statuses = {PartnershipStatus::Ended, PartnershipStatus::Active};
    const FilterSpec spec = filterSpecFromFilter(filter);
    EXPECT_EQ(spec.years, "1960:1980");
    EXPECT_EQ(spec.statuses, (std::vector<std::string>{"active", "ended"}));
    filter.since_from.reset();
    EXPECT_EQ(filterSpecFromFilter(filter).years, ":1980");
    filter.since_from = 1950;
    filter.since_to.reset();
    EXPECT_EQ(filterSpecFromFilter(filter).years, "1950:");
    filter.since_from.reset();
    EXPECT_EQ(filterSpecFromFilter(filter).years, "");
}

TEST(FilterSpecFromFilter, ResolvesBackToTheSameFilter) {
    std::vector<PartnershipFilter> filters(12);
    filters[1].home_ids = {"nuernberg"};
    filters[2].home_ids = {"dortmund", "hannover"};
    filters[3].partner_countries = {"FR", "PL"};
    filters[4].types = {"partnership", "friendship"};
    filters[5].statuses = {PartnershipStatus::Suspended};
    filters[6].statuses = {PartnershipStatus::Active, PartnershipStatus::Ended};
    filters[7].since_from = 1950;
    filters[8].since_to = 1990;
    filters[9].since_from = 1960, filters[9].since_to = 1980;
    filters[10].as_of = 2000;
    filters[11].text = "Brașov";
    PartnershipFilter all;
    all.home_ids = {"nuernberg", "hannover"};
    all.partner_countries = {"IT", "GB", "UA"};
    all.types = {"regional", "solidarity", "partnership"};
    all.statuses = {PartnershipStatus::Active, PartnershipStatus::Suspended};
    all.since_from = 1947, all.since_to = 2025;
    all.as_of = 2022;
    all.text = "a";
    filters.push_back(all);
    for (size_t i = 0; i < filters.size(); ++i) {
        SCOPED_TRACE("filter " + std::to_string(i));
        EXPECT_EQ(resolveFilterSpec(filterSpecFromFilter(filters[i]), bundled(), countries()), filters[i]);
    }
}

}  // namespace
}  // namespace pm
