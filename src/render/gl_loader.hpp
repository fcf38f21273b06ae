#pragma once

#include <glad/gl.h>

namespace pm::render {

// Loads the GL 3.3 core entry points through the given proc-address function (e.g. glfwGetProcAddress)
// for the current context. Returns the loaded version as major * 10000 + minor, 0 on failure.
int loadGl(GLADloadfunc get_proc_address);

}  // namespace pm::render
