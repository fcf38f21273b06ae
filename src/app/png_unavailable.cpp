#include <ostream>

#include "app/commands.hpp"
#include "app/usage_error.hpp"

namespace pm::app {

// Until the OpenGL renderer exists, PNG output is refused clearly.
int renderPng(const DataSet&, const MapView&, const std::string& output, std::ostream&, std::ostream&) {
    throw UsageError("render: PNG output (" + output + ") needs the OpenGL renderer, which this build lacks; use .svg");
}

}  // namespace pm::app
