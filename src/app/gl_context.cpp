#include "app/gl_context.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <mutex>
#include <utility>

#include "render/gl_loader.hpp"

namespace pm::app {

namespace {

// GLFW reports errors through a callback without user data; the message is kept for the exception
// that follows the failing call. Only the main thread talks to GLFW.
std::string& lastGlfwError() {
    static std::string message;
    return message;
}

void onGlfwError(int code, const char* description) {
    lastGlfwError() =
        std::string(description ? description : "unknown error") + " (GLFW error " + std::to_string(code) + ")";
}

std::mutex g_library_mutex;
int g_windows = 0;  // GLFW is initialised while at least one window exists

void acquireGlfw() {
    const std::lock_guard lock(g_library_mutex);
    if (g_windows == 0) {
        glfwSetErrorCallback(onGlfwError);
        lastGlfwError().clear();
        if (glfwInit() != GLFW_TRUE)
            throw GlContextError(
                "no display: OpenGL needs an X server; run under xvfb-run -a (e.g. xvfb-run -a "
                "partnermap render -o map.png) or set DISPLAY (" +
                lastGlfwError() + ")");
    }
    ++g_windows;
}

void releaseGlfw() {
    const std::lock_guard lock(g_library_mutex);
    if (--g_windows == 0) glfwTerminate();
}

}  // namespace

GlWindow::GlWindow(const GlWindowOptions& options) {
    acquireGlfw();
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_RESIZABLE, options.resizable ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SAMPLES, options.samples);
    lastGlfwError().clear();
    m_window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!m_window) {
        const std::string reason = lastGlfwError();
        releaseGlfw();
        throw GlContextError("cannot create an OpenGL 3.3 core context (" + reason +
                             "); the graphics driver must support OpenGL 3.3 (Mesa's llvmpipe does)");
    }
    glfwMakeContextCurrent(m_window);
    if (render::loadGl(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress)) == 0) {
        glfwDestroyWindow(m_window);
        m_window = nullptr;
        releaseGlfw();
        throw GlContextError("cannot load the OpenGL 3.3 core functions of the context");
    }
    glfwSwapInterval(options.vsync ? 1 : 0);
}

GlWindow::~GlWindow() {
    if (!m_window) return;
    glfwDestroyWindow(m_window);
    releaseGlfw();
}

GlWindow::GlWindow(GlWindow&& other) noexcept : m_window(std::exchange(other.m_window, nullptr)) {}

GlWindow& GlWindow::operator=(GlWindow&& other) noexcept {
    if (this != &other) {
        if (m_window) {
            glfwDestroyWindow(m_window);
            releaseGlfw();
        }
        m_window = std::exchange(other.m_window, nullptr);
    }
    return *this;
}

void GlWindow::makeCurrent() const {
    glfwMakeContextCurrent(m_window);
}

std::string GlWindow::describeContext() const {
    makeCurrent();
    const auto text = [](GLenum name) {
        const auto* value = reinterpret_cast<const char*>(glGetString(name));
        return std::string(value ? value : "?");
    };
    return text(GL_RENDERER) + ", " + text(GL_VERSION);
}

}  // namespace pm::app
