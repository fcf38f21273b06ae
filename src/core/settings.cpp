#include "core/settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <system_error>

#include "core/dataset_files.hpp"
#include "core/json_fields.hpp"
#include "core/json_lines.hpp"
#include "core/json_writer.hpp"
#include "core/problem.hpp"
#include "core/projection_catalog.hpp"

namespace pm {

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr int kMinWindowSize = 200;
constexpr int kMaxWindowSize = 16384;
constexpr double kMaxRingKm = 20100;  // a little over half the Earth's circumference: every ring fits
constexpr const char* kIgnored = "; the default is used";

bool isNonEmpty(const char* text) {
    return text != nullptr && text[0] != '\0';
}

// Reads the members of the settings object; every problem becomes a warning with its line.
class SettingsReader {
public:
    SettingsReader(const JsonDocument& document, std::string file, std::vector<Problem>& problems)
        : m_document(document), m_file(std::move(file)), m_problems(problems) {}

    AppSettings read() {
        AppSettings settings;
        const json& root = m_document.root;
        if (!root.is_object()) {
            warn("", "the settings must be a JSON object {...}, not " + std::string(jsonTypeName(root)) +
                         "; the default settings are used (fix or delete the file)");
            return settings;
        }
        readWindowSize(root, "window_width", settings.window_width);
        readWindowSize(root, "window_height", settings.window_height);
        readBool(root, "maximized", settings.maximized);
        if (const json* value = typed(root, "projection_id", "a string such as \"equal-earth\"", &json::is_string)) {
            const std::string id = value->get<std::string>();
            if (findProjection(id) && id != kCustomProjectionId)
                settings.projection_id = id;
            else
                warn("/projection_id", "unknown projection '" + id + "'; use one of " + projectionIds() + kIgnored);
        }
        readChoice(root, "theme", {"light", "dark", "print"}, settings.theme);
        readChoice(root, "ui_lang", {"de", "en"}, settings.ui_lang, true);
        readChoice(root, "map_lang", {"de", "en"}, settings.map_lang);
        readBool(root, "labels", settings.labels);
        readBool(root, "distance_labels", settings.distance_labels);
        readRings(root, settings.rings_km);
        readFiles(root, settings.last_files);
        return settings;
    }

private:
    void warn(const std::string& pointer, const std::string& message) {
        m_problems.push_back({m_file, m_document.lineOf(pointer), message});
    }

    // The member `key` if it is present and `check` accepts it; a mistyped one is reported.
    const json* typed(const json& root, const std::string& key, std::string_view expected,
                      bool (json::*check)() const noexcept) {
        const auto it = root.find(key);
        if (it == root.end()) return nullptr;
        if (!((*it).*check)()) {
            warn("/" + jsonPointerToken(key), "'" + key + "' must be " + std::string(expected) + ", not " +
                                                  std::string(jsonTypeName(*it)) + kIgnored);
            return nullptr;
        }
        return &*it;
    }

    void readWindowSize(const json& root, const std::string& key, int& size) {
        const json* value = typed(root, key, "a whole number of pixels", &json::is_number_integer);
        if (!value) return;
        const double pixels = value->get<double>();  // exact for any size worth accepting
        if (pixels < kMinWindowSize || pixels > kMaxWindowSize) {
            warn("/" + key, "'" + key + "' of " + value->dump() + " is out of range; use " +
                                std::to_string(kMinWindowSize) + " to " + std::to_string(kMaxWindowSize) + kIgnored);
            return;
        }
        size = static_cast<int>(pixels);
    }

    void readBool(const json& root, const std::string& key, bool& flag) {
        if (const json* value = typed(root, key, "true or false", &json::is_boolean)) flag = value->get<bool>();
    }

    // One of `choices`; with `empty_allowed` also "" (not chosen yet).
    void readChoice(const json& root, const std::string& key, const std::vector<std::string>& choices,
                    std::string& choice, bool empty_allowed = false) {
        const json* value = typed(root, key, "a string such as \"" + choices.front() + "\"", &json::is_string);
        if (!value) return;
        const std::string text = value->get<std::string>();
        if (text.empty() && empty_allowed) {
            choice.clear();
            return;
        }
        std::string listed;
        for (size_t i = 0; i < choices.size(); ++i) {
            if (text == choices[i]) {
                choice = text;
                return;
            }
            listed += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
        }
        warn("/" + key, "unknown " + key + " '" + text + "'; use " + listed + kIgnored);
    }

    void readRings(const json& root, std::vector<double>& rings) {
        const json* value = typed(root, "rings_km", "an array of distances such as [1000, 2500]", &json::is_array);
        if (!value) return;
        std::vector<double> read;
        for (size_t i = 0; i < value->size(); ++i) {
            const json& ring = (*value)[i];
            if (!ring.is_number() || !(ring.get<double>() > 0) || ring.get<double>() > kMaxRingKm) {
                const std::string what = ring.is_number() ? ring.dump() : std::string(jsonTypeName(ring));
                warn("/rings_km/" + std::to_string(i), "'rings_km' must hold distances in km above 0 and up to " +
                                                           std::to_string(static_cast<int>(kMaxRingKm)) + ", not " +
                                                           what + "; the default (no rings) is used");
                return;
            }
            read.push_back(ring.get<double>());
        }
        rings = std::move(read);
    }

    void readFiles(const json& root, std::vector<std::string>& files) {
        const json* value = typed(root, "last_files", "an array of paths", &json::is_array);
        if (!value) return;
        for (size_t i = 0; i < value->size(); ++i) {
            const json& file = (*value)[i];
            if (file.is_string() && !file.get_ref<const std::string&>().empty())
                files.push_back(file.get<std::string>());
            else
                warn("/last_files/" + std::to_string(i),
                     "'last_files' must hold file paths, not " +
                         (file.is_string() ? std::string("an empty string") : std::string(jsonTypeName(file))) +
                         "; this entry is skipped");
        }
    }

    static std::string projectionIds() {
        std::string ids;
        for (const ProjectionInfo& info : projectionCatalog())
            if (info.id != kCustomProjectionId) ids += (ids.empty() ? "" : ", ") + std::string(info.id);
        return ids;
    }

    const JsonDocument& m_document;
    std::string m_file;
    std::vector<Problem>& m_problems;
};

}  // namespace

fs::path settingsDirectory(const char* xdg_config_home, const char* home) {
    if (isNonEmpty(xdg_config_home) && fs::path(xdg_config_home).is_absolute())
        return fs::path(xdg_config_home) / "partnermap";
    if (isNonEmpty(home)) return fs::path(home) / ".config" / "partnermap";
    return {};
}

fs::path settingsDirectory() {
    return settingsDirectory(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
}

fs::path settingsFilePath() {
    const fs::path directory = settingsDirectory();
    return directory.empty() ? directory : directory / "settings.json";
}

fs::path imguiIniPath() {
    const fs::path directory = settingsDirectory();
    return directory.empty() ? directory : directory / "imgui.ini";
}

AppSettings loadSettings(const fs::path& file, std::vector<std::string>& warnings) {
    const std::string label = file.string();
    std::error_code error;
    if (!fs::exists(file, error)) return {};
    std::ifstream in(file, std::ios::binary);
    if (!fs::is_regular_file(file, error) || !in) {
        warnings.push_back(Problem{label, 0,
                                   "cannot read the settings file; the default settings are used (check that it is a "
                                   "readable file)"}
                               .toString());
        return {};
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        warnings.push_back(
            Problem{label, 0, "the settings file is empty; the default settings are used (delete the file)"}
                .toString());
        return {};
    }
    std::vector<Problem> problems;
    const std::optional<JsonDocument> document = parseJsonWithLines(text, label, problems);
    for (Problem& problem : problems)
        problem.message +=
            document ? "; the later value is used" : "; the default settings are used (fix or delete the file)";
    AppSettings settings;
    if (document) settings = SettingsReader(*document, label, problems).read();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    for (const Problem& problem : problems) warnings.push_back(problem.toString());
    return settings;
}

void saveSettings(const AppSettings& settings, const fs::path& file) {
    if (file.has_parent_path()) {
        std::error_code error;
        fs::create_directories(file.parent_path(), error);
        if (error)
            throw DataError(
                Problem{file.string(), 0,
                        "cannot create the settings folder " + file.parent_path().string() + ": " + error.message()});
    }
    ordered_json root;
    root["window_width"] = settings.window_width;
    root["window_height"] = settings.window_height;
    root["maximized"] = settings.maximized;
    root["projection_id"] = settings.projection_id;
    root["theme"] = settings.theme;
    root["ui_lang"] = settings.ui_lang;
    root["map_lang"] = settings.map_lang;
    root["labels"] = settings.labels;
    root["distance_labels"] = settings.distance_labels;
    root["rings_km"] = settings.rings_km;
    root["last_files"] = settings.last_files;
    writeFileAtomically(file, dumpJson(root, 2) + "\n");
}

std::string defaultUiLang(const char* lang_env) {
    return lang_env != nullptr && std::string_view(lang_env).starts_with("de") ? "de" : "en";
}

}  // namespace pm
