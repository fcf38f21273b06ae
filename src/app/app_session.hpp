#pragma once

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/gl_context.hpp"
#include "app/imgui_session.hpp"
#include "app/inset_picture.hpp"
#include "app/map_drag.hpp"
#include "app/playback_meshes.hpp"
#include "app/scene_worker.hpp"
#include "core/image.hpp"
#include "core/map_navigator.hpp"
#include "core/map_view.hpp"
#include "core/partnership_card.hpp"
#include "core/picking.hpp"
#include "core/presentation_frame.hpp"
#include "core/settings.hpp"
#include "core/text_metrics.hpp"
#include "core/tour_player.hpp"
#include "render/map_renderer.hpp"
#include "ui/app_state.hpp"
#include "ui/derived_data.hpp"
#include "ui/fonts.hpp"

namespace pm::app {

class Inputs;

// A pixel rectangle of the framebuffer, y down from the top edge.
struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;
    bool contains(double px, double py) const { return px >= x && py >= y && px < x + width && py < y + height; }
    friend bool operator==(const PixelRect&, const PixelRect&) = default;
};

// A tour or the timeline played in the window (presenter mode, kiosk, the timeline window).
struct Playback {
    std::unique_ptr<TourPlayer> player;
    std::unique_ptr<PresentationComposer> composer;
    double position = 0;            // seconds into the tour
    std::optional<double> stop_at;  // clicker: play until this time, then hold
    bool playing = false;
    bool loop = false;
    bool timeline = false;                   // the timeline: pause and speed follow PresenterState
    double recorded_years_per_second = 2.0;  // the speed the player was compiled with
    // What the renderer's uploads show.
    std::optional<TourView> composed_view;
    std::optional<BasemapDetail> composed_detail;
    bool drawn = false;  // the renderer's layered picture shows it
    size_t uploaded_basemap = 0;
    std::shared_ptr<const BasemapLayer> basemap;  // uploaded, shared with the mesh worker
    render::CountryHighlight countries;           // of the frame composed last, for the mesh worker
    PlaybackMeshes meshes;
    PixelRect composed_rect;
    MapTransform transform;  // of the composed frame
    render::DrawState draw_state;
    bool camera_moving = false;  // since the frame composed before (cameraMoved)
    size_t base_redraws = 0;     // frames that drew the basemap (benchmark)
};

// The window with everything in it: data, scene building, the map view and its cache, the panels,
// exports and presentations. frame() runs one iteration of the loop.
class AppSession {
public:
    AppSession(const AppOptions& options, const Inputs& inputs, std::ostream& err);
    ~AppSession();
    AppSession(const AppSession&) = delete;
    AppSession& operator=(const AppSession&) = delete;

    // One frame: events, requests, scene, map, panels, swap. False once the app should close.
    bool frame();

    // For the benchmark mode and tests.
    ui::AppState& state() { return m_state; }
    MapNavigator& navigator() { return m_navigator; }
    const PixelRect& mapRect() const { return m_map_rect; }
    bool sceneReady() const { return m_scene != nullptr; }
    const Scene* scene() const { return m_scene.get(); }
    const SceneInputs& sceneInputs() const { return m_scene_inputs; }
    // The basemap has its meshes for the view's zoom (the worker prepares them; until then the nearest
    // level is drawn).
    bool basemapReady() const { return m_renderer->basemapReadyFor(m_navigator.transform().scale); }
    const Playback& playback() const { return m_playback; }
    size_t visibleCount() const { return m_derived.get().visible.size(); }
    // A scene, a file or an export is still being worked on.
    bool busy() const;
    // Runs frames until nothing is pending and the view rests.
    void settle(int max_frames = 600);
    Image captureWindow() const;
    // Presenter mode and the kiosk draw the card of the selected partnership (or home city) on the map,
    // in the tours' large type, instead of the desk's Details panel; nullopt otherwise.
    std::optional<PartnershipCard> presentedCard() const;
    double lastSceneMilliseconds() const { return m_last_scene_ms; }
    void setInteracting(bool interacting) { m_forced_interaction = interacting; }
    // Never sleep waiting for events (benchmarks and tests drive frames themselves).
    void setPolling(bool polling) { m_polling = polling; }
    // Animations advance by this many seconds a frame instead of the time that passed (benchmarks:
    // the frames of a tour at 60 Hz, however long each takes here); nullopt: real time.
    void setFixedFrameStep(std::optional<double> seconds) { m_fixed_frame_step = seconds; }
    void replaceData(std::shared_ptr<const DataSet> data, std::vector<std::string> files);
    GLFWwindow* window() const { return m_window.handle(); }
    // The default tour of the first selected home city: held at its start for the clicker, or
    // playing in a loop (kiosk).
    void startDefaultTour(bool loop);
    void startTimeline();
    void stopPlayback();
    // Kiosk: a touch (at `touch`, map pixels) or key pauses the loop; the visitor gets the tour's view,
    // taken over by finishKioskPause once its scene is built.
    void pauseKiosk(std::optional<LabelPoint> touch);
    void finishKioskPause();
    // Presenter mode: full screen, panels hidden, the default tour held at its start.
    void setPresenter(bool on);
    // The clicker's Right key: fly to the next stop (or finish the flight under way).
    void clickerNext();

private:
    // app_session.cpp
    void loadInitialData(const AppOptions& options);
    void applySettings();
    void storeSettings();
    void updateLayout();
    void keepPanelsInWindow();
    void updateScene();
    void receiveScene();
    void drawMap();
    ProjectionSpec viewProjection() const;
    double viewScale(const ProjectionSpec& projection);
    MapView currentView(int width, int height, bool inset = false) const;
    render::DrawState drawState() const;
    OverlayOptions overlayOptions(int width, int height) const;
    void updateTitle();
    // app_input.cpp
    void handleMapInput();
    void handleKeys();
    void handleDrops();
    void select(const PickResult& pick);
    void flyToPartnership(size_t index);
    // app_requests.cpp
    void handleRequests();
    void openFiles(const std::vector<std::string>& files);
    void finishLoading();
    void startExport(const ui::ExportRequest& request);
    void writeInBackground(std::string path, std::function<void(const std::string& path)> write);
    void continueExport();
    // app_presentation.cpp
    void startPlayback(const Tour& tour, const std::string& label, const TourDataLoader& loader,
                       const TourStart& start);
    void advancePlayback(double dt);
    void drawPlayback();
    void clickerPrevious();
    void stepTimeline(int years);
    TourStart tourStart() const;
    void saveTour();
    // app_panels.cpp
    void drawPanels();

    const Inputs& m_inputs;
    std::ostream& m_err;
    AppOptions m_options;
    AppSettings m_settings;
    GlWindow m_window;
    std::unique_ptr<ImGuiSession> m_imgui;
    ui::UiFonts m_fonts;
    std::unique_ptr<render::MapRenderer> m_renderer;
    // Presentations upload layers of their own; a renderer of their own keeps the map's (and the finer
    // basemap levels prepared for it) for when the presentation ends.
    std::unique_ptr<render::MapRenderer> m_playback_renderer;
    BasemapCache m_basemaps;
    SceneWorker m_worker{m_basemaps};
    std::unique_ptr<TextMetrics> m_regular, m_bold;

    ui::AppState m_state;
    ui::DerivedDataCache m_derived;
    uint64_t m_data_generation = 0;  // SceneInputs::data_id of m_state.data.data

    // Scene
    std::optional<SceneInputs> m_requested;
    bool m_scene_wanted = false;
    std::shared_ptr<const Scene> m_scene;
    SceneInputs m_scene_inputs;
    std::optional<std::pair<ProjectionSpec, double>> m_fitted_scale;  // of a projection not shown yet
    double m_last_scene_ms = 0;

    // Files being loaded on a thread: the data, or the problems that keep the current data.
    struct Loaded {
        std::vector<std::string> files;
        std::shared_ptr<const DataSet> data;
        std::vector<Problem> problems;
        std::string error;
    };
    std::future<Loaded> m_loading;

    // View
    PixelRect m_map_rect;
    int m_fb_width = 0, m_fb_height = 0;
    MapNavigator m_navigator;
    struct CacheKey {
        MapTransform transform;
        PixelRect rect;
        const Scene* scene = nullptr;
        ui::MapSettings map;
        ui::Selection selection;
        std::optional<size_t> hovered;
        std::string hovered_city;
        std::string ui_lang;
        bool presenter = false;
        bool facts = false;
        friend bool operator==(const CacheKey&, const CacheKey&) = default;
    };
    std::optional<CacheKey> m_cache_key;
    MapDrag m_drag;
    bool m_forced_interaction = false;
    bool m_polling = false;
    double m_last_wheel = -1;
    double m_last_input = 0;
    double m_now = 0;
    std::optional<int> m_prepared_level;  // the basemap level asked of the worker last
    std::optional<double> m_fixed_frame_step;

    // Export
    std::future<ComposedMap> m_export_compose;
    std::optional<render::TiledExport> m_export_job;
    std::unique_ptr<Image> m_export_image;
    std::optional<InsetToDraw> m_export_inset;  // drawn into the image when its last tile is
    render::DrawState m_export_draw;
    std::string m_export_path;
    std::pair<int, int> m_export_size;
    std::future<std::string> m_export_write;  // the message when done

    // Presentation
    Playback m_playback;
    std::optional<Tour> m_tour_from_file;  // --tour, as read
    // Kiosk: the window's own view while a visitor has the paused tour's, restored when the loop starts
    // again; the tour's camera, taken when the scene of its view has arrived (the tour stays on screen
    // until then, so that the map does not flash another view); the touch that paused it.
    struct KioskWindow {
        PartnershipFilter filter;
        ui::MapSettings map;
    };
    std::optional<KioskWindow> m_kiosk_window;
    std::optional<MapTransform> m_kiosk_camera;
    std::optional<LabelPoint> m_kiosk_touch;
    std::vector<std::string> m_dropped;
    int m_frames = 0;
    bool m_quit = false;
    std::optional<std::pair<int, int>> m_windowed_size;  // to return from full screen
    std::optional<std::pair<int, int>> m_windowed_pos;
};

}  // namespace pm::app
