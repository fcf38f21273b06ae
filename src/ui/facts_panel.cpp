#include "ui/facts_panel.hpp"

#include <algorithm>

#include "ui/i18n.hpp"
#include "ui/timeline_model.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

void drawFactsPanel(AppState& state, const PanelContext& context) {
    if (!state.windows.facts) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(std::max(340.0f, display.x - 340.0f), 610), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(330, std::max(200.0f, display.y - 660.0f)), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.facts", lang, "facts").c_str(), &state.windows.facts)) {
        ImGui::Checkbox(trId("menu.facts_on_map", lang, "facts_on_map").c_str(), &state.presenter.show_facts);
        ImGui::Separator();
        for (const std::string& line : context.derived.fact_lines) ImGui::TextWrapped("%s", line.c_str());
        ImGui::Separator();
        ImGui::Text("%s %d", tr("facts.anniversaries", lang), context.current_year);
        const std::vector<std::string>& lines = context.derived.anniversary_lines;
        if (lines.empty()) ImGui::TextDisabled("%s", tr("facts.no_anniversaries", lang));
        for (const std::string& line : lines) ImGui::BulletText("%s", line.c_str());
    }
    ImGui::End();
}

}  // namespace pm::ui
