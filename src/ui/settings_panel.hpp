#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The "Karteneinstellungen" window (if windows.settings): projection, centre, basemap detail, theme,
// labels, overlay toggles, distance rings, map language. Edits state.map; the custom PROJ string is
// typed into state.custom_proj_input and applied with Enter or the Apply button.
void drawSettingsPanel(AppState& state, const PanelContext& context);

// Distance rings offered as checkboxes.
inline constexpr double kRingChoicesKm[] = {1000, 2500, 5000, 10000};

}  // namespace pm::ui
