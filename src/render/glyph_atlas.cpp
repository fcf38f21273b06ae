#include "render/glyph_atlas.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

namespace pm::render {

namespace {
constexpr int kMaxAtlasHeight = 16384;
constexpr int kGap = 1;  // between glyphs, so bilinear filtering never reads a neighbour
}  // namespace

struct GlyphAtlas::Font {
    std::vector<unsigned char> bytes;
    stbtt_fontinfo info{};

    explicit Font(const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot open font " + file.string());
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        const int offset = stbtt_GetFontOffsetForIndex(bytes.data(), 0);
        if (offset < 0 || !stbtt_InitFont(&info, bytes.data(), offset))
            throw std::runtime_error("not a TrueType font: " + file.string());
    }
};

struct GlyphAtlas::Bitmap {
    std::vector<unsigned char> pixels;  // empty for glyphs without outline (spaces)
    int width = 0, height = 0, offset_x = 0, offset_y = 0;
};

double GlyphAtlas::pixelsPerValue(int tier, double font_px) {
    const Tier& t = kTiers[tier];
    // stb stores onedge + distance * (onedge / spread) per atlas pixel; values are read back as value / 255.
    return font_px / t.em_pixels * t.spread / kOnEdge * 255.0;
}

GlyphAtlas::GlyphAtlas(const std::filesystem::path& regular_font, const std::filesystem::path& bold_font)
    : m_pixels(static_cast<size_t>(m_width) * static_cast<size_t>(m_height), 0) {
    m_fonts[0] = std::make_unique<Font>(regular_font);
    m_fonts[1] = std::make_unique<Font>(bold_font);
}

GlyphAtlas::~GlyphAtlas() = default;

GlyphAtlas::Bitmap GlyphAtlas::render(const GlyphKey& key) const {
    const Font& font = *m_fonts[key.bold ? 1 : 0];
    const Tier& tier = kTiers[key.tier];
    const int index = stbtt_FindGlyphIndex(&font.info, static_cast<int>(key.code_point));
    Bitmap bitmap;
    unsigned char* pixels = stbtt_GetGlyphSDF(&font.info, stbtt_ScaleForMappingEmToPixels(&font.info, tier.em_pixels),
                                              index, tier.spread, kOnEdge, static_cast<float>(kOnEdge) / tier.spread,
                                              &bitmap.width, &bitmap.height, &bitmap.offset_x, &bitmap.offset_y);
    if (pixels) {
        bitmap.pixels.assign(pixels, pixels + static_cast<size_t>(bitmap.width) * static_cast<size_t>(bitmap.height));
        stbtt_FreeSDF(pixels, nullptr);
    }
    return bitmap;
}

void GlyphAtlas::prepare(const std::set<GlyphKey>& keys) {
    std::vector<GlyphKey> missing;
    for (const GlyphKey& key : keys)
        if (!m_glyphs.contains(key)) missing.push_back(key);
    if (missing.empty()) return;
    // stb_truetype only reads the font: glyphs can be made side by side, then packed in order.
    std::vector<Bitmap> bitmaps(missing.size());
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < missing.size(); i = next++) bitmaps[i] = render(missing[i]);
    };
    const size_t helpers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, missing.size() / 8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < helpers; ++i) threads.emplace_back(work);
    work();
    for (std::thread& thread : threads) thread.join();
    for (size_t i = 0; i < missing.size(); ++i) place(missing[i], bitmaps[i]);
}

const AtlasGlyph& GlyphAtlas::glyph(const GlyphKey& key) {
    const auto found = m_glyphs.find(key);
    if (found != m_glyphs.end()) return found->second;
    return place(key, render(key));
}

const AtlasGlyph& GlyphAtlas::place(const GlyphKey& key, const Bitmap& bitmap) {
    AtlasGlyph glyph;
    glyph.width = bitmap.width;
    glyph.height = bitmap.height;
    glyph.offset_x = static_cast<float>(bitmap.offset_x);
    glyph.offset_y = static_cast<float>(bitmap.offset_y);
    const auto store = [&]() -> const AtlasGlyph& { return m_glyphs.emplace(key, glyph).first->second; };
    if (bitmap.pixels.empty() || glyph.width + 2 * kGap > m_width) return store();
    if (m_shelf_x + glyph.width + kGap > m_width) {
        m_shelf_y += m_shelf_height + kGap;
        m_shelf_x = 0;
        m_shelf_height = 0;
    }
    const int needed = m_shelf_y + glyph.height + kGap;
    if (needed > kMaxAtlasHeight) return store();  // drawn as nothing; thousands of glyphs fit before this
    if (needed > m_height) {
        while (m_height < needed) m_height *= 2;
        m_pixels.resize(static_cast<size_t>(m_width) * static_cast<size_t>(m_height), 0);
    }
    glyph.x = m_shelf_x + kGap;
    glyph.y = m_shelf_y + kGap;
    for (int row = 0; row < glyph.height; ++row)
        std::memcpy(
            &m_pixels[static_cast<size_t>(glyph.y + row) * static_cast<size_t>(m_width) + static_cast<size_t>(glyph.x)],
            bitmap.pixels.data() + static_cast<size_t>(row) * static_cast<size_t>(glyph.width),
            static_cast<size_t>(glyph.width));
    glyph.has_bitmap = true;
    m_shelf_x += glyph.width + kGap;
    m_shelf_height = std::max(m_shelf_height, glyph.height + kGap);
    ++m_generation;
    return store();
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

float GlyphAtlas::atlasPixelsPerUnit(bool bold, int tier) const {
    return stbtt_ScaleForMappingEmToPixels(&m_fonts[bold ? 1 : 0]->info, kTiers[tier].em_pixels);
}

}  // namespace pm::render
