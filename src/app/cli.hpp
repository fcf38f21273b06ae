#pragma once

#include <iosfwd>

namespace pm::app {

// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadData = 1;
inline constexpr int kExitUsage = 2;

// Runs the command line; output and errors go to the given streams so tests can run it in-process.
int runCli(int argc, char** argv);
int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace pm::app
