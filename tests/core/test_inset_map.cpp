#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "core/inset_map.hpp"
#include "core/map_view.hpp"
#include "core/svg_map.hpp"
#include "core/text_metrics.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

using test::countOf;

// The poster: A4 landscape at 300 dpi, the whole world in Equal Earth.
MapView posterView() {
    MapView view;
    view.width = 3508;
    view.height = 2480;
    view.overlay.date_text = "23.11.2026";
    view.overlay.scale = 0;
    view.inset = true;
    return view;
}

ComposedMap compose(const DataSet& data, const MapView& view) {
    static BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    return composeMap(data, view, basemaps, *regular, *bold);
}

bool labelled(const MapOverlay& overlay, const std::string& city_id) {
    return std::any_of(overlay.labels.begin(), overlay.labels.end(),
                       [&](const OverlayText& label) { return label.ref == city_id; });
}

TEST(InsetMap, APosterOfTheThreeCitiesShowsEuropeLargerInAnEmptyCorner) {
    const DataSet data = test::bundledData();
    const ComposedMap map = compose(data, posterView());
    ASSERT_TRUE(map.inset);
    ASSERT_TRUE(map.overlay_options.inset_box);
    const LabelRect box = *map.overlay_options.inset_box;
    // Inside the output, below the heading, clear of the footer.
    EXPECT_GE(box.x0, 0);
    EXPECT_LE(box.x1, 3508);
    EXPECT_GE(box.y0, headingHeight(map.overlay_options));
    EXPECT_FALSE(overlaps(box, map.overlay.footer_box));
    EXPECT_NEAR(box.width(), 0.34 * 3508, 1.0);
    // Centred on Europe, in an equal-area azimuthal projection.
    EXPECT_EQ(map.inset->scene.projection.id, "lambert-azimuthal");
    EXPECT_GT(map.inset->scene.projection.centre.lat, 40);
    EXPECT_LT(map.inset->scene.projection.centre.lat, 60);
    EXPECT_GT(map.inset->scene.projection.centre.lon, 0);
    EXPECT_LT(map.inset->scene.projection.centre.lon, 25);
    // It hides none of the map's cities.
    for (const SceneCity& city : map.scene.data.cities)
        EXPECT_FALSE(contains(box, map.transform.toPixel(city.projected))) << city.id;
    // The crowded partners are named in the inset and not on the map; the far ones on the map.
    for (const char* id : {"glasgow", "cordoba", "poznan", "gera", "krakau", "venedig"}) {
        EXPECT_TRUE(map.overlay_options.cities_named_in_inset.contains(id)) << id;
        EXPECT_FALSE(labelled(map.overlay, id)) << id;
        EXPECT_TRUE(labelled(map.inset->overlay, id)) << id;
    }
    for (const char* id : {"atlanta", "hiroshima", "blantyre", "san-carlos"}) {
        EXPECT_FALSE(map.overlay_options.cities_named_in_inset.contains(id)) << id;
        EXPECT_TRUE(labelled(map.overlay, id)) << id;
    }
    // Every city named in the inset instead of on the map finds room for its name there.
    for (const std::string& id : map.overlay_options.cities_named_in_inset)
        EXPECT_TRUE(labelled(map.inset->overlay, id)) << id;
    // Labels and legend keep out of the box; the inset has no furniture of its own.
    for (const OverlayText& label : map.overlay.labels) EXPECT_FALSE(overlaps(label.box, box)) << label.text;
    ASSERT_TRUE(map.overlay.legend);
    EXPECT_FALSE(overlaps(map.overlay.legend->box, box));
    EXPECT_TRUE(map.inset->overlay.heading.empty());
    EXPECT_FALSE(map.inset->overlay.legend);
    EXPECT_TRUE(map.inset->overlay.footer.empty());
}

TEST(InsetMap, NoInsetWhereNothingIsCrowded) {
    const DataSet data = test::bundledData();
    MapView view = posterView();
    view.filter.partner_countries = {"FR", "US"};  // five partners, spread out
    EXPECT_FALSE(compose(data, view).inset);

    view = posterView();
    view.overlay.city_labels = false;  // the inset is there for the names
    EXPECT_FALSE(compose(data, view).inset);

    view = posterView();
    view.inset = false;
    EXPECT_FALSE(compose(data, view).inset);

    // A small picture (the app's map at window size): a box a third as wide would be too small for names.
    view = posterView();
    view.width = 610;
    view.height = 473;
    EXPECT_FALSE(compose(data, view).inset);
    view.width = 960;
    view.height = 540;
    EXPECT_TRUE(compose(data, view).inset);
}

TEST(InsetMap, NoInsetOnAMapZoomedInOnTheCrowd) {
    const DataSet data = test::bundledData();
    const ComposedMap world = compose(data, posterView());
    MapView view = posterView();
    // Europe at eight times the whole map's scale: the crowd spreads over the sheet.
    const Vec2 nuernberg = world.scene.data.findCity("nuernberg")->projected;
    view.transform = MapTransform::centredOn(nuernberg, 8 * world.transform.scale, view.width, view.height);
    EXPECT_FALSE(compose(data, view).inset);
}

TEST(InsetMap, PlanKeepsTheBoxOffTheCrowdAndItsAspectInTheRegion) {
    const DataSet data = test::bundledData();
    const ComposedMap world = compose(data, posterView());
    const std::optional<InsetPlan> plan =
        planInset(world.scene, world.transform, 3508, 2480, headingHeight(world.overlay_options), 100, 30);
    ASSERT_TRUE(plan);
    EXPECT_NEAR(plan->region.width() / plan->region.height(), plan->box.width() / plan->box.height(), 1e-9);
    const LabelPoint nuernberg = world.transform.toPixel(world.scene.data.findCity("nuernberg")->projected);
    EXPECT_FALSE(contains(plan->box.inflated(30), nuernberg));
    EXPECT_LE(plan->box.y1, 2480 - 100 - 30 + 1e-9) << "clear of the footer";
    // On the map, an outline goes round what the inset shows: the home cities and the crowd are inside.
    ASSERT_EQ(plan->outline.size(), 64u);
    const auto inside = [&](LabelPoint p) {
        bool in = false;
        for (size_t i = 0, j = plan->outline.size() - 1; i < plan->outline.size(); j = i++) {
            const LabelPoint a = plan->outline[i], b = plan->outline[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (b.x - a.x) * (p.y - a.y) / (b.y - a.y)) in = !in;
        }
        return in;
    };
    for (const char* id : {"nuernberg", "dortmund", "hannover", "glasgow", "cordoba", "krakau"})
        EXPECT_TRUE(inside(world.transform.toPixel(world.scene.data.findCity(id)->projected))) << id;
    for (const char* id : {"atlanta", "kumasi", "xian"})
        EXPECT_FALSE(inside(world.transform.toPixel(world.scene.data.findCity(id)->projected))) << id;
    InsetOptions strict;
    strict.min_cities = 100;
    EXPECT_FALSE(planInset(world.scene, world.transform, 3508, 2480, 0, 0, 30, strict));
    strict = {};
    strict.min_magnification = 50;
    EXPECT_FALSE(planInset(world.scene, world.transform, 3508, 2480, 0, 0, 30, strict));
}

TEST(InsetMap, SvgKeepsOneLinkPerPartnershipAndNestsTheInset) {
    const DataSet data = test::bundledData();
    BasemapCache basemaps;
    const std::string svg = renderMapSvg(data, posterView(), basemaps);
    EXPECT_EQ(countOf(svg, "class=\"link\""), 48u);
    EXPECT_GT(countOf(svg, "class=\"inset-link\""), 30u);
    EXPECT_EQ(countOf(svg, "<g id=\"inset\">"), 1u);
    EXPECT_EQ(countOf(svg, "<g id=\"links\">"), 1u) << "ids stay unique";
    EXPECT_EQ(countOf(svg, "<g id=\"inset-links\">"), 1u);
    EXPECT_EQ(countOf(svg, "class=\"inset-frame\""), 1u);
    EXPECT_EQ(countOf(svg, "class=\"inset-outline\""), 1u);
    // Without a country table the inset has no title.
    EXPECT_EQ(countOf(svg, "class=\"inset-title\""), 0u);
    // The nested <svg> sits before the legend, so that the legend is drawn above any overlap.
    EXPECT_LT(svg.find("<g id=\"inset\">"), svg.find("<g id=\"legend\">"));
    MapView off = posterView();
    off.inset = false;
    const std::string plain = renderMapSvg(data, off, basemaps);
    EXPECT_EQ(plain.find("inset"), std::string::npos);
    // The inset carries the coasts and borders of its region, not the whole world's (2.0 times as large).
    EXPECT_LT(static_cast<double>(svg.size()), 1.5 * static_cast<double>(plain.size()));
}

TEST(InsetMap, TitledWithTheContinentOfItsCities) {
    const DataSet data = test::bundledData();
    const CountryTable countries = CountryTable::load(CountryTable::defaultPath());
    MapView view = posterView();
    view.countries = &countries;
    for (const auto& [lang, title] : {std::pair{"de", "Europa"}, std::pair{"en", "Europe"}}) {
        view.overlay.lang = lang;
        const ComposedMap map = compose(data, view);
        ASSERT_TRUE(map.inset);
        ASSERT_EQ(map.inset->overlay.heading.size(), 1u) << lang;
        const OverlayText& heading = map.inset->overlay.heading[0];
        EXPECT_EQ(heading.text, title);
        EXPECT_EQ(heading.role, TextRole::Title);
        // Smaller than the map's title, in the inset's top-left corner.
        ASSERT_FALSE(map.overlay.heading.empty());
        EXPECT_LT(heading.font_px, 0.75 * map.overlay.heading[0].font_px);
        EXPECT_LT(heading.box.x1, 0.3 * map.overlay_options.inset_box->width());
        EXPECT_LT(heading.box.y1, 0.2 * map.overlay_options.inset_box->height());
        // Names keep out of it.
        for (const OverlayText& label : map.inset->overlay.labels)
            EXPECT_FALSE(overlaps(label.box, heading.box)) << label.text;
    }
    BasemapCache basemaps;
    view.overlay.lang = "de";
    const std::string svg = renderMapSvg(data, view, basemaps);
    EXPECT_EQ(countOf(svg, "class=\"inset-title\""), 1u);
    EXPECT_EQ(countOf(svg, "class=\"title\""), 1u);
    EXPECT_EQ(countOf(svg, "<g id=\"heading\">"), 1u) << "ids stay unique";
    EXPECT_NE(svg.find(">Europa</text>"), std::string::npos);
}

TEST(InsetMap, NoTitleForCitiesOnSeveralContinents) {
    const DataSet data = test::bundledData();
    const CountryTable countries = CountryTable::load(CountryTable::defaultPath());
    const ComposedMap map = compose(data, posterView());
    struct Case {
        std::set<std::string> cities;
        std::string title;
    };
    const std::vector<Case> cases = {
        {{"nizza", "glasgow", "krakau", "antalya"}, "Europa"},   // Turkey counts as Europe in the table
        {{"nizza", "glasgow", "krakau", "kalkudah"}, "Europa"},  // three quarters
        {{"nizza", "glasgow", "kalkudah"}, ""},                  // two thirds
        {{"atlanta", "nizza"}, ""},
        {{}, ""},
    };
    for (const Case& c : cases) {
        InsetPlan plan;
        plan.city_ids = c.cities;
        EXPECT_EQ(insetTitle(map.scene, plan, countries, "de"), c.title) << c.cities.size();
    }
}

}  // namespace
}  // namespace pm
