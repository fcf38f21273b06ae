#pragma once

#include <span>
#include <string_view>

namespace pm::ui {

struct Translation {
    std::string_view key;
    std::string_view de;
    std::string_view en;
};

// Every UI string in German and English (menus, panel titles, buttons, column names ...).
std::span<const Translation> translations();

// The text of `key` in `lang` ("en" gives English, anything else German). An unknown key gives
// the key itself, so pass keys as string literals (the result must stay null-terminated).
const char* tr(std::string_view key, std::string_view lang);

}  // namespace pm::ui
