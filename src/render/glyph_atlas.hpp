#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

// Signed-distance glyphs of Noto Sans Regular and Bold, made on first use with stb_truetype and packed
// into one 8-bit atlas. Fill edges and halos of any size are read from the distance. Two tiers keep
// large type crisp: text up to kLargeTextPixels uses fields made at 64 px per em, larger text (titles of
// big exports) fields made at 160 px per em, so no glyph is magnified more than about 1.3 times.
// Pure CPU; the renderer uploads pixels() when generation() changes.
namespace pm::render {

struct AtlasGlyph {
    bool has_bitmap = false;                  // false for spaces
    int x = 0, y = 0, width = 0, height = 0;  // in the atlas
    float offset_x = 0, offset_y = 0;         // of the bitmap's top-left from the pen, atlas pixels, y down
};

struct GlyphKey {
    bool bold = false;
    int tier = 0;
    char32_t code_point = 0;
    friend auto operator<=>(const GlyphKey&, const GlyphKey&) = default;
};

class GlyphAtlas {
public:
    struct Tier {
        float em_pixels;  // size the distance field is made at
        int spread;       // atlas pixels the field reaches beyond the outline: a quarter em
    };
    static constexpr Tier kTiers[2] = {{64.0f, 16}, {160.0f, 40}};
    static constexpr double kLargeTextPixels = 72.0;
    static constexpr unsigned char kOnEdge = 128;

    static int tierFor(double font_px) { return font_px > kLargeTextPixels ? 1 : 0; }
    // Screen pixels of distance per unit (1/255) of atlas value, for text of font_px drawn from a tier.
    static double pixelsPerValue(int tier, double font_px);

    // Throws std::runtime_error when a font cannot be read.
    GlyphAtlas(const std::filesystem::path& regular_font, const std::filesystem::path& bold_font);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // Makes the missing glyphs of `keys`, spread over the machine's cores.
    void prepare(const std::set<GlyphKey>& keys);
    // Makes the glyph if needed (a missing code point gets the font's .notdef box).
    const AtlasGlyph& glyph(const GlyphKey& key);
    // Horizontal metrics in font units, as core's FontTextMetrics sums them.
    int advance(bool bold, char32_t code_point) const;
    int kerning(bool bold, char32_t left, char32_t right) const;
    float pixelsPerUnit(bool bold, double font_px) const;  // em scaling, like FontTextMetrics
    float atlasPixelsPerUnit(bool bold, int tier) const;   // at the tier's em size

    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::vector<unsigned char>& pixels() const { return m_pixels; }
    // Increases whenever pixels() changes.
    uint64_t generation() const { return m_generation; }

private:
    struct Font;
    struct Bitmap;
    Bitmap render(const GlyphKey& key) const;
    const AtlasGlyph& place(const GlyphKey& key, const Bitmap& bitmap);

    std::unique_ptr<Font> m_fonts[2];
    std::map<GlyphKey, AtlasGlyph> m_glyphs;
    int m_width = 2048, m_height = 256;
    std::vector<unsigned char> m_pixels;
    int m_shelf_x = 0, m_shelf_y = 0, m_shelf_height = 0;
    uint64_t m_generation = 1;
};

}  // namespace pm::render
