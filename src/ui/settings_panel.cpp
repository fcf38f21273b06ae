#include "ui/settings_panel.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

#include "core/number_format.hpp"
#include "core/projection_catalog.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

void projection(AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    MapSettings& map = state.map;
    const ProjectionInfo* current = findProjection(map.projection_id);
    const char* preview =
        current ? (lang == "en" ? current->name_en : current->name_de).data() : map.projection_id.c_str();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##projection", preview)) {
        for (const ProjectionInfo& info : projectionCatalog()) {
            const std::string name(lang == "en" ? info.name_en : info.name_de);
            const bool selected = map.projection_id == info.id;
            if (ImGui::Selectable(labelWithId(name, info.id).c_str(), selected)) {
                map.projection_id = std::string(info.id);
                if (info.id == kCustomProjectionId && state.custom_proj_input.empty())
                    state.custom_proj_input = map.custom_proj;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (map.projection_id == kCustomProjectionId) {
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
        const bool enter = ImGui::InputTextWithHint("##custom_proj", "+proj=wag7 +lon_0=10", &state.custom_proj_input,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        const bool apply = ImGui::Button(trId("button.apply", lang, "apply_proj").c_str());
        recordItem(context, "settings.apply_proj");
        if (enter || apply) map.custom_proj = state.custom_proj_input;
    }
}

void centre(AppState& state) {
    const std::string& lang = state.ui_lang;
    MapSettings& map = state.map;
    ImGui::Checkbox(trId("settings.centre_auto", lang, "centre_auto").c_str(), &map.centre_auto);
    if (map.centre_auto) return;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputDouble(trId("settings.lat", lang, "lat").c_str(), &map.centre_lat, 1.0, 10.0, "%.2f"))
        map.centre_lat = std::clamp(map.centre_lat, -90.0, 90.0);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputDouble(trId("settings.lon", lang, "lon").c_str(), &map.centre_lon, 1.0, 10.0, "%.2f"))
        map.centre_lon = std::clamp(map.centre_lon, -180.0, 180.0);
}

void detail(AppState& state) {
    const std::string& lang = state.ui_lang;
    std::optional<BasemapDetail>& detail = state.map.detail;
    if (ImGui::RadioButton(trId("settings.detail_auto", lang, "detail_auto").c_str(), !detail)) detail.reset();
    for (BasemapDetail level : {BasemapDetail::Coarse110m, BasemapDetail::Medium50m, BasemapDetail::Fine10m}) {
        ImGui::SameLine();
        const std::string name(basemapDetailName(level));
        if (ImGui::RadioButton(labelWithId(name, "detail_" + name).c_str(), detail == level)) detail = level;
    }
}

void themeChoice(AppState& state) {
    const std::string& lang = state.ui_lang;
    const std::pair<ThemeId, const char*> themes[] = {
        {ThemeId::Light, "theme.light"}, {ThemeId::Dark, "theme.dark"}, {ThemeId::Print, "theme.print"}};
    bool first = true;
    for (const auto& [id, key] : themes) {
        if (!first) ImGui::SameLine();
        first = false;
        if (ImGui::RadioButton(trId(key, lang, key).c_str(), state.map.theme == id)) state.map.theme = id;
    }
}

void rings(AppState& state, const PanelContext& context) {
    std::vector<double>& rings = state.map.rings_km;
    int column = 0;
    for (double km : kRingChoicesKm) {
        if (column++ % 2 == 1) ImGui::SameLine(ImGui::GetFontSize() * 8);
        bool on = std::find(rings.begin(), rings.end(), km) != rings.end();
        const std::string label = formatDistanceKm(km, state.ui_lang != "en");
        if (ImGui::Checkbox(labelWithId(label, "ring_" + std::to_string(static_cast<int>(km))).c_str(), &on)) {
            rings.erase(std::remove(rings.begin(), rings.end(), km), rings.end());
            if (on) rings.push_back(km);
            std::sort(rings.begin(), rings.end());
        }
        recordItem(context, "settings.ring." + std::to_string(static_cast<int>(km)));
    }
}

}  // namespace

void drawSettingsPanel(AppState& state, const PanelContext& context) {
    if (!state.windows.settings) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(std::max(340.0f, display.x - 340.0f), 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(330, 560), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.settings", lang, "settings").c_str(), &state.windows.settings)) {
        MapSettings& map = state.map;
        ImGui::TextUnformatted(tr("settings.projection", lang));
        projection(state, context);
        ImGui::Separator();
        ImGui::TextUnformatted(tr("settings.centre", lang));
        centre(state);
        ImGui::Separator();
        ImGui::TextUnformatted(tr("settings.detail", lang));
        detail(state);
        ImGui::TextUnformatted(tr("settings.theme", lang));
        themeChoice(state);
        ImGui::Separator();
        ImGui::Checkbox(trId("settings.labels", lang, "labels").c_str(), &map.labels);
        ImGui::Checkbox(trId("settings.distance_labels", lang, "distance_labels").c_str(), &map.distance_labels);
        ImGui::Checkbox(trId("settings.graticule", lang, "graticule").c_str(), &map.graticule);
        ImGui::Checkbox(trId("settings.legend", lang, "legend").c_str(), &map.legend);
        ImGui::Checkbox(trId("settings.title", lang, "title").c_str(), &map.title);
        ImGui::Checkbox(trId("settings.attribution", lang, "attribution").c_str(), &map.attribution);
        ImGui::Separator();
        ImGui::TextUnformatted(tr("settings.rings", lang));
        rings(state, context);
        ImGui::TextUnformatted(tr("settings.map_lang", lang));
        if (ImGui::RadioButton("Deutsch###map_de", map.map_lang == "de")) map.map_lang = "de";
        ImGui::SameLine();
        if (ImGui::RadioButton("English###map_en", map.map_lang == "en")) map.map_lang = "en";
    }
    ImGui::End();
}

}  // namespace pm::ui
