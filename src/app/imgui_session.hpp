#pragma once

#include <filesystem>
#include <string>

struct GLFWwindow;

namespace pm::app {

// Dear ImGui's context with its GLFW and OpenGL 3 backends for one window: created together,
// destroyed together (before the window). The layout file goes to `ini_path`, never the working
// directory; an empty path keeps no layout file. Move-less: one per window.
class ImGuiSession {
public:
    ImGuiSession(GLFWwindow* window, const std::filesystem::path& ini_path);
    ~ImGuiSession();
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;

    void newFrame();
    void render();

private:
    std::string m_ini_path;  // ImGui keeps the pointer
};

}  // namespace pm::app
