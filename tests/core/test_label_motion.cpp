// Names that keep their side while the map moves (LabelRequest::previous).
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "core/map_view.hpp"
#include "core/projection.hpp"
#include "core/text_metrics.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

int changedPositions(const LabelPositions& before, const LabelPositions& after) {
    int changed = 0;
    for (const auto& [city, position] : after) {
        const auto it = before.find(city);
        changed += it != before.end() && it->second != position;
    }
    return changed;
}

TEST(LabelMotion, NamesJumpLessWhenTheyKeepTheirPositionOfTheFrameBefore) {
    BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    MapView view;
    view.overlay.date_text = "23.11.2026";
    const ComposedMap map = composeMap(test::bundledData(), view, basemaps, *regular, *bold);
    // A flight of 90 frames from the whole world to eight times its scale, onto Dortmund.
    const Vec2 dortmund = *Projection(map.scene.projection).forward(GeoPoint{51.51, 7.47});
    const Vec2 start = map.transform.toMap({view.width / 2.0, view.height / 2.0});
    LabelPositions fresh_before, kept_before;
    int fresh_changes = 0, kept_changes = 0;
    for (int frame = 0; frame <= 90; ++frame) {
        const double t = frame / 90.0;
        const Vec2 centre = start + (dortmund - start) * t;
        const MapTransform transform =
            MapTransform::centredOn(centre, map.transform.scale * std::pow(8.0, t), view.width, view.height);
        const OverlayOptions& options = map.overlay_options;
        const MapOverlay fresh = layoutOverlay(map.scene, transform, view.width, view.height, options, *regular, *bold);
        const MapOverlay kept =
            layoutOverlay(map.scene, transform, view.width, view.height, options, *regular, *bold, &kept_before);
        fresh_changes += changedPositions(fresh_before, labelPositions(fresh));
        kept_changes += changedPositions(kept_before, labelPositions(kept));
        fresh_before = labelPositions(fresh);
        kept_before = labelPositions(kept);
    }
    // Laid out afresh, names changed sides 243 times in this fast flight over the crowded map; keeping
    // their position, 134 times (the rest: a name displaced or blocked where it was).
    EXPECT_GT(fresh_changes, 100);
    EXPECT_LT(kept_changes * 5, fresh_changes * 3) << kept_changes << " of " << fresh_changes;
}

}  // namespace
}  // namespace pm
