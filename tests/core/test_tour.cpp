#include <gtest/gtest.h>

#include <fstream>

#include "core/countries.hpp"
#include "core/tour.hpp"
#include "core/tour_player.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

std::string tourPath(const std::string& name) {
    return std::string(PARTNERMAP_TEST_DATA) + "/tours/" + name;
}

const CountryTable& countries() {
    static const CountryTable table = CountryTable::load(CountryTable::defaultPath());
    return table;
}

TourStart start() {
    TourStart s;
    s.frame = {1920, 1080, 80, 20};
    s.current_year = 2026;
    return s;
}

TEST(TourFile, ParsesEveryStepKind) {
    const Tour tour = loadTourFile(tourPath("nuernberg.json"));
    EXPECT_EQ(tour.title, "Nürnbergs Partnerstädte");
    ASSERT_EQ(tour.steps.size(), 12u);
    EXPECT_EQ(tour.steps[0].kind, TourStep::Kind::Filter);
    EXPECT_EQ(tour.steps[0].filter.homes, std::vector<std::string>{"Nürnberg"});
    EXPECT_EQ(tour.steps[1].projection, "orthographic");
    EXPECT_EQ(tour.steps[1].centre, (GeoPoint{49.45, 11.08}));
    EXPECT_EQ(tour.steps[3].caption_text, "Nürnberg und seine Partnerstädte");
    EXPECT_EQ(tour.steps[5].kind, TourStep::Kind::Stop);
    EXPECT_EQ(tour.steps[5].line, 11);
    EXPECT_DOUBLE_EQ(tour.steps[5].hold_seconds, 4);
    EXPECT_EQ(tour.steps[7].zoom, 5.0);
    EXPECT_EQ(tour.steps[8].home, "Nürnberg");
    EXPECT_DOUBLE_EQ(tour.steps[8].hold_seconds, 5) << "default hold of a stop";
    EXPECT_EQ(tour.steps[9].timeline_from, 1950);
    EXPECT_DOUBLE_EQ(tour.steps[9].years_per_second, 10);
}

TEST(TourFile, WriteThenParseGivesTheSameTour) {
    const Tour tour = loadTourFile(tourPath("nuernberg.json"));
    const Tour again = parseTour(writeTour(tour), "again.json");
    ASSERT_EQ(again.steps.size(), tour.steps.size());
    EXPECT_EQ(writeTour(again), writeTour(tour));
    for (size_t i = 0; i < tour.steps.size(); ++i) {
        EXPECT_EQ(again.steps[i].kind, tour.steps[i].kind);
        EXPECT_DOUBLE_EQ(again.steps[i].hold_seconds, tour.steps[i].hold_seconds) << i;
        EXPECT_DOUBLE_EQ(again.steps[i].fly_seconds, tour.steps[i].fly_seconds) << i;
    }
}

TEST(TourFile, EveryProblemWithItsLine) {
    const std::string file = tourPath("bad.json");
    try {
        loadTourFile(file);
        FAIL() << "bad tour accepted";
    } catch (const DataError& error) {
        std::vector<std::string> messages;
        for (const Problem& problem : error.problems()) messages.push_back(problem.toString());
        const std::vector<std::string> expected = {
            file +
                ":5: unknown step 'fly'; steps are: data, filter, projection, theme, lang, overview, fly_to, stop, "
                "caption, wait, timeline, screenshot, facts",
            file + ":6: unknown theme 'neon'; use light, dark or print",
            file +
                ":7: unknown projection 'globe'; projections: equal-earth, robinson, winkel-tripel, natural-earth, "
                "mollweide, mercator, equirectangular, orthographic, azimuthal-equidistant, lambert-azimuthal",
            file + ":8: a step does one thing, but this one has both 'stop' and 'caption'; split it in two steps",
            file + ":9: 'wait' of -3 seconds is out of range; use 0 to 600",
            file + ":10: zoom 100 is out of range; use 0.5 to 64 (1 shows the whole map)",
            file + ":11: the timeline ends (1990) before it starts (2000)",
            file + ":12: a screenshot is a file name without folders, e.g. \"nizza.png\"",
            file + ":13: a step must be a JSON object {...}, not a string",
            file + ":14: unknown key 'txt' in a 'caption' step; known keys: caption, text, hold",
        };
        EXPECT_EQ(messages, expected);
    }
}

TEST(TourFile, BrokenJsonAndWrongFormat) {
    EXPECT_THROW(parseTour("", "empty.json"), DataError);
    try {
        parseTour("{\n \"format\": 1,\n \"steps\": []\n}", "data.json");
        FAIL();
    } catch (const DataError& error) {
        EXPECT_EQ(error.problems().front().toString(), "data.json:2: 'format' must be a string, not a whole number");
    }
    try {
        parseTour("{\"format\": \"partnermap-tour\", \"version\": 1, \"steps\": [\n{\"wait\": 1},\n", "cut.json");
        FAIL();
    } catch (const DataError& error) {
        EXPECT_EQ(error.problems().front().file, "cut.json");
        EXPECT_EQ(error.problems().front().line, 2);
    }
}

TEST(TourPlayer, TimesStatesAndScreenshots) {
    const auto data = std::make_shared<const DataSet>(test::bundledData());
    const TourPlayer player(loadTourFile(tourPath("nuernberg.json")), data, start(), &countries(), "nuernberg.json");
    // caption 3 + overview 3 + stop 6.5 + fly_to 3 + stop 7.5 + timeline (51 years / 10 + 1.5) + facts 4 + wait 1
    EXPECT_NEAR(player.duration(), 3 + 3 + 6.5 + 3 + 7.5 + 6.6 + 4 + 1, 1e-9);
    ASSERT_EQ(player.screenshots().size(), 1u);
    EXPECT_EQ(player.screenshots()[0].file, "nizza.png");
    EXPECT_NEAR(player.screenshots()[0].time, 12.5, 1e-9);

    const TourView caption = player.viewAt(1.0);
    EXPECT_EQ(caption.caption_title, "Willkommen");
    EXPECT_EQ(caption.theme, ThemeId::Dark);
    EXPECT_EQ(caption.projection.id, "orthographic");
    EXPECT_EQ(caption.filter.home_ids, std::set<std::string>{"nuernberg"});

    const TourView flying = player.viewAt(6.0 + 1.0);  // mid-flight to Nizza
    ASSERT_TRUE(flying.highlighted_link.has_value());
    EXPECT_FALSE(flying.card.has_value()) << "the card appears on arrival";
    EXPECT_LT(flying.link_appearance.at(*flying.highlighted_link).growth, 1.0f);
    const TourView arrived = player.viewAt(6.0 + 3.0);
    ASSERT_TRUE(arrived.card.has_value());
    EXPECT_EQ(arrived.card->title, "Nizza");
    EXPECT_EQ(arrived.card->subtitle, "Frankreich · Städtepartnerschaft");
    EXPECT_EQ(arrived.card->since, "seit 1954 · 72 Jahre");
    EXPECT_EQ(arrived.link_appearance.at(*arrived.highlighted_link).growth, 1.0f);
    // The globe turned towards Nizza: the projection centre follows the camera.
    EXPECT_NEAR(arrived.projection.centre.lat, arrived.camera.focus.lat, 1e-12);
    EXPECT_LT(arrived.camera.focus.lat, 49.0);

    const TourView timeline = player.viewAt(3 + 3 + 6.5 + 3 + 7.5 + 0.5);  // 1955
    ASSERT_TRUE(timeline.timeline_position.has_value());
    EXPECT_NEAR(*timeline.timeline_position, 1955.0, 1e-9);
    EXPECT_TRUE(timeline.only_listed_links);
    EXPECT_EQ(timeline.link_appearance.size(), 2u) << "Nizza and Venedig (1954)";
    const TourView facts = player.viewAt(player.duration() - 2.0);
    EXPECT_TRUE(facts.show_facts);
}

TEST(TourPlayer, NextStopTimeIsTheStartOfTheNextStep) {
    const auto data = std::make_shared<const DataSet>(test::bundledData());
    const TourPlayer player(loadTourFile(tourPath("nuernberg.json")), data, start(), &countries(), "t.json");
    EXPECT_DOUBLE_EQ(player.nextStopTime(0), 3.0);
    EXPECT_DOUBLE_EQ(player.nextStopTime(3.0), 6.0);
    EXPECT_DOUBLE_EQ(player.nextStopTime(player.duration()), player.duration());
}

// A clicker holds a step at its end, with the step's view complete: at the next step's start the
// camera is about to leave and the caption card is gone (the audience saw a dimmed map without it).
TEST(TourPlayer, AClickerHoldsEachStopWithItsCaptionCard) {
    const auto data = std::make_shared<const DataSet>(test::bundledData());
    const TourPlayer player(loadTourFile(tourPath("nuernberg.json")), data, start(), &countries(), "t.json");
    const double first = player.nextHoldTime(0), second = player.nextHoldTime(first + 1e-6);
    EXPECT_NEAR(first, 3.0, 0.01);
    EXPECT_NEAR(second, 6.0, 0.01);
    EXPECT_LT(second, 6.0);
    EXPECT_DOUBLE_EQ(player.nextHoldTime(first), second) << "at a hold, Next goes to the following one";
    int stops_with_cards = 0;
    for (double hold = player.nextHoldTime(0); hold < player.duration(); hold = player.nextHoldTime(hold)) {
        const TourView view = player.viewAt(hold);
        if (view.highlighted_link) {
            EXPECT_TRUE(view.card.has_value()) << "held at " << hold << " s";
            ++stops_with_cards;
        }
    }
    EXPECT_GT(stops_with_cards, 0);
    EXPECT_DOUBLE_EQ(player.previousHoldTime(second), first) << "back shows the step before";
    EXPECT_DOUBLE_EQ(player.previousHoldTime(second - 1.0), first) << "from inside a flight too";
    EXPECT_DOUBLE_EQ(player.previousHoldTime(first), 0.0);
    EXPECT_DOUBLE_EQ(player.nextHoldTime(player.duration()), player.duration());
}

TEST(TourPlayer, UnresolvableCitiesAreReportedWithTheirStep) {
    const auto data = std::make_shared<const DataSet>(test::bundledData());
    const Tour tour = parseTour(R"({"format": "partnermap-tour", "version": 1, "steps": [
        {"stop": "Nizz"},
        {"stop": "Nizza", "home": "Dortmund"},
        {"filter": {"country": ["Atlantis"]}},
        {"fly_to": "Gotham"}
    ]})",
                                "t.json");
    try {
        TourPlayer(tour, data, start(), &countries(), "t.json");
        FAIL();
    } catch (const DataError& error) {
        std::vector<std::string> messages;
        for (const Problem& problem : error.problems()) messages.push_back(problem.toString());
        EXPECT_EQ(messages,
                  (std::vector<std::string>{
                      "t.json:2: no city 'Nizz' in the data; use its name or id as in the data",
                      "t.json:3: no visible partnership with 'Nizza' of Dortmund; check the filter of the tour",
                      "t.json:4: filter: unknown country 'Atlantis'; use an ISO code like FR or a name",
                      "t.json:5: no city 'Gotham' in the data; use its name or id as in the data"}));
    }
}

TEST(DefaultTour, EveryPartnerOfTheHomeInOrder) {
    const DataSet data = test::bundledData();
    const std::vector<size_t> all = filterPartnerships(data, {});
    const Tour by_year = defaultTour(data, "hannover", all, TourOrder::Year, "de");
    EXPECT_EQ(by_year.title, "Partnerschaften von Hannover") << "as the map of Hannover's partnerships";
    ASSERT_EQ(by_year.steps.size(), 9u + 2u);
    EXPECT_EQ(by_year.steps.front().kind, TourStep::Kind::Overview);
    EXPECT_EQ(by_year.steps[1].city, "bristol") << "1947 comes first";
    EXPECT_EQ(by_year.steps[9].city, "mykolajiw") << "2022 comes last";
    const Tour by_distance = defaultTour(data, "hannover", all, TourOrder::Distance, "de");
    EXPECT_EQ(by_distance.steps[1].city, "leipzig");
    EXPECT_EQ(by_distance.steps[9].city, "hiroshima");
    const Tour by_name = defaultTour(data, "hannover", all, TourOrder::Name, "de");
    EXPECT_EQ(by_name.steps[1].city, "blantyre");
    // Played, it visits each of them.
    const TourPlayer player(by_year, std::make_shared<const DataSet>(data), start(), &countries(), "default");
    EXPECT_NEAR(player.duration(), 2 * 4.5 + 9 * 6.5, 1e-9);
}

}  // namespace
}  // namespace pm
