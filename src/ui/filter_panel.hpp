#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Filter" window (if windows.filters): home cities, partner countries with search, types with
// legend swatches, year range, "as of" year, statuses, free text, Reset. Edits state.filter.
void drawFilterPanel(AppState& state, const PanelContext& context);

}  // namespace pm::ui
