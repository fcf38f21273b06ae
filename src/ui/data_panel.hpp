#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Daten" window (if windows.data): loaded files and counts, the last load's problems
// (red when the load failed, amber for warnings), last_error with "data kept", path field + Open.
void drawDataPanel(AppState& state, const PanelContext& context);

}  // namespace pm::ui
