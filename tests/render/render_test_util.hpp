#pragma once

#include <gtest/gtest.h>
#include <stb_image.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "app/gl_context.hpp"
#include "core/dataset_files.hpp"
#include "core/image.hpp"
#include "core/map_view.hpp"
#include "core/resources.hpp"
#include "core/text_metrics.hpp"
#include "render/map_renderer.hpp"

namespace pm::render::test {

namespace fs = std::filesystem;

// One hidden GL 3.3 core window for all tests of a suite. Without an X display (outside xvfb-run)
// every test that needs it is skipped with the reason.
class GlTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (window() || !reason().empty()) return;
        if (const char* display = std::getenv("DISPLAY"); !display || !*display) {
            reason() = "no DISPLAY: the OpenGL tests run under xvfb-run (scripts/test does that)";
            return;
        }
        try {
            app::GlWindowOptions options;
            options.width = 64;
            options.height = 64;
            options.visible = false;
            options.vsync = false;
            window() = std::make_unique<app::GlWindow>(options);
        } catch (const app::GlContextError& error) {
            reason() = error.what();
        }
    }
    void SetUp() override {
        if (!window()) GTEST_SKIP() << reason();
        window()->makeCurrent();
    }
    static std::unique_ptr<app::GlWindow>& window() {
        static std::unique_ptr<app::GlWindow> instance;
        return instance;
    }
    static std::string& reason() {
        static std::string text;
        return text;
    }
};

inline const DataSet& bundledData() {
    static const DataSet data = loadDataSetFile(bundledDataPath(), {});
    return data;
}

inline ComposedMap composeView(const DataSet& data, const MapView& view) {
    static BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    return composeMap(data, view, basemaps, *regular, *bold);
}

inline MapView viewOfSize(int width, int height) {
    MapView view;
    view.width = width;
    view.height = height;
    view.overlay.date_text = "23.11.2026";
    return view;
}

inline DrawState stateFor(const MapView& view, const ComposedMap& map) {
    DrawState state;
    state.theme = view.theme;
    state.overlay_scale = map.overlay_options.scale;
    return state;
}

inline Image loadPng(const fs::path& path) {
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &width, &height, &channels, 4);
    Image image;
    if (!pixels) return image;
    image = Image(width, height);
    std::copy_n(pixels, image.rgba.size(), image.rgba.begin());
    stbi_image_free(pixels);
    return image;
}

inline int channelDifference(const uint8_t* a, const uint8_t* b) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(static_cast<int>(a[c]) - static_cast<int>(b[c])));
    return worst;
}

struct ImageDifference {
    double mean_abs = 0;         // per channel (RGB), 0..255
    double fraction_within = 0;  // of pixels whose largest channel difference is <= the tolerance
    int max_difference = 0;
};

inline ImageDifference compareImages(const Image& a, const Image& b, int tolerance) {
    ImageDifference result;
    if (a.width != b.width || a.height != b.height || a.rgba.empty()) return result;
    const size_t pixels = static_cast<size_t>(a.width) * static_cast<size_t>(a.height);
    double sum = 0;
    size_t within = 0;
    for (size_t i = 0; i < pixels; ++i) {
        const uint8_t* p = &a.rgba[i * 4];
        const uint8_t* q = &b.rgba[i * 4];
        for (int c = 0; c < 3; ++c) sum += std::abs(static_cast<int>(p[c]) - static_cast<int>(q[c]));
        const int difference = channelDifference(p, q);
        result.max_difference = std::max(result.max_difference, difference);
        if (difference <= tolerance) ++within;
    }
    result.mean_abs = sum / (3.0 * static_cast<double>(pixels));
    result.fraction_within = static_cast<double>(within) / static_cast<double>(pixels);
    return result;
}

// Pixels whose colour lies within `tolerance` of `color` in every channel.
inline size_t countColor(const Image& image, Color color, int tolerance = 2) {
    size_t count = 0;
    const uint8_t target[3] = {color.r, color.g, color.b};
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4)
        if (channelDifference(&image.rgba[i], target) <= tolerance) ++count;
    return count;
}

inline fs::path freshFolder(const std::string& name) {
    const fs::path folder =
        fs::temp_directory_path() / ("partnermap-render-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

}  // namespace pm::render::test
