#include "ui/timeline_panel.hpp"

#include <cmath>

#include "core/filter.hpp"
#include "ui/i18n.hpp"
#include "ui/timeline_model.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

void playback(AppState& state, const PanelContext& context, const TimelineRange& range) {
    const std::string& lang = state.ui_lang;
    PresenterState& presenter = state.presenter;
    followAsOf(presenter, state.filter, range);
    const double year = std::floor(presenter.timeline_year);

    if (ImGui::Button(trId("timeline.step_back", lang, "step_back").c_str()))
        setTimelineYear(presenter, state.filter, range, year - 1);
    recordItem(context, "timeline.step_back");
    ImGui::SameLine();
    const char* play_key = presenter.timeline_playing ? "timeline.pause" : "timeline.play";
    if (ImGui::Button(trId(play_key, lang, "play").c_str())) {
        presenter.timeline_playing = !presenter.timeline_playing;
        // Play at the end starts over from the first year.
        if (presenter.timeline_playing && presenter.timeline_year >= range.last_year)
            setTimelineYear(presenter, state.filter, range, range.first_year);
        else if (presenter.timeline_playing)  // from "all years": show the year it plays
            setTimelineYear(presenter, state.filter, range, presenter.timeline_year);
    }
    recordItem(context, "timeline.play");
    ImGui::SameLine();
    if (ImGui::Button(trId("timeline.step_forward", lang, "step_forward").c_str()))
        setTimelineYear(presenter, state.filter, range, year + 1);
    recordItem(context, "timeline.step_forward");
    ImGui::SameLine();
    if (ImGui::Button(trId("timeline.all_years", lang, "all_years").c_str())) {
        presenter.timeline_playing = false;
        state.filter.as_of.reset();
    }

    int slider_year = static_cast<int>(year);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##timeline_year", &slider_year, range.first_year, range.last_year)) {
        presenter.timeline_playing = false;
        setTimelineYear(presenter, state.filter, range, slider_year);
    }
    float speed = static_cast<float>(presenter.years_per_second);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ImGui::SliderFloat(trId("timeline.speed", lang, "speed").c_str(), &speed, 0.25f, 20.0f, "%.2f",
                           ImGuiSliderFlags_Logarithmic))
        presenter.years_per_second = speed;
}

void anniversaries(AppState& state, const PanelContext& context) {
    const std::string& lang = state.ui_lang;
    PresenterState& presenter = state.presenter;
    int year = presenter.anniversary_year == 0 ? context.current_year : presenter.anniversary_year;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::InputInt(trId("timeline.anniversary_year", lang, "anniversary_year").c_str(), &year))
        presenter.anniversary_year = year == context.current_year ? 0 : year;
    const std::vector<std::string> lines =
        anniversaryLines(state.data.dataSet(), context.derived.timeline_indices, year, lang);
    if (lines.empty()) ImGui::TextDisabled("%s", tr("facts.no_anniversaries", lang));
    for (const std::string& line : lines) ImGui::BulletText("%s", line.c_str());
}

}  // namespace

void drawTimelinePanel(AppState& state, const PanelContext& context) {
    if (!state.windows.timeline) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(340, display.y * 0.62f - 270.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(480, 260), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.timeline", lang, "timeline").c_str(), &state.windows.timeline)) {
        const TimelineRange& range = context.derived.timeline;
        if (state.filter.as_of)
            ImGui::Text("%s %d", tr("timeline.as_of", lang), *state.filter.as_of);
        else
            ImGui::TextUnformatted(tr("timeline.all_shown", lang));
        playback(state, context, range);
        ImGui::Separator();
        anniversaries(state, context);
    }
    ImGui::End();
}

}  // namespace pm::ui
