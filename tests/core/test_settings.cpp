#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>

#include "core/problem.hpp"
#include "core/settings.hpp"
#include "format_test_util.hpp"

namespace pm {
namespace {

namespace fs = std::filesystem;

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

AppSettings customSettings() {
    AppSettings settings;
    settings.window_width = 1920;
    settings.window_height = 1080;
    settings.maximized = true;
    settings.projection_id = "orthographic";
    settings.theme = "dark";
    settings.ui_lang = "en";
    settings.map_lang = "en";
    settings.labels = false;
    settings.distance_labels = true;
    settings.rings_km = {1000, 2500.5, 10000};
    settings.last_files = {"/home/anna/partner.csv", "/tmp/b.json"};
    return settings;
}

TEST(Settings, RoundTrip) {
    test::TempDir dir;
    const fs::path file = dir / "settings.json";
    for (const AppSettings& settings : {AppSettings{}, customSettings()}) {
        saveSettings(settings, file);
        std::vector<std::string> warnings;
        EXPECT_EQ(loadSettings(file, warnings), settings);
        EXPECT_TRUE(warnings.empty()) << warnings.front();
    }
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"settings.json"}) << "no temporary file left behind";
}

TEST(Settings, WrittenText) {
    test::TempDir dir;
    saveSettings(customSettings(), dir / "settings.json");
    EXPECT_EQ(readText(dir / "settings.json"), R"({
  "window_width": 1920,
  "window_height": 1080,
  "maximized": true,
  "projection_id": "orthographic",
  "theme": "dark",
  "ui_lang": "en",
  "map_lang": "en",
  "labels": false,
  "distance_labels": true,
  "rings_km": [
    1000.0,
    2500.5,
    10000.0
  ],
  "last_files": [
    "/home/anna/partner.csv",
    "/tmp/b.json"
  ]
}
)");
}

TEST(Settings, MissingFileGivesDefaultsWithoutWarning) {
    test::TempDir dir;
    std::vector<std::string> warnings;
    EXPECT_EQ(loadSettings(dir / "nothing" / "settings.json", warnings), AppSettings{});
    EXPECT_TRUE(warnings.empty());
}

TEST(Settings, BrokenJsonGivesDefaultsAndAWarning) {
    test::TempDir dir;
    const fs::path file = dir / "settings.json";
    writeText(file, "{\n  \"window_width\": 1600,\n  \"theme\": \"dark\",\n  \"labels\": tru\n}\n");
    std::vector<std::string> warnings;
    EXPECT_EQ(loadSettings(file, warnings), AppSettings{});
    EXPECT_EQ(warnings,
              std::vector<std::string>{
                  file.string() + ":4: invalid JSON: syntax error while parsing value - invalid literal; last read: "
                                  "'\"labels\": tru<U+000A>'; the default settings are used (fix or delete the file)"});
}

TEST(Settings, EmptyFileAndNotAnObject) {
    test::TempDir dir;
    const fs::path file = dir / "settings.json";
    writeText(file, " \n");
    std::vector<std::string> warnings;
    EXPECT_EQ(loadSettings(file, warnings), AppSettings{});
    writeText(file, "[1, 2]\n");
    EXPECT_EQ(loadSettings(file, warnings), AppSettings{});
    EXPECT_EQ(warnings,
              (std::vector<std::string>{
                  file.string() + ": the settings file is empty; the default settings are used (delete the file)",
                  file.string() + ":1: the settings must be a JSON object {...}, not an array; the default "
                                  "settings are used (fix or delete the file)"}));
}

TEST(Settings, DirectoryInsteadOfFile) {
    test::TempDir dir;
    fs::create_directories(dir / "settings.json");
    std::vector<std::string> warnings;
    EXPECT_EQ(loadSettings(dir / "settings.json", warnings), AppSettings{});
    EXPECT_EQ(warnings, std::vector<std::string>{(dir / "settings.json").string() +
                                                 ": cannot read the settings file; the default settings are used "
                                                 "(check that it is a readable file)"});
}

TEST(Settings, WrongFieldsKeepTheirDefaults) {
    test::TempDir dir;
    const fs::path file = dir / "settings.json";
    writeText(file, R"({
  "window_width": "wide",
  "window_height": 50,
  "maximized": true,
  "theme": "blue",
  "ui_lang": "",
  "map_lang": "fr",
  "labels": 1,
  "rings_km": [1000, -5],
  "last_files": ["/a.csv", 3, "", "/b.csv"],
  "projection_id": "custom",
  "distance_labels": true,
  "from_a_newer_version": {"x": 1}
}
)");
    std::vector<std::string> warnings;
    const AppSettings settings = loadSettings(file, warnings);
    AppSettings expected;
    expected.maximized = true;
    expected.distance_labels = true;
    expected.last_files = {"/a.csv", "/b.csv"};
    EXPECT_EQ(settings, expected);
    const std::string f = file.string();
    EXPECT_EQ(warnings,
              (std::vector<std::string>{
                  f + ":2: 'window_width' must be a whole number of pixels, not a string; the default is used",
                  f + ":3: 'window_height' of 50 is out of range; use 200 to 16384; the default is used",
                  f + ":5: unknown theme 'blue'; use light, dark or print; the default is used",
                  f + ":7: unknown map_lang 'fr'; use de or en; the default is used",
                  f + ":8: 'labels' must be true or false, not a whole number; the default is used",
                  f + ":9: 'rings_km' must hold distances in km above 0 and up to 20100, not -5; the default (no "
                      "rings) is used",
                  f + ":10: 'last_files' must hold file paths, not a whole number; this entry is skipped",
                  f + ":10: 'last_files' must hold file paths, not an empty string; this entry is skipped",
                  f + ":11: unknown projection 'custom'; use one of equal-earth, robinson, winkel-tripel, "
                      "natural-earth, mollweide, mercator, equirectangular, orthographic, azimuthal-equidistant, "
                      "lambert-azimuthal; the default is used",
              }));
}

TEST(Settings, PathWithUmlauts) {
    test::TempDir dir;
    const fs::path file = dir / "Jürgen" / "Einstellungen für Städte" / "settings.json";
    AppSettings settings = customSettings();
    settings.last_files = {"/home/jürgen/Städtepartnerschaften Nürnberg.csv"};
    saveSettings(settings, file);
    std::vector<std::string> warnings;
    EXPECT_EQ(loadSettings(file, warnings), settings);
    EXPECT_TRUE(warnings.empty());
    EXPECT_NE(readText(file).find("\"/home/jürgen/Städtepartnerschaften Nürnberg.csv\""), std::string::npos)
        << "UTF-8 written as is, not escaped";
}

TEST(Settings, SaveFailsWithTheReason) {
    test::TempDir dir;
    writeText(dir / "file", "x");
    const fs::path file = dir / "file" / "partnermap" / "settings.json";
    try {
        saveSettings(AppSettings{}, file);
        FAIL() << "no error";
    } catch (const DataError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].toString(), file.string() + ": cannot create the settings folder " +
                                                      (dir / "file" / "partnermap").string() + ": Not a directory");
    }
}

struct DirectoryCase {
    const char* xdg_config_home;
    const char* home;
    std::string expected;
};

TEST(Settings, DirectoryFollowsXdgRules) {
    const std::vector<DirectoryCase> cases = {
        {"/xdg", "/home/anna", "/xdg/partnermap"},
        {"/xdg/", "/home/anna", "/xdg/partnermap"},
        {"", "/home/anna", "/home/anna/.config/partnermap"},
        {nullptr, "/home/anna", "/home/anna/.config/partnermap"},
        {"relative/config", "/home/anna", "/home/anna/.config/partnermap"},
        {"~/config", "/home/anna", "/home/anna/.config/partnermap"},
        {"/xdg", nullptr, "/xdg/partnermap"},
        {"/home/jürgen/.konfig", "/home/jürgen", "/home/jürgen/.konfig/partnermap"},
        {nullptr, nullptr, ""},
        {"", "", ""},
        {"relative", nullptr, ""},
    };
    for (const DirectoryCase& c : cases) {
        SCOPED_TRACE(std::string(c.xdg_config_home ? c.xdg_config_home : "(null)") + " | " +
                     (c.home ? c.home : "(null)"));
        EXPECT_EQ(settingsDirectory(c.xdg_config_home, c.home).lexically_normal(), fs::path(c.expected));
    }
}

// Sets an environment variable for the scope of a test and restores it afterwards.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

TEST(Settings, PathsFromTheEnvironment) {
    {
        const ScopedEnv xdg("XDG_CONFIG_HOME", "/xdg");
        const ScopedEnv home("HOME", "/home/anna");
        EXPECT_EQ(settingsDirectory(), fs::path("/xdg/partnermap"));
        EXPECT_EQ(settingsFilePath(), fs::path("/xdg/partnermap/settings.json"));
        EXPECT_EQ(imguiIniPath(), fs::path("/xdg/partnermap/imgui.ini"));
    }
    {
        const ScopedEnv xdg("XDG_CONFIG_HOME", nullptr);
        const ScopedEnv home("HOME", "/home/anna");
        EXPECT_EQ(settingsFilePath(), fs::path("/home/anna/.config/partnermap/settings.json"));
    }
    {
        const ScopedEnv xdg("XDG_CONFIG_HOME", nullptr);
        const ScopedEnv home("HOME", nullptr);
        EXPECT_EQ(settingsFilePath(), fs::path());
        EXPECT_EQ(imguiIniPath(), fs::path());
    }
}

TEST(Settings, DefaultUiLang) {
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"de_DE.UTF-8", "de"}, {"de_AT", "de"}, {"de", "de"}, {"en_US.UTF-8", "en"}, {"C.UTF-8", "en"},
        {"POSIX", "en"},       {"fr_FR", "en"}, {"", "en"},   {nullptr, "en"},       {"DE_de", "en"},
    };
    for (const auto& [lang, expected] : cases) EXPECT_EQ(defaultUiLang(lang), expected) << (lang ? lang : "(null)");
}

}  // namespace
}  // namespace pm
