#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// A small writer for well-formed SVG documents in a std::string: escaping, compact locale-independent
// numbers, checked element nesting and a path-data builder. It knows just enough SVG for the map
// export; everything else goes through the generic element calls.
namespace pm {

// `value` rounded to `decimals` places (0..6; half away from zero), trailing zeros and a bare point
// dropped, never "-0", never an exponent, always '.' whatever the locale: 1.5, 0, -0.01, 1234567.89.
// Throws std::invalid_argument for NaN or infinity (a coordinate bug upstream, not something to hide)
// and for decimals outside 0..6.
std::string formatSvgNumber(double value, int decimals = 2);
void appendSvgNumber(std::string& out, double value, int decimals = 2);

// Escapes UTF-8 for XML 1.0 character data: & < > become entities, a carriage return becomes &#13;
// (XML would otherwise fold it away), quotes stay as they are. Characters XML 1.0 forbids (U+0000-
// U+001F except tab, newline and return; U+FFFE, U+FFFF) are dropped; each maximal invalid UTF-8
// sequence becomes U+FFFD. Valid UTF-8 passes through unchanged.
std::string escapeXmlText(std::string_view utf8);
// As escapeXmlText, and also " ' tab and newline become entities, for attribute values in either quote.
std::string escapeXmlAttribute(std::string_view utf8);

// A CSS font-family value from family names: generic families and plain names stay bare ("Noto Sans,
// DejaVu Sans, sans-serif"), other names are single-quoted with CSS escapes. Empty names are skipped.
std::string cssFontFamilyList(std::initializer_list<std::string_view> families);

// Attributes in the order they were first set; setting a name again replaces its value.
class SvgAttributes {
public:
    // Throws std::invalid_argument when name is not an XML name (letters, digits, - _ . :).
    SvgAttributes& set(std::string_view name, std::string_view value);
    // Numbers are formatted with the writer's precision.
    SvgAttributes& set(std::string_view name, double value);

    bool empty() const { return m_attributes.empty(); }

private:
    friend class SvgWriter;
    struct Attribute {
        std::string name;
        std::variant<std::string, double> value;
    };
    SvgAttributes& put(std::string_view name, std::variant<std::string, double> value);
    std::vector<Attribute> m_attributes;
};

enum class SvgPathMode : std::uint8_t {
    Absolute,  // M x y x y ... Z: easy to read
    Relative,  // m dx dy l dx dy ... z: about a third shorter for long outlines
};

// Path data with straight segments. Coordinates are rounded to `decimals` places first and relative
// steps are taken between rounded points, so relative data never drifts. Line-tos after a move-to or
// line-to omit their command letter (pairs after M are implicit L, after m implicit l), a minus sign
// doubles as separator, and a lineTo to the current point is skipped unless it is the first segment
// of its subpath (which keeps a dot visible with round caps).
class SvgPathBuilder {
public:
    explicit SvgPathBuilder(int decimals = 2, SvgPathMode mode = SvgPathMode::Relative);

    SvgPathBuilder& moveTo(double x, double y);
    // Throws std::logic_error before the first moveTo.
    SvgPathBuilder& lineTo(double x, double y);
    // Closes the current subpath; the current point returns to its start. Throws before the first moveTo.
    SvgPathBuilder& close();

    bool empty() const { return m_data.empty(); }
    const std::string& data() const { return m_data; }
    int decimals() const { return m_decimals; }

private:
    void appendPoint(char command, std::int64_t x, std::int64_t y);
    void appendCoordinate(std::int64_t value);

    std::string m_data;
    int m_decimals;
    SvgPathMode m_mode;
    char m_last_command = 0;
    bool m_segment_in_subpath = false;
    std::int64_t m_x = 0;  // current point, in units of 10^-decimals
    std::int64_t m_y = 0;
    std::int64_t m_start_x = 0;  // start of the current subpath
    std::int64_t m_start_y = 0;
};

struct SvgViewBox {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
};

// Writes one document with exactly one root element. Nesting is checked: closing the wrong element,
// content outside the root, a second root or finishing with open elements throws std::logic_error.
// A call that throws leaves the document as it was. Elements are indented two spaces per level,
// except inside elements that hold text.
class SvgWriter {
public:
    // `decimals` (0..6) for every number the writer formats.
    explicit SvgWriter(int decimals = 2);

    // The XML declaration and the root <svg xmlns=... width height viewBox>, the view box defaulting
    // to 0 0 width height.
    void beginSvg(double width, double height, const SvgAttributes& attributes = {});
    void beginSvg(double width, double height, const SvgViewBox& view_box, const SvgAttributes& attributes = {});
    void endSvg();

    // <style> with the CSS escaped as character data.
    void style(std::string_view css);
    // <g id=...>; no id attribute when id is empty.
    void beginGroup(std::string_view id = {}, const SvgAttributes& attributes = {});
    void endGroup();

    void path(const SvgPathBuilder& path, const SvgAttributes& attributes = {});
    void circle(double cx, double cy, double r, const SvgAttributes& attributes = {});
    void rect(double x, double y, double width, double height, const SvgAttributes& attributes = {});
    void line(double x1, double y1, double x2, double y2, const SvgAttributes& attributes = {});
    // <text x y ...>content</text>; alignment, fonts etc. go into the attributes.
    void text(double x, double y, std::string_view content, const SvgAttributes& attributes = {});

    // Generic elements, for everything else (<title>, <desc>, <defs>, <tspan>, ...).
    void beginElement(std::string_view name, const SvgAttributes& attributes = {});
    void endElement(std::string_view name);
    // <name .../> when text is empty, else <name ...>text</name>.
    void element(std::string_view name, const SvgAttributes& attributes = {}, std::string_view text = {});
    void characters(std::string_view utf8);

    int depth() const { return static_cast<int>(m_open.size()); }
    // The document; the writer cannot be used afterwards.
    std::string finish();

private:
    struct Open {
        std::string name;
        bool has_children = false;
        bool has_text = false;
    };
    // Writes `prefix`, then the start tag (or empty-element tag); throws before writing anything.
    void startTag(std::string_view name, const SvgAttributes& attributes, bool self_closing,
                  std::string_view prefix = {});
    std::string tagText(std::string_view name, const SvgAttributes& attributes, bool self_closing) const;
    void newlineAndIndent();
    static SvgAttributes classFirst(const SvgAttributes& attributes);
    static void addRest(SvgAttributes& all, const SvgAttributes& attributes);
    void requireWritable() const;

    std::string m_out;
    int m_decimals;
    std::vector<Open> m_open;
    bool m_has_root = false;
    bool m_finished = false;
};

}  // namespace pm
