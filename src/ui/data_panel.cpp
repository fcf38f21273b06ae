#include "ui/data_panel.hpp"

#include <imgui_stdlib.h>

#include "core/text_util.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

const ImVec4 kErrorColour(0.90f, 0.25f, 0.20f, 1.0f);
const ImVec4 kWarningColour(0.95f, 0.65f, 0.15f, 1.0f);

}  // namespace

void drawDataPanel(AppState& state, const PanelContext& context) {
    if (!state.windows.data) return;
    const std::string& lang = state.ui_lang;
    DataState& data = state.data;
    ImGui::SetNextWindowPos(ImVec2(340, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(520, 360), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.data", lang, "data").c_str(), &state.windows.data)) {
        if (!data.last_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
            ImGui::TextWrapped("%s", data.last_error.c_str());
            ImGui::PopStyleColor();
            ImGui::TextUnformatted(tr("data.kept", lang));
            ImGui::Separator();
        }
        if (!data.dataSet().title.empty()) textUnformatted(data.dataSet().title);
        ImGui::TextUnformatted(tr("data.files", lang));
        if (data.files.empty()) {
            ImGui::BulletText("%s", tr("data.bundled", lang));
        } else {
            for (const std::string& file : data.files) ImGui::BulletText("%s", file.c_str());
        }
        const std::string counts = std::to_string(data.dataSet().cities.size()) + " " + tr("data.cities", lang) +
                                   " · " + std::to_string(data.dataSet().partnerships.size()) + " " +
                                   tr("data.partnerships", lang);
        textUnformatted(counts);
        ImGui::Separator();
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 6);
        const bool enter = ImGui::InputTextWithHint("##data_open_path", tr("hint.data_file", lang), &data.open_path,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        const bool open = ImGui::Button(trId("button.open", lang, "data_open").c_str());
        recordItem(context, "data.open");
        const std::string path(trimSpaces(data.open_path));
        if ((enter || open) && !path.empty()) state.requests.open_files = {path};
        if (ImGui::Button(trId("menu.open_bundled", lang, "data_bundled").c_str())) state.requests.open_bundled = true;
        ImGui::Separator();
        if (data.problems.empty()) {
            ImGui::TextDisabled("%s", tr("data.no_problems", lang));
        } else {
            const std::string heading =
                std::string(tr("data.problems", lang)) + " (" + std::to_string(data.problems.size()) + ")";
            textUnformatted(heading);
            // Problem carries no severity: a failed load's problems are errors, else warnings.
            const ImVec4 colour = data.last_error.empty() ? kWarningColour : kErrorColour;
            if (ImGui::BeginChild("##problems", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar)) {
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                for (const Problem& problem : data.problems) textUnformatted(problem.toString());
                ImGui::PopStyleColor();
            }
            ImGui::EndChild();
        }
    }
    ImGui::End();
}

}  // namespace pm::ui
