#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// Every panel for one frame, in order: main menu, panels, dialogs, details, status bar,
// the hover tooltip. In presenter mode (presenter.active) only the tooltip. Does not advance the
// timeline (see advanceTimeline).
void drawUi(AppState& state, const PanelContext& context);

}  // namespace pm::ui
