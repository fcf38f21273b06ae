#include "app/png_writer.hpp"

#include <png.h>

#include <csetjmp>
#include <stdexcept>
#include <string_view>

#include "core/dataset_files.hpp"

namespace pm::app {

namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length) {
    auto* bytes = static_cast<std::vector<uint8_t>*>(png_get_io_ptr(png));
    bytes->insert(bytes->end(), data, data + length);
}

void noFlush(png_structp) {}

// libpng reports errors by longjmp: this function holds no objects with destructors between setjmp
// and the calls that may jump.
bool encodeInto(const Image& image, std::vector<uint8_t>& bytes) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png) return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &bytes, appendBytes, noFlush);
    png_set_compression_level(png, 3);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < image.height; ++y) png_write_row(png, image.row(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

std::vector<uint8_t> encodeMapPng(const Image& image) {
    if (image.width <= 0 || image.height <= 0) throw std::runtime_error("cannot encode an empty image");
    std::vector<uint8_t> bytes;
    bytes.reserve(static_cast<size_t>(image.width) * static_cast<size_t>(image.height) / 4);
    if (!encodeInto(image, bytes)) throw std::runtime_error("PNG encoding failed (libpng)");
    return bytes;
}

void writeMapPng(const Image& image, const std::filesystem::path& path) {
    const std::vector<uint8_t> bytes = encodeMapPng(image);
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace pm::app
