#include "core/image.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "core/dataset_files.hpp"

namespace pm {

void flipRowsVertically(Image& image) {
    const size_t stride = static_cast<size_t>(image.width) * 4;
    // Swap row y with its mirror for the top half only; the middle row of an odd height stays.
    for (int top = 0, bottom = image.height - 1; top < bottom; ++top, --bottom)
        std::swap_ranges(image.row(top), image.row(top) + stride, image.row(bottom));
}

void blitImage(const Image& tile, Image& target, int x, int y) {
    const int x0 = std::max(0, x), x1 = std::min(target.width, x + tile.width);
    const int y0 = std::max(0, y), y1 = std::min(target.height, y + tile.height);
    if (x0 >= x1 || y0 >= y1) return;
    for (int ty = y0; ty < y1; ++ty)
        std::copy_n(tile.row(ty - y) + static_cast<size_t>(x0 - x) * 4, static_cast<size_t>(x1 - x0) * 4,
                    target.row(ty) + static_cast<size_t>(x0) * 4);
}

void paintBorder(Image& image, int thickness, const uint8_t (&rgba)[4]) {
    for (int y = 0; y < image.height; ++y) {
        const bool edge_row = y < thickness || y >= image.height - thickness;
        for (int x = 0; x < image.width; ++x)
            if (edge_row || x < thickness || x >= image.width - thickness)
                std::copy_n(rgba, 4, image.row(y) + static_cast<size_t>(x) * 4);
    }
}

namespace {
void appendBytes(void* context, void* data, int size) {
    auto* bytes = static_cast<std::vector<uint8_t>*>(context);
    const auto* begin = static_cast<const uint8_t*>(data);
    bytes->insert(bytes->end(), begin, begin + size);
}
}  // namespace

std::vector<uint8_t> encodePng(const Image& image) {
    std::vector<uint8_t> bytes;
    if (image.width <= 0 || image.height <= 0) throw std::runtime_error("cannot encode an empty image");
    if (!stbi_write_png_to_func(appendBytes, &bytes, image.width, image.height, 4, image.rgba.data(), image.width * 4))
        throw std::runtime_error("PNG encoding failed");
    return bytes;
}

void writePng(const Image& image, const std::filesystem::path& path) {
    const std::vector<uint8_t> bytes = encodePng(image);
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace pm
