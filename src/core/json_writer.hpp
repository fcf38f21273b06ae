#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pm {

// Serializes like nlohmann's dump() (indent < 0: compact, else pretty with that many spaces; UTF-8
// unescaped), except that decimal numbers are written as the shortest text that reads back as the
// same double (std::to_chars), in fixed notation: 52.123583 stays 52.123583 where nlohmann's Grisu2
// may write 52.123583000000004, and 0.000001 is not written as 1e-06. Throws DataError if a string
// is not valid UTF-8.
std::string dumpJson(const nlohmann::ordered_json& value, int indent);

}  // namespace pm
