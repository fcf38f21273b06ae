#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

#include "core/text_fold.hpp"

namespace pm {
namespace {

// Bytes outside printable ASCII as \xNN, so that test names stay readable and unique.
std::string escaped(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F) {
            out += c;
        } else {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        }
    }
    return out;
}

struct FoldCase {
    std::string_view input;
    std::string_view key;
};

// Readable test names in ctest and failure messages.
void PrintTo(const FoldCase& c, std::ostream* os) {
    *os << escaped(c.input);
}

// Encodes a code point as UTF-8 (the test needs to build every character).
std::string encodeUtf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

class FoldKeyTest : public testing::TestWithParam<FoldCase> {};

TEST_P(FoldKeyTest, GivesTheExpectedKey) {
    const FoldCase& c = GetParam();
    EXPECT_EQ(foldKey(c.input), c.key) << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(CaseAndScripts, FoldKeyTest,
                         testing::Values(FoldCase{"Berlin", "berlin"}, FoldCase{"BERLIN", "berlin"},
                                         FoldCase{"Ростов", "ростов"}, FoldCase{"РОСТОВ-НА-ДОНУ", "ростов-на-дону"},
                                         FoldCase{"ΑΘΉΝΑ", "αθηνα"}, FoldCase{"Αθήνα", "αθηνα"},
                                         FoldCase{"ΝΥΡΕΜΒΈΡΓΗΣ", "νυρεμβεργησ"},  // final sigma = sigma
                                         FoldCase{"Νυρεμβέργης", "νυρεμβεργησ"}, FoldCase{"Երևան", "երեւան"},
                                         FoldCase{"西安", "西安"}, FoldCase{"ＢＥＲＬＩＮ", "berlin"}));

INSTANTIATE_TEST_SUITE_P(Accents, FoldKeyTest,
                         testing::Values(FoldCase{"Córdoba", "cordoba"}, FoldCase{"CÓRDOBA", "cordoba"},
                                         FoldCase{"Braşov", "brasov"},          // s with cedilla, precomposed
                                         FoldCase{"Brașov", "brasov"},          // s with comma below, precomposed
                                         FoldCase{"Bras\xcc\xa7ov", "brasov"},  // s + combining cedilla
                                         FoldCase{"Poznań", "poznan"}, FoldCase{"Nürnberg", "nurnberg"},
                                         FoldCase{"Nu\xcc\x88rnberg", "nurnberg"},  // u + combining diaeresis
                                         FoldCase{"Kraków", "krakow"}, FoldCase{"Kavála", "kavala"},
                                         FoldCase{"Sokodé", "sokode"}, FoldCase{"Ḩamāh", "hamah"},
                                         FoldCase{"Ёлка", "елка"}, FoldCase{"Київ", "киів"},
                                         FoldCase{"Đà Nẵng", "da nang"}, FoldCase{"İstanbul", "istanbul"}));

INSTANTIATE_TEST_SUITE_P(LettersThatDoNotDecompose, FoldKeyTest,
                         testing::Values(FoldCase{"Straße", "strasse"}, FoldCase{"STRAẞE", "strasse"},
                                         FoldCase{"Øresund", "oresund"}, FoldCase{"Łódź", "lodz"},
                                         FoldCase{"Đakovo", "dakovo"}, FoldCase{"Ħamrun", "hamrun"},
                                         FoldCase{"Diyarbakır", "diyarbakir"}, FoldCase{"Ærø", "aero"},
                                         FoldCase{"Œuilly", "oeuilly"}, FoldCase{"Þórshöfn", "thorshofn"},
                                         FoldCase{"Garðabær", "gardabaer"}, FoldCase{"ǅemal", "dzemal"},
                                         FoldCase{"ﬁnale", "finale"}));

INSTANTIATE_TEST_SUITE_P(Punctuation, FoldKeyTest,
                         testing::Values(FoldCase{"Xi’an", "xi'an"}, FoldCase{"Xi‘an", "xi'an"},
                                         FoldCase{"Xiʼan", "xi'an"}, FoldCase{"Xi`an", "xi'an"},
                                         FoldCase{"Xi´an", "xi'an"}, FoldCase{"Xi'an", "xi'an"},
                                         FoldCase{"Be’er Sheva", "be'er sheva"}, FoldCase{"a‐b", "a-b"},
                                         FoldCase{"a‑b", "a-b"}, FoldCase{"a–b", "a-b"}, FoldCase{"a—b", "a-b"},
                                         FoldCase{"a−b", "a-b"}, FoldCase{"Cluj-Napoca", "cluj-napoca"}));

INSTANTIATE_TEST_SUITE_P(Whitespace, FoldKeyTest,
                         testing::Values(FoldCase{"  San   Carlos  ", "san carlos"},
                                         FoldCase{"San\xc2\xa0"
                                                  "Carlos",
                                                  "san carlos"},  // NBSP
                                         FoldCase{"San\tCarlos\n", "san carlos"},
                                         FoldCase{"San\xe2\x80\x83\xe2\x80\xaf"
                                                  "Carlos",
                                                  "san carlos"},  // em space, NNBSP
                                         FoldCase{"Rostow\xc2\xad"
                                                  "am Don",
                                                  "rostowam don"},                      // soft hyphen dropped
                                         FoldCase{"\xef\xbb\xbfHannover", "hannover"},  // BOM dropped
                                         FoldCase{"", ""}, FoldCase{" \xc2\xa0 ", ""}));

INSTANTIATE_TEST_SUITE_P(InvalidUtf8, FoldKeyTest,
                         testing::Values(FoldCase{"K\xff"
                                                  "ln",
                                                  "kln"},                       // invalid byte
                                         FoldCase{"N\xc3rnberg", "nrnberg"},    // truncated sequence
                                         FoldCase{"a\xc0\xafz", "az"},          // overlong '/'
                                         FoldCase{"a\xed\xa0\x80z", "az"},      // UTF-16 surrogate
                                         FoldCase{"a\xf4\x90\x80\x80z", "az"},  // above U+10FFFF
                                         FoldCase{"a\x80\x80z", "az"},          // stray continuation bytes
                                         FoldCase{"Ende\xe2\x80", "ende"},      // cut off at the end
                                         FoldCase{"a\x01\x7f"
                                                  "b",
                                                  "ab"}));  // control characters

TEST(FoldKey, IsIdempotentForEveryCodePoint) {
    for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const std::string once = foldKey(encodeUtf8(cp));
        ASSERT_EQ(foldKey(once), once) << "U+" << std::hex << static_cast<unsigned>(cp);
    }
}

TEST(FoldKey, KeepsCharactersOutsideTheTable) {
    for (char32_t cp : {U'西', U'ا', U'ש', U'ก', U'한', U'😀'}) {
        const std::string text = encodeUtf8(cp);
        EXPECT_EQ(foldKey(text), text);
    }
}

}  // namespace
}  // namespace pm
