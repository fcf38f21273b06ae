#pragma once

#include <stdexcept>

namespace pm::app {

// A command line that can't be carried out as typed: exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace pm::app
