#include "app/imgui_session.hpp"

#include <imgui.h>

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stdexcept>
#include <system_error>

namespace pm::app {

ImGuiSession::ImGuiSession(GLFWwindow* window, const std::filesystem::path& ini_path) : m_ini_path(ini_path.string()) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    if (ini_path.empty()) {
        io.IniFilename = nullptr;  // the layout is neither read nor kept
    } else {
        std::error_code ignored;  // without a writable config folder the layout is simply not kept
        std::filesystem::create_directories(ini_path.parent_path(), ignored);
        io.IniFilename = m_ini_path.c_str();
    }
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (!ImGui_ImplGlfw_InitForOpenGL(window, true) || !ImGui_ImplOpenGL3_Init("#version 330 core")) {
        ImGui::DestroyContext();
        throw std::runtime_error("cannot start Dear ImGui's GLFW/OpenGL 3 backends");
    }
}

ImGuiSession::~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiSession::newFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void ImGuiSession::render() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace pm::app
