#include "ui/details_panel.hpp"

#include <algorithm>

#include "core/countries.hpp"
#include "core/distance_table.hpp"
#include "core/number_format.hpp"
#include "core/partnership_card.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

void drawDetailsPanel(AppState& state, const PanelContext& context) {
    const DataSet& data = state.data.dataSet();
    if (!state.selection.partnership || *state.selection.partnership >= data.partnerships.size()) return;
    const size_t index = *state.selection.partnership;
    const std::string& lang = state.ui_lang;
    const PartnershipCard card = partnershipCard(data, index, lang, &context.countries, context.current_year);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(std::max(340.0f, display.x - 700.0f), 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340, 0), ImGuiCond_FirstUseEver);
    bool open = true;
    if (ImGui::Begin(trId("window.details", lang, "details").c_str(), &open)) {
        const Partnership& partnership = data.partnerships[index];
        const City* home = data.findCity(partnership.home_id);
        if (home) ImGui::TextDisabled("%s", home->displayName(lang).c_str());
        if (context.caption_font) ImGui::PushFont(context.caption_font);
        textUnformatted(card.title.empty() ? partnership.partner_id : card.title);
        if (context.caption_font) ImGui::PopFont();
        for (const std::string& line : card.lines()) ImGui::TextWrapped("%s", line.c_str());
        if (!card.sources.empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(tr("details.sources", lang));
            for (const std::string& source : card.sources) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s", source.c_str());
            }
        }
        ImGui::Separator();
        if (ImGui::Button(trId("button.fly_to", lang, "fly_to").c_str())) state.requests.fly_to_partnership = index;
        recordItem(context, "details.fly_to");
        ImGui::SameLine();
        if (ImGui::Button(trId("button.close", lang, "details_close").c_str())) open = false;
        recordItem(context, "details.close");
    }
    ImGui::End();
    if (!open) state.selection.partnership.reset();
}

namespace {

// The details card in short: the card's lines without the note and sources.
void partnershipTooltip(const AppState& state, const PanelContext& context, size_t index) {
    const std::string& lang = state.ui_lang;
    const DataSet& data = state.data.dataSet();
    const PartnershipCard card = partnershipCard(data, index, lang, &context.countries, context.current_year);
    const City* home = data.findCity(data.partnerships[index].home_id);
    if (card.title.empty() || !home) return;
    ImGui::BeginTooltip();
    textUnformatted(home->displayName(lang) + " – " + card.title);
    textUnformatted(card.subtitle);
    textUnformatted(card.status.empty() ? card.since : card.since + " · " + card.status);
    textUnformatted(card.distance);
    ImGui::EndTooltip();
}

void cityTooltip(const AppState& state, const PanelContext& context, const City& city) {
    const std::string& lang = state.ui_lang;
    const Country* country = context.countries.byAlpha2(city.country);
    const auto involves = [&city](const Partnership& p) { return p.home_id == city.id || p.partner_id == city.id; };
    const auto count =
        std::count_if(state.data.dataSet().partnerships.begin(), state.data.dataSet().partnerships.end(), involves);
    ImGui::BeginTooltip();
    textUnformatted(city.displayName(lang));
    textUnformatted(country ? country->name(lang) : city.country);
    textUnformatted(std::to_string(count) + " " + tr("data.partnerships", lang));
    ImGui::EndTooltip();
}

}  // namespace

void drawHoverTooltip(const AppState& state, const PanelContext& context) {
    if (state.hovered_partnership && *state.hovered_partnership < state.data.dataSet().partnerships.size()) {
        partnershipTooltip(state, context, *state.hovered_partnership);
        return;
    }
    if (state.hovered_city.empty()) return;
    if (const City* city = state.data.dataSet().findCity(state.hovered_city)) cityTooltip(state, context, *city);
}

}  // namespace pm::ui
