#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/city_ids.hpp"
#include "core/text_util.hpp"

namespace pm {
namespace {

TEST(TextUtil, FindInvalidUtf8) {
    struct Case {
        std::string text;
        std::optional<size_t> expected;
    };
    for (const Case& c : std::vector<Case>{
             {"plain ASCII", std::nullopt},
             {"Nürnberg, Kraków, Москва, 東京, 🙂", std::nullopt},
             {"N\xFCrnberg", 1},           // Latin-1 ü
             {"ab\xC3", 2},                // truncated sequence at the end
             {"\xC0\xAF", 0},              // overlong '/'
             {"\xE0\x80\xAF", 0},          // overlong
             {"\xED\xA0\x80", 0},          // UTF-16 surrogate
             {"\xF4\x90\x80\x80", 0},      // above U+10FFFF
             {"ok \x80", 3},               // stray continuation byte
             {"\xF0\x9F\x99\x82\xFF", 4},  // valid emoji, then 0xFF
         }) {
        EXPECT_EQ(findInvalidUtf8(c.text), c.expected) << c.text;
    }
}

TEST(TextUtil, DecodeUtf8) {
    const std::string text = "aü€🙂";
    size_t offset = 0;
    EXPECT_EQ(decodeUtf8(text, offset), U'a');
    EXPECT_EQ(decodeUtf8(text, offset), U'ü');
    EXPECT_EQ(decodeUtf8(text, offset), U'€');
    EXPECT_EQ(decodeUtf8(text, offset), U'🙂');
    EXPECT_EQ(offset, text.size());
}

TEST(TextUtil, LinesAndColumns) {
    const std::string text = "ab\ncd\n\nx";
    EXPECT_EQ(lineAt(text, 0), 1);
    EXPECT_EQ(columnAt(text, 0), 1);
    EXPECT_EQ(lineAt(text, 2), 1);  // the newline belongs to its line
    EXPECT_EQ(columnAt(text, 2), 3);
    EXPECT_EQ(lineAt(text, 4), 2);
    EXPECT_EQ(columnAt(text, 4), 2);
    EXPECT_EQ(lineAt(text, 7), 4);
    EXPECT_EQ(columnAt(text, 7), 1);
    EXPECT_EQ(stripUtf8Bom("\xEF\xBB\xBFhome"), "home");
    EXPECT_EQ(stripUtf8Bom("home"), "home");
}

TEST(TextUtil, ParseDecimal) {
    struct Case {
        std::string text;
        bool decimal_comma;
        std::optional<double> expected;
    };
    for (const Case& c : std::vector<Case>{{"49.45421", false, 49.45421},
                                           {"-3", false, -3.0},
                                           {"+7.5", false, 7.5},
                                           {".5", false, 0.5},
                                           {"1e2", false, 100.0},
                                           {"49,45", true, 49.45},
                                           {"49,45", false, std::nullopt},
                                           {"49.45", true, 49.45},
                                           {"1,2,3", true, std::nullopt},
                                           {"1.000,5", true, std::nullopt},
                                           {"nan", false, std::nullopt},
                                           {"inf", false, std::nullopt},
                                           {"-inf", false, std::nullopt},
                                           {"1e999", false, std::nullopt},
                                           {"12abc", false, std::nullopt},
                                           {"", false, std::nullopt},
                                           {"-", false, std::nullopt}}) {
        EXPECT_EQ(parseDecimal(c.text, c.decimal_comma), c.expected) << c.text;
    }
}

TEST(TextUtil, FormatDecimal) {
    struct Case {
        double value;
        int decimals;
        std::string expected;
    };
    for (const Case& c : std::vector<Case>{{49.45421, 6, "49.45421"},
                                           {11.0, 6, "11"},
                                           {-0.0000001, 6, "0"},
                                           {-2.5966549, 6, "-2.596655"},
                                           {180, 6, "180"},
                                           {0.1 + 0.2, 6, "0.3"},
                                           {1234.5678, 1, "1234.6"}}) {
        EXPECT_EQ(formatDecimal(c.value, c.decimals), c.expected) << c.value;
    }
    EXPECT_EQ(formatShortest(90.0000001), "90.0000001");
    EXPECT_EQ(formatShortest(-2.0), "-2");
    EXPECT_EQ(formatShortest(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatShortest(1e-7), "0.0000001");
    EXPECT_EQ(roundToDecimals(11.0775249, 6), 11.077525);
    EXPECT_EQ(roundToDecimals(-0.0000001, 6), 0.0);
    EXPECT_FALSE(std::signbit(roundToDecimals(-0.0000001, 6)));
}

TEST(TextUtil, QuotedList) {
    EXPECT_EQ(quotedList({"a", "b"}), "'a', 'b'");
    EXPECT_EQ(quotedList({"a", "b", "c", "d"}, 2), "'a', 'b' and 2 more");
}

TEST(CityIds, Slugs) {
    struct Case {
        std::string name;
        std::string expected;
    };
    for (const Case& c : std::vector<Case>{
             {"Nürnberg", "nuernberg"},
             {"Nu\xCC\x88rnberg", "nuernberg"},  // decomposed ü
             {"Göttingen", "goettingen"},
             {"Gießen", "giessen"},
             {"ÄÖÜ", "aeoeue"},
             {"Kraków", "krakow"},
             {"Łódź", "lodz"},
             {"Besançon", "besancon"},
             {"Kırşehir", "kirsehir"},
             {"Timișoara", "timisoara"},
             {"Brno-střed", "brno-stred"},
             {"Frankfurt (Oder)", "frankfurt-oder"},
             {"Saint-Étienne", "saint-etienne"},
             {"  Villeneuve-d’Ascq ", "villeneuve-d-ascq"},
             {"Œuf", "oeuf"},
             {"Москва", ""},
             {"東京", ""},
             {"Ho Chi Minh City", "ho-chi-minh-city"},
             {"1. Bezirk", "1-bezirk"},
             {"123", ""},
             {"", ""},
         }) {
        EXPECT_EQ(citySlug(c.name), c.expected) << c.name;
    }
}

TEST(CityIds, AllocatorMakesIdsUnique) {
    CityIdAllocator ids;
    ids.reserve("taken");
    EXPECT_EQ(ids.allocate("Frankfurt", "DE", std::nullopt), "frankfurt");
    EXPECT_EQ(ids.allocate("Frankfurt", "US", std::nullopt), "frankfurt-us");
    EXPECT_EQ(ids.allocate("Frankfurt", "US", std::nullopt), "frankfurt-us-2");
    EXPECT_EQ(ids.allocate("Frankfurt", "US", std::nullopt), "frankfurt-us-3");
    EXPECT_EQ(ids.allocate("Москва", "RU", 524901), "gn-524901");
    EXPECT_EQ(ids.allocate("東京", "JP", std::nullopt), "city-6");
    EXPECT_EQ(ids.allocate("Taken", "", std::nullopt), "taken-2");
}

}  // namespace
}  // namespace pm
