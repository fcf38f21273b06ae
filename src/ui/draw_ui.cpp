#include "ui/draw_ui.hpp"

#include "ui/about_window.hpp"
#include "ui/data_panel.hpp"
#include "ui/details_panel.hpp"
#include "ui/export_dialog.hpp"
#include "ui/facts_panel.hpp"
#include "ui/filter_panel.hpp"
#include "ui/main_menu.hpp"
#include "ui/settings_panel.hpp"
#include "ui/status_bar.hpp"
#include "ui/table_panel.hpp"
#include "ui/timeline_panel.hpp"

namespace pm::ui {

void drawUi(AppState& state, const PanelContext& context) {
    if (!state.presenter.active) {
        drawMainMenu(state, context);
        drawFilterPanel(state, context);
        drawTablePanel(state, context);
        drawSettingsPanel(state, context);
        drawDataPanel(state, context);
        drawFactsPanel(state, context);
        drawTimelinePanel(state, context);
        drawDetailsPanel(state, context);
        drawExportDialog(state, context);
        drawAboutWindow(state, context);
        drawStatusBar(state, context);
    }
    drawHoverTooltip(state, context);
}

}  // namespace pm::ui
