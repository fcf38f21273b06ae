#include "ui/status_bar.hpp"

#include <algorithm>

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

float statusBarHeight() {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
}

void drawStatusBar(const AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = statusBarHeight();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    if (ImGui::Begin("##status_bar", nullptr, kFlags)) {
        textUnformatted(state.status_line);
        std::string right = std::to_string(context.derived.visible.size()) + " " + tr("filter.of", lang) + " " +
                            std::to_string(state.data.dataSet().partnerships.size()) + " " +
                            tr("data.partnerships", lang);
        if (state.filter.as_of)
            right += " · " + std::string(tr("timeline.as_of", lang)) + " " + std::to_string(*state.filter.as_of);
        const float width = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SameLine(std::max(ImGui::GetWindowWidth() - width - 12.0f, ImGui::GetCursorPosX() + 20.0f));
        textUnformatted(right);
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace pm::ui
