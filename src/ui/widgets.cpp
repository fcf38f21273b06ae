#include "ui/widgets.hpp"

#include "ui/i18n.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

std::string labelWithId(std::string_view text, std::string_view id) {
    std::string label(text);
    label += "###";
    label += id;
    return label;
}

std::string trId(std::string_view key, std::string_view lang, std::string_view id) {
    return labelWithId(tr(key, lang), id);
}

ImVec4 toImVec4(Color color) {
    return {color.r / 255.0f, color.g / 255.0f, color.b / 255.0f, color.a / 255.0f};
}

void colorSwatch(Color color, const char* id) {
    const float size = ImGui::GetTextLineHeight();
    ImGui::ColorButton(id, toImVec4(color.withAlpha(255)),
                       ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop | ImGuiColorEditFlags_NoPicker,
                       ImVec2(size, size));
}

void textUnformatted(const std::string& text) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void recordItem(const PanelContext& context, const std::string& name) {
    if (context.recorder) context.recorder->items[name] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

}  // namespace pm::ui
