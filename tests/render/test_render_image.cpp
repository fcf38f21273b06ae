#include <gtest/gtest.h>

#include "render/gl_objects.hpp"
#include "render_test_util.hpp"

namespace pm::render::test {
namespace {

class RenderImage : public GlTest {};

// Colours every view of the bundled data must show, with a minimum number of pixels each.
void expectMapColours(const Image& image, const Theme& theme, const ComposedMap& map) {
    EXPECT_GT(countColor(image, theme.background), 1000u) << "background";
    EXPECT_GT(countColor(image, theme.ocean), 50000u) << "ocean";
    EXPECT_GT(countColor(image, theme.land), 20000u) << "land";
    EXPECT_GT(countColor(image, theme.partner_country), 1000u) << "partner countries";
    for (const LegendEntry& entry : map.scene.data.legend) {
        const LinkStyle style = theme.linkStyle(entry.type_index, PartnershipStatus::Active);
        EXPECT_GT(countColor(image, style.color, 6), 2u) << "links of type " << entry.type_id;
    }
    EXPECT_GT(countColor(image, theme.home_fill), 20u) << "home markers";
    EXPECT_GT(countColor(image, theme.label_text, 8), 50u) << "labels";
}

TEST_F(RenderImage, BundledMapShowsOceanLandLinksMarkersAndLabels) {
    const MapView view = viewOfSize(960, 540);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    double last_progress = 0;
    const Image image = renderer.renderImage(map.scene, map.overlay, map.transform, 960, 540, stateFor(view, map),
                                             [&](double done) { last_progress = done; });
    ASSERT_EQ(image.width, 960);
    ASSERT_EQ(image.height, 540);
    EXPECT_DOUBLE_EQ(last_progress, 1.0);
    expectMapColours(image, theme(ThemeId::Light), map);
    for (size_t i = 3; i < image.rgba.size(); i += 4) ASSERT_EQ(image.rgba[i], 255) << "opaque at " << i / 4;
}

TEST_F(RenderImage, DarkThemeUsesItsColours) {
    MapView view = viewOfSize(960, 540);
    view.theme = ThemeId::Dark;
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const Image image = renderer.renderImage(map.scene, map.overlay, map.transform, 960, 540, stateFor(view, map));
    expectMapColours(image, theme(ThemeId::Dark), map);
    EXPECT_EQ(countColor(image, theme(ThemeId::Light).ocean), 0u);
}

TEST_F(RenderImage, TiledRenderEqualsUntiledRender) {
    const MapView view = viewOfSize(700, 410);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const Image whole = renderer.renderImage(map.scene, map.overlay, map.transform, 700, 410, stateFor(view, map));
    renderer.setMaxTileSize(128);  // 6 x 4 tiles, the last ones partial
    int tiles = 0;
    const Image tiled = renderer.renderImage(map.scene, map.overlay, map.transform, 700, 410, stateFor(view, map),
                                             [&](double) { ++tiles; });
    EXPECT_EQ(tiles, 24);
    const ImageDifference difference = compareImages(whole, tiled, 8);
    EXPECT_LT(difference.mean_abs, 0.05);
    EXPECT_GT(difference.fraction_within, 0.9999);
}

TEST_F(RenderImage, TileByTileExportEqualsRenderImageAndOutlivesTheScene) {
    const MapView view = viewOfSize(500, 300);
    MapRenderer renderer(shaderPath(""));
    renderer.setMaxTileSize(200);
    auto map = std::make_unique<ComposedMap>(composeView(bundledData(), view));
    const DrawState state = stateFor(view, *map);
    const Image whole = renderer.renderImage(map->scene, map->overlay, map->transform, 500, 300, state);
    TiledExport job = renderer.beginExport(map->scene, map->overlay, map->transform, 500, 300, state);
    map.reset();  // the app composes on another thread and may drop the scene once it is uploaded
    EXPECT_EQ(job.tileCount(), 6);
    Image image(500, 300);
    while (!job.finished()) job.drawNextTile(image);
    EXPECT_EQ(job.tilesDone(), 6);
    EXPECT_EQ(compareImages(whole, image, 0).max_difference, 0);
    Image wrong(10, 10);
    TiledExport other = renderer.beginExport(composeView(bundledData(), view).scene, {}, {}, 500, 300, state);
    try {
        other.drawNextTile(wrong);
        FAIL() << "an image of the wrong size must be refused";
    } catch (const RenderError& error) {
        EXPECT_EQ(std::string(error.what()), "the export image must be 500x300 pixels");
    }
}

TEST_F(RenderImage, MultisamplingChangesOnlyEdges) {
    const MapView view = viewOfSize(640, 360);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const Image plain = renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, stateFor(view, map));
    renderer.setSamples(4);
    if (renderer.samples() < 2) GTEST_SKIP() << "no multisampling in this context";
    const Image multisampled =
        renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, stateFor(view, map));
    const ImageDifference difference = compareImages(plain, multisampled, 24);
    EXPECT_LT(difference.mean_abs, 0.5);
    EXPECT_GT(difference.fraction_within, 0.995);
}

TEST_F(RenderImage, DrawIntoAFramebufferMatchesRenderImage) {
    const MapView view = viewOfSize(640, 360);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const DrawState state = stateFor(view, map);
    const Image exported = renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, state);

    renderer.setBasemap(map.scene.basemap);
    renderer.setData(map.scene.data);
    renderer.setOverlay(map.overlay);
    const GlFramebuffer framebuffer;
    const GlRenderbuffer color;
    glBindRenderbuffer(GL_RENDERBUFFER, color.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, 640, 360);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
    glEnable(GL_BLEND);  // state the caller (ImGui) had set must survive
    glViewport(1, 2, 3, 4);
    renderer.draw(map.transform, 640, 360, state);

    GLint bound = 0, viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
    glGetIntegerv(GL_VIEWPORT, viewport);
    EXPECT_EQ(static_cast<GLuint>(bound), framebuffer.get());
    EXPECT_TRUE(glIsEnabled(GL_BLEND));
    EXPECT_EQ(viewport[0], 1);
    EXPECT_EQ(viewport[3], 4);
    glDisable(GL_BLEND);

    Image drawn(640, 360);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer.get());
    glReadPixels(0, 0, 640, 360, GL_RGBA, GL_UNSIGNED_BYTE, drawn.rgba.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    flipRowsVertically(drawn);
    const ImageDifference difference = compareImages(exported, drawn, 0);
    EXPECT_EQ(difference.max_difference, 0);
}

TEST_F(RenderImage, LinkGrowthDrawsThatPartOfEachLink) {
    const MapView view = viewOfSize(640, 360);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const Theme& light = theme(ThemeId::Light);
    const Color partnership_blue = light.linkStyle(0, PartnershipStatus::Active).color;

    DrawState state = stateFor(view, map);
    state.show_overlay = false;  // the legend swatches show the link colours too
    const Image full = renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, state);
    for (const SceneLink& link : map.scene.data.links) state.link_growth[link.partnership_index] = 0.0f;
    const Image hidden = renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, state);
    EXPECT_GT(countColor(full, partnership_blue, 6), 200u);
    EXPECT_EQ(countColor(hidden, partnership_blue, 6), 0u);

    state.link_growth.clear();
    for (const SceneLink& link : map.scene.data.links) state.link_opacity[link.partnership_index] = 0.0f;
    EXPECT_EQ(
        countColor(renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, state), partnership_blue, 6),
        0u);
    state.link_opacity.clear();
    for (const SceneLink& link : map.scene.data.links) state.link_growth[link.partnership_index] = 0.5f;
    const Image half = renderer.renderImage(map.scene, map.overlay, map.transform, 640, 360, state);
    const size_t half_count = countColor(half, partnership_blue, 6);
    EXPECT_GT(half_count, countColor(full, partnership_blue, 6) / 4);
    EXPECT_LT(half_count, countColor(full, partnership_blue, 6) * 3 / 4);
}

TEST_F(RenderImage, HighlightedLinkAndCityShowTheHighlightColour) {
    MapView view = viewOfSize(960, 540);
    view.theme = ThemeId::Dark;  // its highlight colour is used for nothing else
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    const Color highlight = theme(ThemeId::Dark).highlight;
    DrawState state = stateFor(view, map);
    EXPECT_EQ(countColor(renderer.renderImage(map.scene, map.overlay, map.transform, 960, 540, state), highlight, 6),
              0u);
    state.highlighted_link = map.scene.data.links.front().partnership_index;
    const size_t link =
        countColor(renderer.renderImage(map.scene, map.overlay, map.transform, 960, 540, state), highlight, 6);
    EXPECT_GT(link, 30u);
    state.highlighted_city = map.scene.data.links.back().partner_id;
    EXPECT_GT(countColor(renderer.renderImage(map.scene, map.overlay, map.transform, 960, 540, state), highlight, 6),
              link + 10);
}

// Positions are split into two floats: at street level (0.5 px per metre) markers still sit on their pixel.
TEST_F(RenderImage, DeepZoomKeepsMarkersOnTheirPixel) {
    const MapView view = viewOfSize(400, 300);
    const ComposedMap map = composeView(bundledData(), view);
    const SceneCity* nuernberg = map.scene.data.findCity("nuernberg");
    ASSERT_NE(nuernberg, nullptr);
    MapRenderer renderer(shaderPath(""));
    renderer.setBasemap(map.scene.basemap);
    renderer.setData(map.scene.data);
    DrawState state = stateFor(view, map);
    for (double zoom : {100.0, 10000.0, 100000.0}) {
        // Nürnberg at (150.25, 120.75) of a 400 x 300 framebuffer.
        MapTransform transform = map.transform.zoomedAbout(map.transform.toPixel(nuernberg->projected), zoom);
        const LabelPoint at = transform.toPixel(nuernberg->projected);
        transform = transform.panned(150.25 - at.x, 120.75 - at.y);
        const GlFramebuffer framebuffer;
        const GlRenderbuffer color;
        glBindRenderbuffer(GL_RENDERBUFFER, color.get());
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, 400, 300);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
        renderer.draw(transform, 400, 300, state);
        Image image(400, 300);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, 400, 300, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        flipRowsVertically(image);
        // The centroid of the home marker's fill near the expected centre (Dortmund and Hannover are
        // far off at these zooms).
        double sum_x = 0, sum_y = 0, count = 0;
        const Color fill = theme(ThemeId::Light).home_fill;
        for (int y = 110; y < 132; ++y)
            for (int x = 140; x < 162; ++x) {
                const uint8_t* p = image.row(y) + x * 4;
                if (std::abs(p[0] - fill.r) + std::abs(p[1] - fill.g) + std::abs(p[2] - fill.b) > 6) continue;
                sum_x += x + 0.5;
                sum_y += y + 0.5;
                count += 1;
            }
        ASSERT_GT(count, 20) << "zoom " << zoom;
        EXPECT_NEAR(sum_x / count, 150.25, 0.35) << "zoom " << zoom;
        EXPECT_NEAR(sum_y / count, 120.75, 0.35) << "zoom " << zoom;
    }
}

TEST_F(RenderImage, EmptySizeIsRefused) {
    const MapView view = viewOfSize(320, 180);
    const ComposedMap map = composeView(bundledData(), view);
    MapRenderer renderer(shaderPath(""));
    try {
        renderer.renderImage(map.scene, map.overlay, map.transform, 0, 180, stateFor(view, map));
        FAIL() << "a zero width must be refused";
    } catch (const RenderError& error) {
        EXPECT_EQ(std::string(error.what()), "cannot render an image of 0x180 pixels; both sides must be at least 1");
    }
}

}  // namespace
}  // namespace pm::render::test
