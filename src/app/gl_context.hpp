#pragma once

#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace pm::app {

// GLFW could not start (no display) or could not give an OpenGL 3.3 core context. what() is a complete
// sentence for the user, e.g. "no display: run under xvfb-run -a, or set DISPLAY (GLFW: ...)".
class GlContextError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct GlWindowOptions {
    int width = 1280;
    int height = 800;
    std::string title = "PartnerMap";
    bool visible = true;  // false: a hidden window, only for its context (offscreen rendering)
    bool resizable = true;
    int samples = 0;  // MSAA of the default framebuffer; the map renderer has its own
    bool vsync = true;
};

// A GLFW window with an OpenGL 3.3 core, forward-compatible context, made current and with the GL
// entry points loaded (glad). GLFW is initialised with the first window and terminated with the last.
// GLFW errors are turned into GlContextError messages. Move-only; use from the main thread only.
class GlWindow {
public:
    explicit GlWindow(const GlWindowOptions& options);
    ~GlWindow();
    GlWindow(GlWindow&& other) noexcept;
    GlWindow& operator=(GlWindow&& other) noexcept;
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    GLFWwindow* handle() const { return m_window; }
    void makeCurrent() const;
    // GL_RENDERER and GL_VERSION of the context, e.g. "llvmpipe (LLVM 15.0.6, 256 bits), 4.5 (Core Profile) Mesa".
    std::string describeContext() const;

private:
    GLFWwindow* m_window = nullptr;
};

}  // namespace pm::app
