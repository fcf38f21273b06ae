#include "ui/filter_panel.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

#include "core/theme.hpp"
#include "core/timeline.hpp"
#include "ui/filter_model.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

int countOf(const std::map<std::string, int>& counts, const std::string& key) {
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
}

std::string withCount(const std::string& text, int count) {
    return text + " (" + std::to_string(count) + ")";
}

void homeCities(AppState& state, const PanelContext& context, const FacetCounts& counts) {
    const std::string& lang = state.ui_lang;
    const DataSet& data = state.data.dataSet();
    ImGui::TextDisabled("%s", tr("filter.none_means_all", lang));
    for (const std::string& id : homeCityIds(data)) {
        const City* city = data.findCity(id);
        bool on = state.filter.home_ids.count(id) > 0;
        const std::string label =
            labelWithId(withCount(city ? city->displayName(lang) : id, countOf(counts.homes, id)), "home_" + id);
        if (ImGui::Checkbox(label.c_str(), &on)) setMember(state.filter.home_ids, id, on);
        recordItem(context, "filters.home." + id);
    }
}

void partnerCountries(AppState& state, const PanelContext& context, const FacetCounts& counts) {
    const std::string& lang = state.ui_lang;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##country_search", tr("hint.country_search", lang), &state.country_search);
    const std::vector<CountryEntry> entries = countryEntries(context.derived.partner_countries, state.filter, counts,
                                                             context.countries, state.country_search, lang);
    const float height = ImGui::GetTextLineHeightWithSpacing() * 8;
    if (ImGui::BeginChild("##countries", ImVec2(0, height), true)) {
        for (const CountryEntry& entry : entries) {
            bool on = entry.selected;
            const std::string label = labelWithId(withCount(entry.name, entry.count), "country_" + entry.alpha2);
            if (ImGui::Checkbox(label.c_str(), &on)) setMember(state.filter.partner_countries, entry.alpha2, on);
            recordItem(context, "filters.country." + entry.alpha2);
        }
        if (entries.empty()) ImGui::TextDisabled("%s", tr("filter.no_country", lang));
    }
    ImGui::EndChild();
    if (!state.filter.partner_countries.empty() &&
        ImGui::SmallButton(trId("filter.clear_countries", lang, "clear_countries").c_str()))
        state.filter.partner_countries.clear();
}

void types(AppState& state, const PanelContext& context, const FacetCounts& counts) {
    const std::string& lang = state.ui_lang;
    const std::vector<PartnershipType> all = state.data.dataSet().allTypes();
    const Theme& colours = theme(state.map.theme);
    for (size_t i = 0; i < all.size(); ++i) {
        const PartnershipType& type = all[i];
        colorSwatch(colours.linkStyle(i, PartnershipStatus::Active).color, ("##swatch_" + type.id).c_str());
        ImGui::SameLine();
        bool on = state.filter.types.count(type.id) > 0;
        const std::string label =
            labelWithId(withCount(type.label(lang), countOf(counts.types, type.id)), "type_" + type.id);
        if (ImGui::Checkbox(label.c_str(), &on)) setMember(state.filter.types, type.id, on);
        recordItem(context, "filters.type." + type.id);
    }
}

void years(AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    PartnershipFilter& filter = state.filter;
    const TimelineRange& range = context.derived.years;

    bool between = filter.since_from.has_value() || filter.since_to.has_value();
    if (ImGui::Checkbox(trId("filter.established_between", lang, "between").c_str(), &between)) {
        filter.since_from = between ? std::optional<int>(range.first_year) : std::nullopt;
        filter.since_to = between ? std::optional<int>(range.last_year) : std::nullopt;
    }
    if (between) {
        int from = filter.since_from.value_or(range.first_year);
        int to = filter.since_to.value_or(range.last_year);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::DragIntRange2("##since_range", &from, &to, 0.2f, range.first_year, range.last_year)) {
            filter.since_from = from;
            filter.since_to = std::max(from, to);
        }
    }
    bool as_of = filter.as_of.has_value();
    if (ImGui::Checkbox(trId("filter.as_of", lang, "as_of").c_str(), &as_of))
        filter.as_of = as_of ? std::optional<int>(range.last_year) : std::nullopt;
    if (filter.as_of) {
        int year = *filter.as_of;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderInt("##as_of_year", &year, range.first_year, range.last_year)) filter.as_of = year;
    }
}

void statuses(AppState& state, const FacetCounts& counts) {
    const std::string& lang = state.ui_lang;
    for (PartnershipStatus status :
         {PartnershipStatus::Active, PartnershipStatus::Suspended, PartnershipStatus::Ended}) {
        const auto found = counts.statuses.find(status);
        const int count = found == counts.statuses.end() ? 0 : found->second;
        bool on = state.filter.statuses.count(status) > 0;
        const std::string label = labelWithId(withCount(std::string(statusLabel(status, lang)), count),
                                              "status_" + std::string(statusId(status)));
        if (ImGui::Checkbox(label.c_str(), &on)) setMember(state.filter.statuses, status, on);
        if (status != PartnershipStatus::Ended) ImGui::SameLine();
    }
}

}  // namespace

void drawFilterPanel(AppState& state, const PanelContext& context) {
    if (!state.windows.filters) return;
    const std::string& lang = state.ui_lang;
    ImGui::SetNextWindowPos(ImVec2(10, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(320, 640), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.filters", lang, "filters").c_str(), &state.windows.filters)) {
        const FacetCounts& counts = context.derived.counts;
        const std::string shown = std::to_string(context.derived.visible.size()) + " " + tr("filter.of", lang) + " " +
                                  std::to_string(state.data.dataSet().partnerships.size()) + " " +
                                  tr("filter.partnerships_shown", lang);
        textUnformatted(shown);
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##filter_text", tr("hint.search", lang), &state.filter.text);
        if (ImGui::Button(trId("button.reset", lang, "reset").c_str())) {
            state.filter = PartnershipFilter{};
            state.country_search.clear();
        }
        recordItem(context, "filters.reset");
        if (ImGui::CollapsingHeader(trId("filter.home_cities", lang, "homes").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
            homeCities(state, context, counts);
        if (ImGui::CollapsingHeader(trId("filter.partner_countries", lang, "countries").c_str(),
                                    ImGuiTreeNodeFlags_DefaultOpen))
            partnerCountries(state, context, counts);
        if (ImGui::CollapsingHeader(trId("filter.types", lang, "types").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
            types(state, context, counts);
        if (ImGui::CollapsingHeader(trId("filter.years", lang, "years").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
            years(state, context);
        if (ImGui::CollapsingHeader(trId("filter.status", lang, "status").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
            statuses(state, counts);
    }
    ImGui::End();
}

}  // namespace pm::ui
