// Built with -DPARTNERMAP_BUILD_APP=OFF: the command line works, the window does not exist.
#include "app/app.hpp"
#include "app/cli.hpp"

namespace pm::app {

int runApp(const AppOptions&, const Inputs&, std::ostream&, std::ostream& err) {
    err << "partnermap: this build has no window (configured with -DPARTNERMAP_BUILD_APP=OFF); "
           "use the subcommands, e.g. partnermap render -o map.svg\n";
    return kExitUsage;
}

int runAppBench(const BenchOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    return runApp({}, inputs, out, err);
}

}  // namespace pm::app
