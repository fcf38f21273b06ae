#include "render/glyph_atlas.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace pm::render {

namespace {
constexpr int kMaxAtlasHeight = 16384;
constexpr int kGap = 1;  // between glyphs, so bilinear filtering never reads a neighbour
}  // namespace

struct GlyphAtlas::Font {
    std::vector<unsigned char> bytes;
    stbtt_fontinfo info{};
    float sdf_scale = 0;

    explicit Font(const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot open font " + file.string());
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        const int offset = stbtt_GetFontOffsetForIndex(bytes.data(), 0);
        if (offset < 0 || !stbtt_InitFont(&info, bytes.data(), offset))
            throw std::runtime_error("not a TrueType font: " + file.string());
        sdf_scale = stbtt_ScaleForMappingEmToPixels(&info, kEmPixels);
    }
};

GlyphAtlas::GlyphAtlas(const std::filesystem::path& regular_font, const std::filesystem::path& bold_font)
    : m_pixels(static_cast<size_t>(m_width) * static_cast<size_t>(m_height), 0) {
    m_fonts[0] = std::make_unique<Font>(regular_font);
    m_fonts[1] = std::make_unique<Font>(bold_font);
}

GlyphAtlas::~GlyphAtlas() = default;

const AtlasGlyph& GlyphAtlas::glyph(bool bold, char32_t code_point) {
    auto& glyphs = m_glyphs[bold ? 1 : 0];
    const auto found = glyphs.find(code_point);
    if (found != glyphs.end()) return found->second;
    const Font& font = *m_fonts[bold ? 1 : 0];
    AtlasGlyph glyph;
    const int index = stbtt_FindGlyphIndex(&font.info, static_cast<int>(code_point));
    int width = 0, height = 0, offset_x = 0, offset_y = 0;
    unsigned char* bitmap = stbtt_GetGlyphSDF(&font.info, font.sdf_scale, index, kSpread, kOnEdge, kValuesPerPixel,
                                              &width, &height, &offset_x, &offset_y);
    if (bitmap) {
        glyph.width = width;
        glyph.height = height;
        glyph.offset_x = static_cast<float>(offset_x);
        glyph.offset_y = static_cast<float>(offset_y);
        place(glyph, bitmap);
        stbtt_FreeSDF(bitmap, nullptr);
    }
    return glyphs.emplace(code_point, glyph).first->second;
}

void GlyphAtlas::place(AtlasGlyph& glyph, const unsigned char* bitmap) {
    if (glyph.width + kGap > m_width) return;
    if (m_shelf_x + glyph.width + kGap > m_width) {
        m_shelf_y += m_shelf_height + kGap;
        m_shelf_x = 0;
        m_shelf_height = 0;
    }
    const int needed = m_shelf_y + glyph.height + kGap;
    if (needed > kMaxAtlasHeight) return;  // drawn as nothing; thousands of glyphs fit before this
    if (needed > m_height) {
        while (m_height < needed) m_height *= 2;
        m_pixels.resize(static_cast<size_t>(m_width) * static_cast<size_t>(m_height), 0);
    }
    glyph.x = m_shelf_x + kGap;
    glyph.y = m_shelf_y + kGap;
    for (int row = 0; row < glyph.height; ++row)
        std::memcpy(
            &m_pixels[static_cast<size_t>(glyph.y + row) * static_cast<size_t>(m_width) + static_cast<size_t>(glyph.x)],
            bitmap + static_cast<size_t>(row) * static_cast<size_t>(glyph.width), static_cast<size_t>(glyph.width));
    glyph.has_bitmap = true;
    m_shelf_x += glyph.width + kGap;
    m_shelf_height = std::max(m_shelf_height, glyph.height + kGap);
    ++m_generation;
}

int GlyphAtlas::advance(bool bold, char32_t code_point) const {
    int advance = 0, bearing = 0;
    stbtt_GetCodepointHMetrics(&m_fonts[bold ? 1 : 0]->info, static_cast<int>(code_point), &advance, &bearing);
    return advance;
}

int GlyphAtlas::kerning(bool bold, char32_t left, char32_t right) const {
    return stbtt_GetCodepointKernAdvance(&m_fonts[bold ? 1 : 0]->info, static_cast<int>(left), static_cast<int>(right));
}

float GlyphAtlas::pixelsPerUnit(bool bold, double font_px) const {
    return stbtt_ScaleForMappingEmToPixels(&m_fonts[bold ? 1 : 0]->info, static_cast<float>(font_px));
}

float GlyphAtlas::atlasPixelsPerUnit(bool bold) const {
    return m_fonts[bold ? 1 : 0]->sdf_scale;
}

}  // namespace pm::render
