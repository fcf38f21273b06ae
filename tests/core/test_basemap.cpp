#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

#include "core/basemap.hpp"
#include "core/problem.hpp"

namespace pm {
namespace {

const BasemapCountry* findCountry(const Basemap& map, std::string_view alpha2, std::string_view name = {}) {
    for (const BasemapCountry& country : map.countries)
        if (country.alpha2 == alpha2 && (name.empty() || country.name == name)) return &country;
    return nullptr;
}

size_t pointCount(const std::vector<GeoPolygon>& polygons) {
    size_t n = 0;
    for (const GeoPolygon& p : polygons) {
        n += p.exterior.size();
        for (const GeoRing& hole : p.holes) n += hole.size();
    }
    return n;
}

struct LevelExpectation {
    BasemapDetail detail;
    const char* name;
    size_t countries;
    size_t min_land_polygons;
    size_t min_borders;
};

class BasemapLevels : public ::testing::TestWithParam<LevelExpectation> {};

TEST_P(BasemapLevels, LoadsWithCodesNamesAndValidRings) {
    const LevelExpectation& level = GetParam();
    EXPECT_EQ(basemapDetailName(level.detail), level.name);
    EXPECT_EQ(basemapPath(level.detail).filename().string(), std::string("basemap-") + level.name + ".bin");
    const Basemap map = loadBasemap(basemapPath(level.detail));
    EXPECT_EQ(map.countries.size(), level.countries);
    EXPECT_GE(map.land.size(), level.min_land_polygons);
    EXPECT_GE(map.borders.size(), level.min_borders);

    const BasemapCountry* germany = findCountry(map, "DE");
    ASSERT_NE(germany, nullptr);
    EXPECT_EQ(germany->name, "Germany");
    ASSERT_NE(findCountry(map, "XK", "Kosovo"), nullptr);
    ASSERT_NE(findCountry(map, "CY", "N. Cyprus"), nullptr);
    ASSERT_NE(findCountry(map, "SO", "Somaliland"), nullptr);
    ASSERT_NE(findCountry(map, "AQ"), nullptr);
    ASSERT_NE(findCountry(map, "RU"), nullptr);
    ASSERT_NE(findCountry(map, "FJ"), nullptr);

    // Every ring is open, has 3+ points, coordinates in range on the 1e-6 grid.
    const auto check_ring = [](const GeoRing& ring) {
        ASSERT_GE(ring.size(), 3u);
        EXPECT_FALSE(ring.front() == ring.back());
        for (const GeoPoint& p : ring) {
            ASSERT_LE(std::abs(p.lat), 90.0);
            ASSERT_LE(std::abs(p.lon), 180.0);
            ASSERT_NEAR(p.lon * 1e6, std::round(p.lon * 1e6), 1e-3);
        }
    };
    for (const GeoPolygon& p : map.land) {
        check_ring(p.exterior);
        for (const GeoRing& hole : p.holes) check_ring(hole);
    }
    for (const BasemapCountry& country : map.countries) {
        EXPECT_TRUE(country.alpha2.empty() || country.alpha2.size() == 2) << country.name;
        EXPECT_FALSE(country.name.empty());
        // The Vatican collapses to a line on the 10m grid (0.0036 degrees of longitude) and has no polygon.
        if (country.alpha2 != "VA") {
            EXPECT_FALSE(country.polygons.empty()) << country.name;
        }
        for (const GeoPolygon& p : country.polygons) check_ring(p.exterior);
    }
    for (const GeoLine& border : map.borders) EXPECT_GE(border.size(), 2u);
    // Land and countries share their coastline arcs, so land has no more points than the countries.
    size_t country_points = 0;
    for (const BasemapCountry& country : map.countries) country_points += pointCount(country.polygons);
    EXPECT_LT(pointCount(map.land), country_points);
}

INSTANTIATE_TEST_SUITE_P(AllLevels, BasemapLevels,
                         ::testing::Values(LevelExpectation{BasemapDetail::Coarse110m, "110m", 177, 100, 250},
                                           LevelExpectation{BasemapDetail::Medium50m, "50m", 242, 1000, 300},
                                           LevelExpectation{BasemapDetail::Fine10m, "10m", 256, 3000, 300}));

TEST(Basemap, SplitsIndianOceanTerritoriesAndResolvesUncodedFeatures) {
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Medium50m));
    const BasemapCountry* christmas = findCountry(map, "CX");
    const BasemapCountry* cocos = findCountry(map, "CC");
    ASSERT_NE(christmas, nullptr);
    ASSERT_NE(cocos, nullptr);
    EXPECT_EQ(christmas->name, "Christmas I.");
    EXPECT_GT(christmas->polygons.front().exterior.front().lon, 100.0);
    EXPECT_LT(cocos->polygons.front().exterior.front().lon, 100.0);
    const BasemapCountry* siachen = findCountry(map, "", "Siachen Glacier");
    ASSERT_NE(siachen, nullptr);
}

TEST(Basemap, ExteriorRingsRunClockwiseOnTheMap) {
    // Germany's main ring: planar signed area (lon east, lat north) is negative when clockwise.
    const Basemap map = loadBasemap(basemapPath(BasemapDetail::Coarse110m));
    const GeoRing& ring = findCountry(map, "DE")->polygons.front().exterior;
    double twice = 0;
    for (size_t i = 0; i < ring.size(); ++i) {
        const GeoPoint a = ring[i], b = ring[(i + 1) % ring.size()];
        twice += a.lon * b.lat - b.lon * a.lat;
    }
    EXPECT_LT(twice, 0.0);
}

std::string errorOf(std::string_view bytes) {
    try {
        loadBasemapFromBytes(bytes, "test.bin");
    } catch (const DataError& error) {
        return error.what();
    }
    return "no error";
}

constexpr const char* kHint = "; regenerate it with /usr/bin/python3 tools/build_basemap.py";

TEST(BasemapErrors, MissingFile) {
    try {
        loadBasemap("/nonexistent/basemap.bin");
        FAIL() << "expected DataError";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()),
                  std::string("/nonexistent/basemap.bin: cannot open the basemap file") + kHint);
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].line, 0);
    }
}

TEST(BasemapErrors, ExactMessagesForDamagedFiles) {
    using namespace std::string_literals;
    struct Case {
        std::string bytes;
        std::string message;
    };
    const std::string header = "PMBM\x01"s;
    const std::vector<Case> cases = {
        {"", "test.bin: corrupt basemap at byte 0: file too short"},
        {"GIF89a", "test.bin: corrupt basemap at byte 4: not a PartnerMap basemap (magic bytes differ)"},
        {"PMBM\x02"s, "test.bin: corrupt basemap at byte 5: format version 2, this program reads 1"},
        {header, "test.bin: corrupt basemap at byte 5: file ends inside arc count"},
        {header + "\x05"s, "test.bin: corrupt basemap at byte 6: impossible arc count 5"},
        {header + "\x01\x01\x00\x00"s, "test.bin: corrupt basemap at byte 7: an arc needs at least 2 points"},
        // One arc of two points, the second 200 degrees east: out of range.
        {header + "\x01\x02\x00\x00\x80\xb4\xde\xbe\x01\x00"s,
         "test.bin: corrupt basemap at byte 15: coordinate out of range"},
        {header + "\x01\x02\x00\x00\x02\x02"s, "test.bin: corrupt basemap at byte 11: file ends inside polygon count"},
        // A delta of 2^55 micro-degrees: refused before it could overflow.
        {header + "\x01\x02\x00\x00\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01\x00"s,
         "test.bin: corrupt basemap at byte 20: coordinate out of range"},
        // One land polygon with one ring referencing arc 7, which does not exist.
        {header + "\x01\x02\x00\x00\x02\x02\x01\x01\x01\x0e"s,
         "test.bin: corrupt basemap at byte 15: arc reference out of range"},
        // A ring made of one open arc.
        {header + "\x01\x02\x00\x00\x02\x02\x01\x01\x01\x00"s,
         "test.bin: corrupt basemap at byte 15: a ring must close with at least 3 distinct points"},
        {header + "\x00\x00\x00\x00\xff"s, "test.bin: corrupt basemap at byte 9: unexpected data after the borders"},
    };
    for (const Case& c : cases) EXPECT_EQ(errorOf(c.bytes), c.message + kHint) << "bytes: " << c.bytes.size();
}

TEST(BasemapErrors, EveryTruncationOfARealFileIsADataError) {
    std::ifstream stream(basemapPath(BasemapDetail::Coarse110m), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 1000u);
    for (size_t cut = 0; cut < bytes.size(); cut += 997) {
        EXPECT_NE(errorOf(std::string_view(bytes).substr(0, cut)), "no error") << cut;
    }
    EXPECT_EQ(errorOf(bytes), "no error");
}

}  // namespace
}  // namespace pm
