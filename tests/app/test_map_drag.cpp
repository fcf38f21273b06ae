#include <gtest/gtest.h>

#include "app/map_drag.hpp"

namespace pm::app {
namespace {

TEST(MapDrag, FollowsThePointerWhileTheButtonIsHeld) {
    MapDrag drag;
    EXPECT_FALSE(drag.update(true, true, true, 0, 0).moves());
    EXPECT_TRUE(drag.dragging());
    const MapDrag::Step step = drag.update(true, false, true, 12, -5);
    EXPECT_EQ(step.dx, 12);
    EXPECT_EQ(step.dy, -5);
    const MapDrag::Step outside = drag.update(false, false, true, 30, 0);
    EXPECT_EQ(outside.dx, 30) << "a drag goes on beyond the map";
    EXPECT_FALSE(drag.update(true, false, false, 4, 4).moves()) << "released";
    EXPECT_FALSE(drag.dragging());
}

TEST(MapDrag, AJumpInTheFrameOfThePressIsNotADrag) {
    // A touch screen: the pointer jumps to the second tap and presses in one frame, and the release
    // follows within the same frame.
    MapDrag drag;
    EXPECT_FALSE(drag.update(true, true, true, 0, 0).moves());
    EXPECT_FALSE(drag.update(true, false, false, 0, 0).moves());
    EXPECT_FALSE(drag.update(true, true, true, 522, -464).moves());
    EXPECT_FALSE(drag.update(true, false, false, 0, 0).moves());
    EXPECT_FALSE(drag.dragging());
}

TEST(MapDrag, StartsOnlyOverTheMapAndNotWithoutAPress) {
    MapDrag drag;
    EXPECT_FALSE(drag.update(false, true, true, 0, 0).moves());
    EXPECT_FALSE(drag.update(true, false, true, 10, 0).moves()) << "pressed over a panel, moved onto the map";
    EXPECT_FALSE(drag.update(true, false, false, 10, 0).moves()) << "hovering";
    EXPECT_FALSE(drag.dragging());
}

}  // namespace
}  // namespace pm::app
