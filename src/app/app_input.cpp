// Mouse and keyboard on the map: pan, zoom, hover, select; the app's keys and presenter keys.
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

#include "app/app_session.hpp"
#include "app/error_text.hpp"
#include "core/camera.hpp"
#include "core/picking.hpp"
#include "core/projection.hpp"

namespace pm::app {

namespace {

constexpr double kPickRadius = 8.0;

bool ctrlAltDown(GLFWwindow* window) {
    const auto down = [window](int key) { return glfwGetKey(window, key) == GLFW_PRESS; };
    return (down(GLFW_KEY_LEFT_CONTROL) || down(GLFW_KEY_RIGHT_CONTROL)) &&
           (down(GLFW_KEY_LEFT_ALT) || down(GLFW_KEY_RIGHT_ALT));
}

}  // namespace

void AppSession::handleDrops() {
    if (m_dropped.empty()) return;
    if (m_options.kiosk) {
        m_dropped.clear();  // a kiosk cannot be reconfigured
        return;
    }
    m_state.requests.open_files = std::move(m_dropped);
    m_dropped.clear();
}

void AppSession::handleMapInput() {
    const ImGuiIO& io = ImGui::GetIO();
    // Mouse coordinates are in window units; the map lives in framebuffer pixels.
    int window_width = 1, window_height = 1;
    glfwGetWindowSize(m_window.handle(), &window_width, &window_height);
    const double to_px = window_width > 0 ? static_cast<double>(m_fb_width) / window_width : 1.0;
    const double px = io.MousePos.x * to_px, py = io.MousePos.y * to_px;
    const bool over_map = !io.WantCaptureMouse && m_map_rect.contains(px, py);
    const LabelPoint local{px - m_map_rect.x, py - m_map_rect.y};

    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.MouseDown[0]) m_last_input = m_now;
    if (m_playback.player) {
        // Kiosk: a touch pauses the loop and gives the visitor the map; presenter: the map is the tour's.
        if (m_options.kiosk && over_map && io.MouseClicked[0]) pauseKiosk(local);
        return;
    }
    const MapDrag::Step drag_step =
        m_drag.update(over_map, io.MouseClicked[0], io.MouseDown[0], io.MouseDelta.x, io.MouseDelta.y);
    if (!over_map && !m_drag.dragging()) {
        m_state.hovered_partnership.reset();
        m_state.hovered_city.clear();
        return;
    }
    if (!m_scene) return;
    // The kiosk's first touch, released while the paused tour was still on screen, selects what it touched.
    if (m_kiosk_touch) {
        if (!io.MouseDown[0]) select(pickAt(m_scene->data, m_navigator.transform(), *m_kiosk_touch, kPickRadius));
        m_kiosk_touch.reset();
    }

    if (drag_step.moves()) {
        if (m_state.map.projection_id == "orthographic") {
            // The globe turns under the hand: its centre moves, and the scene is rebuilt around it.
            const double radius_px = m_navigator.transform().scale * m_scene->basemap.bounds.width() / 2;
            const GeoPoint centre =
                turnGlobe(viewProjection().centre, drag_step.dx * to_px, drag_step.dy * to_px, radius_px);
            m_state.map.centre_auto = false;
            m_state.map.centre_lat = centre.lat;
            m_state.map.centre_lon = centre.lon;
        } else {
            m_navigator.pan(drag_step.dx * to_px, drag_step.dy * to_px);
        }
    }
    if (io.MouseWheel != 0 && over_map) {
        m_navigator.zoomAbout(local, std::pow(1.2, io.MouseWheel));
        m_last_wheel = m_now;
    }

    // Hover and click (a click is a press and release without dragging away).
    const PickResult pick = pickAt(m_scene->data, m_navigator.transform(), local, kPickRadius);
    // A kiosk's touch screen leaves the pointer where the last finger was: nothing there is hovered.
    const bool hovering = !m_options.kiosk;
    m_state.hovered_city = hovering && pick.kind == PickResult::Kind::City ? pick.city_id : "";
    m_state.hovered_partnership =
        hovering && pick.kind == PickResult::Kind::Link ? std::optional(pick.partnership_index) : std::nullopt;
    const ImVec2 drag = io.MouseClickedPos[0];
    const bool moved = std::hypot(io.MousePos.x - drag.x, io.MousePos.y - drag.y) > 4;
    if (io.MouseReleased[0] && !moved && over_map) select(pick);
    if (io.MouseDoubleClicked[0] && pick.kind == PickResult::Kind::City) {
        if (const SceneCity* city = m_scene->data.findCity(pick.city_id)) {
            const ProjectionInfo* info = findProjection(m_scene->projection.id);
            if (info && info->kind == ProjectionKind::Azimuthal) {
                m_state.map.centre_auto = false;
                m_state.map.centre_lat = city->position.lat;
                m_state.map.centre_lon = city->position.lon;
            } else {
                m_navigator.flyTo(m_navigator.centredOn(city->projected), m_now, 0.6);
            }
        }
    }
}

void AppSession::select(const PickResult& pick) {
    m_state.selection = {};
    if (pick.kind == PickResult::Kind::Link) {
        m_state.selection.partnership = pick.partnership_index;
    } else if (pick.kind == PickResult::Kind::City) {
        m_state.selection.city_id = pick.city_id;
        // A partner city's card is its partnership (with the first visible one when it has several).
        for (const SceneLink& link : m_scene->data.links)
            if (link.partner_id == pick.city_id) {
                m_state.selection.partnership = link.partnership_index;
                break;
            }
    }
}

void AppSession::flyToPartnership(size_t index) {
    const DataSet& data = m_state.data.dataSet();
    if (!m_scene || index >= data.partnerships.size()) return;
    const Partnership& partnership = data.partnerships[index];
    const City* home = data.findCity(partnership.home_id);
    const City* partner = data.findCity(partnership.partner_id);
    if (!home || !partner) return;
    m_state.selection.partnership = index;
    m_state.selection.city_id.clear();
    const ProjectionInfo* info = findProjection(m_scene->projection.id);
    const ProjectionKind kind = info ? info->kind : ProjectionKind::World;
    const Camera camera =
        cameraForLink(home->position, partner->position, m_scene->projection, kind, m_navigator.frame(), 8.0);
    if (kind == ProjectionKind::Azimuthal) {
        // A globe turns to the link instead: its centre moves and the scene follows.
        m_state.map.centre_auto = false;
        m_state.map.centre_lat = camera.focus.lat;
        m_state.map.centre_lon = camera.focus.lon;
        return;
    }
    try {
        m_navigator.flyTo(cameraTransform(camera, Projection(m_scene->projection), m_navigator.frame()), m_now);
    } catch (const std::exception& error) {
        m_state.status_line = firstLine(error);
    }
}

void AppSession::handleKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    GLFWwindow* window = m_window.handle();
    const bool any_key = io.InputQueueCharacters.Size > 0 ||
                         std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool down) { return down; });
    if (any_key) m_last_input = m_now;
    // Kiosk: only Ctrl+Alt+Q leaves; every other key pauses the loop like a touch.
    if (m_options.kiosk) {
        if (ctrlAltDown(window) && ImGui::IsKeyPressed(GLFW_KEY_Q)) m_quit = true;
        if (any_key && m_playback.player && !ctrlAltDown(window)) pauseKiosk(std::nullopt);
        return;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_F11)) setPresenter(!m_state.presenter.active);
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) m_quit = true;
    if (m_state.presenter.active) {
        if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) setPresenter(false);
        if (m_playback.timeline) {
            // The timeline: Space pauses, the clicker steps a year, Up/Down change the speed.
            if (ImGui::IsKeyPressed(GLFW_KEY_SPACE))
                m_state.presenter.timeline_playing = !m_state.presenter.timeline_playing;
            if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT) || ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN)) stepTimeline(1);
            if (ImGui::IsKeyPressed(GLFW_KEY_LEFT) || ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP)) stepTimeline(-1);
            if (ImGui::IsKeyPressed(GLFW_KEY_UP)) m_state.presenter.years_per_second *= 1.5;
            if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) m_state.presenter.years_per_second /= 1.5;
        } else {
            if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT) || ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN) ||
                ImGui::IsKeyPressed(GLFW_KEY_SPACE))
                clickerNext();
            if (ImGui::IsKeyPressed(GLFW_KEY_LEFT) || ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP)) clickerPrevious();
        }
        if (ImGui::IsKeyPressed(GLFW_KEY_HOME) && m_playback.player) {
            m_playback.position = 0;
            m_playback.stop_at.reset();
            m_playback.playing = false;
        }
        if (ImGui::IsKeyPressed(GLFW_KEY_B) || ImGui::IsKeyPressed(GLFW_KEY_PERIOD))
            m_state.presenter.black_screen = !m_state.presenter.black_screen;
        if (ImGui::IsKeyPressed(GLFW_KEY_F)) m_state.presenter.show_facts = !m_state.presenter.show_facts;
        if (ImGui::IsKeyPressed(GLFW_KEY_T)) startTimeline();
        return;
    }
    if (io.WantCaptureKeyboard) return;
    const double step = 0.1 * std::min(m_map_rect.width, m_map_rect.height);
    const LabelPoint centre{m_map_rect.width / 2.0, m_map_rect.height / 2.0};
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) m_navigator.pan(step, 0);
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) m_navigator.pan(-step, 0);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) m_navigator.pan(0, step);
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) m_navigator.pan(0, -step);
    if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD) ||
        ImGui::IsKeyPressed(GLFW_KEY_RIGHT_BRACKET)) {
        m_navigator.zoomAbout(centre, 1.5);
        m_last_wheel = m_now;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT) ||
        ImGui::IsKeyPressed(GLFW_KEY_SLASH)) {
        m_navigator.zoomAbout(centre, 1 / 1.5);
        m_last_wheel = m_now;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_0) || ImGui::IsKeyPressed(GLFW_KEY_KP_0)) m_navigator.fit();
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) m_state.selection = {};
}

}  // namespace pm::app
