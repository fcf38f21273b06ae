#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/gl_objects.hpp"

namespace pm::render {

// A GLSL 330 core program built from `<dir>/<name>.vert` and `<dir>/<name>.frag` (or another fragment
// shader), each prefixed with `<dir>/common.glsl` when that file exists. Info-log line numbers refer
// to the file itself. `defines` (lines such as "#define DASHED\n") go in front of both files: one
// file then serves several variants, each compiled without the branches it never takes, which a
// software rasteriser would otherwise run for every pixel. Throws ShaderError naming the file and
// quoting the driver's log.
class ShaderProgram {
public:
    ShaderProgram(const std::filesystem::path& dir, std::string_view vertex_name, std::string_view fragment_name,
                  std::string_view defines = {});

    void use() const { glUseProgram(m_program.get()); }
    GLuint id() const { return m_program.get(); }
    // -1 for uniforms the compiler removed; setting those is a no-op in GL, as intended.
    GLint uniform(const char* name);

private:
    GlProgram m_program;
    std::unordered_map<std::string, GLint> m_uniforms;
};

}  // namespace pm::render
