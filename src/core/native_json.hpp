#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm {

// The version of the native format this build reads and writes ("format": 1).
inline constexpr int kNativeFormatVersion = 1;

// Reads PartnerMap's own JSON format (docs/format.md). Appends every problem, validation
// included, to `problems` in file order, each at the line of the offending value.
DataSet readNativeJson(std::string_view text, const std::string& file_label, std::vector<Problem>& problems);

// Pretty JSON in the documented key order, 2-space indent, UTF-8 unescaped, trailing newline;
// readNativeJson(writeNativeJson(x)) == x.
std::string writeNativeJson(const DataSet& data);

}  // namespace pm
