#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Partnerschaften" table (if windows.table): the visible partnerships, sortable by every
// column. Clicking a row selects it and asks the app to fly to it.
void drawTablePanel(AppState& state, const PanelContext& context);

}  // namespace pm::ui
