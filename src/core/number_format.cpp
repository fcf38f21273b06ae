#include "core/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace pm {

std::string formatFixed(double value, int decimals) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    // A negative value that rounds to zero would print as "-0.000".
    if (!text.empty() && text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

std::string formatAzimuth(double azimuth_deg) {
    double a = std::fmod(azimuth_deg, 360.0);
    if (a < 0) a += 360.0;
    if (std::round(a * 100.0) >= 36000.0) a = 0.0;
    return formatFixed(a, 2);
}

std::string formatThousands(long long value, bool german) {
    const std::string digits = std::to_string(std::llabs(value));
    std::string text;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text += german ? '.' : ',';
        text += digits[i];
    }
    return value < 0 ? "-" + text : text;
}

std::string formatDistanceKm(double km, bool german) {
    if (km < 10.0) {
        std::string text = formatFixed(km, 1);
        if (german)
            for (char& c : text)
                if (c == '.') c = ',';
        return text + " km";
    }
    return formatThousands(std::llround(km), german) + " km";
}

}  // namespace pm
