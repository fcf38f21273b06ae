#include "ui/fonts.hpp"

#include <fstream>
#include <iterator>
#include <vector>

#include "core/text_metrics.hpp"

namespace pm::ui {

const ImWchar* uiGlyphRanges() {
    static constexpr ImWchar kRanges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1 (° · ü é)
        0x0100, 0x024F,  // Latin Extended-A and -B (ş ł ő ț)
        0x0300, 0x036F,  // combining marks
        0x0370, 0x03FF,  // Greek
        0x0400, 0x052F,  // Cyrillic and its supplement
        0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese)
        0x2000, 0x206F,  // general punctuation (’ – — “ ” … •)
        0x20AC, 0x20AC,  // €
        0x2190, 0x21FF,  // arrows
        0x2212, 0x2212,  // minus sign
        0,
    };
    return kRanges;
}

namespace {

// The file's bytes in memory ImGui may free (the atlas owns font data it is given).
void* readFontFile(const std::filesystem::path& path, int& size) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.empty()) return nullptr;
    size = static_cast<int>(bytes.size());
    void* data = ImGui::MemAlloc(bytes.size());
    std::copy(bytes.begin(), bytes.end(), static_cast<char*>(data));
    return data;
}

ImFont* addFont(ImFontAtlas& atlas, const std::filesystem::path& path, float size_px) {
    int size = 0;
    void* data = readFontFile(path, size);
    if (!data) return nullptr;
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    return atlas.AddFontFromMemoryTTF(data, size, size_px, &config, uiGlyphRanges());
}

UiFonts builtinFonts(ImFontAtlas& atlas, float content_scale, std::string warning) {
    atlas.Clear();
    UiFonts fonts;
    ImFontConfig config;
    config.SizePixels = 13.0f * content_scale;
    fonts.regular = atlas.AddFontDefault(&config);
    config.SizePixels = 13.0f * content_scale * kCaptionScale;
    fonts.caption = atlas.AddFontDefault(&config);
    atlas.Build();
    fonts.warning = std::move(warning);
    return fonts;
}

}  // namespace

UiFonts loadUiFonts(ImFontAtlas& atlas, float content_scale, std::string_view lang,
                    const std::filesystem::path& font_file, float base_px) {
    const bool en = lang == "en";
    if (content_scale <= 0.0f) content_scale = 1.0f;
    if (font_file.empty())
        return builtinFonts(atlas, content_scale,
                            en ? "Noto Sans is not installed (Debian: fonts-noto-core); the UI shows ASCII only."
                               : "Noto Sans ist nicht installiert (Debian: fonts-noto-core); die Oberfläche "
                                 "zeigt nur ASCII.");
    // stb_truetype inside ImGui asserts on data that is not a font: check with core's reader first.
    bool usable = true;
    try {
        FontTextMetrics check(font_file);
    } catch (const std::exception&) {
        usable = false;
    }
    atlas.Clear();
    UiFonts fonts;
    if (usable) fonts.regular = addFont(atlas, font_file, base_px * content_scale);
    if (fonts.regular) fonts.caption = addFont(atlas, font_file, base_px * content_scale * kCaptionScale);
    if (fonts.regular && fonts.caption && atlas.Build()) return fonts;
    const std::string file = font_file.string();
    return builtinFonts(atlas, content_scale,
                        en ? "Cannot use the font " + file + "; the UI shows ASCII only."
                           : "Die Schrift " + file + " ist nicht nutzbar; die Oberfläche zeigt nur ASCII.");
}

UiFonts loadUiFonts(ImFontAtlas& atlas, float content_scale, std::string_view lang) {
    return loadUiFonts(atlas, content_scale, lang, defaultFontPath(false));
}

}  // namespace pm::ui
