#pragma once

#include "ui/app_state.hpp"
#include "ui/panel_context.hpp"

namespace pm::ui {

// The main menu bar: File, View, Language, Help. Opening the export dialog for a kind sets
// ExportState::kind and fits the path's extension to it.
void drawMainMenu(AppState& state, const PanelContext& context);

// Opens the export dialog for `kind` (what the File menu's export items do).
void openExportDialog(AppState& state, ExportKind kind);

}  // namespace pm::ui
