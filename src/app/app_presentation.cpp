// Presenter mode, tours, the timeline and the kiosk loop in the window.
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <filesystem>

#include "app/app_session.hpp"
#include "app/error_text.hpp"
#include "app/inputs.hpp"
#include "app/presentation_draw.hpp"
#include "core/dataset_files.hpp"
#include "core/partnership_card.hpp"
#include "core/problem.hpp"
#include "core/resources.hpp"
#include "core/tour.hpp"
#include "core/tour_from_view.hpp"

namespace pm::app {

TourStart AppSession::tourStart() const {
    TourStart start;
    start.projection = viewProjection();
    start.theme = m_state.map.theme;
    start.lang = m_state.map.map_lang;
    start.filter = m_state.filter;
    start.current_year = currentYear();
    start.frame = PresentationComposer::presentationMapFrame(m_fb_width, m_fb_height);
    return start;
}

void AppSession::setPresenter(bool on) {
    GLFWwindow* window = m_window.handle();
    const bool full_screen = !m_options.windowed_presenter && m_options.quit_after_frames == 0;
    if (on && !m_state.presenter.active) {
        m_state.presenter.active = true;
        if (full_screen) {
            int x = 0, y = 0, width = 0, height = 0;
            glfwGetWindowPos(window, &x, &y);
            glfwGetWindowSize(window, &width, &height);
            m_windowed_pos = {x, y};
            m_windowed_size = {width, height};
            if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
                const GLFWvidmode* mode = glfwGetVideoMode(monitor);
                glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
            }
        }
        glfwGetFramebufferSize(window, &m_fb_width, &m_fb_height);
        startDefaultTour(m_options.kiosk);
    } else if (!on && m_state.presenter.active) {
        m_state.presenter.active = false;
        m_state.presenter.black_screen = false;
        stopPlayback();
        if (m_windowed_size && glfwGetWindowMonitor(window)) {
            glfwSetWindowMonitor(window, nullptr, m_windowed_pos->first, m_windowed_pos->second, m_windowed_size->first,
                                 m_windowed_size->second, 0);
        }
        m_windowed_size.reset();
    }
    m_cache_key.reset();
}

void AppSession::startDefaultTour(bool loop) {
    stopPlayback();
    try {
        if (!m_options.tour_file.empty()) {
            // Data steps name files relative to the tour file.
            const std::filesystem::path folder = std::filesystem::path(m_options.tour_file).parent_path();
            const TourDataLoader loader = [this, folder](const std::vector<std::string>& files) {
                std::vector<std::string> resolved;
                for (const std::string& file : files) resolved.push_back((folder / file).string());
                std::vector<Problem> ignored;
                return m_inputs.loadData(resolved, ignored);
            };
            // Read once: the kiosk starts its loop again and again.
            if (!m_tour_from_file) m_tour_from_file = loadTourFile(m_options.tour_file);
            startPlayback(*m_tour_from_file, m_options.tour_file, loader, tourStart());
            // A tour file plays on to its first stop.
            m_playback.stop_at = m_playback.player->nextHoldTime(0);
        } else {
            // Every visible partner of the first selected (or first) home city, waiting on the overview.
            const DataSet& data = m_state.data.dataSet();
            const std::vector<std::string> homes = homeCityIds(data);
            if (homes.empty()) return;
            const std::string home = m_state.filter.home_ids.empty() ? homes.front() : *m_state.filter.home_ids.begin();
            // The tour shows that home city's partnerships only, as its title and counts say.
            TourStart start = tourStart();
            start.filter.home_ids = {home};
            startPlayback(
                defaultTour(data, home, m_derived.update(m_state, m_inputs.countries(), currentYear()).visible,
                            TourOrder::Year, m_state.map.map_lang),
                "tour", {}, start);
        }
        m_playback.loop = loop;
        m_playback.playing = loop || m_playback.stop_at.has_value();
    } catch (const std::exception& error) {
        stopPlayback();
        m_state.status_line = firstLine(error);
        m_err << "partnermap: " << error.what() << '\n';
    }
}

void AppSession::startTimeline() {
    stopPlayback();
    Tour tour;
    TourStep step;
    step.kind = TourStep::Kind::Timeline;
    step.years_per_second = m_state.presenter.years_per_second;
    tour.steps.push_back(step);
    try {
        startPlayback(tour, "timeline", {}, tourStart());
        m_playback.timeline = true;
        m_playback.recorded_years_per_second = step.years_per_second;
        m_playback.playing = true;
        m_state.presenter.timeline_playing = true;
    } catch (const std::exception& error) {
        stopPlayback();
        m_state.status_line = firstLine(error);
    }
}

void AppSession::startPlayback(const Tour& tour, const std::string& label, const TourDataLoader& loader,
                               const TourStart& start) {
    m_playback.player =
        std::make_unique<TourPlayer>(tour, m_state.data.data, start, &m_inputs.countries(), label, loader);
}

void AppSession::stopPlayback() {
    m_playback = Playback{};
    m_state.presenter.timeline_playing = false;
    m_cache_key.reset();
}

void AppSession::clickerNext() {
    if (!m_playback.player) {
        startDefaultTour(false);
        if (!m_playback.player) return;
    }
    // A second press while the view flies to a stop skips to that stop, then on to the next.
    if (m_playback.stop_at) m_playback.position = *m_playback.stop_at;
    m_playback.stop_at = m_playback.player->nextHoldTime(m_playback.position + 1e-6);
    m_playback.playing = true;
}

void AppSession::stepTimeline(int years) {
    if (!m_playback.player || !m_playback.timeline) return;
    m_state.presenter.timeline_playing = false;
    m_playback.position = std::clamp(m_playback.position + years / m_playback.recorded_years_per_second, 0.0,
                                     m_playback.player->duration());
}

void AppSession::clickerPrevious() {
    if (!m_playback.player) return;
    m_playback.position = m_playback.player->previousHoldTime(m_playback.position - 1e-6);
    m_playback.stop_at.reset();
    m_playback.playing = false;
}

void AppSession::pauseKiosk(std::optional<LabelPoint> touch) {
    m_last_input = m_now;
    if (m_kiosk_camera) return;  // paused already, waiting for the scene
    // The visitor keeps what the tour shows (its partnerships, projection, theme and camera), so that the
    // city they touched is where they touched it. The window's data must be the tour's, and the tour
    // drawn where the map is.
    const std::optional<TourView>& view = m_playback.composed_view;
    const auto& tour_data = m_playback.player->dataSets();
    if (!view || view->data_index >= tour_data.size() || tour_data[view->data_index] != m_state.data.data ||
        !(m_playback.composed_rect == m_map_rect)) {
        stopPlayback();
        return;
    }
    if (!m_kiosk_window) m_kiosk_window = KioskWindow{m_state.filter, m_state.map};
    m_state.filter = view->filter;
    // The centre is the tour's, given: an automatic one would follow the filter's home city.
    m_state.map.projection_id = view->projection.id;
    m_state.map.custom_proj = view->projection.custom_proj;
    m_state.map.centre_auto = false;
    m_state.map.centre_lat = view->projection.centre.lat;
    m_state.map.centre_lon = view->projection.centre.lon;
    m_state.map.theme = view->theme;
    m_state.map.map_lang = view->lang;
    m_state.selection = {};
    m_kiosk_camera = m_playback.transform;
    m_kiosk_touch = touch;
    m_playback.playing = false;
    m_playback.stop_at.reset();
}

void AppSession::finishKioskPause() {
    if (!m_kiosk_camera || m_scene_wanted || !m_scene) return;
    m_navigator.setTransform(*m_kiosk_camera);
    m_kiosk_camera.reset();
    stopPlayback();
}

void AppSession::advancePlayback(double dt) {
    if (m_options.kiosk && !m_playback.player && m_now - m_last_input > m_options.kiosk_idle_seconds) {
        if (m_kiosk_window) {
            m_state.filter = m_kiosk_window->filter;
            m_state.map = m_kiosk_window->map;
            m_kiosk_window.reset();
        }
        m_state.selection = {};
        startDefaultTour(true);
    }
    if (!m_playback.player) return;
    if (m_playback.timeline) {
        m_playback.playing = m_state.presenter.timeline_playing;
        m_state.presenter.timeline_year = m_playback.player->viewAt(m_playback.position).timeline_position.value_or(0);
    }
    if (!m_playback.playing) return;
    // The timeline plays at the speed set now (Timeline window, Up/Down), not only the one it started with.
    if (m_playback.timeline) dt *= m_state.presenter.years_per_second / m_playback.recorded_years_per_second;
    m_playback.position += dt;
    if (m_playback.stop_at && m_playback.position >= *m_playback.stop_at) {
        m_playback.position = *m_playback.stop_at;
        m_playback.stop_at.reset();
        m_playback.playing = false;
    }
    if (m_playback.position >= m_playback.player->duration()) {
        if (m_playback.loop) {
            m_playback.position = 0;
        } else {
            m_playback.position = m_playback.player->duration();
            m_playback.playing = false;
            m_state.presenter.timeline_playing = false;
        }
    }
}

void AppSession::drawPlayback() {
    Playback& playback = m_playback;
    const PixelRect rect = m_state.presenter.active ? PixelRect{0, 0, m_fb_width, m_fb_height} : m_map_rect;
    if (!m_playback_renderer) m_playback_renderer = std::make_unique<render::MapRenderer>(shaderPath(""));
    render::MapRenderer& renderer = *m_playback_renderer;
    if (!playback.composer || playback.composer->width() != rect.width || playback.composer->height() != rect.height) {
        playback.composer = std::make_unique<PresentationComposer>(m_basemaps, *m_regular, *m_bold,
                                                                   &m_inputs.countries(), rect.width, rect.height);
        playback.uploaded_basemap = 0;
        playback.composed_view.reset();
    }
    TourView view = playback.player->viewAt(playback.position);
    if (m_state.presenter.show_facts) view.show_facts = true;
    const TourView* previous = playback.composed_view ? &*playback.composed_view : nullptr;
    playback.camera_moving = cameraMoved(previous, view);
    const std::optional<BasemapDetail> detail = presentationDetail(previous, view, PresentationOutput::Window);
    if (!previous || !(*previous == view) || playback.composed_detail != detail || !(playback.composed_rect == rect)) {
        const PresentationFrame frame = playback.composer->compose(*playback.player, view, detail);
        if (playback.uploaded_basemap != playback.composer->basemapGeneration()) {
            playback.uploaded_basemap = playback.composer->basemapGeneration();
            playback.basemap = std::make_shared<const BasemapLayer>(playback.composer->basemap());
            renderer.setBasemap(playback.basemap, playback.uploaded_basemap);
        }
        renderer.setData(frame.map.scene.data);
        playback.countries = render::CountryHighlight::of(frame.map.scene.data);
        renderer.setOverlay(frame.map.overlay);
        playback.transform = frame.map.transform;
        playback.draw_state = drawStateOf(frame);
        playback.composed_view = std::move(view);
        playback.composed_detail = detail;
        playback.composed_rect = rect;
        playback.drawn = false;
    }
    // A stop held on screen is the same picture frame after frame: kept from its second frame on. Flights
    // and the growing timeline change every frame and are painted straight into the window.
    const bool finer_basemap = playback.meshes.adopt(renderer);  // drawn with the nearest level so far
    if (playback.drawn && !finer_basemap && renderer.showLayered(rect.x, rect.y, rect.width, rect.height, m_fb_height))
        return;
    const render::LayeredPicture picture =
        playback.drawn ? render::LayeredPicture::Kept : render::LayeredPicture::Passing;
    // The basemap is drawn again only when it changed or the camera moved far; a moving camera takes a
    // copy scaled by up to a quarter, a camera at rest only an exact one.
    constexpr double kMovingBaseScaling = 1.25;
    if (renderer.drawLayered(playback.transform, rect.x, rect.y, rect.width, rect.height, m_fb_height,
                             playback.draw_state, playback.camera_moving ? kMovingBaseScaling : 1.0, picture))
        ++playback.base_redraws;
    playback.drawn = true;
    playback.meshes.request(renderer, playback.basemap, playback.uploaded_basemap, playback.transform.scale,
                            playback.countries);
}

void AppSession::saveTour() {
    TourViewSnapshot snapshot;
    const DataSet& data = m_state.data.dataSet();
    snapshot.title = defaultTitle(data, m_state.filter, m_state.map.map_lang);
    snapshot.data_files = m_state.data.files;
    snapshot.tour_file = m_state.presenter.tour_path;
    snapshot.filter = m_state.filter;
    snapshot.projection = m_scene ? m_scene->projection : ProjectionSpec{};
    snapshot.theme = m_state.map.theme;
    snapshot.lang = m_state.map.map_lang;
    snapshot.selected_partnership = m_state.selection.partnership;
    try {
        if (m_scene) {
            // The camera looks at the centre of the map frame below the heading (cameraTransform).
            const MapFrame& frame = m_navigator.frame();
            const Vec2 middle = m_navigator.transform().toMap({frame.centreX(), frame.centreY()});
            snapshot.camera.focus =
                Projection(m_scene->projection).inverse(middle).value_or(m_scene->projection.centre);
            snapshot.camera.zoom = m_navigator.zoom();
        }
        if (m_state.export_state.running) {
            m_state.status_line = m_state.ui_lang == "de"
                                      ? "Es wird noch eine Datei geschrieben; bitte gleich noch einmal."
                                      : "A file is still being written; please try again in a moment.";
            return;
        }
        // Written on a thread, like every export: a slow or network drive never stalls the window.
        writeInBackground(m_state.presenter.tour_path,
                          [text = writeTour(tourFromView(snapshot, data))](const std::string& path) {
                              writeFileAtomically(path, text);
                          });
    } catch (const std::exception& error) {
        m_state.status_line = firstLine(error);
    }
}

}  // namespace pm::app
