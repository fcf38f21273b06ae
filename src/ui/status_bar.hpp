#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// Height of the status bar in pixels (the map's viewport ends above it).
float statusBarHeight();

// A bar along the bottom of the main viewport: status_line on the left, "N of M" partnerships
// and the "as of" year on the right.
void drawStatusBar(const AppState& state, const PanelContext& context);

}  // namespace pm::ui
