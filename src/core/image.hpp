#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pm {

// An 8-bit RGBA image, rows top to bottom, no padding.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;

    Image() = default;
    Image(int w, int h) : width(w), height(h), rgba(static_cast<size_t>(w) * static_cast<size_t>(h) * 4, 0) {}
    uint8_t* row(int y) { return rgba.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 4; }
    const uint8_t* row(int y) const { return rgba.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 4; }
};

// Reverses the row order in place (OpenGL reads pixels bottom-up).
void flipRowsVertically(Image& image);

// Copies `tile` into `target` with its top-left corner at (x, y), clipped to the target.
void blitImage(const Image& tile, Image& target, int x, int y);

// Paints the outermost `thickness` pixels of every side with one colour (a frame drawn inside the edge).
void paintBorder(Image& image, int thickness, const uint8_t (&rgba)[4]);

// PNG bytes (stb_image_write). Throws std::runtime_error if encoding fails.
std::vector<uint8_t> encodePng(const Image& image);

// Encodes and writes atomically (temporary file + rename). Throws DataError naming the path.
void writePng(const Image& image, const std::filesystem::path& path);

}  // namespace pm
