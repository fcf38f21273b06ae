#include "app/frame_export.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <ostream>

#include "app/gl_context.hpp"
#include "app/png_writer.hpp"
#include "app/presentation_draw.hpp"
#include "core/dataset_files.hpp"
#include "core/presentation_frame.hpp"
#include "core/problem.hpp"
#include "core/resources.hpp"
#include "core/text_metrics.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

int frameCount(double seconds, double fps) {
    return static_cast<int>(std::floor(seconds * fps + 1e-9)) + 1;
}

namespace {

std::string frameName(int number) {
    char name[32];
    std::snprintf(name, sizeof name, "frame-%05d.png", number);
    return name;
}

using Png = std::shared_ptr<const std::vector<uint8_t>>;

Png writePng(Png png, const std::vector<std::filesystem::path>& targets) {
    for (const std::filesystem::path& target : targets)
        writeFileAtomically(target, std::string_view(reinterpret_cast<const char*>(png->data()), png->size()));
    return png;
}

}  // namespace

void exportTourFrames(const TourPlayer& player, const FrameExportOptions& options, const CountryTable& countries,
                      std::ostream& out) {
    std::error_code ec;
    std::filesystem::create_directories(options.folder, ec);
    if (ec || !std::filesystem::is_directory(options.folder))
        throw DataError(Problem{options.folder.string(), 0, "cannot create the frames folder: " + ec.message()});

    GlWindowOptions window_options;
    window_options.width = 64;
    window_options.height = 64;
    window_options.title = "partnermap frames";
    window_options.visible = false;
    window_options.vsync = false;
    const GlWindow window(window_options);
    render::MapRenderer renderer(shaderPath(""));

    BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    PresentationComposer composer(basemaps, *regular, *bold, &countries, options.width, options.height);

    const int frames = frameCount(player.duration(), options.fps);
    const auto started = std::chrono::steady_clock::now();
    // PNG encoding of the previous frame runs while the next one renders; it hands back the bytes,
    // which a frame showing the same view (a stop held, a caption read) writes again as they are.
    std::future<Png> writing;
    Png last_png;
    size_t uploaded_basemap = 0;
    std::optional<TourView> previous_view;
    std::optional<BasemapDetail> previous_detail;
    size_t next_screenshot = 0;
    int rendered = 0;
    for (int i = 0; i < frames; ++i) {
        const double seconds = i / options.fps;
        TourView view = player.viewAt(seconds);
        std::vector<std::filesystem::path> targets = {options.folder / frameName(i + 1)};
        const auto& shots = player.screenshots();
        while (next_screenshot < shots.size() && shots[next_screenshot].time <= seconds + 0.5 / options.fps)
            targets.push_back(options.folder / shots[next_screenshot++].file);
        const TourView* previous = previous_view ? &*previous_view : nullptr;
        const std::optional<BasemapDetail> detail = presentationDetail(previous, view, PresentationOutput::Frames);
        if (previous_view && *previous_view == view && previous_detail == detail) {
            if (writing.valid()) last_png = writing.get();
            writing = std::async(std::launch::async, [png = last_png, targets] { return writePng(png, targets); });
        } else {
            const auto t0 = std::chrono::steady_clock::now();
            const PresentationFrame frame = composer.compose(player, view, detail);
            const auto t1 = std::chrono::steady_clock::now();
            // Upload only what changed: a turning globe changes the basemap every frame, the timeline the data.
            if (uploaded_basemap != composer.basemapGeneration()) {
                renderer.setBasemap(composer.basemap());
                uploaded_basemap = composer.basemapGeneration();
            }
            renderer.setData(frame.map.scene.data);
            renderer.setOverlay(frame.map.overlay);
            const auto t2 = std::chrono::steady_clock::now();
            // The basemap is drawn again only when the camera, projection or highlighted countries change.
            Image image =
                renderer.renderLayered(frame.map.transform, options.width, options.height, drawStateOf(frame));
            const auto t3 = std::chrono::steady_clock::now();
            if (writing.valid()) last_png = writing.get();
            const auto t4 = std::chrono::steady_clock::now();
            if (std::getenv("PARTNERMAP_FRAME_TIMING"))
                std::fprintf(stderr, "frame %d compose %.0f upload %.0f render %.0f wait-png %.0f ms\n", i,
                             std::chrono::duration<double, std::milli>(t1 - t0).count(),
                             std::chrono::duration<double, std::milli>(t2 - t1).count(),
                             std::chrono::duration<double, std::milli>(t3 - t2).count(),
                             std::chrono::duration<double, std::milli>(t4 - t3).count());
            writing = std::async(std::launch::async, [image = std::move(image), targets] {
                return writePng(std::make_shared<const std::vector<uint8_t>>(encodeMapPng(image)), targets);
            });
            ++rendered;
        }
        previous_view = std::move(view);
        previous_detail = detail;
        if ((i + 1) % 100 == 0 || i + 1 == frames) out << "frame " << (i + 1) << " of " << frames << '\n' << std::flush;
    }
    if (writing.valid()) writing.get();
    const double taken = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << options.folder.string() << ": " << frames << " frames of " << options.width << "x" << options.height
        << " at " << options.fps << " fps (" << player.duration() << " s of tour; " << rendered
        << " drawn, the others repeat a held view) in " << taken << " s\n";
}

}  // namespace pm::app
