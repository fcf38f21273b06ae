#pragma once

#include <string>
#include <string_view>

namespace pm::app {

// A CSV field, quoted (RFC 4180) only when it contains a comma, quote or line break.
std::string csvField(std::string_view text);

// The number of terminal columns a UTF-8 string takes (one per code point; East Asian wide
// characters take two), for aligning tables.
size_t displayWidth(std::string_view utf8);

}  // namespace pm::app
