// City names keep off the links where a free position next to their marker allows (LabelLine).
#include <gtest/gtest.h>

#include <memory>

#include "core/label_geometry.hpp"
#include "core/map_view.hpp"
#include "core/projection.hpp"
#include "core/text_metrics.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

ComposedMap compose(const MapView& view) {
    static BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    return composeMap(test::bundledData(), view, basemaps, *regular, *bold);
}

bool crosses(const SceneLink& link, const MapTransform& transform, const LabelRect& box) {
    for (const LinkPiece& piece : link.pieces)
        for (size_t i = 1; i < piece.points.size(); ++i)
            if (segmentIntersectsRect(transform.toPixel(piece.points[i - 1]), transform.toPixel(piece.points[i]), box))
                return true;
    return false;
}

// Partner names lying on their own partnership's link, which reads as if the link ended in the name.
std::vector<std::string> namesOnTheirOwnLink(const ComposedMap& map) {
    std::vector<std::string> names;
    for (const OverlayText& label : map.overlay.labels) {
        if (label.role != TextRole::CityLabel) continue;
        for (const SceneLink& link : map.scene.data.links)
            if (link.partner_id == label.ref && crosses(link, map.transform, label.box)) names.push_back(label.ref);
    }
    return names;
}

TEST(LinkLabels, PartnerNamesStayOffTheirOwnLinks) {
    struct Case {
        const char* name;
        const char* home;
        GeoPoint centre;
        double zoom;  // pixels per map unit, relative to the whole world fitted
        int dropped;
        // Without lines the layout put Amiens; Córdoba and Hadera; Bristol, Perpignan and Rouen; and
        // Atlanta, San Carlos, Eravur and Buffalo on their links. Hadera (beside Netanya) and Kalkudah
        // (beside Eravur and Kalmunai) have no free spot next to their marker off it.
        std::vector<std::string> on_own_link;
    };
    const std::vector<Case> cases = {
        {"Dortmund over Europe", "dortmund", {50, 15}, 5.0, 0, {}},
        {"Nürnberg over Europe", "nuernberg", {47, 15}, 4.0, 0, {"hadera"}},
        {"Hannover over Europe", "hannover", {50, 15}, 5.0, 0, {}},
        {"all three, whole world", "", {0, 10}, 1.0, 17, {"kalkudah"}},
    };
    for (const Case& c : cases) {
        MapView view;
        view.overlay.date_text = "23.11.2026";
        view.projection = ProjectionSpec{"equal-earth", {0, 10}, ""};
        view.centre_given = true;
        if (*c.home) view.filter.home_ids.insert(c.home);
        // The whole world fitted, then zoomed in on the centre.
        const double fitted_scale = compose(view).transform.scale;
        const std::optional<Vec2> centre = Projection(view.projection).forward(c.centre);
        ASSERT_TRUE(centre) << c.name;
        view.transform = MapTransform::centredOn(*centre, fitted_scale * c.zoom, view.width, view.height);
        const ComposedMap map = compose(view);
        ASSERT_GT(map.overlay.labels.size(), 5u) << c.name;
        // Lines are soft: no name is dropped for them (as many as without lines).
        EXPECT_EQ(map.overlay.dropped_labels, c.dropped) << c.name;
        EXPECT_EQ(namesOnTheirOwnLink(map), c.on_own_link) << c.name;
    }
}

}  // namespace
}  // namespace pm
