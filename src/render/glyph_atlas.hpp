#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

// Signed-distance glyphs of Noto Sans Regular and Bold, made on first use with stb_truetype and packed
// into one 8-bit atlas. One atlas serves every size: fill edges and halos are read from the distance.
// Pure CPU; the renderer uploads pixels() when generation() changes.
namespace pm::render {

struct AtlasGlyph {
    bool has_bitmap = false;                  // false for spaces
    int x = 0, y = 0, width = 0, height = 0;  // in the atlas
    float offset_x = 0, offset_y = 0;         // of the bitmap's top-left from the pen, atlas pixels, y down
};

class GlyphAtlas {
public:
    // The em size of the distance fields and how far they reach outside the outline (atlas pixels).
    static constexpr float kEmPixels = 64.0f;
    static constexpr int kSpread = 16;
    static constexpr unsigned char kOnEdge = 128;
    static constexpr float kValuesPerPixel = 128.0f / kSpread;  // 8 levels per atlas pixel of distance

    // Throws std::runtime_error when a font cannot be read.
    GlyphAtlas(const std::filesystem::path& regular_font, const std::filesystem::path& bold_font);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // Makes the glyph if needed (a missing code point gets the font's .notdef box).
    const AtlasGlyph& glyph(bool bold, char32_t code_point);
    // Horizontal metrics in font units, as core's FontTextMetrics sums them.
    int advance(bool bold, char32_t code_point) const;
    int kerning(bool bold, char32_t left, char32_t right) const;
    float pixelsPerUnit(bool bold, double font_px) const;  // em scaling, like FontTextMetrics
    float atlasPixelsPerUnit(bool bold) const;             // at kEmPixels

    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::vector<unsigned char>& pixels() const { return m_pixels; }
    // Increases whenever pixels() changes.
    uint64_t generation() const { return m_generation; }

private:
    struct Font;
    void place(AtlasGlyph& glyph, const unsigned char* bitmap);

    std::unique_ptr<Font> m_fonts[2];
    std::unordered_map<char32_t, AtlasGlyph> m_glyphs[2];
    int m_width = 2048, m_height = 256;
    std::vector<unsigned char> m_pixels;
    int m_shelf_x = 0, m_shelf_y = 0, m_shelf_height = 0;
    uint64_t m_generation = 1;
};

}  // namespace pm::render
