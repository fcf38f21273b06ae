#include <gtest/gtest.h>

#include <algorithm>

#include "core/camera.hpp"
#include "core/countries.hpp"
#include "core/facts.hpp"
#include "core/filter.hpp"
#include "core/partnership_card.hpp"
#include "core/projection.hpp"
#include "core/timeline.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

const CountryTable& countries() {
    static const CountryTable table = CountryTable::load(CountryTable::defaultPath());
    return table;
}

std::vector<std::string> partnersOf(const DataSet& data, const std::vector<size_t>& indices) {
    std::vector<std::string> ids;
    for (size_t index : indices) ids.push_back(data.partnerships[index].partner_id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

TEST(Timeline, ExactlyThePartnershipsThatExistedThen) {
    const DataSet data = test::bundledData();
    const std::vector<size_t> all = filterPartnerships(data, {});
    EXPECT_EQ(partnersOf(data, partnershipsExistingIn(data, all, 1946, 2026)), std::vector<std::string>{});
    EXPECT_EQ(partnersOf(data, partnershipsExistingIn(data, all, 1954, 2026)),
              (std::vector<std::string>{"bristol", "nizza", "venedig"}));
    EXPECT_EQ(partnershipsExistingIn(data, all, 1970, 2026).size(), 8u);
    // Unknown years (Bar, Cluj-Napoca, Kalmunai, Kattankudy, Eravur) count only in the present.
    EXPECT_EQ(partnershipsExistingIn(data, all, 2025, 2026).size(), 43u);
    EXPECT_EQ(partnershipsExistingIn(data, all, 2026, 2026).size(), 48u);
    // The as-of filter agrees for every year with known founding years.
    for (int year = 1940; year <= 2025; ++year) {
        PartnershipFilter filter;
        filter.as_of = year;
        EXPECT_EQ(partnershipsExistingIn(data, all, year, 2026), filterPartnerships(data, filter)) << year;
    }
}

TEST(Timeline, GrowingFadingAndDashedLinks) {
    DataSet data = test::bundledData();
    const std::vector<size_t> all = filterPartnerships(data, {});
    const auto index_of = [&](const std::string& partner) {
        return static_cast<size_t>(std::find_if(data.partnerships.begin(), data.partnerships.end(),
                                                [&](const Partnership& p) { return p.partner_id == partner; }) -
                                   data.partnerships.begin());
    };
    const size_t nizza = index_of("nizza"), rostow = index_of("rostow-am-don");
    auto at = [&](double position) { return timelineAppearance(data, all, position, 2026); };
    EXPECT_FALSE(at(1953.9).contains(nizza));
    EXPECT_EQ(at(1954.0).at(nizza).growth, 0.0f);
    EXPECT_GT(at(1954.3).at(nizza).growth, 0.2f);
    EXPECT_LT(at(1954.3).at(nizza).growth, 0.8f);
    EXPECT_EQ(at(1954.6).at(nizza).growth, 1.0f);
    EXPECT_EQ(at(1990.5).at(nizza).growth, 1.0f);
    EXPECT_FALSE(at(2021.5).at(rostow).dashed);
    EXPECT_TRUE(at(2022.0).at(rostow).dashed) << "suspended since 2022";
    // An ended partnership fades in the year after its end, then disappears.
    data.partnerships[nizza].status = PartnershipStatus::Ended;
    data.partnerships[nizza].until = 1990;
    EXPECT_EQ(at(1990.9).at(nizza).opacity, 1.0f);
    EXPECT_LT(at(1991.5).at(nizza).opacity, 1.0f);
    EXPECT_GT(at(1991.5).at(nizza).opacity, 0.0f);
    EXPECT_FALSE(at(1992.1).contains(nizza));
    const TimelineRange range = timelineRange(data, all, 2026);
    EXPECT_EQ(range.first_year, 1947);
    EXPECT_EQ(range.last_year, 2026);
}

TEST(Anniversaries, RoundYears) {
    const DataSet data = test::bundledData();
    const std::vector<size_t> all = filterPartnerships(data, {});
    const std::vector<Anniversary> in_2029 = anniversariesIn(data, all, 2029);
    std::vector<std::string> texts;
    for (const Anniversary& anniversary : in_2029) texts.push_back(anniversaryText(data, anniversary, "de"));
    EXPECT_EQ(texts, (std::vector<std::string>{"75 Jahre Nürnberg–Nizza", "75 Jahre Nürnberg–Venedig",
                                               "60 Jahre Dortmund–Leeds", "50 Jahre Nürnberg–Krakau",
                                               "50 Jahre Hannover–Poznań", "10 Jahre Nürnberg–Nablus"}));
    EXPECT_EQ(anniversaryText(data, in_2029.front(), "en"), "75 years Nuremberg–Nice");
}

TEST(Facts, NumbersForTheMicrophone) {
    const DataSet data = test::bundledData();
    PartnershipFilter filter;
    filter.home_ids = {"hannover"};
    const PartnershipFacts facts = computeFacts(data, filterPartnerships(data, filter), &countries(), 2026);
    EXPECT_EQ(facts.partnerships, 9);
    EXPECT_EQ(facts.partner_cities, 9);
    EXPECT_EQ(facts.countries, 8) << "GB, FR (2), MW, PL, JP, DE, RU, UA";
    EXPECT_EQ(facts.by_type.at("partnership"), 7);
    EXPECT_EQ(facts.partner_cities_by_continent.at("Europe"), 7);
    EXPECT_EQ(facts.partner_cities_by_continent.at("Africa"), 1);
    EXPECT_EQ(facts.partner_cities_by_continent.at("Asia"), 1);
    EXPECT_EQ(data.partnerships[*facts.nearest].partner_id, "leipzig");
    EXPECT_EQ(data.partnerships[*facts.farthest].partner_id, "hiroshima");
    EXPECT_EQ(data.partnerships[*facts.oldest].partner_id, "bristol");
    EXPECT_EQ(data.partnerships[*facts.newest].partner_id, "mykolajiw");
    EXPECT_NEAR(facts.average_age_years, (79 + 66 + 60 + 58 + 47 + 43 + 39 + 35 + 4) / 9.0, 1e-9);
    const std::vector<std::string> lines = factLines(data, facts, "de", &countries());
    EXPECT_EQ(lines.front(), "9 Partnerschaften mit 9 Städten in 8 Ländern");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "Europa 7 · Asien 1 · Afrika 1"), lines.end())
        << testing::PrintToString(lines);
}

TEST(PartnershipCard, GermanAndEnglish) {
    const DataSet data = test::bundledData();
    const auto atlanta =
        static_cast<size_t>(std::find_if(data.partnerships.begin(), data.partnerships.end(),
                                         [](const Partnership& p) { return p.partner_id == "atlanta"; }) -
                            data.partnerships.begin());
    const PartnershipCard de = partnershipCard(data, atlanta, "de", &countries(), 2026);
    EXPECT_EQ(de.title, "Atlanta");
    EXPECT_EQ(de.subtitle, "Vereinigte Staaten · Städtepartnerschaft");
    EXPECT_EQ(de.since, "seit 1998 · 28 Jahre");
    EXPECT_EQ(de.distance, "7.606 km, Westnordwest von Nürnberg");
    const PartnershipCard en = partnershipCard(data, atlanta, "en", &countries(), 2026);
    EXPECT_EQ(en.subtitle, "United States · Twin town");
    EXPECT_EQ(en.distance, "7,606 km, west-northwest of Nuremberg");
}

TEST(HomeCityCard, CountsNearestFarthestOldestOfItsOwnPartnerships) {
    const DataSet data = test::bundledData();
    std::vector<size_t> all(data.partnerships.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    const PartnershipCard de = homeCityCard(data, all, "hannover", "de", &countries(), 2026);
    EXPECT_EQ(de.title, "Hannover");
    EXPECT_EQ(de.subtitle, "Deutschland · Heimatstadt");
    EXPECT_EQ(de.since, "9 Partnerstädte in 8 Ländern");
    EXPECT_EQ(de.distance, "215 km (Leipzig) bis 8.907 km (Hiroshima)");  // GeodSolve: 214 908 m, 8 907 403 m
    EXPECT_EQ(de.note, "Seit 1947 (Bristol), zuletzt 2022 (Mykolajiw)");
    const PartnershipCard en = homeCityCard(data, all, "hannover", "en", &countries(), 2026);
    EXPECT_EQ(en.subtitle, "Germany · Home city");
    EXPECT_EQ(en.since, "9 partner cities in 8 countries");
    EXPECT_EQ(en.distance, "215 km (Leipzig) to 8,907 km (Hiroshima)");
    EXPECT_EQ(en.note, "Since 1947 (Bristol), newest 2022 (Mykolaiv)");
}

TEST(HomeCityCard, OnlyTheGivenPartnershipsCount) {
    const DataSet data = test::bundledData();
    PartnershipFilter filter;
    filter.home_ids = {"hannover"};
    filter.partner_countries = {"GB"};
    const PartnershipCard one =
        homeCityCard(data, filterPartnerships(data, filter), "hannover", "de", &countries(), 2026);
    EXPECT_EQ(one.since, "1 Partnerstadt in 1 Land");
    EXPECT_EQ(one.distance.find(" bis "), std::string::npos) << one.distance;
    EXPECT_EQ(one.note, "Seit 1947 (Bristol)");
    const PartnershipCard none = homeCityCard(data, {}, "hannover", "de", &countries(), 2026);
    EXPECT_EQ(none.since, "0 Partnerstädte in 0 Ländern");
    EXPECT_EQ(none.distance, "");
    EXPECT_EQ(none.note, "");
    EXPECT_EQ(homeCityCard(data, {}, "atlantis", "de", &countries(), 2026).title, "");
}

TEST(Facts, OnePartnershipIsCountedInTheSingular) {
    const DataSet data = test::bundledData();
    PartnershipFilter filter;
    filter.home_ids = {"hannover"};
    filter.partner_countries = {"GB"};
    const PartnershipFacts facts = computeFacts(data, filterPartnerships(data, filter), &countries(), 2026);
    EXPECT_EQ(factLines(data, facts, "de", &countries()).front(), "1 Partnerschaft mit 1 Stadt in 1 Land");
    EXPECT_EQ(factLines(data, facts, "en", &countries()).front(), "1 partnership with 1 city in 1 country");
}

TEST(Camera, OverviewEqualsTheFittedMapAndFlightsArriveExactly) {
    const Projection world(ProjectionSpec{"equal-earth", {0, 10}, ""});
    const MapFrame frame{1920, 1080, 0, 20};
    const Camera overview = overviewCamera(world, ProjectionKind::World);
    const MapTransform shown = cameraTransform(overview, world, frame);
    const MapTransform fitted = MapTransform::fit(world.bounds(), 1920, 1080, 20);
    EXPECT_NEAR(shown.scale, fitted.scale, 1e-15);
    EXPECT_NEAR(shown.offset_x, fitted.offset_x, 1e-6);
    EXPECT_NEAR(shown.offset_y, fitted.offset_y, 1e-6);
    const Camera target{{43.7, 7.27}, 6};
    EXPECT_EQ(interpolateCamera(overview, target, 0.0), overview);
    EXPECT_EQ(interpolateCamera(overview, target, 1.0), target);
    EXPECT_GE(interpolateCamera(overview, target, 0.5).zoom, 1.0) << "never smaller than the whole map";
    // A link fits into the frame: both ends are on screen.
    const Camera link = cameraForLink({49.45, 11.08}, {33.75, -84.39}, ProjectionSpec{"orthographic", {}, ""},
                                      ProjectionKind::Azimuthal, frame);
    const Projection globe(cameraProjection(ProjectionSpec{"orthographic", {}, ""}, ProjectionKind::Azimuthal, link));
    const MapTransform transform = cameraTransform(link, globe, frame);
    for (const GeoPoint end : {GeoPoint{49.45, 11.08}, GeoPoint{33.75, -84.39}}) {
        const LabelPoint p = transform.toPixel(*globe.forward(end));
        EXPECT_GT(p.x, 0);
        EXPECT_LT(p.x, 1920);
        EXPECT_GT(p.y, 0);
        EXPECT_LT(p.y, 1080);
    }
}

}  // namespace
}  // namespace pm
