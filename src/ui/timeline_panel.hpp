#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Zeitleiste" window (if windows.timeline): play/pause, one year back/forward, speed, the
// year slider (sets filter.as_of), "all years" (clears it), and the round anniversaries of
// presenter.anniversary_year. Playback itself advances in advanceTimeline (timeline_model.hpp).
void drawTimelinePanel(AppState& state, const PanelContext& context);

}  // namespace pm::ui
