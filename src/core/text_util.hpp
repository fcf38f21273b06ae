#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

// Byte-level helpers the file readers share. All positions are byte offsets into the text.

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The text without a leading UTF-8 byte order mark.
std::string_view stripUtf8Bom(std::string_view text);

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or nullopt if the text is valid.
std::optional<size_t> findInvalidUtf8(std::string_view text);

// Decodes the code point starting at `offset` and advances `offset` past it. The text must be
// valid UTF-8 (see findInvalidUtf8); a stray byte is returned as itself.
char32_t decodeUtf8(std::string_view text, size_t& offset);

// 1-based line and column (in bytes) of a byte offset; LF ends a line.
int lineAt(std::string_view text, size_t offset);
int columnAt(std::string_view text, size_t offset);

// Without leading and trailing spaces, tabs, CR and LF.
std::string_view trimSpaces(std::string_view text);

// A finite decimal number ("49.45421", "-3", "1e3"); nullopt for anything else, including
// nan and inf. With `decimal_comma`, a single comma is read as the decimal point ("49,45").
std::optional<double> parseDecimal(std::string_view text, bool decimal_comma = false);

// A whole number in decimal digits with an optional sign, or nullopt (also on overflow).
std::optional<long long> parseWholeNumber(std::string_view text);

// Fixed-point with at most `max_decimals` decimals and no trailing zeros: 49.454210 -> "49.45421",
// 11.0 -> "11", -0.0000001 -> "0".
std::string formatDecimal(double value, int max_decimals);

// The shortest fixed-point text that reads back as the same double: 90.0000001, -2, 0.1.
std::string formatShortest(double value);

// `value` rounded to `decimals` decimal places (the nearest double to the rounded decimal).
double roundToDecimals(double value, int decimals);

// "'a', 'b', 'c'" with at most `limit` items, then "and N more".
std::string quotedList(const std::vector<std::string>& items, size_t limit = 20);

// "a, b, c" (no quotes).
std::string joinWith(const std::vector<std::string>& items, std::string_view separator);

}  // namespace pm
