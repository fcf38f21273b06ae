#pragma once

#include <string>

namespace pm {

// Fixed-point text independent of the C locale ("641.235"), never "-0.000".
std::string formatFixed(double value, int decimals);

// An azimuth with 2 decimals in [0, 360): values that round up to 360 print as "0.00".
std::string formatAzimuth(double azimuth_deg);

// A whole number with thousands separators: "7,606" (en) or "7.606" (de).
std::string formatThousands(long long value, bool german);

// A distance for people: "641 km" / "7,606 km" (en), "641 km" / "7.606 km" (de); below 10 km one decimal.
std::string formatDistanceKm(double km, bool german);

}  // namespace pm
