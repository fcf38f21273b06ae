#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/inputs.hpp"
#include "app/usage_error.hpp"

namespace pm::app {

int runConvert(const std::string& in, const std::string& out_file, const Inputs& inputs, std::ostream& out,
               std::ostream& err) {
    if (!formatFromExtension(out_file))
        throw UsageError("convert: can't tell the format of '" + out_file + "'; end it in .json, .csv or .geojson");
    std::vector<Problem> warnings;
    const DataSet data = inputs.loadData({in}, warnings);
    printWarnings(warnings, err);
    saveDataSetFile(data, out_file);
    out << out_file << ": " << data.cities.size() << " cities, " << data.partnerships.size() << " partnerships\n";
    return kExitOk;
}

}  // namespace pm::app
