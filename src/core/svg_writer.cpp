#include "core/svg_writer.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <system_error>

namespace pm {

namespace {

constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
// Beyond this a scaled value is not exactly representable as a double integer any more.
constexpr double kMaxScaled = 9.0e15;

void checkDecimals(int decimals) {
    if (decimals < 0 || decimals > 6) {
        throw std::invalid_argument("SVG: decimals must be in 0..6, got " + std::to_string(decimals));
    }
}

void checkFinite(double value) {
    if (!std::isfinite(value)) {
        throw std::invalid_argument(std::string("SVG: cannot write the number ") + (std::isnan(value) ? "NaN"
                                                                                    : value > 0       ? "inf"
                                                                                                      : "-inf"));
    }
}

// `value` in units of 10^-decimals, rounded half away from zero.
std::int64_t quantize(double value, int decimals) {
    checkFinite(value);
    const double scaled = std::round(value * static_cast<double>(kPowersOfTen[decimals]));
    if (std::abs(scaled) > kMaxScaled) {
        throw std::invalid_argument("SVG: path coordinate out of range: " + formatSvgNumber(value, 0));
    }
    return static_cast<std::int64_t>(scaled);
}

// Writes units of 10^-decimals as a compact decimal: 150 (2 decimals) -> "1.5", -3 -> "-0.03", 0 -> "0".
void appendQuantized(std::string& out, std::int64_t units, int decimals) {
    if (units < 0) out += '-';
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, units < 0 ? -units : units);
    std::string_view text(digits, static_cast<size_t>(end - digits));
    const auto places = static_cast<size_t>(decimals);
    if (text.size() <= places) {
        out += "0.";
        out.append(places - text.size(), '0');
        out += text;
    } else {
        out += text.substr(0, text.size() - places);
        if (places > 0) {
            out += '.';
            out += text.substr(text.size() - places);
        }
    }
    if (places > 0) {  // drop trailing zeros, then a bare point
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
}

// Decodes the UTF-8 sequence at s[i]; returns its length and sets cp, or returns the length of the
// maximal invalid subpart (at least 1) and sets cp to U+FFFD.
size_t decodeUtf8(std::string_view s, size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    int need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // beyond U+10FFFF
    } else {
        cp = 0xFFFD;
        return 1;
    }
    char32_t value = b0 & (0x3F >> need);
    for (int k = 1; k <= need; ++k) {
        if (i + k >= s.size()) {
            cp = 0xFFFD;
            return static_cast<size_t>(k);
        }
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
            cp = 0xFFFD;
            return static_cast<size_t>(k);
        }
        value = (value << 6) | (b & 0x3F);
    }
    cp = value;
    return static_cast<size_t>(need) + 1;
}

bool isXmlChar(char32_t cp) {
    if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
    return cp != 0xFFFE && cp != 0xFFFF;
}

void appendEscaped(std::string& out, std::string_view utf8, bool attribute) {
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const size_t length = decodeUtf8(utf8, i, cp);
        const std::string_view bytes = utf8.substr(i, length);
        i += length;
        if (!isXmlChar(cp)) continue;
        switch (cp) {
            case U'&':
                out += "&amp;";
                break;
            case U'<':
                out += "&lt;";
                break;
            case U'>':
                out += "&gt;";
                break;
            case U'\r':
                out += "&#13;";
                break;
            case U'"':
                out += attribute ? "&quot;" : "\"";
                break;
            case U'\'':
                out += attribute ? "&apos;" : "'";
                break;
            case U'\t':
                out += attribute ? "&#9;" : "\t";
                break;
            case U'\n':
                out += attribute ? "&#10;" : "\n";
                break;
            case 0xFFFD:
                out += "\xEF\xBF\xBD";  // the replacement character, whether decoded or substituted
                break;
            default:
                out += bytes;
        }
    }
}

bool isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}
bool isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// ASCII XML names only: all SVG element and attribute names, data-* included, are ASCII.
void checkName(std::string_view name) {
    bool valid = !name.empty() && isNameStart(name.front());
    for (char c : name) valid = valid && isNameChar(c);
    if (!valid) throw std::invalid_argument("SVG: \"" + std::string(name) + "\" is not a valid XML name");
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
        if (name == word) return true;
    }
    return false;
}

bool isGenericFamily(std::string_view name) {
    return isOneOf(name, {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif",
                          "ui-sans-serif", "ui-monospace", "ui-rounded", "emoji", "math", "fangsong"});
}

// Keywords that a bare family name must not be mistaken for.
bool isCssWideKeyword(std::string_view name) {
    return isOneOf(name, {"inherit", "initial", "unset", "revert", "revert-layer", "default"});
}

// True when the name can stand unquoted in CSS: words that are simple identifiers, single spaces.
bool isPlainFamilyName(std::string_view name) {
    bool word_start = true;
    for (size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (word_start) {
            if (!letter) return false;
            word_start = false;
        } else if (c == ' ') {
            if (i + 1 == name.size()) return false;
            word_start = true;
        } else if (!letter && !digit && c != '-') {
            return false;
        }
    }
    return !name.empty();
}

}  // namespace

// ---- Numbers and escaping -------------------------------------------------------------------------

void appendSvgNumber(std::string& out, double value, int decimals) {
    checkDecimals(decimals);
    checkFinite(value);
    const double scaled = std::round(value * static_cast<double>(kPowersOfTen[decimals]));
    if (std::abs(scaled) <= kMaxScaled) {
        appendQuantized(out, static_cast<std::int64_t>(scaled), decimals);
        return;
    }
    // Huge values: plain digits from to_chars; the decimals are far below the double's resolution.
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
    out.append(buffer, end);
}

std::string formatSvgNumber(double value, int decimals) {
    std::string out;
    appendSvgNumber(out, value, decimals);
    return out;
}

std::string escapeXmlText(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    appendEscaped(out, utf8, false);
    return out;
}

std::string escapeXmlAttribute(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    appendEscaped(out, utf8, true);
    return out;
}

std::string cssFontFamilyList(std::initializer_list<std::string_view> families) {
    std::string out;
    for (std::string_view name : families) {
        if (name.empty()) continue;
        if (!out.empty()) out += ", ";
        if (isGenericFamily(name) || (isPlainFamilyName(name) && !isCssWideKeyword(name))) {
            out += name;
        } else {
            out += '\'';
            for (char c : name) {
                if (c == '\'' || c == '\\') out += '\\';
                out += (c == '\n' || c == '\r' || c == '\f') ? ' ' : c;
            }
            out += '\'';
        }
    }
    return out;
}

// ---- Attributes -----------------------------------------------------------------------------------

SvgAttributes& SvgAttributes::set(std::string_view name, std::string_view value) {
    return put(name, std::string(value));
}

SvgAttributes& SvgAttributes::set(std::string_view name, double value) {
    return put(name, value);
}

SvgAttributes& SvgAttributes::put(std::string_view name, std::variant<std::string, double> value) {
    checkName(name);
    for (Attribute& attribute : m_attributes) {
        if (attribute.name == name) {
            attribute.value = std::move(value);
            return *this;
        }
    }
    m_attributes.push_back({std::string(name), std::move(value)});
    return *this;
}

// ---- Path data ------------------------------------------------------------------------------------

SvgPathBuilder::SvgPathBuilder(int decimals, SvgPathMode mode) : m_decimals(decimals), m_mode(mode) {
    checkDecimals(decimals);
}

void SvgPathBuilder::appendCoordinate(std::int64_t value) {
    // A minus sign or a command letter separates on its own; digits after digits need a space.
    if (value >= 0 && !m_data.empty()) {
        const char last = m_data.back();
        if ((last >= '0' && last <= '9') || last == '.') m_data += ' ';
    }
    appendQuantized(m_data, value, m_decimals);
}

void SvgPathBuilder::appendPoint(char command, std::int64_t x, std::int64_t y) {
    const bool relative = m_mode == SvgPathMode::Relative && !m_data.empty();
    const char letter = relative ? static_cast<char>(command - 'A' + 'a') : command;
    // After M or L further pairs are implicit line-tos; M's implicit follower is L (m's is l).
    const bool implicit = command == 'L' && (m_last_command == letter || m_last_command == letter - 'l' + 'm');
    if (!implicit) m_data += letter;
    appendCoordinate(relative ? x - m_x : x);
    appendCoordinate(relative ? y - m_y : y);
    m_last_command = letter;
    m_x = x;
    m_y = y;
}

SvgPathBuilder& SvgPathBuilder::moveTo(double x, double y) {
    const std::int64_t qx = quantize(x, m_decimals);
    const std::int64_t qy = quantize(y, m_decimals);
    appendPoint('M', qx, qy);
    m_start_x = qx;
    m_start_y = qy;
    m_segment_in_subpath = false;
    return *this;
}

SvgPathBuilder& SvgPathBuilder::lineTo(double x, double y) {
    if (m_data.empty()) throw std::logic_error("SVG path: lineTo before the first moveTo");
    const std::int64_t qx = quantize(x, m_decimals);
    const std::int64_t qy = quantize(y, m_decimals);
    if (qx == m_x && qy == m_y && m_segment_in_subpath) return *this;
    appendPoint('L', qx, qy);
    m_segment_in_subpath = true;
    return *this;
}

SvgPathBuilder& SvgPathBuilder::close() {
    if (m_data.empty()) throw std::logic_error("SVG path: close before the first moveTo");
    m_data += m_mode == SvgPathMode::Relative ? 'z' : 'Z';
    m_last_command = 'z';
    m_x = m_start_x;
    m_y = m_start_y;
    m_segment_in_subpath = false;
    return *this;
}

// ---- Writer ---------------------------------------------------------------------------------------

SvgWriter::SvgWriter(int decimals) : m_decimals(decimals) {
    checkDecimals(decimals);
}

void SvgWriter::requireWritable() const {
    if (m_finished) throw std::logic_error("SVG: the document is already finished");
}

void SvgWriter::newlineAndIndent() {
    if (m_out.empty()) return;
    m_out += '\n';
    m_out.append(2 * m_open.size(), ' ');
}

std::string SvgWriter::tagText(std::string_view name, const SvgAttributes& attributes, bool self_closing) const {
    std::string tag = "<";
    tag += name;
    for (const SvgAttributes::Attribute& attribute : attributes.m_attributes) {
        tag += ' ';
        tag += attribute.name;
        tag += "=\"";
        if (const auto* text = std::get_if<std::string>(&attribute.value)) {
            appendEscaped(tag, *text, true);
        } else {
            appendSvgNumber(tag, std::get<double>(attribute.value), m_decimals);
        }
        tag += '"';
    }
    tag += self_closing ? "/>" : ">";
    return tag;
}

void SvgWriter::startTag(std::string_view name, const SvgAttributes& attributes, bool self_closing,
                         std::string_view prefix) {
    requireWritable();
    checkName(name);
    if (m_open.empty() && m_has_root) throw std::logic_error("SVG: a second root element <" + std::string(name) + ">");
    // Everything that can throw happens before the output or the state changes.
    const std::string tag = tagText(name, attributes, self_closing);
    m_out += prefix;
    if (m_open.empty() || !m_open.back().has_text) newlineAndIndent();
    m_out += tag;
    if (m_open.empty()) {
        m_has_root = true;
    } else {
        m_open.back().has_children = true;
    }
    if (!self_closing) m_open.push_back({std::string(name)});
}

void SvgWriter::beginSvg(double width, double height, const SvgAttributes& attributes) {
    beginSvg(width, height, SvgViewBox{0.0, 0.0, width, height}, attributes);
}

void SvgWriter::beginSvg(double width, double height, const SvgViewBox& view_box, const SvgAttributes& attributes) {
    requireWritable();
    if (m_has_root) throw std::logic_error("SVG: beginSvg must start the document");
    std::string box;
    for (double v : {view_box.x, view_box.y, view_box.width, view_box.height}) {
        if (!box.empty()) box += ' ';
        appendSvgNumber(box, v, m_decimals);
    }
    SvgAttributes root;
    root.set("xmlns", "http://www.w3.org/2000/svg").set("width", width).set("height", height).set("viewBox", box);
    for (const SvgAttributes::Attribute& attribute : attributes.m_attributes) {
        root.put(attribute.name, attribute.value);
    }
    startTag("svg", root, false, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
}

void SvgWriter::endSvg() {
    endElement("svg");
}

void SvgWriter::style(std::string_view css) {
    element("style", {}, css);
}

void SvgWriter::beginGroup(std::string_view id, const SvgAttributes& attributes) {
    if (id.empty()) {
        beginElement("g", attributes);
        return;
    }
    SvgAttributes all;
    all.set("id", id);
    for (const SvgAttributes::Attribute& attribute : attributes.m_attributes) all.put(attribute.name, attribute.value);
    beginElement("g", all);
}

void SvgWriter::endGroup() {
    endElement("g");
}

// Shapes start with the caller's class (`<circle class="city" cx=...>`, easy to find with a
// search), then their geometry, then the caller's other attributes, which may override the geometry.
SvgAttributes SvgWriter::classFirst(const SvgAttributes& attributes) {
    SvgAttributes all;
    for (const SvgAttributes::Attribute& attribute : attributes.m_attributes)
        if (attribute.name == "class") all.put(attribute.name, attribute.value);
    return all;
}

void SvgWriter::addRest(SvgAttributes& all, const SvgAttributes& attributes) {
    for (const SvgAttributes::Attribute& attribute : attributes.m_attributes)
        if (attribute.name != "class") all.put(attribute.name, attribute.value);
}

void SvgWriter::path(const SvgPathBuilder& path, const SvgAttributes& attributes) {
    SvgAttributes all = classFirst(attributes);
    all.set("d", path.data());
    addRest(all, attributes);
    element("path", all);
}

void SvgWriter::circle(double cx, double cy, double r, const SvgAttributes& attributes) {
    SvgAttributes all = classFirst(attributes);
    all.set("cx", cx).set("cy", cy).set("r", r);
    addRest(all, attributes);
    element("circle", all);
}

void SvgWriter::rect(double x, double y, double width, double height, const SvgAttributes& attributes) {
    SvgAttributes all = classFirst(attributes);
    all.set("x", x).set("y", y).set("width", width).set("height", height);
    addRest(all, attributes);
    element("rect", all);
}

void SvgWriter::line(double x1, double y1, double x2, double y2, const SvgAttributes& attributes) {
    SvgAttributes all = classFirst(attributes);
    all.set("x1", x1).set("y1", y1).set("x2", x2).set("y2", y2);
    addRest(all, attributes);
    element("line", all);
}

void SvgWriter::text(double x, double y, std::string_view content, const SvgAttributes& attributes) {
    SvgAttributes all = classFirst(attributes);
    all.set("x", x).set("y", y);
    addRest(all, attributes);
    beginElement("text", all);
    characters(content);
    endElement("text");
}

void SvgWriter::beginElement(std::string_view name, const SvgAttributes& attributes) {
    startTag(name, attributes, false);
}

void SvgWriter::endElement(std::string_view name) {
    requireWritable();
    if (m_open.empty()) throw std::logic_error("SVG: </" + std::string(name) + "> closes nothing");
    if (m_open.back().name != name) {
        throw std::logic_error("SVG: </" + std::string(name) + "> while <" + m_open.back().name + "> is open");
    }
    const Open closing = m_open.back();
    m_open.pop_back();
    if (closing.has_children && !closing.has_text) newlineAndIndent();
    m_out += "</";
    m_out += name;
    m_out += '>';
}

void SvgWriter::element(std::string_view name, const SvgAttributes& attributes, std::string_view text) {
    if (text.empty()) {
        startTag(name, attributes, true);
        return;
    }
    beginElement(name, attributes);
    characters(text);
    endElement(name);
}

void SvgWriter::characters(std::string_view utf8) {
    requireWritable();
    if (m_open.empty()) throw std::logic_error("SVG: text outside the root element");
    m_open.back().has_text = true;
    appendEscaped(m_out, utf8, false);
}

std::string SvgWriter::finish() {
    requireWritable();
    if (!m_has_root) throw std::logic_error("SVG: the document has no root element");
    if (!m_open.empty()) {
        std::string open;
        for (const Open& element : m_open) open += "<" + element.name + ">";
        throw std::logic_error("SVG: unclosed elements at the end of the document: " + open);
    }
    m_finished = true;
    m_out += '\n';
    return std::move(m_out);
}

}  // namespace pm
