#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

// Measures text for label layout and furniture, so that layout code never touches a font API.
class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    // Width in pixels of one line of UTF-8 text at the given font size (the em size in pixels).
    virtual double width(std::string_view utf8, double font_px) const = 0;
    // Distance from the baseline to the top of capitals and to the bottom of descenders, in pixels.
    virtual double ascent(double font_px) const { return 0.76 * font_px; }
    virtual double descent(double font_px) const { return 0.24 * font_px; }
};

// Metrics of a TrueType font read with stb_truetype: the same advances and kerning that
// the app's ImGui font and an SVG viewer with that font use.
class FontTextMetrics : public TextMetrics {
public:
    // Throws std::runtime_error if the file is missing or not a font.
    explicit FontTextMetrics(const std::filesystem::path& font_file);
    ~FontTextMetrics() override;
    double width(std::string_view utf8, double font_px) const override;
    double ascent(double font_px) const override;
    double descent(double font_px) const override;

private:
    struct Font;
    std::vector<unsigned char> m_bytes;
    std::unique_ptr<Font> m_font;
};

// Average Latin glyph widths, for machines without the font: labels still don't overlap, with
// a little more room than needed.
class ApproximateTextMetrics : public TextMetrics {
public:
    double width(std::string_view utf8, double font_px) const override;
};

// Noto Sans Regular (Debian fonts-noto-core) if installed, else the approximation.
std::unique_ptr<TextMetrics> makeDefaultTextMetrics(bool bold = false);
std::filesystem::path defaultFontPath(bool bold = false);  // empty if not installed

// The code points of a UTF-8 string; invalid bytes become U+FFFD.
std::u32string decodeUtf8Lossy(std::string_view utf8);

}  // namespace pm
