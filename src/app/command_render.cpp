#include <filesystem>
#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/inputs.hpp"
#include "app/usage_error.hpp"
#include "core/dataset_files.hpp"
#include "core/map_view.hpp"

namespace pm::app {

namespace {

std::string lowerExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

}  // namespace

int runRender(const RenderOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    const std::string extension = lowerExtension(options.output);
    if (extension != ".svg" && extension != ".png")
        throw UsageError("render: can't tell the format of '" + options.output + "'; end it in .svg or .png");
    std::vector<Problem> warnings;
    const DataSet data = inputs.loadData(options.files, warnings);
    printWarnings(warnings, err);
    const MapView view = resolveMapView(options, data, inputs.countries());
    if (extension == ".png") return renderPng(data, view, options.output, out, err);
    BasemapCache basemaps;
    writeFileAtomically(options.output, renderMapSvg(data, view, basemaps));
    out << options.output << ": " << view.width << "x" << view.height << " SVG\n";
    return kExitOk;
}

}  // namespace pm::app
