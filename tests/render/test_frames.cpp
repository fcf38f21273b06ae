#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "../cli/cli_runner.hpp"
#include "app/frame_export.hpp"
#include "render_test_util.hpp"

namespace pm::render::test {
namespace {

using app::test::CliResult;
using app::test::runPartnermap;

class Frames : public GlTest {};

size_t pngCount(const fs::path& folder) {
    size_t count = 0;
    for (const auto& entry : fs::directory_iterator(folder)) count += entry.path().extension() == ".png";
    return count;
}

std::string readFileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void expectFrames(const fs::path& folder, int count, int width, int height) {
    for (int i = 1; i <= count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "frame-%05d.png", i);
        const Image image = loadPng(folder / name);
        ASSERT_EQ(image.width, width) << name;
        ASSERT_EQ(image.height, height) << name;
    }
}

TEST(FrameCount, BothEndsIncluded) {
    EXPECT_EQ(app::frameCount(0, 30), 1);
    EXPECT_EQ(app::frameCount(3.5, 4), 15);
    EXPECT_EQ(app::frameCount(60, 30), 1801);
}

TEST_F(Frames, TourFileToNumberedFramesAndScreenshots) {
    const fs::path folder = freshFolder("tour-frames");
    const CliResult result = runPartnermap({"tour", std::string(PARTNERMAP_TEST_DATA) + "/tours/short.json", "--frames",
                                            (folder / "out").string(), "--size", "320x180", "--fps", "4"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // 1 + 1 + 0.5 + 1 = 3.5 seconds at 4 fps.
    EXPECT_EQ(pngCount(folder / "out"), 15u + 1u);
    expectFrames(folder / "out", 15, 320, 180);
    EXPECT_TRUE(fs::exists(folder / "out" / "nizza.png"));
    EXPECT_FALSE(fs::exists(folder / "out" / "frame-00016.png"));
    fs::remove_all(folder);
}

TEST_F(Frames, DefaultTourOfAHomeCity) {
    const fs::path folder = freshFolder("default-tour");
    const CliResult result =
        runPartnermap({"tour", "--home", "Hannover", "--type", "friendship,solidarity", "--order", "distance",
                       "--frames", folder.string(), "--size", "320x180", "--fps", "1", "--lang", "en"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Overview 4.5 s, two stops of 6.5 s, overview 4.5 s: 22 s at 1 fps.
    EXPECT_EQ(pngCount(folder), 23u);
    expectFrames(folder, 23, 320, 180);
    // Held views repeat their frame byte for byte: the overview (0-4.5 s, it starts there) and the first
    // stop (7-11 s); its flight (4.5-7 s) does not.
    const auto same = [&](int a, int b) {
        char name_a[32], name_b[32];
        std::snprintf(name_a, sizeof name_a, "frame-%05d.png", a);
        std::snprintf(name_b, sizeof name_b, "frame-%05d.png", b);
        return readFileBytes(folder / name_a) == readFileBytes(folder / name_b);
    };
    EXPECT_TRUE(same(1, 5));
    EXPECT_FALSE(same(6, 7));
    EXPECT_TRUE(same(9, 10));
    EXPECT_TRUE(same(9, 11));
    EXPECT_FALSE(same(5, 9));
    EXPECT_NE(result.out.find(" drawn, the others repeat a held view"), std::string::npos) << result.out;
    fs::remove_all(folder);
}

TEST_F(Frames, TimelineFrames) {
    const fs::path folder = freshFolder("timeline");
    const CliResult result = runPartnermap({"timeline", "--frames", folder.string(), "--size", "320x180", "--fps", "5",
                                            "--from", "1950", "--to", "1960", "--years-per-second", "10"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Eleven years at 10 per second, then 1.5 s on the last: 2.6 s at 5 fps.
    EXPECT_EQ(pngCount(folder), 14u);
    expectFrames(folder, 14, 320, 180);
    fs::remove_all(folder);
}

TEST_F(Frames, BadTourFileWritesNothing) {
    const fs::path folder = freshFolder("bad-tour");
    const std::string tour = std::string(PARTNERMAP_TEST_DATA) + "/tours/bad.json";
    const CliResult result = runPartnermap({"tour", tour, "--frames", (folder / "out").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(tour + ":5: unknown step 'fly'"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(folder / "out"));
    const CliResult usage = runPartnermap({"tour", "--frames", (folder / "out").string()});
    EXPECT_EQ(usage.exit_code, 2);
    EXPECT_EQ(usage.err, "partnermap: tour: give a tour file (TOUR.json) or --home NAME\n");
    fs::remove_all(folder);
}

}  // namespace
}  // namespace pm::render::test
