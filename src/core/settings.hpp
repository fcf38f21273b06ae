#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pm {

// What the app remembers between runs. Stored as JSON in settingsFilePath(); ImGui keeps its
// window layout next to it in imguiIniPath().
struct AppSettings {
    int window_width = 1280, window_height = 800;
    bool maximized = false;
    std::string projection_id = "equal-earth";
    std::string theme = "light";  // light, dark, print
    std::string ui_lang;          // de, en; empty: defaultUiLang() of the environment
    std::string map_lang = "de";  // de, en
    bool labels = true, distance_labels = false;
    std::vector<double> rings_km;         // distance rings, each above 0
    std::vector<std::string> last_files;  // most recent first, UTF-8 paths

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

// $XDG_CONFIG_HOME/partnermap when XDG_CONFIG_HOME is set, non-empty and absolute (the XDG base
// directory spec says to ignore relative ones), else $HOME/.config/partnermap; empty when HOME is
// unset or empty too, and then the app keeps no settings. Either argument may be null.
std::filesystem::path settingsDirectory(const char* xdg_config_home, const char* home);
// The same from the environment.
std::filesystem::path settingsDirectory();
// settingsDirectory() / "settings.json" and / "imgui.ini"; empty when the directory is.
std::filesystem::path settingsFilePath();
std::filesystem::path imguiIniPath();

// Reads `file`. A missing file gives the defaults without a warning. Broken JSON gives the
// defaults; a member of the wrong type or with a value out of range keeps its default. Each such
// problem appends "FILE:LINE: what is wrong and how to fix it" to `warnings`. Unknown keys are
// ignored, so that older versions read newer files.
AppSettings loadSettings(const std::filesystem::path& file, std::vector<std::string>& warnings);

// Writes every member (stable key order), creating the directory and replacing the file in one
// step. Throws DataError naming the path when the directory or the file cannot be written.
void saveSettings(const AppSettings& settings, const std::filesystem::path& file);

// "de" when `lang_env` (the value of LANG) starts with "de", else "en"; null counts as unset.
std::string defaultUiLang(const char* lang_env);

}  // namespace pm
