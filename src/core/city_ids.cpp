#include "core/city_ids.hpp"

#include <cctype>

#include "core/text_fold.hpp"
#include "core/text_util.hpp"

namespace pm {

namespace {

// Base letters of U+0100..U+017F (Latin Extended-A), one per code point; '*' marks the ligatures
// handled separately (Ĳ ĳ, Œ œ).
constexpr std::string_view kLatinExtendedA =
    "aaaaaacccccccc"  // U+0100 Ā .. U+010D č
    "dddd"            // U+010E Ď .. U+0111 đ
    "eeeeeeeeee"      // U+0112 Ē .. U+011B ě
    "gggggggg"        // U+011C Ĝ .. U+0123 ģ
    "hhhh"            // U+0124 Ĥ .. U+0127 ħ
    "iiiiiiiiii"      // U+0128 Ĩ .. U+0131 ı
    "**"              // U+0132 Ĳ, U+0133 ĳ
    "jjkkk"           // U+0134 Ĵ .. U+0138 ĸ
    "llllllllll"      // U+0139 Ĺ .. U+0142 ł
    "nnnnnnnnn"       // U+0143 Ń .. U+014B ŋ
    "oooooo"          // U+014C Ō .. U+0151 ő
    "**"              // U+0152 Œ, U+0153 œ
    "rrrrrr"          // U+0154 Ŕ .. U+0159 ř
    "ssssssss"        // U+015A Ś .. U+0161 š
    "tttttt"          // U+0162 Ţ .. U+0167 ŧ
    "uuuuuuuuuuuu"    // U+0168 Ũ .. U+0173 ų
    "wwyyyzzzzzzs";   // U+0174 Ŵ .. U+017F ſ
static_assert(kLatinExtendedA.size() == 0x80);

// ASCII for U+00C0..U+00FF (Latin-1 letters), German umlauts spelt out; empty for × and ÷.
constexpr std::string_view kLatin1[0x40] = {
    "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i",  "i", "i",  "i",   // U+00C0..
    "d", "n", "o", "o", "o",  "o", "oe", "",  "o", "u", "u", "u", "ue", "y", "th", "ss",  // U+00D0..
    "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i",  "i", "i",  "i",   // U+00E0..
    "d", "n", "o", "o", "o",  "o", "oe", "",  "o", "u", "u", "u", "ue", "y", "th", "y",   // U+00F0..
};

enum class Kind { Letters, Separator, Mark, Foreign };

// What a code point contributes to a slug; `ascii` receives the letters.
Kind transliterate(char32_t code, std::string& ascii) {
    if (code < 0x80) {
        const auto c = static_cast<unsigned char>(code);
        if (std::isalnum(c)) {
            ascii = static_cast<char>(std::tolower(c));
            return Kind::Letters;
        }
        return Kind::Separator;
    }
    if (code >= 0xC0 && code <= 0xFF) {
        ascii = kLatin1[code - 0xC0];
        return ascii.empty() ? Kind::Separator : Kind::Letters;
    }
    if (code >= 0x100 && code <= 0x17F) {
        if (code == 0x132 || code == 0x133)
            ascii = "ij";
        else if (code == 0x152 || code == 0x153)
            ascii = "oe";
        else
            ascii = kLatinExtendedA[code - 0x100];
        return Kind::Letters;
    }
    if (code >= 0x218 && code <= 0x21B) {  // Ș ș Ț ț (Romanian comma below)
        ascii = code < 0x21A ? "s" : "t";
        return Kind::Letters;
    }
    if (code >= 0x300 && code <= 0x36F) return Kind::Mark;  // combining accents of decomposed text
    if (code <= 0xBF || (code >= 0x2000 && code <= 0x206F) || code == 0x3000) return Kind::Separator;
    // Beyond the tables (e.g. Vietnamese letters): the fold table may know an ASCII base letter.
    std::string utf8;
    if (code < 0x800) {
        utf8 = {static_cast<char>(0xC0 | (code >> 6)), static_cast<char>(0x80 | (code & 0x3F))};
    } else if (code < 0x10000) {
        utf8 = {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)),
                static_cast<char>(0x80 | (code & 0x3F))};
    } else {
        utf8 = {static_cast<char>(0xF0 | (code >> 18)), static_cast<char>(0x80 | ((code >> 12) & 0x3F)),
                static_cast<char>(0x80 | ((code >> 6) & 0x3F)), static_cast<char>(0x80 | (code & 0x3F))};
    }
    const std::string folded = foldKey(utf8);
    if (folded.size() == 1 && std::isalpha(static_cast<unsigned char>(folded[0]))) {
        ascii = folded;
        return Kind::Letters;
    }
    return Kind::Foreign;
}

}  // namespace

std::string citySlug(std::string_view name) {
    std::string slug;
    bool pending_dash = false;
    bool has_letter = false;
    char previous_letter = 0;
    size_t offset = 0;
    std::string ascii;
    while (offset < name.size()) {
        const char32_t code = decodeUtf8(name, offset);
        switch (transliterate(code, ascii)) {
            case Kind::Foreign:
                return {};
            case Kind::Separator:
                pending_dash = !slug.empty();
                break;
            case Kind::Mark:
                // A decomposed umlaut (u + U+0308) is written "ue" like the composed one.
                if (code == 0x308 && (previous_letter == 'a' || previous_letter == 'o' || previous_letter == 'u'))
                    slug += 'e';
                break;
            case Kind::Letters:
                if (pending_dash) slug += '-';
                pending_dash = false;
                slug += ascii;
                previous_letter = ascii.back();
                has_letter = has_letter || std::isalpha(static_cast<unsigned char>(ascii.back()));
                break;
        }
        if (pending_dash) previous_letter = 0;
    }
    return has_letter ? slug : std::string();
}

std::string CityIdAllocator::allocate(std::string_view name, std::string_view country_alpha2,
                                      std::optional<long long> geonames_id) {
    ++m_allocated;
    std::string base = citySlug(name);
    if (base.empty()) base = geonames_id ? "gn-" + std::to_string(*geonames_id) : "city-" + std::to_string(m_allocated);
    std::string id = base;
    if (m_taken.contains(id) && !country_alpha2.empty()) {
        base += '-';
        for (char c : country_alpha2) base += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        id = base;
    }
    for (int n = 2; m_taken.contains(id); ++n) id = base + "-" + std::to_string(n);
    m_taken.insert(id);
    return id;
}

}  // namespace pm
