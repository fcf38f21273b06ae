#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/inputs.hpp"

namespace pm::app {

void printWarnings(const std::vector<Problem>& warnings, std::ostream& err) {
    for (const Problem& warning : warnings) {
        Problem shown = warning;
        shown.message = "warning: " + warning.message;
        err << shown.toString() << '\n';
    }
}

// Each file is checked on its own, so that every file's problems are reported in one run.
int runValidate(const std::vector<std::string>& files, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    bool all_valid = true;
    for (const std::string& file : files) {
        std::vector<Problem> warnings;
        try {
            const DataSet data = inputs.loadData({file}, warnings);
            printWarnings(warnings, err);
            out << file << ": valid, " << data.cities.size() << " cities, " << data.partnerships.size()
                << " partnerships\n";
        } catch (const DataError& error) {
            printWarnings(warnings, err);
            for (const Problem& problem : error.problems()) err << problem.toString() << '\n';
            all_valid = false;
        }
    }
    return all_valid ? kExitOk : kExitBadData;
}

}  // namespace pm::app
