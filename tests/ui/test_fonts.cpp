#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/text_metrics.hpp"
#include "ui/fonts.hpp"

namespace pm::ui {
namespace {

TEST(Fonts, NotoSansCoversTheScriptsOfTheData) {
    const std::filesystem::path noto = defaultFontPath(false);
    if (noto.empty()) GTEST_SKIP() << "fonts-noto-core is not installed";
    ImFontAtlas atlas;
    const UiFonts fonts = loadUiFonts(atlas, 1.0f, "de", noto);
    EXPECT_EQ(fonts.warning, "");
    ASSERT_NE(fonts.regular, nullptr);
    ASSERT_NE(fonts.caption, nullptr);
    EXPECT_TRUE(atlas.IsBuilt());
    EXPECT_FLOAT_EQ(fonts.regular->FontSize, kBaseFontPx);
    EXPECT_FLOAT_EQ(fonts.caption->FontSize, kBaseFontPx * kCaptionScale);
    // Nürnberg, Córdoba, Braşov, Xi’an, Ростов-на-Дону, Θεσσαλονίκη, Łódź, Hải Phòng, – · ° €
    const char32_t needed[] = {U'ü', U'ó', U'ş', U'’', U'Р', U'Д', U'Θ', U'ί', U'Ł', U'ź',
                               U'ả', U'ò', U'–', U'·', U'°', U'€', U'ß', U'Ö', U'ț'};
    for (char32_t c : needed) {
        EXPECT_NE(fonts.regular->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << static_cast<int>(c);
        EXPECT_NE(fonts.caption->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << static_cast<int>(c);
    }
}

TEST(Fonts, SizeFollowsTheContentScale) {
    const std::filesystem::path noto = defaultFontPath(false);
    if (noto.empty()) GTEST_SKIP() << "fonts-noto-core is not installed";
    ImFontAtlas atlas;
    const UiFonts fonts = loadUiFonts(atlas, 2.0f, "en", noto, 15.0f);
    EXPECT_FLOAT_EQ(fonts.regular->FontSize, 30.0f);
    EXPECT_FLOAT_EQ(fonts.caption->FontSize, 30.0f * kCaptionScale);
}

TEST(Fonts, MissingFileFallsBackToTheBuiltInFont) {
    ImFontAtlas atlas;
    const UiFonts fonts = loadUiFonts(atlas, 1.0f, "de", "/nonexistent/NotoSans.ttf");
    EXPECT_EQ(fonts.warning,
              "Die Schrift /nonexistent/NotoSans.ttf ist nicht nutzbar; die Oberfläche zeigt nur ASCII.");
    ASSERT_NE(fonts.regular, nullptr);
    ASSERT_NE(fonts.caption, nullptr);
    EXPECT_TRUE(atlas.IsBuilt());
    EXPECT_EQ(atlas.Fonts.Size, 2);
    EXPECT_NE(fonts.regular->FindGlyphNoFallback('A'), nullptr);
}

TEST(Fonts, NotAFontFallsBack) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "partnermap-ui-not-a-font.ttf";
    std::ofstream(file) << "this is not a TrueType font";
    ImFontAtlas atlas;
    const UiFonts fonts = loadUiFonts(atlas, 1.0f, "en", file);
    EXPECT_EQ(fonts.warning, "Cannot use the font " + file.string() + "; the UI shows ASCII only.");
    EXPECT_TRUE(atlas.IsBuilt());
    std::filesystem::remove(file);
}

TEST(Fonts, NotInstalledSaysWhichPackage) {
    ImFontAtlas atlas;
    EXPECT_EQ(loadUiFonts(atlas, 1.0f, "en", "").warning,
              "Noto Sans is not installed (Debian: fonts-noto-core); the UI shows ASCII only.");
    EXPECT_EQ(loadUiFonts(atlas, 1.0f, "de", "").warning,
              "Noto Sans ist nicht installiert (Debian: fonts-noto-core); die Oberfläche zeigt nur ASCII.");
    EXPECT_TRUE(atlas.IsBuilt());
}

}  // namespace
}  // namespace pm::ui
