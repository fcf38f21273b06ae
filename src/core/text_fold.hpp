#pragma once

#include <string>
#include <string_view>

namespace pm {

// The key under which names are compared: case- and accent-insensitive, so that
// "Krakow", "KRAKÓW" and "kraków" share one key, as do "Nurnberg" and "Nürnberg".
// Lower-cases every script (Ростов == ростов), strips combining marks, maps ß to ss,
// treats all apostrophes (’ ' ʼ) as ', all dashes as -, and collapses whitespace.
// Invalid UTF-8 bytes are dropped.
std::string foldKey(std::string_view utf8);

}  // namespace pm
