// The ImGui panels over the map, with what they read from the session.
#include <imgui.h>

#include "app/app_session.hpp"
#include "app/inputs.hpp"
#include "ui/draw_ui.hpp"

namespace pm::app {

void AppSession::drawPanels() {
    const int year = currentYear();
    ui::PanelContext context{m_inputs.countries(), m_derived.update(m_state, m_inputs.countries(), year)};
    context.current_year = year;
    context.window_width = m_map_rect.width;
    context.window_height = m_map_rect.height;
    context.caption_font = m_fonts.caption;
    // Presenter mode and the kiosk show only the map: the card of a partner tapped or clicked there is
    // drawn on it in the tours' large type (presentedCard). A kiosk's touch screen hovers nothing.
    if (m_options.kiosk) return;
    ui::drawUi(m_state, context);
}

}  // namespace pm::app
