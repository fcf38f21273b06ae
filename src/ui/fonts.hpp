#pragma once

#include <imgui.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace pm::ui {

struct UiFonts {
    ImFont* regular = nullptr;  // the atlas's default font
    ImFont* caption = nullptr;  // larger, for presenter captions and the details card title
    std::string warning;        // non-empty when Noto Sans could not be used (in the UI language)
};

inline constexpr float kBaseFontPx = 17.0f;
inline constexpr float kCaptionScale = 1.6f;

// Latin with Latin Extended A/B and Additional, combining marks, Greek, Cyrillic, general punctuation
// (’ – “ ” …), arrows, ° and ·: zero-terminated pairs as ImGui wants them.
const ImWchar* uiGlyphRanges();

// Clears `atlas` and adds the font file at base_px × content_scale and at kCaptionScale times that,
// then builds the atlas (no GL: the app uploads it through its backend). If the file is missing or
// not a font, the atlas gets ImGui's built-in font (ASCII only) and `warning` says why.
// `font_file` defaults to Noto Sans Regular (pm::defaultFontPath); empty means not installed.
UiFonts loadUiFonts(ImFontAtlas& atlas, float content_scale, std::string_view lang,
                    const std::filesystem::path& font_file, float base_px = kBaseFontPx);
UiFonts loadUiFonts(ImFontAtlas& atlas, float content_scale, std::string_view lang);

}  // namespace pm::ui
