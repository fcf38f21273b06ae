#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.hpp"

namespace pm::app::test {
namespace {

namespace fs = std::filesystem;

fs::path outputPath(const std::string& name) {
    return fs::temp_directory_path() / ("partnermap-render-" + std::to_string(::getpid()) + "-" + name);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

size_t countOf(const std::string& text, const std::string& needle) {
    size_t count = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

TEST(Render, SvgWithSizeFiltersAndOptions) {
    const fs::path out = outputPath("dortmund.svg");
    const CliResult result = runPartnermap({"render", "-o", out.string(), "--size", "1280x720", "--home", "Dortmund",
                                            "--projection", "orthographic", "--theme", "dark", "--lang", "en",
                                            "--rings", "1000,5000", "--distance-labels", "on", "--date", "today"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, out.string() + ": 1280x720 SVG\n");
    const std::string svg = readFile(out);
    EXPECT_NE(svg.find("viewBox=\"0 0 1280 720\""), std::string::npos);
    EXPECT_EQ(countOf(svg, "class=\"link\""), 12u);
    EXPECT_EQ(countOf(svg, "class=\"ring\""), 2u);
    EXPECT_NE(svg.find(">Partnerships of Dortmund<"), std::string::npos);
    EXPECT_NE(svg.find("Globe (orthographic)"), std::string::npos) << "English projection name in the footer";
    EXPECT_GE(countOf(svg, "class=\"label distance\""), 3u);
    fs::remove(out);
}

TEST(Render, SwitchingFurnitureOff) {
    const fs::path out = outputPath("bare.svg");
    ASSERT_EQ(runPartnermap({"render", "-o", out.string(), "--hide", "title,legend,attribution,projection,date",
                             "--labels", "off", "--graticule", "0"})
                  .exit_code,
              0);
    const std::string svg = readFile(out);
    EXPECT_EQ(svg.find("id=\"legend\""), std::string::npos);
    EXPECT_EQ(svg.find("id=\"heading\""), std::string::npos);
    EXPECT_EQ(svg.find("id=\"footer\""), std::string::npos);
    EXPECT_EQ(svg.find("class=\"label\""), std::string::npos);
    EXPECT_EQ(svg.find("class=\"graticule\""), std::string::npos);
    EXPECT_EQ(countOf(svg, "class=\"link\""), 48u);
    fs::remove(out);
}

TEST(Render, CustomProjString) {
    const fs::path out = outputPath("custom.svg");
    const CliResult ok =
        runPartnermap({"render", "-o", out.string(), "--projection", "custom", "--proj", "+proj=wag7 +lon_0=10"});
    EXPECT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_EQ(countOf(readFile(out), "class=\"link\""), 48u);
    fs::remove(out);
}

TEST(Render, UsageErrorsExitWith2AndWriteNothing) {
    const fs::path out = outputPath("never.svg");
    const struct {
        std::vector<std::string> args;
        const char* message;
    } cases[] = {
        {{"--size", "big"},
         "partnermap: --size: 'big' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1920x1080 (16 to 65536)\n"},
        {{"--size", "10x10"},
         "partnermap: --size: '10x10' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1920x1080 (16 to 65536)\n"},
        {{"--center", "95,10"},
         "partnermap: --center: '95,10' is not a position; write LAT,LON in degrees, e.g. 49.45,11.08\n"},
        {{"--projection", "custom"},
         "partnermap: --projection custom needs --proj with a PROJ string, e.g. '+proj=wag7'\n"},
        {{"--proj", "+proj=robin"}, "partnermap: --proj is only for --projection custom\n"},
        {{"--rings", "25000"}, "partnermap: --rings: 25000 km is not a ring radius; use 1 to 19999 km\n"},
        {{"--graticule", "100"}, "partnermap: --graticule: use a step between 1 and 90 degrees, or 0 for none\n"},
        {{"--inset", "maybe"},
         "partnermap: --inset: maybe not in {auto,off}\nRun 'partnermap --help' for the commands and options.\n"},
        {{"--home", "Paris"},
         "partnermap: --home: no home city 'Paris' in the data; home cities: Nürnberg, Dortmund, Hannover\n"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(testing::PrintToString(c.args));
        std::vector<std::string> args = {"render", "-o", out.string()};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const CliResult result = runPartnermap(args);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.err, c.message);
        EXPECT_FALSE(fs::exists(out));
    }
    const CliResult bad_proj =
        runPartnermap({"render", "-o", out.string(), "--projection", "custom", "--proj", "+proj=nonsense"});
    EXPECT_EQ(bad_proj.exit_code, 2);
    EXPECT_EQ(bad_proj.err.rfind("partnermap: --proj: PROJ rejects '+proj=nonsense': Unknown projection", 0), 0u)
        << bad_proj.err;
    const CliResult bad_extension = runPartnermap({"render", "-o", "map.pdf"});
    EXPECT_EQ(bad_extension.exit_code, 2);
    EXPECT_EQ(bad_extension.err, "partnermap: render: can't tell the format of 'map.pdf'; end it in .svg or .png\n");
    EXPECT_EQ(runPartnermap({"render"}).exit_code, 2) << "-o is required";
}

TEST(Render, BadDataExitsWith1) {
    const fs::path out = outputPath("bad.svg");
    const CliResult result = runPartnermap(
        {"render", std::string(PARTNERMAP_TEST_DATA) + "/formats/bad/out_of_range.json", "-o", out.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("out_of_range.json:5: latitude -90.5 is out of range"), std::string::npos);
    EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace pm::app::test
