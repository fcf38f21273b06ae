#include "core/color.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pm {

Color Color::mix(Color other, double t) const {
    const auto channel = [t](uint8_t from, uint8_t to) {
        return static_cast<uint8_t>(std::clamp(std::lround(from + (to - from) * t), 0L, 255L));
    };
    return {channel(r, other.r), channel(g, other.g), channel(b, other.b), channel(a, other.a)};
}

Color Color::greyscale() const {
    // Rec. 709 luma weights.
    const auto luma = static_cast<uint8_t>(std::clamp(std::lround(0.2126 * r + 0.7152 * g + 0.0722 * b), 0L, 255L));
    return {luma, luma, luma, a};
}

std::string Color::hex() const {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", r, g, b);
    return text;
}

}  // namespace pm
