#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Fakten" window (if windows.facts): factLines of the visible partnerships, this year's
// round anniversaries, and the "facts on the map" toggle.
void drawFactsPanel(AppState& state, const PanelContext& context);

}  // namespace pm::ui
