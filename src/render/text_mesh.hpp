#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include "core/map_overlay.hpp"
#include "render/glyph_atlas.hpp"

namespace pm::render {

// Which theme colour and halo a glyph takes; the renderer fills the per-role uniforms each frame.
enum class TextColorRole : uint32_t { Label, DistanceLabel, Panel, Title, Summary, Footer, YearCounter };
inline constexpr int kTextColorRoles = 7;

TextColorRole textColorRole(TextRole role);

struct TextVertex {
    float x = 0, y = 0;          // overlay pixels, y down
    float u = 0, v = 0;          // atlas pixels
    float pixels_per_value = 1;  // screen pixels of distance per unit of atlas value
    uint32_t role = 0;
};
static_assert(sizeof(TextVertex) == 24);

// Two triangles per visible glyph, placed exactly as core's FontTextMetrics measures the text:
// advances and kerning in font units, scaled by the em, aligned at the origin per TextAlign.
void appendText(GlyphAtlas& atlas, const OverlayText& text, std::vector<TextVertex>& vertices);

// The glyphs appendText will need, so that they can be made together (GlyphAtlas::prepare).
void collectGlyphs(const OverlayText& text, std::set<GlyphKey>& keys);

}  // namespace pm::render
