#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ui/app_state.hpp"

namespace pm::ui {

// The largest PNG/SVG side the tiled export produces.
inline constexpr int kMaxExportSide = 16384;

std::string_view exportExtension(ExportKind kind);  // ".png", ".svg", ".csv", ".geojson"

// `path` with its extension replaced by the kind's (added if it has none): the dialog keeps the
// file name in step with the chosen kind.
std::string pathForKind(std::string_view path, ExportKind kind);

// "" if width × height can be exported, else the reason in `lang`.
std::string exportSizeError(int width, int height, std::string_view lang);

// The request the export dialog's fields describe, or why there is none (in `lang`).
struct ExportCheck {
    std::optional<ExportRequest> request;
    std::string error;
};
ExportCheck checkExport(const ExportState& state, std::string_view lang);

}  // namespace pm::ui
