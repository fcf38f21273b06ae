#include <gtest/gtest.h>

#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "core/image.hpp"
#include "core/map_view.hpp"
#include "scene_test_util.hpp"

namespace pm {
namespace {

namespace fs = std::filesystem;

using test::countOf;

MapView fixedView() {
    MapView view;
    view.overlay.date_text = "23.11.2026";
    view.overlay.scale = 0;
    return view;
}

std::string svgOf(const DataSet& data, const MapView& view) {
    static BasemapCache cache;  // the basemap files are read once for all tests
    return renderMapSvg(data, view, cache);
}

TEST(SvgMap, StructureToolsCanRelyOn) {
    const DataSet data = test::bundledData();
    const std::string svg = svgOf(data, fixedView());
    EXPECT_NE(svg.find("viewBox=\"0 0 1920 1080\""), std::string::npos);
    EXPECT_NE(svg.find("<g id=\"basemap\">"), std::string::npos);
    EXPECT_EQ(countOf(svg, "class=\"link\""), 48u);
    EXPECT_EQ(countOf(svg, "<circle class=\"city\""), 51u);
    EXPECT_EQ(countOf(svg, "data-role=\"home\""), 3u);
    EXPECT_GE(countOf(svg, "<text class=\"label\""), 20u);
    EXPECT_NE(svg.find("font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\""), std::string::npos);
    EXPECT_NE(
        svg.find("data-home=\"nuernberg\" data-partner=\"atlanta\" data-type=\"partnership\" data-status=\"active\" "
                 "data-distance-km=\"7606.088\""),
        std::string::npos);
    EXPECT_NE(svg.find("data-partner=\"rostow-am-don\" data-type=\"partnership\" data-status=\"suspended\""),
              std::string::npos);
    EXPECT_NE(svg.find("Natural Earth · GeoNames CC BY 4.0"), std::string::npos);
    EXPECT_NE(svg.find(">Partnerschaften von Nürnberg, Dortmund und Hannover<"), std::string::npos);
}

TEST(SvgMap, ALongTitleShrinksToFitANarrowMap) {
    const std::string title = "Partnerschaften von Nürnberg, Dortmund und Hannover";
    const std::regex title_size("class=\"title\"[^>]*font-size=\"([0-9.]+)\"");
    const auto titleSize = [&](int width, int height) {
        MapView view = fixedView();
        view.width = width;
        view.height = height;
        view.overlay.scale = 1.0;  // type as at 1920x1080
        view.overlay.title_text = title;
        const std::string svg = svgOf(test::bundledData(), view);
        std::smatch match;
        EXPECT_TRUE(std::regex_search(svg, match, title_size)) << svg.substr(0, 2000);
        return match.empty() ? 0.0 : std::stod(match[1]);
    };
    // 1920 pixels wide the title has its full 26 px; in 640 pixels it would run past the edge (about
    // 690 px of text in 608) and shrinks, at most to half.
    EXPECT_NEAR(titleSize(1920, 1080), 26.0, 0.01);
    const double narrow = titleSize(640, 360);
    EXPECT_LT(narrow, 25.0);
    EXPECT_GE(narrow, 13.0);
}

TEST(SvgMap, LinkCountsFollowTheFilter) {
    const DataSet data = test::bundledData();
    const struct {
        const char* name;
        PartnershipFilter filter;
        size_t links;
    } cases[] = {
        {"Dortmund", {.home_ids = {"dortmund"}}, 12}, {"friendships", {.types = {"friendship"}}, 10},
        {"as of 1970", {.as_of = 1970}, 8},           {"France", {.partner_countries = {"FR"}}, 4},
        {"nothing", {.home_ids = {"nowhere"}}, 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        MapView view = fixedView();
        view.filter = c.filter;
        const std::string svg = svgOf(data, view);
        EXPECT_EQ(countOf(svg, "class=\"link\""), c.links);
        EXPECT_EQ(countOf(svg, "class=\"link\""), filterPartnerships(data, c.filter).size());
    }
}

TEST(SvgMap, WellFormedXmlInEveryProjectionAndTheme) {
    if (std::system("command -v xmllint >/dev/null 2>&1") != 0) GTEST_SKIP() << "xmllint (libxml2-utils) missing";
    const DataSet data = test::pacificData();
    const fs::path file = fs::temp_directory_path() / ("partnermap-svg-" + std::to_string(::getpid()) + ".svg");
    for (const ProjectionInfo& info : projectionCatalog()) {
        if (info.id == kCustomProjectionId) continue;
        MapView view = fixedView();
        view.projection.id = info.id;
        view.theme = info.kind == ProjectionKind::World ? ThemeId::Dark : ThemeId::Print;
        view.overlay.distance_labels = true;
        view.rings_km = {1000, 5000};
        std::ofstream(file) << svgOf(data, view);
        EXPECT_EQ(std::system(("xmllint --noout " + file.string() + " 2>/dev/null").c_str()), 0) << info.id;
    }
    fs::remove(file);
}

// Golden images: the SVG rasterised by librsvg against a reviewed picture. Set
// PARTNERMAP_UPDATE_GOLDEN=1 to write new goldens after a deliberate change, then look at them.
struct GoldenCase {
    const char* name;
    const char* projection;
    ThemeId theme;
    std::optional<GeoPoint> centre;
    bool pacific = false;
};

Image loadPng(const fs::path& path) {
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &width, &height, &channels, 4);
    Image image;
    if (!pixels) return image;
    image = Image(width, height);
    std::copy_n(pixels, image.rgba.size(), image.rgba.begin());
    stbi_image_free(pixels);
    return image;
}

class GoldenSvg : public testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenSvg, RasterisedMatchesTheReviewedPicture) {
    if (std::system("command -v rsvg-convert >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "rsvg-convert (librsvg2-bin) missing";
    const GoldenCase& c = GetParam();
    MapView view = fixedView();
    view.width = 960;
    view.height = 540;
    view.projection.id = c.projection;
    view.theme = c.theme;
    if (c.centre) {
        view.projection.centre = *c.centre;
        view.centre_given = true;
    }
    const DataSet data = c.pacific ? test::pacificData() : test::bundledData();
    const fs::path folder = fs::temp_directory_path() / ("partnermap-golden-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const fs::path svg = folder / (std::string(c.name) + ".svg"), png = folder / (std::string(c.name) + ".png");
    std::ofstream(svg) << svgOf(data, view);
    ASSERT_EQ(std::system(("rsvg-convert -o " + png.string() + " " + svg.string()).c_str()), 0);
    const fs::path golden = fs::path(PARTNERMAP_TEST_DATA) / "golden" / (std::string(c.name) + ".png");
    if (std::getenv("PARTNERMAP_UPDATE_GOLDEN")) fs::copy_file(png, golden, fs::copy_options::overwrite_existing);
    const Image actual = loadPng(png), expected = loadPng(golden);
    ASSERT_EQ(expected.width, 960) << "missing golden " << golden;
    ASSERT_EQ(actual.width, expected.width);
    ASSERT_EQ(actual.height, expected.height);
    // Anti-aliasing may differ by a level or two between librsvg builds; a changed map differs a lot.
    size_t differing = 0;
    double total = 0;
    for (size_t i = 0; i < actual.rgba.size(); ++i) {
        const int difference = std::abs(actual.rgba[i] - expected.rgba[i]);
        total += difference;
        differing += difference > 24;
    }
    EXPECT_LT(total / static_cast<double>(actual.rgba.size()), 1.0) << "mean difference per channel";
    EXPECT_LT(static_cast<double>(differing) / static_cast<double>(actual.rgba.size()), 0.005);
    fs::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Views, GoldenSvg,
                         testing::Values(GoldenCase{"equal_earth_light", "equal-earth", ThemeId::Light, std::nullopt},
                                         GoldenCase{"orthographic_dark", "orthographic", ThemeId::Dark, std::nullopt},
                                         GoldenCase{"robinson_pacific_print", "robinson", ThemeId::Print,
                                                    GeoPoint{0, -170}, true},
                                         GoldenCase{"aeqd_nuernberg", "azimuthal-equidistant", ThemeId::Light,
                                                    GeoPoint{49.45421, 11.07752}}),
                         [](const testing::TestParamInfo<GoldenCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pm
