// partnermap --bench: the app's own timings, measured in a real window (under xvfb-run on CI).
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <vector>

#include "app/app.hpp"
#include "app/app_session.hpp"
#include "app/cli.hpp"
#include "app/inputs.hpp"
#include "app/render_options.hpp"
#include "core/projection_catalog.hpp"
#include "render/render_bench.hpp"

namespace pm::app {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Stats {
    double median = 0, p95 = 0;
};

Stats statsOf(std::vector<double> values) {
    if (values.empty()) return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 95 / 100)]};
}

// One frame, finished: the time a display would wait for it.
double timedFrame(AppSession& session) {
    const auto start = Clock::now();
    session.frame();
    glFinish();
    return millisecondsSince(start);
}

// Every frame until the scene for the change just made is built, uploaded and drawn (at least three).
void framesUntilSettled(AppSession& session, std::vector<double>& times) {
    for (int k = 0; k < 600; ++k) {
        times.push_back(timedFrame(session));
        if (k > 2 && !session.busy()) break;
    }
}

// The default tour's overview and its first three stops.
constexpr double kBenchTourSeconds = 1.5 + 3.0 + 3 * (2.5 + 4.0);

// Frame times while the map is dragged: `cached` moves the last picture (what the app does during a
// drag), otherwise every frame is a full redraw (what it does when the view rests).
Stats panFrames(AppSession& session, int frames, bool cached) {
    session.setInteracting(cached);
    std::vector<double> times;
    for (int i = 0; i < frames; ++i) {
        session.navigator().pan(i % 40 < 20 ? 6 : -6, i % 20 < 10 ? 2 : -2);
        times.push_back(timedFrame(session));
    }
    session.setInteracting(false);
    return statsOf(times);
}

void printStats(std::ostream& out, const std::string& what, const Stats& stats) {
    out << std::left << std::setw(58) << what << std::right << std::fixed << std::setprecision(1) << std::setw(8)
        << stats.median << " ms median" << std::setw(8) << stats.p95 << " ms p95\n";
}

// Timeline and tour frames advanced 1/60 s each (a 60 Hz display, set by the caller) however long a
// frame takes here. Tour frames are split by whether the camera flies.
void benchPlayback(AppSession& session, int timeline_frames, const std::string& where, std::ostream& out) {
    session.startTimeline();
    std::vector<double> timeline_times;
    for (int i = 0; i < timeline_frames; ++i) timeline_times.push_back(timedFrame(session));
    const size_t timeline_redraws = session.playback().base_redraws;
    session.stopPlayback();
    printStats(out, "timeline frame, " + where, statsOf(timeline_times));
    out << "  basemap drawn in " << timeline_redraws << " of " << timeline_times.size() << " frames\n";

    session.startDefaultTour(true);
    std::vector<double> flying, holding;
    while (session.playback().player && session.playback().position < kBenchTourSeconds) {
        const double ms = timedFrame(session);
        (session.playback().camera_moving ? flying : holding).push_back(ms);
    }
    const size_t tour_redraws = session.playback().base_redraws;
    session.stopPlayback();
    std::vector<double> all = flying;
    all.insert(all.end(), holding.begin(), holding.end());
    printStats(out, "tour frame, " + where + " (" + std::to_string(all.size()) + " frames)", statsOf(all));
    printStats(out, "  camera flying (" + std::to_string(flying.size()) + ")", statsOf(flying));
    printStats(out, "  camera at a stop (" + std::to_string(holding.size()) + ")", statsOf(holding));
    out << "  basemap drawn in " << tour_redraws << " of " << all.size() << " frames\n";
}

// The presenter's clicker: each Right flies to the next stop and holds there. The slowest frame of each
// flight is the hitch the audience sees.
void benchClicker(AppSession& session, std::ostream& out) {
    session.startDefaultTour(false);
    session.frame();
    std::vector<double> slowest;
    for (int stop = 0; stop < 4; ++stop) {
        session.clickerNext();
        double worst = 0;
        for (int i = 0; i < 600 && session.playback().playing; ++i) worst = std::max(worst, timedFrame(session));
        for (int i = 0; i < 3; ++i) worst = std::max(worst, timedFrame(session));  // arrived: finer basemap
        slowest.push_back(worst);
    }
    session.stopPlayback();
    out << "clicker, slowest frame of each of " << slowest.size() << " flights:";
    for (const double ms : slowest) out << " " << std::setprecision(0) << ms;
    out << " ms\n";
}

}  // namespace

int runAppBench(const BenchOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    const auto process_start = Clock::now();
    AppOptions app;
    app.size = options.size;
    app.quit_after_frames = 0;
    app.user_settings = false;
    AppSession session(app, inputs, err);
    session.setPolling(true);
    session.settle();
    const double first_frame = millisecondsSince(process_start);
    out << "PartnerMap --bench, window " << options.size << ", " << session.mapRect().width << "x"
        << session.mapRect().height << " map pixels\n";
    out << "start-up to first complete frame: " << std::fixed << std::setprecision(0) << first_frame << " ms\n";

    printStats(out, "pan, bundled data (drag: cached picture moved)", panFrames(session, options.frames, true));
    printStats(out, "pan, bundled data (full redraw every frame)", panFrames(session, options.frames / 3, false));

    // Projection switches: from the change to the first frame with the new scene.
    std::vector<double> switches;
    for (const ProjectionInfo& info : projectionCatalog()) {
        if (info.id == "custom") continue;
        const auto start = Clock::now();
        session.state().map.projection_id = info.id;
        session.settle();
        const double ms = millisecondsSince(start);
        switches.push_back(ms);
        out << "  switch to " << std::left << std::setw(24) << info.id << std::right << std::setprecision(0)
            << std::setw(6) << ms << " ms (scene built in " << session.lastSceneMilliseconds() << " ms)\n";
    }
    printStats(out, "projection switch (to the first frame with the new scene)", statsOf(switches));
    session.state().map.projection_id = "equal-earth";
    session.settle();

    // Zooming in step by step to 16x and out again: the basemap turns finer (1:10m) on the way in.
    {
        std::vector<double> zoom_times;
        const LabelPoint middle{session.mapRect().width / 2.0, session.mapRect().height / 2.0};
        for (const double factor : {1.25, 0.8}) {
            for (int i = 0; i < 13; ++i) {
                session.navigator().zoomAbout(middle, factor);
                framesUntilSettled(session, zoom_times);
            }
        }
        printStats(out, "frames of zoom steps to 16x and back", statsOf(zoom_times));
        out << "  slowest: " << std::setprecision(0) << *std::max_element(zoom_times.begin(), zoom_times.end())
            << " ms\n";
    }

    // A filter change while zoomed in on Europe (1:10m): the countries it highlights change.
    {
        const LabelPoint middle{session.mapRect().width / 2.0, session.mapRect().height / 2.0};
        for (int i = 0; i < 12; ++i) session.navigator().zoomAbout(middle, 1.25);
        session.settle();
        std::vector<double> times;
        for (const std::string home : {"dortmund", "hannover", ""}) {
            session.state().filter.home_ids.clear();
            if (!home.empty()) session.state().filter.home_ids.insert(home);
            framesUntilSettled(session, times);
        }
        out << "filter changes at 14x (1:10m), slowest frame: " << std::setprecision(0)
            << *std::max_element(times.begin(), times.end()) << " ms of " << times.size() << " frames\n";
        session.navigator().fit();
        session.settle();
    }

    // PNG export through the app's export path (compose on a thread, tiles, PNG on a thread).
    const std::filesystem::path png = std::filesystem::temp_directory_path() / "partnermap-bench-export.png";
    {
        const auto start = Clock::now();
        session.state().requests.export_request = ui::ExportRequest{ui::ExportKind::Png, png.string(), 3840, 2160};
        session.frame();
        while (session.state().export_state.running) session.frame();
        out << "PNG export 3840x2160 in the app: " << std::setprecision(0) << millisecondsSince(start) << " ms ("
            << session.state().export_state.message << ")\n";
        std::filesystem::remove(png);
    }

    // The timeline and the default tour as the window plays them, and in presenter mode (full screen).
    session.setFixedFrameStep(1.0 / 60);
    benchPlayback(session, options.frames * 2, "window", out);
    session.setPresenter(true);
    benchPlayback(session, options.frames * 2, "presenter", out);
    benchClicker(session, out);
    session.setPresenter(false);
    // On the globe every flight turns it: the basemap is projected and drawn again each frame.
    session.state().map.projection_id = "orthographic";
    session.settle();
    session.setPresenter(true);
    benchPlayback(session, options.frames, "presenter, globe", out);
    session.setPresenter(false);
    session.state().map.projection_id = "equal-earth";
    session.setFixedFrameStep(std::nullopt);
    session.settle();

    // 10,000 partnerships.
    const auto synthetic_start = Clock::now();
    session.replaceData(
        std::make_shared<const DataSet>(render::syntheticDataSet(session.state().data.dataSet(), options.synthetic)),
        {"synthetic"});
    session.settle();
    out << "synthetic " << options.synthetic << " partnerships: scene and first frame " << std::setprecision(0)
        << millisecondsSince(synthetic_start) << " ms\n";
    printStats(out, "pan, synthetic (drag: cached picture moved)", panFrames(session, options.frames, true));
    printStats(out, "pan, synthetic (full redraw every frame)", panFrames(session, 8, false));
    return kExitOk;
}

}  // namespace pm::app
