// The ImGui panels over the map, with what they read from the session.
#include <imgui.h>

#include "app/app_session.hpp"
#include "app/inputs.hpp"
#include "core/partnership_card.hpp"
#include "ui/details_panel.hpp"
#include "ui/draw_ui.hpp"

namespace pm::app {

void AppSession::drawPanels() {
    const int year = currentYear();
    ui::PanelContext context{m_inputs.countries(), m_derived.update(m_state, m_inputs.countries(), year)};
    context.current_year = year;
    context.window_width = m_map_rect.width;
    context.window_height = m_map_rect.height;
    context.caption_font = m_fonts.caption;
    // Presenter mode and the kiosk show only the map; a visitor's tap in the kiosk still opens the card.
    if (m_options.kiosk && !m_playback.player) {
        ui::drawDetailsPanel(m_state, context);
        return;
    }
    ui::drawUi(m_state, context);
}

}  // namespace pm::app
