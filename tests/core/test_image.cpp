#include <gtest/gtest.h>

#include "core/image.hpp"

namespace pm {
namespace {

Image numberedRows(int width, int height) {
    Image image(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width * 4; ++x) image.row(y)[x] = static_cast<uint8_t>(y);
    return image;
}

// The classic bug (`y <= height / 2`) swaps the middle rows back for even heights.
TEST(FlipRows, EvenOddAndTinyHeights) {
    for (int height : {1, 2, 3, 4, 5, 8, 9}) {
        SCOPED_TRACE(height);
        Image image = numberedRows(3, height);
        flipRowsVertically(image);
        for (int y = 0; y < height; ++y) EXPECT_EQ(image.row(y)[0], height - 1 - y);
    }
}

TEST(Blit, ClipsToTarget) {
    Image target(4, 3);
    Image tile(2, 2);
    std::fill(tile.rgba.begin(), tile.rgba.end(), 7);
    blitImage(tile, target, 3, 2);  // only the top-left pixel of the tile lands
    int painted = 0;
    for (uint8_t byte : target.rgba) painted += byte == 7;
    EXPECT_EQ(painted, 4);
    EXPECT_EQ(target.row(2)[3 * 4], 7);
}

TEST(EncodePng, SignatureAndSize) {
    const std::vector<uint8_t> png = encodePng(numberedRows(5, 4));
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png[1], 'P');
    EXPECT_EQ(png[2], 'N');
    EXPECT_EQ(png[3], 'G');
    // IHDR width and height, big-endian.
    EXPECT_EQ(png[19], 5);
    EXPECT_EQ(png[23], 4);
}

}  // namespace
}  // namespace pm
