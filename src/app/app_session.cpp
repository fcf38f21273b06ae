#include "app/app_session.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdlib>

#include "app/error_text.hpp"
#include "app/inputs.hpp"
#include "app/png_writer.hpp"
#include "app/render_options.hpp"
#include "core/countries.hpp"
#include "core/facts.hpp"
#include "core/filter.hpp"
#include "core/partnership_card.hpp"
#include "core/presentation_panels.hpp"
#include "core/problem.hpp"
#include "core/projection.hpp"
#include "core/resources.hpp"
#include "ui/details_panel.hpp"
#include "ui/status_bar.hpp"
#include "ui/timeline_model.hpp"

namespace pm::app {

namespace {

GlWindowOptions windowOptions(const AppOptions& options, const AppSettings& settings) {
    GlWindowOptions window;
    window.width = settings.window_width;
    window.height = settings.window_height;
    if (!options.size.empty()) std::tie(window.width, window.height) = parseSize(options.size);
    window.title = "PartnerMap";
    return window;
}

double secondsNow() {
    return glfwGetTime();
}

}  // namespace

AppSession::AppSession(const AppOptions& options, const Inputs& inputs, std::ostream& err)
    : m_inputs(inputs),
      m_err(err),
      m_options(options),
      m_settings([&] {
          if (!options.user_settings) return AppSettings{};
          std::vector<std::string> warnings;
          AppSettings settings = loadSettings(settingsFilePath(), warnings);
          for (const std::string& warning : warnings) err << warning << '\n';
          return settings;
      }()),
      m_window(windowOptions(options, m_settings)) {
    glfwSetWindowUserPointer(m_window.handle(), this);
    // Installed before ImGui's backend, which keeps them and calls them after its own.
    glfwSetDropCallback(m_window.handle(), [](GLFWwindow* window, int count, const char** paths) {
        auto* session = static_cast<AppSession*>(glfwGetWindowUserPointer(window));
        for (int i = 0; i < count; ++i) session->m_dropped.emplace_back(paths[i]);
    });
    m_imgui = std::make_unique<ImGuiSession>(m_window.handle(),
                                             options.user_settings ? imguiIniPath() : std::filesystem::path());
    float scale_x = 1, scale_y = 1;
    glfwGetWindowContentScale(m_window.handle(), &scale_x, &scale_y);
    m_fonts = ui::loadUiFonts(*ImGui::GetIO().Fonts, std::max(scale_x, 1.0f), m_settings.ui_lang);
    if (!m_fonts.warning.empty()) {
        err << "partnermap: " << m_fonts.warning << '\n';
        m_state.status_line = m_fonts.warning;
    }
    m_renderer = std::make_unique<render::MapRenderer>(shaderPath(""));
    m_regular = makeDefaultTextMetrics(false);
    m_bold = makeDefaultTextMetrics(true);
    applySettings();
    loadInitialData(options);
    if (options.present || options.kiosk || !options.tour_file.empty()) setPresenter(true);
    m_now = secondsNow();
    m_last_input = m_now;
}

AppSession::~AppSession() {
    if (m_export_write.valid()) m_export_write.wait();
    if (m_options.user_settings) storeSettings();
    m_playback_renderer.reset();  // GL objects go before the context
    m_renderer.reset();
    m_imgui.reset();
}

void AppSession::applySettings() {
    m_state.ui_lang = m_settings.ui_lang.empty() ? defaultUiLang(std::getenv("LANG")) : m_settings.ui_lang;
    m_state.map.projection_id = findProjection(m_settings.projection_id) ? m_settings.projection_id : "equal-earth";
    m_state.map.theme = parseThemeId(m_settings.theme).value_or(ThemeId::Light);
    m_state.map.map_lang = m_settings.map_lang == "en" ? "en" : "de";
    m_state.map.labels = m_settings.labels;
    m_state.map.distance_labels = m_settings.distance_labels;
    m_state.map.rings_km = m_settings.rings_km;
}

void AppSession::storeSettings() {
    int width = 0, height = 0;
    glfwGetWindowSize(m_window.handle(), &width, &height);
    if (m_windowed_size) std::tie(width, height) = *m_windowed_size;
    if (width > 0 && height > 0 && m_options.size.empty()) {
        m_settings.window_width = width;
        m_settings.window_height = height;
    }
    m_settings.projection_id = m_state.map.projection_id;
    m_settings.theme = std::string(themeIdName(m_state.map.theme));
    m_settings.ui_lang = m_state.ui_lang;
    m_settings.map_lang = m_state.map.map_lang;
    m_settings.labels = m_state.map.labels;
    m_settings.distance_labels = m_state.map.distance_labels;
    m_settings.rings_km = m_state.map.rings_km;
    m_settings.last_files = m_state.data.files;
    try {
        saveSettings(m_settings, settingsFilePath());
    } catch (const std::exception& error) {
        m_err << "partnermap: settings not saved: " << error.what() << '\n';
    }
}

void AppSession::loadInitialData(const AppOptions& options) {
    std::vector<Problem> warnings;
    try {
        replaceData(std::make_shared<const DataSet>(m_inputs.loadData(options.files, warnings)), options.files);
        m_state.data.problems = warnings;
    } catch (const DataError& error) {
        // The window still opens, on the bundled data, with the problems in the Data panel.
        m_err << error.what() << '\n';
        m_state.data.problems = error.problems();
        m_state.data.last_error = firstLine(error);
        m_state.windows.data = true;
        replaceData(std::make_shared<const DataSet>(m_inputs.loadData({}, warnings)), {});
    }
    for (const Problem& warning : warnings) m_err << warning.toString() << '\n';
}

void AppSession::replaceData(std::shared_ptr<const DataSet> data, std::vector<std::string> files) {
    m_state.data.data = std::move(data);
    ++m_data_generation;
    m_state.data.files = std::move(files);
    m_state.filter = {};
    m_state.selection = {};
    m_state.hovered_partnership.reset();
    m_state.hovered_city.clear();
    stopPlayback();
    updateTitle();
}

void AppSession::updateTitle() {
    std::string title = "PartnerMap";
    if (!m_state.data.files.empty()) {
        title += " — " + std::filesystem::path(m_state.data.files.front()).filename().string();
        if (m_state.data.files.size() > 1) title += " +" + std::to_string(m_state.data.files.size() - 1);
    }
    glfwSetWindowTitle(m_window.handle(), title.c_str());
}

bool AppSession::frame() {
    const double now = secondsNow();
    const double dt = m_fixed_frame_step.value_or(std::clamp(now - m_now, 0.0, 0.25));
    m_now = now;
    // Idle windows sleep until something happens; animations and pending work keep the loop going.
    const bool animating = m_navigator.flying() || m_playback.playing || m_drag.dragging() || m_frames < 3 ||
                           (m_last_wheel >= 0 && now - m_last_wheel < 0.5) || m_options.kiosk;
    if (animating || busy() || m_polling || m_forced_interaction || m_options.quit_after_frames > 0)
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(0.25);
    if (glfwWindowShouldClose(m_window.handle())) {
        if (m_options.kiosk)
            glfwSetWindowShouldClose(m_window.handle(), GLFW_FALSE);  // only the key combination
        else
            return false;
    }

    glfwGetFramebufferSize(m_window.handle(), &m_fb_width, &m_fb_height);
    // In front of an audience the pointer disappears after 3 s without input.
    const bool hide_pointer = m_state.presenter.active && m_now - m_last_input > 3.0;
    ImGuiIO& io = ImGui::GetIO();
    if (hide_pointer) {
        io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // else the backend shows it again
        glfwSetInputMode(m_window.handle(), GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    } else if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) {
        io.ConfigFlags &= ~ImGuiConfigFlags_NoMouseCursorChange;
        glfwSetInputMode(m_window.handle(), GLFW_CURSOR, GLFW_CURSOR_NORMAL);
    }
    m_imgui->newFrame();
    handleDrops();
    handleKeys();
    updateLayout();
    handleMapInput();
    handleRequests();
    finishLoading();
    // The timeline window moves "as of year" over the range it had; presentations play their own timeline.
    if (!m_playback.player) ui::advanceTimeline(m_state.presenter, m_state.filter, m_derived.get().timeline, dt);
    m_derived.update(m_state, m_inputs.countries(), currentYear());
    updateScene();
    receiveScene();
    finishKioskPause();
    advancePlayback(dt);
    continueExport();
    drawPanels();

    glViewport(0, 0, m_fb_width, m_fb_height);
    const Color background = theme(m_state.map.theme).background;
    const bool black = m_state.presenter.black_screen;
    if (black)
        glClearColor(0, 0, 0, 1);
    else
        glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (black)
        ImGui::Render();  // the frame is ended, nothing is shown
    else {
        if (m_playback.player)
            drawPlayback();
        else
            drawMap();
        m_imgui->render();
    }
    ++m_frames;
    if (!m_options.screenshot.empty() && m_options.quit_after_frames > 0 && m_frames >= m_options.quit_after_frames) {
        try {
            writeMapPng(captureWindow(), m_options.screenshot);
        } catch (const std::exception& error) {
            m_err << "partnermap: " << error.what() << '\n';
        }
    }
    glfwSwapBuffers(m_window.handle());
    if (m_options.quit_after_frames > 0 && m_frames >= m_options.quit_after_frames) return false;
    return !m_quit;
}

// Panels placed in a larger window stay reachable in a smaller one: positions persist in imgui.ini
// from earlier sessions, and presenter mode leaves full screen for the smaller window. Every movable
// window the user is not dragging is moved, keeping its size, to lie inside the window.
void AppSession::keepPanelsInWindow() {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = ImGui::GetFrameHeight();  // below the menu bar
    constexpr ImGuiWindowFlags kNotAPanel =
        ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup | ImGuiWindowFlags_NoMove;
    for (ImGuiWindow* window : GImGui->Windows) {
        if ((window->Flags & kNotAPanel) || window == GImGui->MovingWindow) continue;
        const ImVec2 inside{std::max(0.0f, std::min(window->Pos.x, display.x - window->Size.x)),
                            std::max(top, std::min(window->Pos.y, display.y - window->Size.y))};
        if (inside.x != window->Pos.x || inside.y != window->Pos.y) ImGui::SetWindowPos(window, inside);
    }
}

void AppSession::updateLayout() {
    keepPanelsInWindow();
    const float menu = m_state.presenter.active ? 0.0f : ImGui::GetFrameHeight();
    PixelRect rect{0, static_cast<int>(menu), m_fb_width, m_fb_height - static_cast<int>(menu)};
    if (!m_state.presenter.active) {
        // Panels left at the window's edges (where they open) take their strip from the map, so that
        // the map, its title and its legend stay uncovered; panels moved into the middle float over it.
        const float snap = 48.0f;
        const float status = ui::statusBarHeight();
        int left = 0, right = m_fb_width, bottom = m_fb_height - static_cast<int>(status);
        for (const char* id : {"###filters", "###settings", "###table"}) {
            const ImGuiWindow* window = ImGui::FindWindowByName(id);
            if (!window || !window->WasActive || window->Hidden) continue;
            const ImVec2 min = window->Pos;
            const ImVec2 max{min.x + window->Size.x, min.y + window->Size.y};
            if (min.x < snap && max.x < m_fb_width / 2.0f) {
                left = std::max(left, static_cast<int>(max.x));
            } else if (max.x > m_fb_width - snap && min.x > m_fb_width / 2.0f) {
                right = std::min(right, static_cast<int>(min.x));
            } else if (max.y > m_fb_height - status - snap && min.y > m_fb_height / 2.0f) {
                bottom = std::min(bottom, static_cast<int>(min.y));
            }
        }
        rect = {left, static_cast<int>(menu), right - left, bottom - static_cast<int>(menu)};
    }
    rect.width = std::max(rect.width, 1);
    rect.height = std::max(rect.height, 1);
    if (!(rect == m_map_rect)) m_cache_key.reset();
    m_map_rect = rect;
    const double heading = headingHeight(overlayOptions(rect.width, rect.height));
    m_navigator.setViewport(rect.width, rect.height, heading);
}

OverlayOptions AppSession::overlayOptions(int width, int height) const {
    OverlayOptions options;
    const ui::MapSettings& map = m_state.map;
    options.lang = map.map_lang;
    options.city_labels = map.labels;
    options.distance_labels = map.distance_labels;
    options.title = map.title;
    options.legend = map.legend;
    options.attribution = map.attribution;
    options.projection_name = map.attribution;
    options.date = map.attribution;
    options.title_text = defaultTitle(m_state.data.dataSet(), m_state.filter, map.map_lang);
    options.date_text = todayText(map.map_lang);
    // The window uses the export's scale rule, so that "export at window size" is the same picture;
    // presenter mode reads from the back of a hall, in the type of the tours it plays (no jump when a
    // tour starts or a kiosk visitor pauses one).
    options.scale =
        m_state.presenter.active ? presentationScale(width, height) : std::max(overlayScaleForSize(width, height), 0.8);
    return options;
}

std::optional<PartnershipCard> AppSession::presentedCard() const {
    const DataSet& data = m_state.data.dataSet();
    const std::optional<size_t> selected = m_state.selection.partnership;
    if (!m_state.presenter.active) return std::nullopt;
    if (selected && *selected < data.partnerships.size())
        return partnershipCard(data, *selected, m_state.map.map_lang, &m_inputs.countries(), currentYear());
    // A home city tells of its partnerships on the map.
    const City* city = data.findCity(m_state.selection.city_id);
    if (!city || !m_scene) return std::nullopt;
    const SceneCity* shown = m_scene->data.findCity(city->id);
    if (!shown || shown->role != CityRole::Home) return std::nullopt;
    return homeCityCard(data, m_derived.get().visible, city->id, m_state.map.map_lang, &m_inputs.countries(),
                        currentYear());
}

ProjectionSpec AppSession::viewProjection() const {
    MapView view;
    view.projection.id = m_state.map.projection_id;
    view.projection.custom_proj = m_state.map.custom_proj;
    view.centre_given = !m_state.map.centre_auto;
    view.projection.centre = {m_state.map.centre_lat, m_state.map.centre_lon};
    view.filter = m_state.filter;
    return resolvedProjection(m_state.data.dataSet(), view);
}

MapView AppSession::currentView(int width, int height, bool inset) const {
    MapView view;
    view.inset = inset;
    view.countries = &m_inputs.countries();
    view.projection = viewProjection();
    view.centre_given = true;
    view.filter = m_state.filter;
    view.rings_km = m_state.map.rings_km;
    view.detail = m_state.map.detail;
    view.theme = m_state.map.theme;
    view.overlay = overlayOptions(width, height);
    view.overlay.scale = 0;  // from the output size
    view.auto_title = true;
    view.width = width;
    view.height = height;
    view.graticule_step_deg = m_scene_inputs.graticule_step_deg;
    if (m_scene)
        view.transform = exportTransform(m_navigator.transform(), m_map_rect.width, m_map_rect.height, width, height);
    return view;
}

double AppSession::viewScale(const ProjectionSpec& projection) {
    if (m_scene && projection == m_scene_inputs.projection) return m_navigator.transform().scale;
    // A new projection is shown fitted: its scale decides detail and link sampling of the first build,
    // so that it need not be built a second time once it arrives.
    if (!m_fitted_scale || !(m_fitted_scale->first == projection))
        m_fitted_scale = {projection, fitInFrame(Projection(projection).bounds(), m_navigator.frame()).scale};
    return m_fitted_scale->second;
}

void AppSession::updateScene() {
    SceneInputs inputs;
    double scale = 0;
    try {
        inputs.projection = viewProjection();
        scale = viewScale(inputs.projection);
    } catch (const std::exception& error) {
        m_state.status_line = firstLine(error);
        return;
    }
    inputs.detail = m_state.map.detail.value_or(detailForScale(scale));
    inputs.graticule_step_deg = m_navigator.zoom() > 4 ? 10.0 : 30.0;
    inputs.data_id = m_data_generation;
    inputs.data_options.filter = m_state.filter;
    inputs.data_options.ring_radii_km = m_state.map.rings_km;
    inputs.data_options.link_tolerance = linkToleranceForScale(scale);
    // The basemap's meshes for a new zoom level are prepared by the worker too, once per level.
    const int level = render::MapRenderer::basemapLevel(scale);
    const bool meshes_wanted = m_scene && !m_renderer->basemapReadyFor(scale) && m_prepared_level != level;
    if (m_requested && *m_requested == inputs && !meshes_wanted) return;
    m_requested = inputs;
    m_prepared_level = level;
    m_scene_wanted = true;
    m_worker.request({m_state.data.data, inputs, scale});
}

void AppSession::receiveScene() {
    std::optional<BuiltScene> built = m_worker.take();
    if (!built) return;
    if (m_requested && built->inputs == *m_requested) m_scene_wanted = false;
    if (!built->scene) {
        m_state.status_line = built->error;
        m_scene_wanted = false;
        return;
    }
    const bool new_projection = !m_scene || !(built->inputs.projection == m_scene_inputs.projection);
    if (built->basemap_rebuilt || !m_scene)
        m_renderer->setBasemap(std::shared_ptr<const BasemapLayer>(built->scene, &built->scene->basemap),
                               built->basemap_id);
    m_renderer->adoptBasemap(built->prepared_basemap);
    if (built->data_rebuilt || !m_scene) m_renderer->setData(built->scene->data);
    m_scene = built->scene;
    m_scene_inputs = built->inputs;
    m_last_scene_ms = built->milliseconds;
    if (new_projection) m_navigator.setBounds(m_scene->basemap.bounds);
    m_cache_key.reset();
}

render::DrawState AppSession::drawState() const {
    render::DrawState state;
    state.theme = m_state.map.theme;
    state.overlay_scale = 0;
    state.highlighted_link =
        m_state.selection.partnership ? m_state.selection.partnership : m_state.hovered_partnership;
    state.highlighted_city = !m_state.selection.city_id.empty() ? m_state.selection.city_id : m_state.hovered_city;
    state.show_graticule = m_state.map.graticule;
    return state;
}

void AppSession::drawMap() {
    if (!m_scene) return;
    const bool interacting = m_forced_interaction || m_drag.dragging() || m_navigator.flying() ||
                             (m_last_wheel >= 0 && m_now - m_last_wheel < 0.2);
    CacheKey key{m_navigator.transform(),
                 m_map_rect,
                 m_scene.get(),
                 m_state.map,
                 m_state.selection,
                 m_state.hovered_partnership,
                 m_state.hovered_city,
                 m_state.ui_lang,
                 m_state.presenter.active,
                 m_state.presenter.show_facts};
    // While the view moves, the last picture is moved and scaled; the full redraw follows when it rests.
    if ((!interacting || !m_renderer->hasCache()) && (!m_cache_key || !(*m_cache_key == key))) {
        OverlayOptions options = overlayOptions(m_map_rect.width, m_map_rect.height);
        PresentationContent presented;
        presented.card = presentedCard();
        options.legend_clear_of_card = presented.card.has_value();
        MapOverlay overlay = layoutOverlay(*m_scene, m_navigator.transform(), m_map_rect.width, m_map_rect.height,
                                           options, *m_regular, *m_bold);
        if (presented.card)
            addPresentationPanels(overlay, presented, m_map_rect.width, m_map_rect.height, options.scale, *m_regular,
                                  *m_bold);
        m_renderer->setOverlay(overlay);
        const int margin = static_cast<int>(0.1 * std::max(m_map_rect.width, m_map_rect.height));
        m_renderer->renderCache(m_navigator.transform(), m_map_rect.width, m_map_rect.height, margin, drawState());
        m_cache_key = key;
    }
    m_renderer->drawCache(m_navigator.transform(), m_map_rect.x, m_map_rect.y, m_map_rect.width, m_map_rect.height,
                          m_fb_height);
}

bool AppSession::busy() const {
    return m_worker.busy() || m_scene_wanted || m_loading.valid() || m_export_job || m_export_compose.valid() ||
           m_export_write.valid();
}

void AppSession::settle(int max_frames) {
    frame();
    for (int i = 0; i < max_frames && (busy() || !m_scene || m_navigator.flying()); ++i) frame();
    frame();  // the panels take their places from the frame before
    frame();
}

Image AppSession::captureWindow() const {
    Image image(m_fb_width, m_fb_height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, m_fb_width, m_fb_height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    flipRowsVertically(image);
    return image;
}

}  // namespace pm::app
