#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/countries.hpp"
#include "core/filter.hpp"
#include "core/label_geometry.hpp"
#include "core/presentation_frame.hpp"
#include "core/presentation_panels.hpp"
#include "core/svg_map.hpp"
#include "core/text_metrics.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

struct Fixture {
    BasemapCache basemaps;
    std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    CountryTable countries = CountryTable::load(CountryTable::defaultPath());
    PresentationComposer composer{basemaps, *regular, *bold, &countries, 1280, 720};
    std::shared_ptr<const DataSet> data = std::make_shared<const DataSet>(test::bundledData());
    TourPlayer player{loadTourFile(std::string(PARTNERMAP_TEST_DATA) + "/tours/nuernberg.json"), data,
                      TourStart{ProjectionSpec{}, ThemeId::Light, "de", {}, composer.mapFrame(), 2026}, &countries,
                      "nuernberg.json"};

    std::string svgAt(double seconds) {
        const PresentationFrame frame = composer.compose(player, player.viewAt(seconds));
        Scene scene = frame.map.scene;
        scene.basemap = composer.basemap();
        const std::string svg =
            writeMapSvg(scene, frame.map.overlay, frame.map.transform, theme(frame.theme), 1280, 720, "de");
        // PARTNERMAP_FRAME_SVG_DIR=/tmp keeps the frames to look at (rsvg-convert them).
        if (const char* dir = std::getenv("PARTNERMAP_FRAME_SVG_DIR"))
            std::ofstream(std::string(dir) + "/frame-" + std::to_string(static_cast<int>(seconds * 10)) + ".svg")
                << svg;
        return svg;
    }
};

TEST(PresentationFrame, TheBasemapStaysWithTheComposerAndIsRebuiltOnlyWhenTheGlobeTurns) {
    Fixture f;
    // The tour's globe holds on Nizza from 8.5 s to 12.5 s and flies there from 6 s.
    const PresentationFrame first = f.composer.compose(f.player, f.player.viewAt(9.0));
    const size_t generation = f.composer.basemapGeneration();
    EXPECT_TRUE(first.map.scene.basemap.land.empty());
    EXPECT_GT(f.composer.basemap().land.size(), 100u);
    f.composer.compose(f.player, f.player.viewAt(9.5));
    EXPECT_EQ(f.composer.basemapGeneration(), generation);
    f.composer.compose(f.player, f.player.viewAt(7.0));
    EXPECT_GT(f.composer.basemapGeneration(), generation);
}

TEST(PresentationFrame, NamesAreLaidOutAfreshWhenTheCameraRests) {
    Fixture f;
    // The globe flies to Nizza from 6 s and holds there from 8.5 s: after the flight, the names are where
    // a composer that saw no flight puts them.
    for (double seconds = 6.0; seconds < 8.5; seconds += 0.1) f.composer.compose(f.player, f.player.viewAt(seconds));
    f.composer.compose(f.player, f.player.viewAt(9.0));
    const PresentationFrame after_flight = f.composer.compose(f.player, f.player.viewAt(9.0));
    PresentationComposer fresh{f.basemaps, *f.regular, *f.bold, &f.countries, 1280, 720};
    const PresentationFrame without = fresh.compose(f.player, f.player.viewAt(9.0));
    EXPECT_EQ(labelPositions(after_flight.map.overlay), labelPositions(without.map.overlay));
}

TEST(PresentationDetail, WindowStaysOn50mAndTurnsGlobesOn110mFramesRestAtTheZoomsDetail) {
    TourView rest;
    rest.camera = {{49.45, 11.08}, 4.0};
    TourView moved = rest;
    moved.camera.zoom = 4.5;
    TourView globe_moved = moved;
    globe_moved.kind = ProjectionKind::Azimuthal;
    TourView globe_rest = rest;
    globe_rest.kind = ProjectionKind::Azimuthal;
    struct Case {
        const TourView* previous;
        const TourView* view;
        PresentationOutput output;
        std::optional<BasemapDetail> detail;
    };
    const Case cases[] = {
        {nullptr, &rest, PresentationOutput::Window, BasemapDetail::Medium50m},
        {&rest, &moved, PresentationOutput::Window, BasemapDetail::Medium50m},
        {&rest, &rest, PresentationOutput::Window, BasemapDetail::Medium50m},
        {&globe_rest, &globe_moved, PresentationOutput::Window, BasemapDetail::Coarse110m},
        {&globe_rest, &globe_rest, PresentationOutput::Window, BasemapDetail::Medium50m},
        {nullptr, &rest, PresentationOutput::Frames, std::nullopt},
        {&rest, &moved, PresentationOutput::Frames, BasemapDetail::Medium50m},
        {&globe_rest, &globe_moved, PresentationOutput::Frames, BasemapDetail::Medium50m},
        {&moved, &moved, PresentationOutput::Frames, std::nullopt},
    };
    EXPECT_FALSE(cameraMoved(nullptr, rest));
    EXPECT_FALSE(cameraMoved(&rest, rest));
    EXPECT_TRUE(cameraMoved(&rest, moved));
    for (size_t i = 0; i < std::size(cases); ++i) {
        const Case& c = cases[i];
        EXPECT_EQ(presentationDetail(c.previous, *c.view, c.output), c.detail) << "case " << i;
    }
}

TEST(PresentationFrame, PanelsForCaptionCardTimelineAndFacts) {
    Fixture f;
    const std::string caption = f.svgAt(1.0);
    EXPECT_NE(caption.find(">Willkommen<"), std::string::npos);
    EXPECT_NE(caption.find("class=\"panel\""), std::string::npos);
    const std::string card = f.svgAt(9.5);
    EXPECT_NE(card.find("class=\"panel-title\""), std::string::npos);
    EXPECT_NE(card.find(">Nizza<"), std::string::npos);
    EXPECT_NE(card.find("Frankreich · Städtepartnerschaft"), std::string::npos);
    const std::string timeline = f.svgAt(3 + 3 + 6.5 + 3 + 7.5 + 0.5);
    EXPECT_NE(timeline.find("class=\"year\""), std::string::npos);
    EXPECT_NE(timeline.find(">1955<"), std::string::npos);
    const std::string facts = f.svgAt(f.player.duration() - 2.0);
    EXPECT_NE(facts.find(">Zahlen und Fakten<"), std::string::npos);
}

TEST(PresentationFrame, TimelineShowsOnlyTheLinksOfItsYear) {
    Fixture f;
    const double timeline_start = 3 + 3 + 6.5 + 3 + 7.5;
    const PresentationFrame in_1955 = f.composer.compose(f.player, f.player.viewAt(timeline_start + 0.5));
    EXPECT_EQ(in_1955.map.scene.data.links.size(), 2u) << "Nizza and Venedig";
    EXPECT_EQ(in_1955.map.scene.data.cities.size(), 3u);
    const PresentationFrame in_1999 = f.composer.compose(f.player, f.player.viewAt(timeline_start + 4.95));
    EXPECT_EQ(in_1999.map.scene.data.links.size(), 12u) << "Nürnberg's twin towns by 1999";
}

// The default tour of `home` on the globe, as `partnermap tour --home NAME` plays it.
TourPlayer globeTour(Fixture& f, const std::string& home) {
    const std::vector<size_t> all = filterPartnerships(*f.data, {});
    const ProjectionSpec globe{"orthographic", f.data->findCity(home)->position, ""};
    return TourPlayer(defaultTour(*f.data, home, all, TourOrder::Year, "de"), f.data,
                      TourStart{globe, ThemeId::Light, "de", {}, f.composer.mapFrame(), 2026}, &f.countries, "default");
}

// Found in Dortmund's tour: dimming the other links and growing the visited one marked them "not
// dashed", the timeline's way of drawing a partnership before its suspension, so Rostow am Don
// (suspended since 2022) turned solid and left the legend at every stop.
TEST(PresentationFrame, ATourKeepsASuspendedPartnershipDashed) {
    Fixture f;
    const TourPlayer tour = globeTour(f, "dortmund");
    int stops = 0;
    for (double seconds = 0; seconds < tour.duration(); seconds = tour.nextStopTime(seconds + 1e-3)) {
        const PresentationFrame frame = f.composer.compose(tour, tour.viewAt(seconds));
        const auto rostow = std::find_if(frame.map.scene.data.links.begin(), frame.map.scene.data.links.end(),
                                         [](const SceneLink& link) { return link.partner_id == "rostow-am-don"; });
        ASSERT_NE(rostow, frame.map.scene.data.links.end()) << seconds << " s";
        EXPECT_EQ(rostow->status, PartnershipStatus::Suspended) << seconds << " s";
        EXPECT_EQ(frame.map.scene.data.suspended_count, 1) << seconds << " s";
        ++stops;
    }
    EXPECT_GE(stops, 12) << "the overview and each of Dortmund's partners";
}

// Dortmund's tour showed the legend under the caption card, Hannover's showed Mykolajiw there: the
// legend keeps out of the card's corner, and the camera frames each link left of the card.
TEST(PresentationFrame, TheCaptionCardCoversNeitherTheLegendNorThePartner) {
    Fixture f;
    for (const std::string home : {"dortmund", "hannover", "nuernberg"}) {
        const TourPlayer tour = globeTour(f, home);
        for (double seconds = 0; seconds < tour.duration(); seconds = tour.nextStopTime(seconds + 1e-3)) {
            const PresentationFrame arrived = f.composer.compose(tour, tour.viewAt(seconds + 3.0));
            const ComposedMap& map = arrived.map;
            if (!arrived.highlighted_link) continue;
            ASSERT_TRUE(map.overlay.legend);
            const std::string& partner_id = f.data->partnerships[*arrived.highlighted_link].partner_id;
            const auto partner = std::find_if(map.scene.data.cities.begin(), map.scene.data.cities.end(),
                                              [&](const SceneCity& city) { return city.id == partner_id; });
            ASSERT_NE(partner, map.scene.data.cities.end());
            const LabelPoint at = map.transform.toPixel(partner->projected);
            const double r = map.overlay.partner_marker_radius;
            for (const OverlayPanel& panel : map.overlay.panels) {
                EXPECT_FALSE(overlaps(panel.box, map.overlay.legend->box)) << home << " " << seconds + 3.0 << " s";
                EXPECT_FALSE(overlaps(panel.box, LabelRect{at.x - r, at.y - r, at.x + r, at.y + r}))
                    << partner_id << " under the card in " << home << "'s tour";
            }
        }
    }
}

// The share a tour's camera leaves for the card is the card's own limit: the widest card (a long note
// wrapped at its maximum width) never reaches further left than captionCardShare says, at several
// output sizes.
TEST(PresentationPanels, TheWidestCaptionCardTakesCaptionCardShare) {
    const auto regular = makeDefaultTextMetrics(false), bold = makeDefaultTextMetrics(true);
    PresentationContent content;
    content.card =
        PartnershipCard{"Nizza", "Frankreich · Städtepartnerschaft", "seit 1954 · 72 Jahre", "703 km", "", "", {}};
    for (int i = 0; i < 12; ++i) content.card->note += "Verbrüderungseid Kulturabkommen ";
    for (const auto& [width, height] : {std::pair{1920, 1080}, {1280, 720}, {640, 360}, {3840, 2160}}) {
        MapOverlay overlay;
        const double scale = presentationScale(width, height);
        addPresentationPanels(overlay, content, width, height, scale, *regular, *bold);
        ASSERT_EQ(overlay.panels.size(), 1u);
        const double share = captionCardShare(width, scale);
        EXPECT_GT(share, 0.3) << width;
        EXPECT_LT(share, 0.5) << width;
        // Lines break at spaces, so the widest card stops a little short of its limit.
        EXPECT_GE(overlay.panels[0].box.x0, width * (1 - share) - 1e-6) << width;
        EXPECT_LT(overlay.panels[0].box.x0, width * (1 - share) + 0.15 * width) << width;
    }
}

}  // namespace
}  // namespace pm
