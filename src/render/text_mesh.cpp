#include "render/text_mesh.hpp"

#include "core/text_metrics.hpp"

namespace pm::render {

TextColorRole textColorRole(TextRole role) {
    switch (role) {
        case TextRole::HomeLabel:
        case TextRole::CityLabel:
            return TextColorRole::Label;
        case TextRole::DistanceLabel:
            return TextColorRole::DistanceLabel;
        case TextRole::LegendTitle:
        case TextRole::LegendText:
        case TextRole::PanelTitle:
        case TextRole::PanelText:
            return TextColorRole::Panel;
        case TextRole::YearCounter:
            return TextColorRole::YearCounter;
        case TextRole::Title:
            return TextColorRole::Title;
        case TextRole::Summary:
            return TextColorRole::Summary;
        case TextRole::Footer:
            return TextColorRole::Footer;
    }
    return TextColorRole::Label;
}

void appendText(GlyphAtlas& atlas, const OverlayText& text, std::vector<TextVertex>& vertices) {
    const std::u32string code_points = decodeUtf8Lossy(text.text);
    const bool bold = text.bold;
    // Pen positions in font units from the start, summed as FontTextMetrics::width sums them.
    std::vector<long> pen(code_points.size() + 1, 0);
    for (size_t i = 0; i < code_points.size(); ++i) {
        long units = atlas.advance(bold, code_points[i]);
        if (i + 1 < code_points.size()) units += atlas.kerning(bold, code_points[i], code_points[i + 1]);
        pen[i + 1] = pen[i] + units;
    }
    const double pixels_per_unit = atlas.pixelsPerUnit(bold, text.font_px);
    const double width = static_cast<double>(pen.back()) * pixels_per_unit;
    double start = text.origin.x;
    if (text.align == TextAlign::Middle) start -= width / 2;
    if (text.align == TextAlign::End) start -= width;
    const int tier = GlyphAtlas::tierFor(text.font_px);
    const double k = pixels_per_unit / atlas.atlasPixelsPerUnit(bold, tier);  // screen pixels per atlas pixel
    const auto per_value = static_cast<float>(GlyphAtlas::pixelsPerValue(tier, text.font_px));
    const auto role = static_cast<uint32_t>(textColorRole(text.role));
    for (size_t i = 0; i < code_points.size(); ++i) {
        const AtlasGlyph& glyph = atlas.glyph({bold, tier, code_points[i]});
        if (!glyph.has_bitmap) continue;
        const double x0 = start + static_cast<double>(pen[i]) * pixels_per_unit + glyph.offset_x * k;
        const double y0 = text.origin.y + glyph.offset_y * k;
        const double x1 = x0 + glyph.width * k, y1 = y0 + glyph.height * k;
        const auto u0 = static_cast<float>(glyph.x), v0 = static_cast<float>(glyph.y);
        const auto u1 = static_cast<float>(glyph.x + glyph.width), v1 = static_cast<float>(glyph.y + glyph.height);
        const auto f = [](double value) { return static_cast<float>(value); };
        const TextVertex corners[4] = {{f(x0), f(y0), u0, v0, per_value, role},
                                       {f(x1), f(y0), u1, v0, per_value, role},
                                       {f(x0), f(y1), u0, v1, per_value, role},
                                       {f(x1), f(y1), u1, v1, per_value, role}};
        for (int corner : {0, 1, 2, 2, 1, 3}) vertices.push_back(corners[corner]);
    }
}

void collectGlyphs(const OverlayText& text, std::set<GlyphKey>& keys) {
    const int tier = GlyphAtlas::tierFor(text.font_px);
    for (char32_t code_point : decodeUtf8Lossy(text.text)) keys.insert({text.bold, tier, code_point});
}

}  // namespace pm::render
