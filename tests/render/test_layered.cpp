#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <thread>

#include "render/cached_picture.hpp"
#include "render/gl_objects.hpp"
#include "render_test_util.hpp"

namespace pm::render::test {
namespace {

constexpr int kWidth = 640, kHeight = 360;

// An offscreen framebuffer standing in for the window, bound when made, read back top row first.
class Canvas {
public:
    explicit Canvas(int width = kWidth, int height = kHeight, GLenum format = GL_RGBA8)
        : m_width(width), m_height(height) {
        glBindRenderbuffer(GL_RENDERBUFFER, m_color.get());
        glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color.get());
    }
    void bind() const { glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.get()); }
    Image read() const {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer.get());
        Image image(m_width, m_height);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        flipRowsVertically(image);
        return image;
    }

private:
    int m_width = 0, m_height = 0;
    GlFramebuffer m_framebuffer;
    GlRenderbuffer m_color;
};

class Layered : public GlTest {
protected:
    void SetUp() override {
        GlTest::SetUp();
        if (IsSkipped()) return;
        renderer = std::make_unique<MapRenderer>(shaderPath(""));
        renderer->setBasemap(map.scene.basemap);
        renderer->setData(map.scene.data);
        renderer->setOverlay(map.overlay);
        canvas = std::make_unique<Canvas>();
    }
    // One playback frame into the canvas: whether the basemap was drawn, and the picture.
    std::pair<bool, Image> frame(const MapTransform& transform, const DrawState& drawn_state,
                                 double max_scaling = 1.0) {
        const bool basemap_drawn =
            renderer->drawLayered(transform, 0, 0, kWidth, kHeight, kHeight, drawn_state, max_scaling);
        return {basemap_drawn, canvas->read()};
    }
    void expectSamePicture(const Image& layered, const Image& whole, double max_mean = 0.3,
                           double min_fraction_within = 0.99) {
        const ImageDifference difference = compareImages(layered, whole, 8);
        EXPECT_LT(difference.mean_abs, max_mean);
        EXPECT_GT(difference.fraction_within, min_fraction_within);
    }

    const MapView view = viewOfSize(kWidth, kHeight);
    const ComposedMap map = composeView(bundledData(), view);
    const DrawState state = stateFor(view, map);
    std::unique_ptr<MapRenderer> renderer;
    std::unique_ptr<Canvas> canvas;
};

TEST_F(Layered, ACameraAtRestDrawsTheBasemapOnceAndTheFramesEqualTheWholePicture) {
    const Image whole = renderer->renderUploaded(map.transform, kWidth, kHeight, state);
    const auto [first_drawn, first] = frame(map.transform, state);  // the layer is drawn
    EXPECT_TRUE(first_drawn);
    expectSamePicture(first, whole);
    for (int i = 0; i < 3; ++i) {
        const auto [drawn, picture] = frame(map.transform, state);
        EXPECT_FALSE(drawn) << "frame " << i;
        expectSamePicture(picture, whole);
    }
}

TEST_F(Layered, AViewThatChangesEveryFrameIsDrawnInOnePass) {
    // A turning globe: a new basemap every frame. The first frame draws the layer, the following ones
    // draw the whole picture at once; at rest the layer is drawn again and then kept.
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    EXPECT_TRUE(frame(map.transform, state).first);
    for (int i = 1; i <= 3; ++i) {
        renderer->setBasemap(map.scene.basemap);
        const MapTransform turned = map.transform.zoomedAbout(middle, 1.0 + 0.01 * i);
        const auto [drawn, picture] = frame(turned, state);
        EXPECT_TRUE(drawn);
        expectSamePicture(picture, renderer->renderUploaded(turned, kWidth, kHeight, state));
    }
    const MapTransform rest = map.transform.zoomedAbout(middle, 1.03);
    EXPECT_TRUE(frame(rest, state).first);
    EXPECT_FALSE(frame(rest, state).first);
}

TEST_F(Layered, DataChangesKeepTheBasemapThemeAndUploadChangesRedrawIt) {
    frame(map.transform, state);
    frame(map.transform, state);
    // The timeline: links grow, the basemap stays.
    DrawState growing = state;
    for (const SceneLink& link : map.scene.data.links) growing.link_growth[link.partnership_index] = 0.4f;
    const auto [growth_drawn, grown] = frame(map.transform, growing);
    EXPECT_FALSE(growth_drawn);
    expectSamePicture(grown, renderer->renderUploaded(map.transform, kWidth, kHeight, growing));

    DrawState dark = state;
    dark.theme = ThemeId::Dark;
    EXPECT_TRUE(frame(map.transform, dark).first);
    EXPECT_FALSE(frame(map.transform, dark).first);
    expectSamePicture(frame(map.transform, dark).second,
                      renderer->renderUploaded(map.transform, kWidth, kHeight, dark));

    renderer->setBasemap(map.scene.basemap);
    EXPECT_TRUE(frame(map.transform, dark).first);
}

TEST_F(Layered, AMovingCameraTakesTheBasemapScaledByAQuarterAtMost) {
    frame(map.transform, state, 1.25);  // drawn with a margin to move in
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    const MapTransform closer = map.transform.zoomedAbout(middle, 1.1);
    const auto [drawn, picture] = frame(closer, state, 1.25);
    EXPECT_FALSE(drawn);
    // The basemap is a scaled copy (softer coasts and borders: 3 % of the pixels differ by more than
    // 8/255, looked at), data and overlay are drawn sharp.
    expectSamePicture(picture, renderer->renderUploaded(closer, kWidth, kHeight, state), 3.0, 0.95);
    EXPECT_TRUE(frame(map.transform.zoomedAbout(middle, 1.5), state, 1.25).first);
    EXPECT_TRUE(frame(map.transform.panned(200, 0), state, 1.25).first) << "beyond the margin";
}

TEST_F(Layered, AWindowCameraThatStartsToMoveKeepsTheLayerDrawnAtRest) {
    EXPECT_TRUE(frame(map.transform, state).first);
    // Drawn with a margin although the camera rested: its first steps need no second layer.
    EXPECT_FALSE(frame(map.transform.panned(30, -12), state, 1.25).first);
}

TEST_F(Layered, ACameraComingToRestNearTheLayerTakesItMovedByWholePixels) {
    frame(map.transform, state, 1.25);
    // A flight ends at the scale it left from (but for rounding), a fraction of a pixel off the grid.
    const MapTransform rest{map.transform.scale * (1 + 1e-9), map.transform.offset_x + 10.3,
                            map.transform.offset_y - 5.6};
    const auto [drawn, picture] = frame(rest, state);
    EXPECT_FALSE(drawn);
    // The whole frame is drawn 0.3 and 0.4 pixels off, in line with the layer: as sharp as a new one.
    const Image aligned = renderer->renderUploaded(map.transform.panned(10, -6), kWidth, kHeight, state);
    expectSamePicture(picture, aligned);
    EXPECT_EQ(compareImages(picture, aligned, 8).fraction_within, 1.0);
    // Zoomed, the camera at rest needs the layer drawn anew, and frame export never takes a shifted one.
    EXPECT_TRUE(frame(map.transform.zoomedAbout({kWidth / 2.0, kHeight / 2.0}, 1.01), state).first);
    const Image exported = renderer->renderLayered(rest, kWidth, kHeight, state);
    expectSamePicture(exported, renderer->renderUploaded(rest, kWidth, kHeight, state), 0.01, 0.9999);
}

TEST_F(Layered, AZoomingInCameraDrawsFewerLayersEachServingLonger) {
    // 3 % closer each frame for 40 frames: a layer drawn for the camera served 7 frames (a quarter), so
    // frames 0, 8, 16, 24, 32 and 40 drew one. Drawn a quarter ahead, a layer serves 15 frames.
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    std::vector<int> drawn_at;
    for (int i = 0; i <= 40; ++i) {
        const MapTransform zoomed = map.transform.zoomedAbout(middle, std::pow(1.03, i));
        const auto [drawn, picture] = frame(zoomed, state, 1.25);
        if (drawn) drawn_at.push_back(i);
        if (i % 5 == 0)  // a sharp copy scaled down, or one scaled up by a quarter at most
            expectSamePicture(picture, renderer->renderUploaded(zoomed, kWidth, kHeight, state), 3.0, 0.95);
    }
    EXPECT_EQ(drawn_at, (std::vector<int>{0, 8, 24, 40}));
}

TEST_F(Layered, ShowLayeredRepeatsTheLastPictureOfItsSizeOnly) {
    EXPECT_FALSE(renderer->showLayered(0, 0, kWidth, kHeight, kHeight));
    const Image first = frame(map.transform, state).second;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    Canvas other;
    EXPECT_TRUE(renderer->showLayered(0, 0, kWidth, kHeight, kHeight));
    expectSamePicture(other.read(), first, 0.0001);
    EXPECT_FALSE(renderer->showLayered(0, 0, kWidth / 2, kHeight, kHeight));
}

// A window's map rectangle: a canvas larger than the map, the map 60 pixels from the left edge and 30
// from the top, and every pixel around it painted a colour the map does not use.
class MapRectangle {
public:
    static constexpr int kX = 60, kY = 30, kCanvasWidth = kWidth + 100, kCanvasHeight = kHeight + 80;

    explicit MapRectangle(GLenum format = GL_RGBA8) : canvas(kCanvasWidth, kCanvasHeight, format) {
        glClearColor(1, 0, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    bool draw(MapRenderer& renderer, const MapTransform& transform, const DrawState& state, double max_scaling,
              LayeredPicture picture) const {
        canvas.bind();
        return renderer.drawLayered(transform, kX, kY, kWidth, kHeight, kCanvasHeight, state, max_scaling, picture);
    }
    Image mapPart() const {
        const Image all = canvas.read();
        Image part(kWidth, kHeight);
        for (int row = 0; row < kHeight; ++row)
            std::copy_n(all.rgba.begin() + ((static_cast<ptrdiff_t>(kY) + row) * kCanvasWidth + kX) * 4, kWidth * 4,
                        part.rgba.begin() + static_cast<ptrdiff_t>(row) * kWidth * 4);
        return part;
    }
    // Pixels outside the map rectangle that are no longer magenta.
    int touchedOutside() const {
        const Image all = canvas.read();
        int touched = 0;
        for (int y = 0; y < kCanvasHeight; ++y)
            for (int x = 0; x < kCanvasWidth; ++x) {
                if (x >= kX && x < kX + kWidth && y >= kY && y < kY + kHeight) continue;
                const uint8_t* p = &all.rgba[(static_cast<size_t>(y) * kCanvasWidth + x) * 4];
                if (p[0] != 255 || p[1] != 0 || p[2] != 255) ++touched;
            }
        return touched;
    }

private:
    Canvas canvas;
};

TEST_F(Layered, APassingFrameIsPaintedIntoTheMapRectangleAsAKeptOneAndNotKept) {
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    const MapRectangle kept_canvas, passing_canvas;
    const Canvas shown;  // where showLayered copies to
    // A flight: the first frame draws the layer with a margin, the next ones take it scaled.
    for (const double zoom : {1.0, 1.05, 1.1}) {
        const MapTransform flying = map.transform.zoomedAbout(middle, zoom);
        kept_canvas.draw(*renderer, flying, state, 1.25, LayeredPicture::Kept);
        shown.bind();
        EXPECT_TRUE(renderer->showLayered(0, 0, kWidth, kHeight, kHeight));
        passing_canvas.draw(*renderer, flying, state, 1.25, LayeredPicture::Passing);
        shown.bind();
        EXPECT_FALSE(renderer->showLayered(0, 0, kWidth, kHeight, kHeight)) << "a passing frame is not kept";
        // Vertices land on other sub-pixel positions in the offset viewport: a few edge pixels differ by
        // at most 6/255 (seen).
        const ImageDifference difference = compareImages(passing_canvas.mapPart(), kept_canvas.mapPart(), 8);
        EXPECT_EQ(difference.fraction_within, 1.0)
            << "zoom " << zoom << ", largest difference " << difference.max_difference;
        EXPECT_EQ(passing_canvas.touchedOutside(), 0) << "zoom " << zoom;
    }
}

TEST_F(Layered, AViewChangingEveryFrameIsPaintedInOnePassInsideTheMapRectangle) {
    // A turning globe: a new basemap every frame, so from the second frame on the whole picture is
    // painted straight into the rectangle, background included.
    const MapRectangle window;
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    for (int i = 0; i < 3; ++i) {
        renderer->setBasemap(map.scene.basemap);
        const MapTransform turned = map.transform.zoomedAbout(middle, 1.0 + 0.01 * i);
        EXPECT_TRUE(window.draw(*renderer, turned, state, 1.25, LayeredPicture::Passing));
        expectSamePicture(window.mapPart(), renderer->renderUploaded(turned, kWidth, kHeight, state));
        EXPECT_EQ(window.touchedOutside(), 0) << "frame " << i;
    }
}

TEST_F(Layered, AFramebufferWithoutAlphaTakesAPassingFrameAsAKeptOne) {
    // The painter keeps line coverage in the alpha channel: a window without one gets the copy.
    const MapRectangle opaque(GL_RGB8);
    opaque.draw(*renderer, map.transform, state, 1.0, LayeredPicture::Passing);
    const Canvas shown;
    EXPECT_TRUE(renderer->showLayered(0, 0, kWidth, kHeight, kHeight));
    expectSamePicture(opaque.mapPart(), renderer->renderUploaded(map.transform, kWidth, kHeight, state));
    EXPECT_EQ(opaque.touchedOutside(), 0);
}

TEST_F(Layered, AFlightDrawsWithTheBasemapLevelsBuiltAndTheCameraAtRestWithTheOneAdopted) {
    // Building a level of 1:50m on the spot froze flights for 70-100 ms at each factor of two.
    const auto basemap = std::make_shared<const BasemapLayer>(map.scene.basemap);
    renderer->setBasemap(basemap, 7);
    EXPECT_TRUE(frame(map.transform, state, 1.25).first);  // the first level is built: there is none
    const LabelPoint middle{kWidth / 2.0, kHeight / 2.0};
    const MapTransform closer = map.transform.zoomedAbout(middle, 4.0);
    EXPECT_TRUE(frame(closer, state, 1.25).first);
    EXPECT_FALSE(renderer->basemapReadyFor(closer.scale)) << "drawn with the level it has";
    const MapTransform& resting = closer;  // the camera arrives
    // The zoom's layer was drawn a quarter closer than the camera, which then stopped: drawn again.
    EXPECT_TRUE(frame(resting, state, 1.0).first);
    const auto [coarse_drawn, coarse] = frame(resting, state, 1.0);
    EXPECT_FALSE(coarse_drawn) << "no better level yet";

    const CountryHighlight countries = CountryHighlight::of(map.scene.data);
    EXPECT_FALSE(renderer->adoptBasemap(MapRenderer::prepareBasemap(*basemap, 6, resting.scale, &countries)))
        << "prepared for another basemap";
    EXPECT_TRUE(renderer->adoptBasemap(MapRenderer::prepareBasemap(*basemap, 7, resting.scale, &countries)));
    const auto [drawn, picture] = frame(resting, state, 1.0);
    EXPECT_TRUE(drawn) << "at rest the layer is drawn again with the adopted level";
    const Image exact = renderer->renderUploaded(resting, kWidth, kHeight, state);
    // The layer has a margin, so a few floats round differently (one pixel in 230,400 was off by more
    // than 8/255); with the coarser level 1 % of the pixels were.
    EXPECT_GT(compareImages(picture, exact, 8).fraction_within, 0.9999);
    EXPECT_LT(compareImages(coarse, exact, 8).fraction_within, 0.995);
    EXPECT_FALSE(frame(resting, state, 1.0).first);
}

class PreparedBasemap : public GlTest {};

TEST_F(PreparedBasemap, AWorkerPreparesALevelTheWindowAdoptsAndDrawsWithoutBuilding) {
    const MapView view = viewOfSize(kWidth, kHeight);
    const ComposedMap map = composeView(bundledData(), view);
    const DrawState state = stateFor(view, map);
    MapRenderer renderer(shaderPath(""));
    const auto basemap = std::make_shared<const BasemapLayer>(map.scene.basemap);
    renderer.setBasemap(basemap, 7);
    renderer.setData(map.scene.data);
    renderer.setOverlay(map.overlay);
    const double scale = map.transform.scale;
    EXPECT_FALSE(renderer.basemapReadyFor(scale));

    // Prepared on another thread, for another basemap id: ignored.
    std::shared_ptr<const MapRenderer::PreparedBasemap> prepared, stale;
    const CountryHighlight countries = CountryHighlight::of(map.scene.data);
    std::thread worker([&] {
        prepared = MapRenderer::prepareBasemap(*basemap, 7, scale, &countries);
        stale = MapRenderer::prepareBasemap(*basemap, 6, scale * 4, nullptr);
    });
    worker.join();
    renderer.adoptBasemap(stale);
    EXPECT_FALSE(renderer.basemapReadyFor(scale * 4));
    renderer.adoptBasemap(prepared);
    EXPECT_TRUE(renderer.basemapReadyFor(scale));
    EXPECT_EQ(MapRenderer::basemapLevel(scale * 1.4), MapRenderer::basemapLevel(scale));

    // The adopted level draws what a level built on the spot draws.
    Canvas canvas;
    renderer.renderCache(map.transform, kWidth, kHeight, 0, state);
    renderer.drawCache(map.transform, 0, 0, kWidth, kHeight, kHeight);
    const Image whole = renderer.renderUploaded(map.transform, kWidth, kHeight, state);
    const ImageDifference difference = compareImages(canvas.read(), whole, 0);
    EXPECT_EQ(difference.fraction_within, 1.0);

    // Four times closer the window's cache draws with the level it has instead of building one.
    const MapTransform closer = map.transform.zoomedAbout({kWidth / 2.0, kHeight / 2.0}, 4.0);
    renderer.renderCache(closer, kWidth, kHeight, 0, state);
    EXPECT_FALSE(renderer.basemapReadyFor(closer.scale));
}

TEST(CachedPicture, FitsWhileItCoversTheViewAndIsScaledLittle) {
    const CachedPicture picture{MapTransform{2.0, 100, 50}, 400, 300, 40};
    EXPECT_TRUE(picture.fits(MapTransform{2.0, 100, 50}, 400, 300, 1.0));
    EXPECT_TRUE(picture.fits(MapTransform{2.0, 101, 50}, 400, 300, 1.0)) << "an exact copy, a pixel further";
    EXPECT_FALSE(picture.fits(MapTransform{2.0, 100.5, 50}, 400, 300, 1.0)) << "exact copies move by whole pixels";
    EXPECT_FALSE(picture.fits(MapTransform{2.0 * 1.001, 100, 50}, 400, 300, 1.0)) << "exact copies are not scaled";
    EXPECT_FALSE(picture.fits(MapTransform{2.0, 141, 50}, 400, 300, 1.0)) << "beyond the margin";
    EXPECT_TRUE(picture.fits(MapTransform{2.0, 130, 20}, 400, 300, 1.25)) << "moved within the margin";
    EXPECT_FALSE(picture.fits(MapTransform{2.0, 150, 50}, 400, 300, 1.25)) << "moved beyond the margin";
    EXPECT_FALSE(picture.fits(MapTransform{2.0, 100, 50}, 401, 300, 1.25)) << "another view size";
    EXPECT_FALSE(picture.fits(MapTransform{2.6, 100, 50}, 400, 300, 1.25)) << "scaled by 1.3";
    // Zoomed by 1.2 about the view's centre (200, 150): the picture grows beyond the view.
    const CachedPicture::Edges edges = picture.placedAt(MapTransform{2.4, 100 * 1.2 - 200 * 0.2, 50 * 1.2 - 150 * 0.2});
    EXPECT_NEAR(edges.left, -40 * 1.2 - 40, 1e-9);
    EXPECT_NEAR(edges.right, 440 * 1.2 - 40, 1e-9);
    EXPECT_NEAR(edges.top, -40 * 1.2 - 30, 1e-9);
    EXPECT_NEAR(edges.bottom, 340 * 1.2 - 30, 1e-9);
}

TEST(CachedPicture, AlignsAViewNearItsScaleToWholePixels) {
    const CachedPicture picture{MapTransform{2.0, 100.25, 50.75}, 400, 300, 40};
    const std::optional<MapTransform> aligned = picture.alignedTo(MapTransform{2.0 * (1 + 1e-8), 130.6, 20.1});
    ASSERT_TRUE(aligned.has_value());
    EXPECT_EQ(aligned->scale, 2.0);
    EXPECT_DOUBLE_EQ(aligned->offset_x, 130.25);
    EXPECT_DOUBLE_EQ(aligned->offset_y, 19.75);
    EXPECT_TRUE(picture.fits(*aligned, 400, 300, 1.0));
    EXPECT_FALSE(picture.alignedTo(MapTransform{2.0 * 1.0001, 100, 50}).has_value()) << "zoomed: drawn anew";
}

TEST(CachedPicture, ALayerDrawnAheadOfAZoomServesItFromAQuarterFartherToAQuarterCloser) {
    const MapTransform now{2.0, 100, 50};
    const LabelPoint middle{200, 150};
    const CachedPicture still = layerFor(now, 400, 300, false, 1.0);
    EXPECT_EQ(still.transform, now);
    EXPECT_EQ(still.margin, 0);
    EXPECT_EQ(layerFor(now, 400, 300, true, 1.0).margin, 40);
    const CachedPicture ahead = layerFor(now, 400, 300, true, 1.25);
    EXPECT_EQ(ahead.margin, 40 + 50) << "a quarter of the view's half more on every side";
    EXPECT_DOUBLE_EQ(ahead.transform.scale, 2.5);
    EXPECT_TRUE(ahead.fits(now, 400, 300, 1.25)) << "a copy scaled down by a quarter covers the view";
    EXPECT_TRUE(ahead.fits(now.zoomedAbout(middle, 1.5), 400, 300, 1.25));
    EXPECT_FALSE(ahead.fits(now.zoomedAbout(middle, 1.6), 400, 300, 1.25)) << "scaled up by more than a quarter";
}

class BlitPicture : public GlTest {};

// Fills the bound framebuffer's columns [x0, x1) with one colour.
void fillColumns(int x0, int x1, int height, float r, float g, float b) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(x0, 0, x1 - x0, height);
    glClearColor(r, g, b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

// A 40x30 picture, red left and blue right, copied unscaled into the 20x20 target rectangle at (100, 50)
// of a green canvas: what lands inside the target arrives exactly, the canvas outside keeps its colour.
TEST_F(BlitPicture, AnUnscaledCopyWritesOnlyInsideTheTargetAndKeepsEveryPixel) {
    GlFramebuffer source;
    GlRenderbuffer color;
    glBindRenderbuffer(GL_RENDERBUFFER, color.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, 40, 30);
    glBindFramebuffer(GL_FRAMEBUFFER, source.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
    fillColumns(0, 20, 30, 1, 0, 0);
    fillColumns(20, 40, 30, 0, 0, 1);
    Canvas canvas;  // binds itself
    fillColumns(0, kWidth, kHeight, 0, 1, 0);

    // The picture reaches 5 pixels left of the target and 10 above it, and beyond its other edges.
    blitPicture(source.get(), 40, 30, {-5, -10, 35, 20}, 100, 50, 20, 20, kHeight, false);
    const Image image = canvas.read();
    const auto pixel = [&](int x, int y) {
        const size_t at = (static_cast<size_t>(y) * kWidth + x) * 4;
        return std::array<int, 3>{image.rgba[at], image.rgba[at + 1], image.rgba[at + 2]};
    };
    const std::array<int, 3> red{255, 0, 0}, blue{0, 0, 255}, green{0, 255, 0};
    // Source column c lands on canvas column 95 + c: red up to column 114, blue from 115.
    EXPECT_EQ(pixel(100, 50), red);
    EXPECT_EQ(pixel(114, 69), red);
    EXPECT_EQ(pixel(115, 50), blue);
    EXPECT_EQ(pixel(119, 69), blue);
    EXPECT_EQ(pixel(99, 55), green);
    EXPECT_EQ(pixel(120, 55), green);
    EXPECT_EQ(pixel(110, 49), green);
    EXPECT_EQ(pixel(110, 70), green);
}

}  // namespace
}  // namespace pm::render::test
