#include "core/text_metrics.hpp"

#include <stb_truetype.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

namespace pm {

std::u32string decodeUtf8Lossy(std::string_view utf8) {
    std::u32string text;
    text.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const size_t length = lead < 0x80           ? 1
                              : (lead >> 5) == 0x6  ? 2
                              : (lead >> 4) == 0xE  ? 3
                              : (lead >> 3) == 0x1E ? 4
                                                    : 0;
        if (length == 0 || i + length > utf8.size()) {
            text += U'\uFFFD';
            ++i;
            continue;
        }
        char32_t code = length == 1 ? lead : lead & (0x7F >> length);
        bool valid = true;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            valid = valid && (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        text += valid ? code : U'\uFFFD';
        i += valid ? length : 1;
    }
    return text;
}

struct FontTextMetrics::Font {
    stbtt_fontinfo info{};
    int ascent = 0, descent = 0, line_gap = 0;
};

FontTextMetrics::FontTextMetrics(const std::filesystem::path& font_file) : m_font(std::make_unique<Font>()) {
    std::ifstream in(font_file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open font " + font_file.string());
    m_bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const int offset = stbtt_GetFontOffsetForIndex(m_bytes.data(), 0);
    if (offset < 0 || !stbtt_InitFont(&m_font->info, m_bytes.data(), offset))
        throw std::runtime_error("not a TrueType font: " + font_file.string());
    stbtt_GetFontVMetrics(&m_font->info, &m_font->ascent, &m_font->descent, &m_font->line_gap);
}

FontTextMetrics::~FontTextMetrics() = default;

double FontTextMetrics::width(std::string_view utf8, double font_px) const {
    // Scale by the em (units per em), as CSS and ImGui size fonts, not by the ascent.
    const double scale = stbtt_ScaleForMappingEmToPixels(&m_font->info, static_cast<float>(font_px));
    const std::u32string text = decodeUtf8Lossy(utf8);
    double units = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&m_font->info, static_cast<int>(text[i]), &advance, &bearing);
        units += advance;
        if (i + 1 < text.size())
            units +=
                stbtt_GetCodepointKernAdvance(&m_font->info, static_cast<int>(text[i]), static_cast<int>(text[i + 1]));
    }
    return units * scale;
}

double FontTextMetrics::ascent(double font_px) const {
    return m_font->ascent * stbtt_ScaleForMappingEmToPixels(&m_font->info, static_cast<float>(font_px));
}

double FontTextMetrics::descent(double font_px) const {
    return -m_font->descent * stbtt_ScaleForMappingEmToPixels(&m_font->info, static_cast<float>(font_px));
}

double ApproximateTextMetrics::width(std::string_view utf8, double font_px) const {
    double em = 0;
    for (char32_t c : decodeUtf8Lossy(utf8)) {
        if (c == U' ' || c == U'.' || c == U',' || c == U'i' || c == U'l' || c == U'\'' || c == U'’')
            em += 0.28;
        else if (c == U'm' || c == U'w' || c == U'M' || c == U'W')
            em += 0.85;
        else if (c >= U'A' && c <= U'Z')
            em += 0.66;
        else
            em += 0.56;
    }
    return em * font_px;
}

std::filesystem::path defaultFontPath(bool bold) {
    const std::filesystem::path path = bold ? "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
                                            : "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) ? path : std::filesystem::path();
}

std::unique_ptr<TextMetrics> makeDefaultTextMetrics(bool bold) {
    const std::filesystem::path path = defaultFontPath(bold);
    if (!path.empty()) {
        try {
            return std::make_unique<FontTextMetrics>(path);
        } catch (const std::runtime_error&) {
            // A broken font file: fall through to the approximation.
        }
    }
    return std::make_unique<ApproximateTextMetrics>();
}

}  // namespace pm
