#include "ui/about_window.hpp"

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

void drawAboutWindow(AppState& state, const PanelContext& context) {
    if (!state.windows.about) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.4f), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(440, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.about", lang, "about").c_str(), &state.windows.about)) {
        if (context.caption_font) ImGui::PushFont(context.caption_font);
        ImGui::TextUnformatted("PartnerMap");
        if (context.caption_font) ImGui::PopFont();
        ImGui::TextWrapped("%s", tr("about.text", lang));
        ImGui::Separator();
        ImGui::TextWrapped("%s", tr("about.attribution", lang));
        if (ImGui::Button(trId("button.close", lang, "about_close").c_str())) state.windows.about = false;
    }
    ImGui::End();
}

}  // namespace pm::ui
