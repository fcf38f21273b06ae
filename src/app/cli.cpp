#include "app/cli.hpp"

#include <iostream>

namespace pm::app {

int runCli(int argc, char** argv) { return runCli(argc, argv, std::cout, std::cerr); }

int runCli(int, char**, std::ostream& out, std::ostream&) {
    out << "PartnerMap\n";
    return kExitOk;
}

}  // namespace pm::app
