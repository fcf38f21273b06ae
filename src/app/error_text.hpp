#pragma once

#include <exception>
#include <string>

namespace pm::app {

// The first line of an error's message, for a status line: a DataError lists every problem on a
// line of its own (FILE:LINE: ...), the first says where to look.
inline std::string firstLine(const std::exception& error) {
    const std::string text = error.what();
    return text.substr(0, text.find('\n'));
}

}  // namespace pm::app
