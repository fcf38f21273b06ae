#include <gtest/gtest.h>

#include "core/number_format.hpp"

namespace pm {
namespace {

TEST(FormatFixed, Table) {
    const struct {
        double value;
        int decimals;
        const char* expected;
    } cases[] = {{641.2344, 3, "641.234"}, {641.2346, 3, "641.235"},   {0.0, 3, "0.000"},       {-0.0004, 3, "0.000"},
                 {-0.0006, 3, "-0.001"},   {7606.0876, 3, "7606.088"}, {1e7, 2, "10000000.00"}, {12.5, 0, "12"}};
    for (const auto& c : cases) EXPECT_EQ(formatFixed(c.value, c.decimals), c.expected) << c.value;
}

TEST(FormatAzimuth, StaysInZeroTo360) {
    const struct {
        double azimuth;
        const char* expected;
    } cases[] = {{0.0, "0.00"},    {359.994, "359.99"}, {359.996, "0.00"},   {360.0, "0.00"},
                 {-0.001, "0.00"}, {-90.0, "270.00"},   {297.0297, "297.03"}};
    for (const auto& c : cases) EXPECT_EQ(formatAzimuth(c.azimuth), c.expected) << c.azimuth;
}

TEST(FormatDistance, GermanAndEnglish) {
    EXPECT_EQ(formatDistanceKm(7606.0875, false), "7,606 km");
    EXPECT_EQ(formatDistanceKm(7606.0875, true), "7.606 km");
    EXPECT_EQ(formatDistanceKm(641.4, true), "641 km");
    EXPECT_EQ(formatDistanceKm(12345.6, false), "12,346 km");
    EXPECT_EQ(formatDistanceKm(4.26, true), "4,3 km");
    EXPECT_EQ(formatThousands(-1234567, true), "-1.234.567");
}

}  // namespace
}  // namespace pm
