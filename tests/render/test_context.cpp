#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include <glad/gl.h>

#include "render/shader_program.hpp"
#include "render_test_util.hpp"

namespace pm::render::test {
namespace {

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class Context : public GlTest {};

TEST_F(Context, HiddenWindowGivesAnOpenGl33CoreContext) {
    const std::string description = window()->describeContext();
    EXPECT_FALSE(description.empty());
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    EXPECT_GE(major * 10 + minor, 33) << description;
}

TEST_F(Context, RendererReportsTheContextLimits) {
    const MapRenderer renderer(shaderPath(""));
    const RenderLimits limits = renderer.limits();
    EXPECT_GE(limits.max_renderbuffer_size, 4096);
    EXPECT_GE(limits.max_viewport_width, 4096);
    EXPECT_EQ(renderer.samples(), 0);  // off unless asked for
}

// One shader file, three programs: each variant is compiled without the code the others need (a
// software rasteriser runs both sides of a branch on a uniform), which shows in the uniforms it keeps.
TEST_F(Context, ShaderVariantsKeepOnlyTheCodeTheyUse) {
    ShaderProgram solid(shaderPath(""), "line", "line");
    ShaderProgram dashed(shaderPath(""), "line", "line", "#define DASHED\n");
    ShaderProgram cover(shaderPath(""), "line", "line", "#define COVER\n");
    EXPECT_EQ(solid.uniform("u_dash_period"), -1);
    EXPECT_GE(dashed.uniform("u_dash_period"), 0);
    EXPECT_GE(solid.uniform("u_round_caps"), 0);
    EXPECT_EQ(cover.uniform("u_round_caps"), -1);
    EXPECT_GE(cover.uniform("u_color"), 0);
    EXPECT_GE(cover.uniform("u_width"), 0) << "the vertex shader is the same in every variant";
}

// Copies the shipped shaders into a folder where one of them can be broken.
fs::path copyOfShaders(const std::string& name) {
    const fs::path folder = freshFolder(name);
    for (const fs::directory_entry& entry : fs::directory_iterator(shaderPath("")))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    return folder;
}

TEST_F(Context, ShaderThatDoesNotCompileIsReportedWithFileAndLog) {
    const fs::path folder = copyOfShaders("broken");
    std::string source = readText(folder / "line.frag");
    source.replace(source.find("void main() {"), 13, "void main() {\n    undeclared_variable = 1.0;");
    std::ofstream(folder / "line.frag", std::ios::binary) << source;
    try {
        MapRenderer renderer(folder);
        FAIL() << "a broken shader must not compile";
    } catch (const ShaderError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find((folder / "line.frag").string() + ": the shader does not compile"), std::string::npos)
            << message;
        EXPECT_NE(message.find("undeclared_variable"), std::string::npos) << message;  // the driver's log
    }
    fs::remove_all(folder);
}

TEST_F(Context, MissingShaderFileIsReported) {
    const fs::path folder = copyOfShaders("missing");
    fs::remove(folder / "text.vert");
    try {
        MapRenderer renderer(folder);
        FAIL() << "a missing shader must be reported";
    } catch (const ShaderError& error) {
        EXPECT_EQ(std::string(error.what()),
                  (folder / "text.vert").string() + ": cannot read the shader; is the shaders/ folder installed?");
    }
    fs::remove_all(folder);
}

TEST_F(Context, ShaderWithoutVersionLineIsReported) {
    const fs::path folder = copyOfShaders("version");
    std::string source = readText(folder / "fill.vert");
    std::ofstream(folder / "fill.vert", std::ios::binary) << source.substr(source.find('\n') + 1);
    try {
        MapRenderer renderer(folder);
        FAIL() << "a shader without #version must be reported";
    } catch (const ShaderError& error) {
        EXPECT_EQ(std::string(error.what()),
                  (folder / "fill.vert").string() + ":1: the first line must be '#version 330 core'");
    }
    fs::remove_all(folder);
}

// Without a display the command line says what to do and exits 1 instead of crashing.
TEST(NoDisplay, PngExportExplainsAndExits1) {
    const fs::path folder = freshFolder("nodisplay");
    const std::string command = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + PARTNERMAP_BINARY + " render -o " +
                                (folder / "map.png").string() + " --size 200x100 2> " + (folder / "err.txt").string();
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    const std::string err = readText(folder / "err.txt");
    EXPECT_EQ(err.rfind("partnermap: no display: OpenGL needs an X server; run under xvfb-run -a", 0), 0u) << err;
    EXPECT_FALSE(fs::exists(folder / "map.png"));
    fs::remove_all(folder);
}

}  // namespace
}  // namespace pm::render::test
