// The app's window under xvfb-run: start-up, frames, filters, exports, bad files, presenter keys, kiosk.
#include <gtest/gtest.h>

#include <backends/imgui_impl_glfw.h>
#include <glad/gl.h>
#include <imgui.h>
#include <imgui_internal.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "../render/render_test_util.hpp"
#include "app/app_session.hpp"
#include "app/inputs.hpp"

namespace pm::app {
namespace {

namespace fs = std::filesystem;
using render::test::compareImages;
using render::test::loadPng;

class AppWindow : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* display = std::getenv("DISPLAY"); !display || !*display)
            GTEST_SKIP() << "no DISPLAY: the app tests run under xvfb-run (scripts/test does that)";
        m_folder = fs::temp_directory_path() / ("partnermap-app-test-" + std::to_string(::getpid()));
        fs::create_directories(m_folder);
        // Settings and the ImGui layout go to a fresh folder, never the user's.
        setenv("XDG_CONFIG_HOME", (m_folder / "config").c_str(), 1);
    }
    // A hidden window for the whole suite keeps GLFW's X connection open between the sessions the
    // tests open one after another: an X server may reset when its last client leaves, and a window
    // opened during the reset finds no display.
    static void SetUpTestSuite() {
        if (const char* display = std::getenv("DISPLAY"); !display || !*display) return;
        GlWindowOptions keep;
        keep.width = keep.height = 16;
        keep.visible = false;
        keepDisplay() = std::make_unique<GlWindow>(keep);
    }
    static void TearDownTestSuite() { keepDisplay().reset(); }
    static std::unique_ptr<GlWindow>& keepDisplay() {
        static std::unique_ptr<GlWindow> window;
        return window;
    }
    void TearDown() override {
        if (!m_folder.empty()) fs::remove_all(m_folder);
    }
    std::unique_ptr<AppSession> open(AppOptions options = {}) {
        if (options.size.empty()) options.size = "1280x800";
        options.windowed_presenter = true;
        auto session = std::make_unique<AppSession>(options, m_inputs, m_err);
        // ctest runs tests in parallel on one X display: a window another test opens takes the focus, and
        // ImGui forgets the keys pressed before the focus was lost, those press() sends among them.
        glfwSetWindowFocusCallback(session->window(), nullptr);
        session->setPolling(true);
        session->settle();
        return session;
    }
    // A kiosk that a visitor has paused with a key, with the paused tour's view built.
    std::unique_ptr<AppSession> openPausedKiosk() {
        AppOptions options;
        options.kiosk = true;
        auto session = open(options);
        press(*session, GLFW_KEY_A);
        session->settle();
        return session;
    }
    static void press(AppSession& session, int key) {
        ImGui_ImplGlfw_KeyCallback(session.window(), key, 0, GLFW_PRESS, 0);
        session.frame();
        ImGui_ImplGlfw_KeyCallback(session.window(), key, 0, GLFW_RELEASE, 0);
        session.frame();
    }
    void exportAndWait(AppSession& session, ui::ExportKind kind, const fs::path& path, int width, int height,
                       bool inset = true) {
        session.state().requests.export_request = ui::ExportRequest{kind, path.string(), width, height, inset};
        session.frame();
        for (int i = 0; i < 2000 && session.state().export_state.running; ++i) session.frame();
    }

    Inputs m_inputs;
    std::ostringstream m_err;
    fs::path m_folder;
};

size_t distinctColours(const Image& image) {
    std::set<uint32_t> colours;
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4 * 7)
        colours.insert(image.rgba[i] | image.rgba[i + 1] << 8 | image.rgba[i + 2] << 16);
    return colours.size();
}

TEST_F(AppWindow, StartsOnTheBundledDataAndDrawsTheMap) {
    auto session = open();
    ASSERT_TRUE(session->sceneReady());
    EXPECT_EQ(session->state().data.dataSet().partnerships.size(), 48u);
    EXPECT_EQ(session->scene()->data.links.size(), 48u);
    const Image frame = session->captureWindow();
    EXPECT_EQ(frame.width, 1280);
    EXPECT_EQ(frame.height, 800);
    EXPECT_GT(distinctColours(frame), 200u);  // map, links, labels and panels, not a cleared window
    // The panels leave the map most of the window.
    const PixelRect& rect = session->mapRect();
    EXPECT_GT(rect.width, 400);
    EXPECT_GT(rect.height, 300);
}

TEST_F(AppWindow, FiltersRebuildTheSceneAndPanningDoesNot) {
    auto session = open();
    session->settle();  // the panels take their strips in the first frames
    const Scene* before = session->scene();
    session->navigator().pan(40, 10);
    session->frame();
    EXPECT_EQ(session->scene(), before);
    session->state().filter.home_ids = {"nuernberg"};
    session->settle();
    EXPECT_NE(session->scene(), before);
    EXPECT_EQ(session->visibleCount(), 27u);
    EXPECT_EQ(session->scene()->data.links.size(), 27u);
}

TEST_F(AppWindow, ZoomingInBuildsTheFinerBasemapAndItsMeshesOnTheWorker) {
    auto session = open();
    session->settle();  // the panels take their strips in the first frames
    EXPECT_EQ(session->sceneInputs().detail, BasemapDetail::Medium50m);
    EXPECT_TRUE(session->basemapReady());
    const PixelRect& rect = session->mapRect();
    session->navigator().zoomAbout({rect.width / 2.0, rect.height / 2.0}, 8.0);
    session->frame();
    EXPECT_FALSE(session->basemapReady()) << "drawn with the level it had, not built in the frame";
    session->settle();
    EXPECT_EQ(session->sceneInputs().detail, BasemapDetail::Fine10m);
    EXPECT_TRUE(session->basemapReady());
    session->navigator().zoomAbout({rect.width / 2.0, rect.height / 2.0}, 2.0);  // the next level
    session->settle();
    EXPECT_TRUE(session->basemapReady());
}

TEST_F(AppWindow, ProjectionSwitchBuildsTheNewScene) {
    auto session = open();
    session->state().map.projection_id = "orthographic";
    session->settle();
    EXPECT_EQ(session->scene()->projection.id, "orthographic");
    EXPECT_TRUE(session->state().status_line.empty()) << session->state().status_line;
}

TEST_F(AppWindow, PngExportHasTheSizeAndMatchesTheSvgOfTheSameView) {
    if (std::system("command -v rsvg-convert >/dev/null 2>&1") != 0) GTEST_SKIP() << "rsvg-convert missing";
    auto session = open();
    session->navigator().zoomAbout({640, 400}, 1.5);
    session->settle();
    exportAndWait(*session, ui::ExportKind::Png, m_folder / "view.png", 1200, 700);
    EXPECT_EQ(session->state().export_state.message, "Saved: " + (m_folder / "view.png").string());
    exportAndWait(*session, ui::ExportKind::Svg, m_folder / "view.svg", 1200, 700);
    const Image png = loadPng(m_folder / "view.png");
    ASSERT_EQ(png.width, 1200);
    ASSERT_EQ(png.height, 700);
    const std::string rasterise =
        "rsvg-convert -o " + (m_folder / "svg.png").string() + " " + (m_folder / "view.svg").string();
    ASSERT_EQ(std::system(rasterise.c_str()), 0);
    const Image svg = loadPng(m_folder / "svg.png");
    const auto difference = compareImages(png, svg, 24);
    EXPECT_LT(difference.mean_abs, 1.5);
    EXPECT_GT(difference.fraction_within, 0.99);
}

TEST_F(AppWindow, ExportsOfTheWholeMapCarryTheInsetWhenAsked) {
    auto session = open();
    exportAndWait(*session, ui::ExportKind::Svg, m_folder / "inset.svg", 1754, 1240);
    exportAndWait(*session, ui::ExportKind::Svg, m_folder / "plain.svg", 1754, 1240, false);
    std::ifstream inset_svg(m_folder / "inset.svg"), plain_svg(m_folder / "plain.svg");
    const std::string inset_text{std::istreambuf_iterator<char>(inset_svg), {}};
    const std::string plain_text{std::istreambuf_iterator<char>(plain_svg), {}};
    EXPECT_NE(inset_text.find("<g id=\"inset\">"), std::string::npos);
    EXPECT_EQ(plain_text.find("<g id=\"inset\">"), std::string::npos);
    // The PNG is drawn tile by tile, the inset into it after the last tile.
    exportAndWait(*session, ui::ExportKind::Png, m_folder / "inset.png", 1754, 1240);
    exportAndWait(*session, ui::ExportKind::Png, m_folder / "plain.png", 1754, 1240, false);
    const auto difference = compareImages(loadPng(m_folder / "inset.png"), loadPng(m_folder / "plain.png"), 8);
    EXPECT_LT(difference.fraction_within, 0.95) << "a box of about a third of the width shows the inset";
    EXPECT_GT(difference.fraction_within, 0.7);
}

TEST_F(AppWindow, LargePngExportIsTiled) {
    auto session = open();
    exportAndWait(*session, ui::ExportKind::Png, m_folder / "large.png", 5000, 3000);
    const Image png = loadPng(m_folder / "large.png");
    EXPECT_EQ(png.width, 5000);
    EXPECT_EQ(png.height, 3000);
    EXPECT_DOUBLE_EQ(session->state().export_state.progress, 1.0);
}

TEST_F(AppWindow, DataExportWritesTheVisiblePartnerships) {
    auto session = open();
    session->state().filter.home_ids = {"dortmund"};
    session->settle();
    exportAndWait(*session, ui::ExportKind::Csv, m_folder / "dortmund.csv", 0, 0);
    std::ifstream file(m_folder / "dortmund.csv");
    size_t lines = 0;
    for (std::string line; std::getline(file, line);) ++lines;
    EXPECT_EQ(lines, 13u);  // header and 12 partnerships
}

TEST_F(AppWindow, ABadFileShowsItsProblemsAndKeepsTheData) {
    auto session = open();
    const fs::path bad = m_folder / "bad.csv";
    std::ofstream(bad) << "home,partner,country\nNürnberg,Atlantis,XX\n";
    session->state().requests.open_files = {bad.string()};
    session->settle();  // files load on a thread
    EXPECT_EQ(session->state().data.dataSet().partnerships.size(), 48u);
    EXPECT_FALSE(session->state().data.last_error.empty());
    EXPECT_EQ(session->state().data.last_error.rfind(bad.string() + ":", 0), 0u) << session->state().data.last_error;
    EXPECT_TRUE(session->state().windows.data);
    session->settle();
    EXPECT_EQ(session->scene()->data.links.size(), 48u);
}

TEST_F(AppWindow, PresenterKeysStepThroughTheDefaultTour) {
    auto session = open();
    press(*session, GLFW_KEY_F11);
    ASSERT_TRUE(session->state().presenter.active);
    ASSERT_TRUE(session->playback().player);
    EXPECT_DOUBLE_EQ(session->playback().position, 0.0);
    // "Partnerschaften von Nürnberg" shows Nürnberg's partnerships, not those of all three home cities.
    const TourView overview = session->playback().player->viewAt(0);
    EXPECT_EQ(overview.filter.home_ids, std::set<std::string>{"nuernberg"});
    press(*session, GLFW_KEY_RIGHT);
    ASSERT_TRUE(session->playback().stop_at.has_value());
    const double stop = *session->playback().stop_at;
    EXPECT_GT(stop, 0.0);
    for (int i = 0; i < 2000 && session->playback().playing; ++i) session->frame();
    EXPECT_DOUBLE_EQ(session->playback().position, stop);
    press(*session, GLFW_KEY_LEFT);
    EXPECT_LT(session->playback().position, stop);
    press(*session, GLFW_KEY_B);
    EXPECT_TRUE(session->state().presenter.black_screen);
    const Image black = session->captureWindow();
    EXPECT_EQ(distinctColours(black), 1u);
    press(*session, GLFW_KEY_PERIOD);
    EXPECT_FALSE(session->state().presenter.black_screen);
    press(*session, GLFW_KEY_ESCAPE);
    EXPECT_FALSE(session->state().presenter.active);
    EXPECT_FALSE(session->playback().player);
}

TEST_F(AppWindow, AHeldStopShowsTheSamePictureWithoutDrawingItAgain) {
    auto session = open();
    press(*session, GLFW_KEY_F11);
    press(*session, GLFW_KEY_RIGHT);
    for (int i = 0; i < 2000 && session->playback().playing; ++i) session->frame();
    ASSERT_FALSE(session->playback().playing);
    // The basemap's meshes for the stop's zoom may still be prepared on a thread; once they arrive the
    // stop is drawn once more with them.
    for (int i = 0; i < 2000 && session->playback().meshes.busy(); ++i) session->frame();
    session->frame();
    session->frame();
    const size_t drawn = session->playback().base_redraws;
    const Image held = session->captureWindow();
    for (int i = 0; i < 5; ++i) session->frame();
    EXPECT_EQ(session->playback().base_redraws, drawn);
    EXPECT_FALSE(session->playback().camera_moving);
    const auto difference = compareImages(session->captureWindow(), held, 0);
    EXPECT_EQ(difference.fraction_within, 1.0);
}

TEST_F(AppWindow, TheClickerHoldsEachPartnerWithItsCaptionCard) {
    auto session = open();
    press(*session, GLFW_KEY_F11);
    for (int stop = 1; stop <= 3; ++stop) {
        press(*session, GLFW_KEY_RIGHT);
        for (int i = 0; i < 2000 && session->playback().playing; ++i) session->frame();
        const TourView held = session->playback().player->viewAt(session->playback().position);
        if (stop == 1) continue;  // the overview
        EXPECT_TRUE(held.highlighted_link.has_value()) << "stop " << stop;
        EXPECT_TRUE(held.card.has_value()) << "stop " << stop;
    }
}

TEST_F(AppWindow, LeavingPresenterModeShowsTheMapAsBefore) {
    auto session = open();
    const Image before = session->captureWindow();
    press(*session, GLFW_KEY_F11);
    press(*session, GLFW_KEY_T);  // the timeline: at its start only the first partnerships are drawn
    ASSERT_TRUE(session->playback().timeline);
    press(*session, GLFW_KEY_ESCAPE);
    session->settle();
    // The presentation uploaded layers of its own; the interactive map's are back, so is the picture.
    const auto difference = compareImages(session->captureWindow(), before, 8);
    EXPECT_GT(difference.fraction_within, 0.999);
}

TEST_F(AppWindow, KioskLoopsPausesOnAKeyAndOnlyTheCombinationQuits) {
    AppOptions options;
    options.kiosk = true;
    auto session = open(options);
    EXPECT_TRUE(session->state().presenter.active);
    ASSERT_TRUE(session->playback().player);
    EXPECT_TRUE(session->playback().playing);
    EXPECT_TRUE(session->playback().loop);
    press(*session, GLFW_KEY_ESCAPE);
    EXPECT_TRUE(session->state().presenter.active);  // Esc does not leave a kiosk
    EXPECT_FALSE(session->playback().playing);       // but pauses the loop for the visitor
    session->settle();
    EXPECT_FALSE(session->playback().player);  // who has the map once the tour's view is built
    EXPECT_TRUE(session->frame());
}

TEST_F(AppWindow, AKioskVisitorsTapShowsThePartnersCardOnTheMapInLargeType) {
    auto session = openPausedKiosk();
    ASSERT_FALSE(session->playback().player);
    EXPECT_FALSE(session->presentedCard().has_value());
    const Image map = session->captureWindow();

    session->state().selection.partnership = 0;  // what a tap on the partner selects
    session->settle();
    const std::optional<PartnershipCard> card = session->presentedCard();
    ASSERT_TRUE(card.has_value());
    const DataSet& data = session->state().data.dataSet();
    EXPECT_EQ(card->title,
              partnershipCard(data, 0, session->state().map.map_lang, &m_inputs.countries(), currentYear()).title)
        << "in the map's language, like a tour's caption card";
    // The card takes a good part of the screen (the highlighted link adds a little).
    const render::test::ImageDifference difference = compareImages(session->captureWindow(), map, 8);
    EXPECT_LT(difference.fraction_within, 0.95);
    EXPECT_GT(difference.fraction_within, 0.6);

    session->state().selection = {};  // a tap on the empty map
    session->settle();
    EXPECT_EQ(compareImages(session->captureWindow(), map, 8).fraction_within, 1.0);
}

TEST_F(AppWindow, OnlyPresenterModeDrawsTheSelectedPartnersCardOnTheMap) {
    auto session = open();
    session->state().selection.partnership = 0;
    session->settle();
    EXPECT_FALSE(session->presentedCard().has_value()) << "the desk has its Details panel";
    press(*session, GLFW_KEY_F11);
    EXPECT_TRUE(session->presentedCard().has_value());
}

TEST_F(AppWindow, AKioskPausedByAVisitorKeepsTheTourCameraAndTheTouchedCityWhereItWas) {
    AppOptions options;
    options.kiosk = true;
    auto session = open(options);
    session->setFixedFrameStep(1.0 / 60);
    // Into the hold at the first partner, zoomed in on it.
    for (int i = 0; i < 2000 && session->playback().player && session->playback().position < 8.0; ++i) session->frame();
    ASSERT_TRUE(session->playback().composed_view.has_value());
    const TourView shown = *session->playback().composed_view;
    ASSERT_TRUE(shown.highlighted_link.has_value());
    const MapTransform camera = session->playback().transform;
    const PartnershipFilter filter = session->state().filter;
    const DataSet& data = session->state().data.dataSet();
    const std::string partner = data.partnerships[*shown.highlighted_link].partner_id;
    const SceneCity* city = session->scene()->data.findCity(partner);
    ASSERT_NE(city, nullptr);
    const LabelPoint touched = camera.toPixel(city->projected);  // where the tour showed the partner

    const Image tour_picture = session->captureWindow();

    press(*session, GLFW_KEY_A);  // a visitor
    EXPECT_TRUE(session->playback().player) << "the tour stays on screen until its view is built";
    session->settle();
    ASSERT_FALSE(session->playback().player);
    EXPECT_EQ(session->navigator().transform(), camera) << "no jump to the whole world";
    EXPECT_EQ(session->state().filter, shown.filter) << "the tour's partnerships";
    EXPECT_NE(session->state().filter, filter) << "the default tour shows one home city of the three";
    EXPECT_EQ(session->scene()->projection, shown.projection) << "and its projection, centred as the tour's";
    // The visitor sees the tour's map; the caption card, the faded links around the highlighted one and
    // the legend's place change.
    EXPECT_GT(compareImages(session->captureWindow(), tour_picture, 8).fraction_within, 0.75);
    const PickResult pick = pickAt(session->scene()->data, session->navigator().transform(), touched, 8.0);
    EXPECT_EQ(pick.kind, PickResult::Kind::City);
    EXPECT_EQ(pick.city_id, partner);
}

TEST_F(AppWindow, KioskReturnsToItsLoopWhenIdle) {
    AppOptions options;
    options.kiosk = true;
    options.kiosk_idle_seconds = 1.0;  // longer than any frame takes on a loaded machine
    auto session = open(options);
    const double start = glfwGetTime();  // before the key: the idle time counts from it
    const PartnershipFilter window_filter = session->state().filter;
    const ui::MapSettings window_map = session->state().map;
    press(*session, GLFW_KEY_A);  // a visitor
    while (session->playback().player && glfwGetTime() - start < 5) session->frame();
    ASSERT_FALSE(session->playback().player);
    EXPECT_NE(session->state().filter, window_filter) << "the visitor has the tour's partnerships";
    while (!session->playback().player && glfwGetTime() - start < 5) session->frame();
    EXPECT_TRUE(session->playback().playing);
    EXPECT_TRUE(session->playback().loop);
    EXPECT_GE(glfwGetTime() - start, 1.0);
    EXPECT_EQ(session->state().filter, window_filter) << "the loop starts from the kiosk's own view";
    EXPECT_EQ(session->state().map, window_map);
}

TEST_F(AppWindow, AKioskVisitorsTapOnAHomeCityShowsItsCard) {
    auto session = openPausedKiosk();
    ASSERT_FALSE(session->playback().player);
    const SceneCity& home = session->scene()->data.cities.front();
    ASSERT_EQ(home.role, CityRole::Home);
    // A tap there picks the home city (what the tap selects: tests share one X pointer, so no real one).
    const LabelPoint at = session->navigator().transform().toPixel(home.projected);
    const PickResult pick = pickAt(session->scene()->data, session->navigator().transform(), at, 8.0);
    ASSERT_EQ(pick.kind, PickResult::Kind::City);
    ASSERT_EQ(pick.city_id, home.id);
    const Image map = session->captureWindow();
    session->state().selection.city_id = pick.city_id;
    session->settle();
    EXPECT_LT(compareImages(session->captureWindow(), map, 8).fraction_within, 0.95) << "the card is drawn";
    const std::optional<PartnershipCard> card = session->presentedCard();
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->title, home.name(session->state().map.map_lang));
    EXPECT_NE(card->subtitle.find(overlayWord("home", session->state().map.map_lang)), std::string::npos)
        << card->subtitle;
}

TEST_F(AppWindow, PresenterTimelinePausesStepsAndChangesSpeed) {
    auto session = open();
    press(*session, GLFW_KEY_F11);
    press(*session, GLFW_KEY_T);
    ASSERT_TRUE(session->playback().timeline);
    EXPECT_TRUE(session->state().presenter.timeline_playing);
    press(*session, GLFW_KEY_SPACE);
    EXPECT_FALSE(session->state().presenter.timeline_playing);
    const double paused_at = session->playback().position;
    press(*session, GLFW_KEY_RIGHT);
    EXPECT_NEAR(session->playback().position - paused_at, 0.5, 1e-9);  // one year at 2 years per second
    press(*session, GLFW_KEY_LEFT);
    EXPECT_NEAR(session->playback().position, paused_at, 1e-9);
    press(*session, GLFW_KEY_UP);
    EXPECT_DOUBLE_EQ(session->state().presenter.years_per_second, 3.0);
}

TEST_F(AppWindow, TourFileFromTheCommandLinePlays) {
    AppOptions options;
    options.tour_file = std::string(PARTNERMAP_TEST_DATA) + "/tours/short.json";
    auto session = open(options);
    ASSERT_TRUE(session->playback().player) << m_err.str();
    EXPECT_TRUE(session->state().presenter.active);
}

TEST_F(AppWindow, SavesTheCurrentViewAsATour) {
    auto session = open();
    session->state().presenter.tour_path = (m_folder / "saved-tour.json").string();
    session->state().requests.save_tour = true;
    session->settle();  // written on a thread
    EXPECT_TRUE(fs::exists(m_folder / "saved-tour.json")) << session->state().status_line;
    EXPECT_NE(session->state().status_line.find("saved-tour.json"), std::string::npos) << session->state().status_line;
    EXPECT_NO_THROW(loadTourFile((m_folder / "saved-tour.json").string()));
}

// partnermap --bench: its figures must not depend on the last session (a globe left on screen made the
// flat map's flights twice as slow), and a run must leave the user's settings and layout as they were.
TEST_F(AppWindow, WithoutUserSettingsASessionStartsOnTheDefaultsAndKeepsNothing) {
    {
        auto session = open();
        session->state().map.projection_id = "orthographic";
        session->state().map.theme = ThemeId::Dark;
        session->frame();
    }
    const fs::path folder = m_folder / "config" / "partnermap";
    const auto read = [](const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string settings = read(folder / "settings.json");
    fs::remove(folder / "imgui.ini");
    {
        AppOptions options;
        options.user_settings = false;
        auto session = open(options);
        EXPECT_EQ(session->state().map.projection_id, "equal-earth");
        EXPECT_EQ(session->state().map.theme, ThemeId::Light);
        session->state().map.projection_id = "mercator";
        session->frame();
    }
    EXPECT_EQ(read(folder / "settings.json"), settings);
    EXPECT_FALSE(fs::exists(folder / "imgui.ini"));
}

TEST_F(AppWindow, SettingsLiveInTheConfigFolder) {
    {
        auto session = open();
        session->state().map.theme = ThemeId::Dark;
        session->frame();
    }
    EXPECT_TRUE(fs::exists(m_folder / "config" / "partnermap" / "settings.json"));
    EXPECT_TRUE(fs::exists(m_folder / "config" / "partnermap" / "imgui.ini"));
    auto session = open();
    EXPECT_EQ(session->state().map.theme, ThemeId::Dark);
}

// A layout saved on a wider screen (the Settings panel at x = 1580) opens in a 1280-pixel window with
// the panel inside it; seen after a bench at 1920x1080, and after presenter mode at full screen.
TEST_F(AppWindow, PanelsSavedOnAWiderScreenOpenInsideTheWindow) {
    const fs::path config = m_folder / "config" / "partnermap";
    fs::create_directories(config);
    std::ofstream(config / "imgui.ini") << "[Window][###settings]\nPos=1580,40\nSize=330,560\nCollapsed=0\n\n"
                                        << "[Window][###filters]\nPos=10,700\nSize=320,640\nCollapsed=0\n";
    auto session = open();
    session->frame();
    const ImGuiWindow* settings = ImGui::FindWindowByName("###settings");
    ASSERT_NE(settings, nullptr);
    EXPECT_FLOAT_EQ(settings->Pos.x + settings->Size.x, 1280.0f);
    EXPECT_FLOAT_EQ(settings->Size.x, 330.0f);
    const ImGuiWindow* filters = ImGui::FindWindowByName("###filters");
    ASSERT_NE(filters, nullptr);
    EXPECT_FLOAT_EQ(filters->Pos.y + filters->Size.y, 800.0f) << "moved up, keeping its size";
    EXPECT_FLOAT_EQ(filters->Pos.x, 10.0f);
}

}  // namespace
}  // namespace pm::app
