#include "ui/export_model.hpp"

#include <filesystem>

#include "core/text_fold.hpp"
#include "core/text_util.hpp"

namespace pm::ui {

std::string_view exportExtension(ExportKind kind) {
    switch (kind) {
        case ExportKind::Png:
            return ".png";
        case ExportKind::Svg:
            return ".svg";
        case ExportKind::Csv:
            return ".csv";
        case ExportKind::GeoJson:
            return ".geojson";
    }
    return ".png";
}

std::string pathForKind(std::string_view path, ExportKind kind) {
    std::filesystem::path result{std::string(path)};
    if (result.filename().empty()) result /= "partnermap";
    result.replace_extension(exportExtension(kind));
    return result.string();
}

std::string exportSizeError(int width, int height, std::string_view lang) {
    if (width >= 1 && height >= 1 && width <= kMaxExportSide && height <= kMaxExportSide) return "";
    const std::string size = std::to_string(width) + " × " + std::to_string(height);
    const std::string max = std::to_string(kMaxExportSide);
    if (lang == "en") return "Width and height must be between 1 and " + max + " pixels (entered: " + size + ").";
    return "Breite und Höhe müssen zwischen 1 und " + max + " Pixeln liegen (eingegeben: " + size + ").";
}

ExportCheck checkExport(const ExportState& state, std::string_view lang) {
    const bool en = lang == "en";
    ExportCheck check;
    const std::string path(trimSpaces(state.path));
    if (path.empty()) {
        check.error = en ? "Please enter a file name." : "Bitte einen Dateinamen angeben.";
        return check;
    }
    const std::string extension(exportExtension(state.kind));
    if (foldKey(std::filesystem::path(path).extension().string()) != extension) {
        check.error =
            (en ? "The file name must end in " : "Der Dateiname muss auf ") + extension + (en ? "." : " enden.");
        return check;
    }
    ExportRequest request;
    request.kind = state.kind;
    request.path = path;
    const bool sized = state.kind == ExportKind::Png || state.kind == ExportKind::Svg;
    if (sized && !state.window_size) {
        check.error = exportSizeError(state.width, state.height, lang);
        if (!check.error.empty()) return check;
        request.width = state.width;
        request.height = state.height;
    }
    request.inset = sized && state.inset;
    check.request = request;
    return check;
}

}  // namespace pm::ui
