#include "ui/main_menu.hpp"

#include <imgui_stdlib.h>

#include "core/text_util.hpp"
#include "ui/export_model.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

void openExportDialog(AppState& state, ExportKind kind) {
    state.export_state.open = true;
    state.export_state.kind = kind;
    state.export_state.path = pathForKind(state.export_state.path, kind);
}

namespace {

void fileMenu(AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    ImGui::TextUnformatted(tr("menu.open_path", lang));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    const bool enter = ImGui::InputTextWithHint("##open_path", tr("hint.data_file", lang), &state.data.open_path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool open = ImGui::Button(trId("button.open", lang, "menu_open").c_str());
    recordItem(context, "menu.open");
    const std::string path(trimSpaces(state.data.open_path));
    if ((enter || open) && !path.empty()) {
        state.requests.open_files = {path};
        ImGui::CloseCurrentPopup();
    }
    if (ImGui::MenuItem(tr("menu.open_bundled", lang))) state.requests.open_bundled = true;
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.export_png", lang))) openExportDialog(state, ExportKind::Png);
    if (ImGui::MenuItem(tr("menu.export_svg", lang))) openExportDialog(state, ExportKind::Svg);
    recordItem(context, "menu.export_svg");
    if (ImGui::MenuItem(tr("menu.export_csv", lang))) openExportDialog(state, ExportKind::Csv);
    if (ImGui::MenuItem(tr("menu.export_geojson", lang))) openExportDialog(state, ExportKind::GeoJson);
    ImGui::Separator();
    ImGui::InputText("##tour_path", &state.presenter.tour_path);
    if (ImGui::MenuItem(tr("menu.save_tour", lang))) state.requests.save_tour = true;
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.quit", lang), "Ctrl+Q")) state.requests.quit = true;
    recordItem(context, "menu.quit");
}

void viewMenu(AppState& state) {
    const std::string& lang = state.ui_lang;
    WindowFlags& windows = state.windows;
    ImGui::MenuItem(tr("window.filters", lang), nullptr, &windows.filters);
    ImGui::MenuItem(tr("window.table", lang), nullptr, &windows.table);
    ImGui::MenuItem(tr("window.settings", lang), nullptr, &windows.settings);
    ImGui::MenuItem(tr("window.data", lang), nullptr, &windows.data);
    ImGui::MenuItem(tr("window.facts", lang), nullptr, &windows.facts);
    ImGui::MenuItem(tr("window.timeline", lang), nullptr, &windows.timeline);
    ImGui::Separator();
    ImGui::MenuItem(tr("menu.facts_on_map", lang), nullptr, &state.presenter.show_facts);
    if (ImGui::MenuItem(tr("menu.fit_view", lang), "0")) state.requests.fit_view = true;
    if (ImGui::MenuItem(tr("menu.presenter", lang), "F11", state.presenter.active))
        state.requests.toggle_presenter = true;
}

void languageMenu(AppState& state, const PanelContext& context) {
    if (ImGui::MenuItem("Deutsch", nullptr, state.ui_lang == "de")) state.ui_lang = "de";
    if (ImGui::MenuItem("English", nullptr, state.ui_lang == "en")) state.ui_lang = "en";
    recordItem(context, "menu.english");
}

}  // namespace

void drawMainMenu(AppState& state, const PanelContext& context) {
    if (!ImGui::BeginMainMenuBar()) return;
    const std::string lang = state.ui_lang;  // a copy: the Language menu may change it mid-frame
    const bool file_open = ImGui::BeginMenu(trId("menu.file", lang, "file").c_str());
    recordItem(context, "menu.file");
    if (file_open) {
        fileMenu(state, context);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(trId("menu.view", lang, "view").c_str())) {
        viewMenu(state);
        ImGui::EndMenu();
    }
    const bool language_open = ImGui::BeginMenu(trId("menu.language", lang, "language").c_str());
    recordItem(context, "menu.language");
    if (language_open) {
        languageMenu(state, context);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(trId("menu.help", lang, "help").c_str())) {
        ImGui::MenuItem(tr("menu.about", lang), nullptr, &state.windows.about);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

}  // namespace pm::ui
