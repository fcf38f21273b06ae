#include <gtest/gtest.h>

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

bool haveRsvgConvert() {
    return std::system("command -v rsvg-convert >/dev/null 2>&1") == 0;
}

struct SvgCase {
    const char* name;
    std::vector<std::string> options;
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
    EXPECT_GT(difference.fraction_within, 0.995) << param.name;
    fs::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Views, PngMatchesSvg,
                         ::testing::Values(SvgCase{"equal_earth", {}},
                                           SvgCase{"orthographic_rings",
                                                   {"--projection", "orthographic", "--rings", "1000", "2500", "5000",
                                                    "--distance-labels", "on", "--home", "Nürnberg"}},
                                           SvgCase{"dark_english", {"--theme", "dark", "--lang", "en"}}),
                         [](const ::testing::TestParamInfo<SvgCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pm::render::test
