#include "core/text_util.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace pm {

std::string_view stripUtf8Bom(std::string_view text) {
    if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
    return text;
}

namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the well-formed sequence starting at text[i], or 0 if it is not well-formed.
size_t sequenceLength(std::string_view text, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    size_t length = 0;
    unsigned char min_second = 0x80, max_second = 0xBF;  // RFC 3629 table 3-7 bounds
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;  // overlong
        if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;  // overlong
        if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
    for (size_t k = 2; k < length; ++k)
        if (!isContinuation(byte(i + k))) return 0;
    return length;
}

}  // namespace

std::optional<size_t> findInvalidUtf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        // Fast path over ASCII, which is most of every data file.
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const size_t length = sequenceLength(text, i);
        // The lead byte is what a Latin-1 file has in place of the letter, so report that one.
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

char32_t decodeUtf8(std::string_view text, size_t& offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    const size_t length = sequenceLength(text, offset);
    if (length <= 1) {
        ++offset;
        return lead;
    }
    char32_t code = lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[offset + k]) & 0x3F);
    offset += length;
    return code;
}

int lineAt(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

int columnAt(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    const size_t newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    if (newline == std::string_view::npos || newline >= offset) return static_cast<int>(offset) + 1;
    return static_cast<int>(offset - newline);
}

std::string_view trimSpaces(std::string_view text) {
    constexpr std::string_view spaces = " \t\r\n";
    const size_t first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    const size_t last = text.find_last_not_of(spaces);
    return text.substr(first, last - first + 1);
}

std::optional<double> parseDecimal(std::string_view text, bool decimal_comma) {
    std::string buffer;
    if (decimal_comma && text.find(',') != std::string_view::npos) {
        if (text.find('.') != std::string_view::npos || std::count(text.begin(), text.end(), ',') != 1)
            return std::nullopt;
        buffer.assign(text);
        std::replace(buffer.begin(), buffer.end(), ',', '.');
        text = buffer;
    }
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    // from_chars would accept "inf" and "nan"; a coordinate or year never looks like that.
    const char first = text.front() == '-' && text.size() > 1 ? text[1] : text.front();
    if (!(first >= '0' && first <= '9') && first != '.') return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<long long> parseWholeNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string formatDecimal(double value, int max_decimals) {
    char buffer[400];  // enough for any double in fixed notation
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, max_decimals);
    std::string text(buffer, result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return text;
}

std::string formatShortest(double value) {
    char buffer[400];  // enough for any double in fixed notation
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return std::string(buffer, result.ptr);
}

double roundToDecimals(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0.0 ? 0.0 : rounded;  // no "-0"
}

std::string quotedList(const std::vector<std::string>& items, size_t limit) {
    std::string text;
    for (size_t i = 0; i < items.size() && i < limit; ++i) {
        if (i > 0) text += ", ";
        text += "'" + items[i] + "'";
    }
    if (items.size() > limit) text += " and " + std::to_string(items.size() - limit) + " more";
    return text;
}

std::string joinWith(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += separator;
        text += items[i];
    }
    return text;
}

}  // namespace pm
