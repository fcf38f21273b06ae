#include <gtest/gtest.h>

#include "core/text_util.hpp"
#include "ui/export_model.hpp"

namespace pm::ui {
namespace {

struct PathCase {
    std::string path;
    ExportKind kind;
    std::string expected;
};

TEST(ExportModel, PathFollowsKind) {
    const std::vector<PathCase> cases = {
        {"partnermap.png", ExportKind::Svg, "partnermap.svg"},
        {"partnermap.svg", ExportKind::Png, "partnermap.png"},
        {"karte", ExportKind::Csv, "karte.csv"},
        {"out/nürnberg.map.png", ExportKind::GeoJson, "out/nürnberg.map.geojson"},
        {"daten.geojson", ExportKind::Png, "daten.png"},
        {"", ExportKind::Png, "partnermap.png"},
        {"out/", ExportKind::Svg, "out/partnermap.svg"},
    };
    for (const PathCase& c : cases) EXPECT_EQ(pathForKind(c.path, c.kind), c.expected) << c.path;
}

struct SizeCase {
    int width, height;
    std::string lang;
    std::string error;
};

TEST(ExportModel, SizeLimits) {
    const std::vector<SizeCase> cases = {
        {1, 1, "de", ""},
        {3840, 2160, "de", ""},
        {16384, 16384, "en", ""},
        {16385, 100, "de", "Breite und Höhe müssen zwischen 1 und 16384 Pixeln liegen (eingegeben: 16385 × 100)."},
        {100, 16385, "en", "Width and height must be between 1 and 16384 pixels (entered: 100 × 16385)."},
        {0, 100, "en", "Width and height must be between 1 and 16384 pixels (entered: 0 × 100)."},
        {-5, -1, "de", "Breite und Höhe müssen zwischen 1 und 16384 Pixeln liegen (eingegeben: -5 × -1)."},
    };
    for (const SizeCase& c : cases)
        EXPECT_EQ(exportSizeError(c.width, c.height, c.lang), c.error) << c.width << "x" << c.height;
}

struct CheckCase {
    std::string name;
    ExportState state;
    std::string lang;
    std::string error;
    int width = 0, height = 0;  // of the request when there is no error
};

ExportState dialog(ExportKind kind, std::string path, bool window_size, int width = 3840, int height = 2160) {
    ExportState state;
    state.kind = kind;
    state.path = std::move(path);
    state.window_size = window_size;
    state.width = width;
    state.height = height;
    return state;
}

TEST(ExportModel, CheckExport) {
    const std::vector<CheckCase> cases = {
        {"WindowSize", dialog(ExportKind::Png, "karte.png", true), "de", "", 0, 0},
        {"Custom", dialog(ExportKind::Png, "karte.png", false, 800, 600), "de", "", 800, 600},
        {"UpperCaseExtension", dialog(ExportKind::Svg, "KARTE.SVG", false, 800, 600), "en", "", 800, 600},
        {"CsvIgnoresSize", dialog(ExportKind::Csv, "daten.csv", false, 0, 0), "de", "", 0, 0},
        {"GeoJsonIgnoresSize", dialog(ExportKind::GeoJson, " daten.geojson ", false, 99999, 1), "en", "", 0, 0},
        {"EmptyPath", dialog(ExportKind::Png, "  ", true), "de", "Bitte einen Dateinamen angeben."},
        {"EmptyPathEnglish", dialog(ExportKind::Png, "", true), "en", "Please enter a file name."},
        {"WrongExtension", dialog(ExportKind::Png, "karte.svg", true), "de", "Der Dateiname muss auf .png enden."},
        {"NoExtension", dialog(ExportKind::GeoJson, "daten", true), "en", "The file name must end in .geojson."},
        {"TooLarge", dialog(ExportKind::Png, "karte.png", false, 20000, 100), "de",
         "Breite und Höhe müssen zwischen 1 und 16384 Pixeln liegen (eingegeben: 20000 × 100)."},
        {"SvgTooSmall", dialog(ExportKind::Svg, "karte.svg", false, 0, 100), "en",
         "Width and height must be between 1 and 16384 pixels (entered: 0 × 100)."},
    };
    for (const CheckCase& c : cases) {
        SCOPED_TRACE(c.name);
        const ExportCheck check = checkExport(c.state, c.lang);
        EXPECT_EQ(check.error, c.error);
        EXPECT_EQ(check.request.has_value(), c.error.empty());
        if (!check.request) continue;
        EXPECT_EQ(check.request->kind, c.state.kind);
        EXPECT_EQ(check.request->path, std::string(trimSpaces(c.state.path)));
        EXPECT_EQ(check.request->width, c.width);
        EXPECT_EQ(check.request->height, c.height);
    }
}

TEST(ExportModel, TheInsetIsAskedOfMapsOnly) {
    ExportState state = dialog(ExportKind::Png, "karte.png", true);
    EXPECT_TRUE(checkExport(state, "de").request->inset) << "on by default";
    state.inset = false;
    EXPECT_FALSE(checkExport(state, "de").request->inset);
    state = dialog(ExportKind::Svg, "karte.svg", false, 800, 600);
    EXPECT_TRUE(checkExport(state, "de").request->inset);
    state = dialog(ExportKind::Csv, "daten.csv", true);
    EXPECT_FALSE(checkExport(state, "de").request->inset) << "a table has no map";
}

}  // namespace
}  // namespace pm::ui
