#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The About window (if windows.about): version, data attribution (Natural Earth, GeoNames CC BY 4.0).
void drawAboutWindow(AppState& state, const PanelContext& context);

}  // namespace pm::ui
