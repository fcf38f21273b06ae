#pragma once

#include <cstdint>
#include <string>

namespace pm {

// An sRGB colour with straight (not premultiplied) alpha, 8 bits per channel.
struct Color {
    uint8_t r = 0, g = 0, b = 0, a = 255;

    static constexpr Color rgb(uint32_t hex, uint8_t alpha = 255) {
        return {static_cast<uint8_t>(hex >> 16), static_cast<uint8_t>(hex >> 8), static_cast<uint8_t>(hex), alpha};
    }
    Color withAlpha(uint8_t alpha) const { return {r, g, b, alpha}; }
    // Linear mix in sRGB space: t = 0 gives *this, t = 1 gives other.
    Color mix(Color other, double t) const;
    // Luma-preserving grey, for the print theme.
    Color greyscale() const;
    // "#rrggbb" (alpha is written separately in SVG as opacity).
    std::string hex() const;
    double opacity() const { return a / 255.0; }

    friend bool operator==(const Color&, const Color&) = default;
};

}  // namespace pm
