#include "ui/export_dialog.hpp"

#include <imgui_stdlib.h>

#include "ui/export_model.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

void kindChoice(AppState& state) {
    ExportState& dialog = state.export_state;
    const std::pair<ExportKind, const char*> kinds[] = {
        {ExportKind::Png, "PNG"}, {ExportKind::Svg, "SVG"}, {ExportKind::Csv, "CSV"}, {ExportKind::GeoJson, "GeoJSON"}};
    bool first = true;
    for (const auto& [kind, name] : kinds) {
        if (!first) ImGui::SameLine();
        first = false;
        if (ImGui::RadioButton(labelWithId(name, std::string("kind_") + name).c_str(), dialog.kind == kind) &&
            dialog.kind != kind) {
            dialog.kind = kind;
            dialog.path = pathForKind(dialog.path, kind);
        }
    }
}

void size(AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    ExportState& dialog = state.export_state;
    const std::string window_label = std::string(tr("export.window_size", lang)) + " (" +
                                     std::to_string(context.window_width) + " × " +
                                     std::to_string(context.window_height) + ")";
    ImGui::Checkbox(trId("export.inset", lang, "inset").c_str(), &dialog.inset);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("export.inset_tip", lang));
    ImGui::Checkbox(labelWithId(window_label, "window_size").c_str(), &dialog.window_size);
    if (dialog.window_size) return;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt(trId("export.width", lang, "width").c_str(), &dialog.width, 0);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt(trId("export.height", lang, "height").c_str(), &dialog.height, 0);
    const std::string error = exportSizeError(dialog.width, dialog.height, lang);
    if (!error.empty()) ImGui::TextColored(ImVec4(0.90f, 0.25f, 0.20f, 1.0f), "%s", error.c_str());
}

}  // namespace

void drawExportDialog(AppState& state, const PanelContext& context) {
    ExportState& dialog = state.export_state;
    if (!dialog.open) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.4f), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.export", lang, "export").c_str(), &dialog.open)) {
        ImGui::BeginDisabled(dialog.running);
        kindChoice(state);
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##export_path", tr("hint.export_path", lang), &dialog.path);
        if (dialog.kind == ExportKind::Png || dialog.kind == ExportKind::Svg) size(state, context);
        ImGui::EndDisabled();
        ImGui::Separator();
        if (dialog.running) {
            ImGui::ProgressBar(static_cast<float>(dialog.progress), ImVec2(-1, 0));
        } else {
            if (ImGui::Button(trId("button.export", lang, "do_export").c_str())) {
                const ExportCheck check = checkExport(dialog, lang);
                if (check.request) state.requests.export_request = check.request;
                dialog.message = check.error;
            }
            recordItem(context, "export.export");
            ImGui::SameLine();
            if (ImGui::Button(trId("button.close", lang, "export_close").c_str())) dialog.open = false;
        }
        if (!dialog.message.empty()) ImGui::TextWrapped("%s", dialog.message.c_str());
    }
    ImGui::End();
}

}  // namespace pm::ui
