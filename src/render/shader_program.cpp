#include "render/shader_program.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "render/map_renderer.hpp"

namespace pm::render {

namespace {

std::string readShaderFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ShaderError(file.string() + ": cannot read the shader; is the shaders/ folder installed?");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string infoLog(GLuint object, bool is_program) {
    GLint length = 0;
    if (is_program)
        glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    else
        glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<size_t>(std::max(length, 1)), '\0');
    GLsizei written = 0;
    if (is_program)
        glGetProgramInfoLog(object, length, &written, log.data());
    else
        glGetShaderInfoLog(object, length, &written, log.data());
    log.resize(static_cast<size_t>(written));
    while (!log.empty() && (log.back() == '\n' || log.back() == '\0')) log.pop_back();
    return log;
}

// The shared prelude goes in front of the file as its own source string; the file keeps its line
// numbers because its #version line is blanked and "#line 1" precedes it.
struct ShaderSource {
    std::string prelude;
    std::string body;
};

ShaderSource composeSource(const std::filesystem::path& dir, const std::filesystem::path& file,
                           std::string_view defines) {
    std::string body = readShaderFile(file);
    const size_t version_end = body.find('\n');
    std::string version = body.substr(0, version_end);
    if (version.rfind("#version", 0) != 0)
        throw ShaderError(file.string() + ":1: the first line must be '#version 330 core'");
    body.replace(0, version_end, std::string(version.size(), ' '));
    std::string prelude = version + "\n" + std::string(defines);
    const std::filesystem::path common = dir / "common.glsl";
    std::error_code ec;
    if (std::filesystem::is_regular_file(common, ec)) prelude += "#line 1 1\n" + readShaderFile(common) + "\n";
    prelude += "#line 1 0\n";
    return {std::move(prelude), std::move(body)};
}

class ShaderObject {
public:
    explicit ShaderObject(GLenum type) : m_name(glCreateShader(type)) {}
    ~ShaderObject() { glDeleteShader(m_name); }
    ShaderObject(const ShaderObject&) = delete;
    ShaderObject& operator=(const ShaderObject&) = delete;
    GLuint get() const { return m_name; }

private:
    GLuint m_name;
};

void compile(const ShaderObject& shader, const std::filesystem::path& dir, const std::filesystem::path& file,
             std::string_view defines) {
    const ShaderSource source = composeSource(dir, file, defines);
    const char* strings[] = {source.prelude.c_str(), source.body.c_str()};
    glShaderSource(shader.get(), 2, strings, nullptr);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE)
        throw ShaderError(file.string() + ": the shader does not compile (source 0 is this file, 1 is common.glsl):\n" +
                          infoLog(shader.get(), false));
}

}  // namespace

ShaderProgram::ShaderProgram(const std::filesystem::path& dir, std::string_view vertex_name,
                             std::string_view fragment_name, std::string_view defines) {
    const std::filesystem::path vertex_file = dir / (std::string(vertex_name) + ".vert");
    const std::filesystem::path fragment_file = dir / (std::string(fragment_name) + ".frag");
    const ShaderObject vertex(GL_VERTEX_SHADER), fragment(GL_FRAGMENT_SHADER);
    compile(vertex, dir, vertex_file, defines);
    compile(fragment, dir, fragment_file, defines);
    glAttachShader(m_program.get(), vertex.get());
    glAttachShader(m_program.get(), fragment.get());
    glLinkProgram(m_program.get());
    GLint ok = GL_FALSE;
    glGetProgramiv(m_program.get(), GL_LINK_STATUS, &ok);
    glDetachShader(m_program.get(), vertex.get());
    glDetachShader(m_program.get(), fragment.get());
    if (ok != GL_TRUE)
        throw ShaderError(vertex_file.string() + " + " + fragment_file.string() + ": the program does not link:\n" +
                          infoLog(m_program.get(), true));
}

GLint ShaderProgram::uniform(const char* name) {
    const auto found = m_uniforms.find(name);
    if (found != m_uniforms.end()) return found->second;
    const GLint location = glGetUniformLocation(m_program.get(), name);
    m_uniforms.emplace(name, location);
    return location;
}

}  // namespace pm::render
