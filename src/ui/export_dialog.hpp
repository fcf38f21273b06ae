#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The export dialog (if export_state.open): kind, path (its extension follows the kind), window
// size or custom width × height, Export → requests.export_request. While export_state.running it
// shows a progress bar instead of the Export button; export_state.message below.
void drawExportDialog(AppState& state, const PanelContext& context);

}  // namespace pm::ui
