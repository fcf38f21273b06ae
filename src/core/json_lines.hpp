#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/problem.hpp"

namespace pm {

// A parsed JSON document plus the line of its values. nlohmann's DOM has no positions, so the
// parse goes through SAX and records the line of each value under its JSON pointer (RFC 6901:
// "" is the root, "/cities/0/lat" a member of an array element). The pointers are stored as
// 64-bit FNV-1a hashes, which the parser computes without building the strings; a collision
// (odds about 1e-8 for a million values) could only misplace a message.
struct JsonDocument {
    nlohmann::json root;
    std::unordered_map<std::uint64_t, int> lines;

    // The line of the value at `pointer`, or of its nearest recorded ancestor; 1 if none is known.
    int lineOf(std::string_view pointer) const;
};

// FNV-1a, continued from `hash` over `text`; kPointerHashStart is the hash of "".
inline constexpr std::uint64_t kPointerHashStart = 14695981039346656037ull;
inline std::uint64_t pointerHash(std::string_view text, std::uint64_t hash = kPointerHashStart) {
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

// PartnerMap files nest 5 levels at most (GeoJSON MultiLineString coordinates: 7). The limit keeps
// hostile input from exhausting memory or our own recursive walks.
inline constexpr int kMaxJsonDepth = 64;

// Parses `text` (UTF-8 without BOM). Malformed JSON or nesting deeper than kMaxJsonDepth append a
// problem and return nullopt; a duplicate key appends a problem and the parse goes on.
// Values below a member named `unrecorded_key` get no line of their own (GeoJSON coordinates
// would otherwise record one entry per number).
std::optional<JsonDocument> parseJsonWithLines(std::string_view text, const std::string& file_label,
                                               std::vector<Problem>& problems, std::string_view unrecorded_key = {});

// A key escaped as one JSON pointer reference token ("a/b" -> "a~1b").
std::string jsonPointerToken(std::string_view key);

}  // namespace pm
