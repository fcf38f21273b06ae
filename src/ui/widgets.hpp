#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "core/color.hpp"

// Small helpers the panels share.
namespace pm::ui {

// "Translated text###id": the label changes with the language, the ImGui id does not, so that
// window positions and open tree nodes survive a language switch.
std::string labelWithId(std::string_view text, std::string_view id);

// tr(key, lang) + "###" + id.
std::string trId(std::string_view key, std::string_view lang, std::string_view id);

ImVec4 toImVec4(Color color);

// A small filled square in the colour, on the current line (legend swatch).
void colorSwatch(Color color, const char* id);

// Text that may contain '%' (data): never goes through printf formatting.
void textUnformatted(const std::string& text);

}  // namespace pm::ui
