#include <gtest/gtest.h>

#include <array>

#include "../cli/cli_runner.hpp"
#include "render_test_util.hpp"

namespace pm::render::test {
namespace {

using app::test::CliResult;
using app::test::runPartnermap;

class PngExport : public GlTest {};

TEST_F(PngExport, CommandLineWritesAPngOfTheAskedSize) {
    const fs::path folder = freshFolder("size");
    const std::string png = (folder / "map.png").string();
    const CliResult result = runPartnermap({"render", "-o", png, "--size", "800x450", "--date", "23.11.2026"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, png + ": 800x450 PNG\n");
    const Image image = loadPng(png);
    EXPECT_EQ(image.width, 800);
    EXPECT_EQ(image.height, 450);
    fs::remove_all(folder);
}

TEST_F(PngExport, TheInsetIsPastedIntoItsFramedBox) {
    const fs::path folder = freshFolder("inset");
    const std::vector<std::string> common = {"--size", "1754x1240", "--date", "23.11.2026"};
    const auto render = [&](const std::string& name, std::vector<std::string> extra) {
        std::vector<std::string> args = {"render", "-o", (folder / name).string()};
        args.insert(args.end(), common.begin(), common.end());
        args.insert(args.end(), extra.begin(), extra.end());
        const CliResult result = runPartnermap(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return loadPng(folder / name);
    };
    const Image with = render("with.png", {});
    const Image without = render("without.png", {"--inset", "off"});
    // Where the composed map puts the box (the same view as the command line's).
    MapView view = viewOfSize(1754, 1240);
    view.overlay.scale = 0;  // from the size, as the command line has it
    view.inset = true;
    const ComposedMap map = composeView(bundledData(), view);
    ASSERT_TRUE(map.overlay_options.inset_box);
    const LabelRect box = *map.overlay_options.inset_box;
    const int x0 = static_cast<int>(box.x0), y0 = static_cast<int>(box.y0);
    const int x1 = static_cast<int>(box.x1) - 1, y1 = static_cast<int>(box.y1) - 1;
    const Color frame = theme(ThemeId::Light).panel_stroke;
    for (const auto& [x, y] : {std::pair{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}, {(x0 + x1) / 2, y0}}) {
        const uint8_t* pixel = with.row(y) + static_cast<size_t>(x) * 4;
        EXPECT_EQ((std::array<int, 3>{pixel[0], pixel[1], pixel[2]}), (std::array<int, 3>{frame.r, frame.g, frame.b}))
            << x << "," << y;
    }
    // Inside the box the picture is the inset's, outside it the same map as without one.
    const auto crop = [](const Image& image, int x, int y, int w, int h) {
        Image part(w, h);
        for (int row = 0; row < h; ++row)
            std::copy_n(image.row(y + row) + static_cast<size_t>(x) * 4, static_cast<size_t>(w) * 4, part.row(row));
        return part;
    };
    const int w = x1 - x0 + 1, h = y1 - y0 + 1;
    EXPECT_LT(compareImages(crop(with, x0, y0, w, h), crop(without, x0, y0, w, h), 8).fraction_within, 0.5);
    EXPECT_GT(compareImages(crop(with, x1 + 1, 0, 1754 - x1 - 1, 300), crop(without, x1 + 1, 0, 1754 - x1 - 1, 300), 8)
                  .fraction_within,
              0.9);
    fs::remove_all(folder);
}

bool haveRsvgConvert() {
    return std::system("command -v rsvg-convert >/dev/null 2>&1") == 0;
}

struct SvgCase {
    const char* name;
    std::vector<std::string> options;
    // Glyphs rasterise differently (rsvg hints, the PNG uses distance fields): a map with more names
    // agrees on fewer pixels.
    double min_within = 0.995;
};

class PngMatchesSvg : public PngExport, public ::testing::WithParamInterface<SvgCase> {};

// The PNG and the SVG of one view, the SVG rasterised by librsvg, agree pixel by pixel except for
// anti-aliasing details and the glyph rasterisation (rsvg hints, the PNG uses distance fields).
TEST_P(PngMatchesSvg, PerPixel) {
    if (!haveRsvgConvert()) GTEST_SKIP() << "rsvg-convert (librsvg2-bin) is not installed";
    const SvgCase& param = GetParam();
    const fs::path folder = freshFolder(std::string("svg-") + param.name);
    std::vector<std::string> common = {"--size", "960x540", "--date", "23.11.2026"};
    common.insert(common.end(), param.options.begin(), param.options.end());
    std::vector<std::string> png_args = {"render", "-o", (folder / "map.png").string()};
    std::vector<std::string> svg_args = {"render", "-o", (folder / "map.svg").string()};
    png_args.insert(png_args.end(), common.begin(), common.end());
    svg_args.insert(svg_args.end(), common.begin(), common.end());
    ASSERT_EQ(runPartnermap(png_args).exit_code, 0);
    ASSERT_EQ(runPartnermap(svg_args).exit_code, 0);
    const std::string rasterise =
        "rsvg-convert -o " + (folder / "svg.png").string() + " " + (folder / "map.svg").string();
    ASSERT_EQ(std::system(rasterise.c_str()), 0);

    const Image ours = loadPng(folder / "map.png");
    const Image reference = loadPng(folder / "svg.png");
    ASSERT_EQ(ours.width, reference.width);
    ASSERT_EQ(ours.height, reference.height);
    const ImageDifference difference = compareImages(ours, reference, 24);
    EXPECT_LT(difference.mean_abs, 1.0) << param.name;
    EXPECT_GT(difference.fraction_within, param.min_within) << param.name;
    fs::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Views, PngMatchesSvg,
                         ::testing::Values(SvgCase{"equal_earth", {}, 0.993},  // with the inset's names
                                           SvgCase{"equal_earth_no_inset", {"--inset", "off"}},
                                           SvgCase{"orthographic_rings",
                                                   {"--projection", "orthographic", "--rings", "1000", "2500", "5000",
                                                    "--distance-labels", "on", "--home", "Nürnberg"}},
                                           SvgCase{"dark_english", {"--theme", "dark", "--lang", "en"}}),
                         [](const ::testing::TestParamInfo<SvgCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pm::render::test
