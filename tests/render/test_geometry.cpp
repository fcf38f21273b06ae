#include <gtest/gtest.h>

#include <cmath>

#include "core/text_metrics.hpp"
#include "render/glyph_atlas.hpp"
#include "render/simplify.hpp"
#include "render/text_mesh.hpp"
#include "render/triangulate.hpp"

// CPU parts of the renderer: no GL context needed.
namespace pm::render {
namespace {

double distanceToPolyline(Vec2 p, const std::vector<Vec2>& line) {
    double best = 1e300;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 ab = line[i + 1] - line[i];
        const double t = std::clamp(dot(p - line[i], ab) / std::max(dot(ab, ab), 1e-300), 0.0, 1.0);
        best = std::min(best, length(p - (line[i] + ab * t)));
    }
    return best;
}

TEST(Simplify, KeepsEndsAndStaysWithinTolerance) {
    std::vector<Vec2> wave;
    for (int i = 0; i <= 1000; ++i) wave.push_back({i * 0.1, std::sin(i * 0.01) * 5.0});
    for (double tolerance : {0.001, 0.01, 0.1, 1.0}) {
        const std::vector<Vec2> simple = simplifyLine(wave, tolerance);
        ASSERT_GE(simple.size(), 2u);
        EXPECT_EQ(simple.front(), wave.front());
        EXPECT_EQ(simple.back(), wave.back());
        EXPECT_LT(simple.size(), wave.size()) << tolerance;
        for (const Vec2& p : wave) EXPECT_LE(distanceToPolyline(p, simple), tolerance * (1 + 1e-9)) << tolerance;
    }
    EXPECT_EQ(simplifyLine(wave, 0.0).size(), wave.size());
}

TEST(Simplify, IndicesMatchThePointsKept) {
    const std::vector<Vec2> line = {{0, 0}, {1, 0.001}, {2, 0}, {3, 5}, {4, 0}};
    EXPECT_EQ(simplifiedIndices(line, 0.01), (std::vector<size_t>{0, 2, 3, 4}));
}

TEST(Simplify, RingSmallerThanToleranceVanishes) {
    const std::vector<Vec2> islet = {{0, 0}, {0.1, 0}, {0.1, 0.1}, {0, 0.1}};
    EXPECT_LT(simplifyRing(islet, 1.0).size(), 3u);
    const std::vector<Vec2> square = {{0, 0}, {0, 10}, {5, 10.01}, {10, 10}, {10, 0}};
    EXPECT_EQ(simplifyRing(square, 0.1).size(), 4u);
}

double triangleArea(const std::vector<Vec2>& vertices, const std::vector<uint32_t>& indices) {
    double area = 0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3)
        area += std::abs(cross(vertices[indices[i + 1]] - vertices[indices[i]],
                               vertices[indices[i + 2]] - vertices[indices[i]])) /
                2;
    return area;
}

TEST(Triangulate, PolygonWithHoleByNonzeroRule) {
    // Exterior clockwise on a north-up map, hole anticlockwise (core's convention).
    const std::vector<Vec2> exterior = {{0, 0}, {0, 10}, {10, 10}, {10, 0}};
    const std::vector<Vec2> hole = {{2, 2}, {8, 2}, {8, 8}, {2, 8}};
    std::vector<Vec2> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(triangulatePolygon({&exterior, &hole}, vertices, indices));
    EXPECT_EQ(indices.size() % 3, 0u);
    EXPECT_NEAR(triangleArea(vertices, indices), 100.0 - 36.0, 1e-9);
}

TEST(Triangulate, OverlappingPiecesAreFilledOnce) {
    const std::vector<Vec2> a = {{0, 0}, {0, 10}, {10, 10}, {10, 0}};
    const std::vector<Vec2> b = {{5, 5}, {5, 15}, {15, 15}, {15, 5}};
    std::vector<Vec2> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(triangulatePolygon({&a, &b}, vertices, indices));
    EXPECT_NEAR(triangleArea(vertices, indices), 175.0, 1e-9);  // union, like SVG's nonzero fill
}

TEST(Triangulate, ConcaveCoastlikeRing) {
    std::vector<Vec2> comb;  // a comb with 20 teeth: fans from one vertex would overdraw
    for (int i = 0; i < 20; ++i) {
        comb.push_back({i * 2.0, 0});
        comb.push_back({i * 2.0, 10});
        comb.push_back({i * 2.0 + 1, 10});
        comb.push_back({i * 2.0 + 1, 1});
    }
    comb.push_back({40, 1});
    comb.push_back({40, 0});
    std::reverse(comb.begin(), comb.end());
    std::vector<Vec2> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(triangulatePolygon({&comb}, vertices, indices));
    double shoelace = 0;
    for (size_t i = 0; i < comb.size(); ++i) shoelace += cross(comb[i], comb[(i + 1) % comb.size()]);
    EXPECT_NEAR(triangleArea(vertices, indices), std::abs(shoelace) / 2, 1e-9);
}

class Glyphs : public ::testing::Test {
protected:
    void SetUp() override {
        if (defaultFontPath(false).empty() || defaultFontPath(true).empty())
            GTEST_SKIP() << "Noto Sans is not installed (fonts-noto-core)";
    }
};

// Glyph placement must agree with the metrics the label layout used, or labels would drift from their
// boxes and overlap.
TEST_F(Glyphs, AdvancesMatchCoreTextMetrics) {
    GlyphAtlas atlas(defaultFontPath(false), defaultFontPath(true));
    for (bool bold : {false, true}) {
        const FontTextMetrics metrics(defaultFontPath(bold));
        for (const char* text : {"Córdoba", "Braşov", "Xi’an", "Ростов-на-Дону", "Θεσσαλονίκη", "AVATAR Tŕnava 1 / 2"})
            for (double font_px : {9.4, 12.5, 26.0, 208.0}) {
                const std::u32string code_points = decodeUtf8Lossy(text);
                long units = 0;
                for (size_t i = 0; i < code_points.size(); ++i) {
                    units += atlas.advance(bold, code_points[i]);
                    if (i + 1 < code_points.size()) units += atlas.kerning(bold, code_points[i], code_points[i + 1]);
                }
                EXPECT_NEAR(static_cast<double>(units) * atlas.pixelsPerUnit(bold, font_px),
                            metrics.width(text, font_px), 1e-6)
                    << text << " at " << font_px;
            }
    }
}

TEST_F(Glyphs, AtlasHasLatinGreekCyrillicAndPunctuation) {
    GlyphAtlas atlas(defaultFontPath(false), defaultFontPath(true));
    std::set<GlyphKey> keys;
    for (int tier : {0, 1})
        for (char32_t c : {U'A', U'ó', U'ş', U'ő', U'Ł', U'Ω', U'λ', U'Р', U'ж', U'’', U'–', U'·', U'€'})
            keys.insert({tier == 1, tier, c});
    atlas.prepare(keys);
    for (const GlyphKey& key : keys) {
        const AtlasGlyph& glyph = atlas.glyph(key);
        EXPECT_TRUE(glyph.has_bitmap) << static_cast<uint32_t>(key.code_point);
        EXPECT_GT(glyph.width, 2 * GlyphAtlas::kTiers[key.tier].spread) << static_cast<uint32_t>(key.code_point);
    }
    EXPECT_FALSE(atlas.glyph({true, 0, U' '}).has_bitmap);
    // The large tier's fields are 2.5 times as large.
    EXPECT_NEAR(atlas.glyph({false, 1, U'Ω'}).height - 80.0, 2.5 * (atlas.glyph({false, 0, U'Ω'}).height - 32.0), 3.0);
}

TEST_F(Glyphs, TextIsAlignedAtItsOrigin) {
    GlyphAtlas atlas(defaultFontPath(false), defaultFontPath(true));
    const FontTextMetrics metrics(defaultFontPath(false));
    OverlayText text;
    text.text = "Hannover";
    text.font_px = 20;
    text.origin = {500, 100};
    const auto glyphBounds = [&](TextAlign align) {
        text.align = align;
        std::vector<TextVertex> vertices;
        appendText(atlas, text, vertices);
        double left = 1e9, right = -1e9;
        for (const TextVertex& v : vertices) {
            left = std::min<double>(left, v.x);
            right = std::max<double>(right, v.x);
        }
        return std::pair{left, right};
    };
    const double width = metrics.width("Hannover", 20);
    const auto [start_left, start_right] = glyphBounds(TextAlign::Start);
    const auto [end_left, end_right] = glyphBounds(TextAlign::End);
    const auto [middle_left, middle_right] = glyphBounds(TextAlign::Middle);
    EXPECT_NEAR(start_left - end_left, width, 1e-3);
    EXPECT_NEAR(start_left - middle_left, width / 2, 1e-3);
    // The quads carry the distance field's margin: the 'H' starts about the spread left of the origin.
    const double margin = GlyphAtlas::kTiers[0].spread * 20.0 / GlyphAtlas::kTiers[0].em_pixels;
    EXPECT_NEAR(start_left, 500 - margin, 2.0);
    EXPECT_GT(start_right, 500 + width);
}

}  // namespace
}  // namespace pm::render
