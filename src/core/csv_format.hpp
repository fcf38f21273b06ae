#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/dataset_files.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm {

// The columns CSV export writes, in this order (comma-separated).
inline constexpr std::string_view kCsvHeader =
    "home,home_country,partner,country,type,since,until,status,lat,lon,home_lat,home_lon,note,source";

// Reads the spreadsheet format of docs/format.md: one partnership per row, cities named and located
// per row or looked up with context.geocoder. Appends every problem, validation included, to
// `problems` in file order; unknown columns go to context.warnings.
DataSet readCsv(std::string_view text, const std::string& file_label, const ImportContext& context,
                std::vector<Problem>& problems);

// One row per partnership in data order, kCsvHeader columns, LF line ends, UTF-8 without BOM,
// quotes only where needed. `data` must be valid (every city id resolves).
std::string writeCsv(const DataSet& data, char delimiter = ',');

// A year from "1954", "1954-05-12" or "12.05.1954"; nullopt for anything else.
std::optional<int> parseYearText(std::string_view text);

}  // namespace pm
