#include <gtest/gtest.h>

#include "core/text_metrics.hpp"

namespace pm {
namespace {

TEST(DecodeUtf8, ValidAndInvalid) {
    EXPECT_EQ(decodeUtf8Lossy("Nürnberg"), U"Nürnberg");
    EXPECT_EQ(decodeUtf8Lossy("Ростов"), U"Ростов");
    EXPECT_EQ(decodeUtf8Lossy("Xi’an"), U"Xi’an");
    EXPECT_EQ(decodeUtf8Lossy("a\xFF"
                              "b"),
              U"a\uFFFDb");
    EXPECT_EQ(decodeUtf8Lossy("\xE2\x82"), U"\uFFFD\uFFFD") << "truncated sequence";
}

TEST(FontTextMetrics, NotoSansWidthsScaleAndCoverScripts) {
    const std::filesystem::path font = defaultFontPath();
    ASSERT_FALSE(font.empty()) << "fonts-noto-core is part of scripts/setup";
    const FontTextMetrics measurer(font);
    const double width_16 = measurer.width("Nürnberg", 16);
    EXPECT_GT(width_16, 50);
    EXPECT_LT(width_16, 90);
    EXPECT_NEAR(measurer.width("Nürnberg", 32), 2 * width_16, 1e-6);
    // Cyrillic and Greek glyphs exist in Noto Sans: their advances are not the missing-glyph box.
    EXPECT_GT(measurer.width("Ростов-на-Дону", 16), measurer.width("Ростов", 16));
    EXPECT_NE(measurer.width("Καβάλα", 16),
              measurer.width("\xEF\xBF\xBF\xEF\xBF\xBF\xEF\xBF\xBF\xEF\xBF\xBF\xEF\xBF\xBF\xEF\xBF\xBF", 16));
    EXPECT_GT(measurer.ascent(16), 10);
    EXPECT_GT(measurer.descent(16), 2);
}

TEST(ApproximateTextMetrics, IsWithinAFifthOfTheFont) {
    const std::filesystem::path font = defaultFontPath();
    ASSERT_FALSE(font.empty());
    const FontTextMetrics real(font);
    const ApproximateTextMetrics approximate;
    for (const char* name : {"Nürnberg", "Rostow am Don", "Tchaoudjo 1 / Sokodé", "Hiroshima", "Atlanta"}) {
        SCOPED_TRACE(name);
        EXPECT_NEAR(approximate.width(name, 16) / real.width(name, 16), 1.0, 0.2);
    }
}

}  // namespace
}  // namespace pm
