#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm {

class Geocoder;
class CountryTable;

enum class FileFormat { NativeJson, Csv, GeoJson };

// .json -> NativeJson, .csv/.tsv/.txt -> Csv, .geojson -> GeoJson (case-insensitive); else nullopt.
std::optional<FileFormat> formatFromExtension(const std::filesystem::path& path);

// What importers may need besides the text: the gazetteer for rows without coordinates and the
// country table for country names and alpha-3 codes. Either may be null; then rows that need it
// are problems. Findings that do not stop the import (e.g. unknown CSV columns, which are
// ignored) are appended to `warnings` if it is set.
struct ImportContext {
    const Geocoder* geocoder = nullptr;
    const CountryTable* countries = nullptr;
    std::vector<Problem>* warnings = nullptr;
};

// Reads, decodes and validates a data file. Throws DataError listing every problem as
// FILE:LINE: message (file = path as given). Rejects directories, files over 64 MiB, binary and
// non-UTF-8 content before parsing.
DataSet loadDataSetFile(const std::filesystem::path& path, const ImportContext& context);

// The same from text already in memory; `file_label` is what messages call the file.
DataSet parseDataSet(std::string_view text, FileFormat format, const std::string& file_label,
                     const ImportContext& context);

// Semantic checks every format shares: coordinate ranges, ids that resolve, known types,
// since <= until, plausible years, duplicate cities and partnerships. Problems carry the
// file and line stored in the model.
std::vector<Problem> validateDataSet(const DataSet& data, const std::string& file_label);

// The text of a data file (see docs/format.md; Csv is comma-separated). Throws DataError with the
// validateDataSet problems, labelled with data.source, if the data is not valid.
std::string serializeDataSet(const DataSet& data, FileFormat format);

// Writes through a temporary file in the same folder and renames it, so that a failure never
// leaves a half-written file. Throws DataError naming the path. saveDataSetFile picks the format
// from the extension (.tsv: tab-separated CSV) and refuses invalid data like serializeDataSet.
void saveDataSetFile(const DataSet& data, const std::filesystem::path& path);
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace pm
