#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The details card of selection.partnership (nothing if none): partnershipCard lines and sources,
// "Fly to" and Close (close clears the selection).
void drawDetailsPanel(AppState& state, const PanelContext& context);

// A tooltip at the mouse for state.hovered_partnership (home–partner, type, since, distance) or
// else state.hovered_city (name, country, partnerships); nothing if neither is set.
void drawHoverTooltip(const AppState& state, const PanelContext& context);

}  // namespace pm::ui
