#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "ui/i18n.hpp"

namespace pm::ui {
namespace {

TEST(I18n, EveryKeyHasBothLanguagesOnce) {
    std::set<std::string_view> keys;
    for (const Translation& entry : translations()) {
        EXPECT_TRUE(keys.insert(entry.key).second) << "duplicate key " << entry.key;
        EXPECT_FALSE(entry.de.empty()) << entry.key;
        EXPECT_FALSE(entry.en.empty()) << entry.key;
        // Views of string literals: tr hands out .data() as a C string.
        EXPECT_EQ(entry.de.data()[entry.de.size()], '\0') << entry.key;
        EXPECT_EQ(entry.en.data()[entry.en.size()], '\0') << entry.key;
    }
    EXPECT_GT(keys.size(), 80u);
}

TEST(I18n, LooksUpByLanguage) {
    EXPECT_STREQ(tr("menu.file", "de"), "Datei");
    EXPECT_STREQ(tr("menu.file", "en"), "File");
    EXPECT_STREQ(tr("button.close", "de"), "Schließen");
    EXPECT_STREQ(tr("column.distance", "en"), "Distance");
    // Anything but "en" is German, the app's default.
    EXPECT_STREQ(tr("menu.file", "fr"), "Datei");
}

TEST(I18n, UnknownKeyGivesTheKey) {
    EXPECT_STREQ(tr("no.such.key", "de"), "no.such.key");
    EXPECT_STREQ(tr("no.such.key", "en"), "no.such.key");
}

// Every key the panels look up is in the table: string literals of the form area.name in src/ui,
// without the names of recorded items (recordItem(context, "...")), which are not UI text.
TEST(I18n, EveryKeyThePanelsUseExists) {
    const std::filesystem::path folder = std::filesystem::path(PARTNERMAP_SOURCE_ROOT_FOR_TESTS) / "src" / "ui";
    const std::regex recorded(R"re(recordItem\(context,\s*"[^"]*")re");
    const std::regex key(
        R"re("((?:menu|window|button|hint|filter|column|settings|theme|data|details|tooltip|export|facts|timeline|about)\.[a-z_]+)")re");
    std::set<std::string> known;
    for (const Translation& entry : translations()) known.insert(std::string(entry.key));
    int used = 0;
    for (const auto& file : std::filesystem::directory_iterator(folder)) {
        if (file.path().extension() != ".cpp" || file.path().filename() == "i18n.cpp") continue;
        std::ifstream in(file.path());
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = std::regex_replace(buffer.str(), recorded, "");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), key); it != std::sregex_iterator(); ++it) {
            ++used;
            EXPECT_TRUE(known.count((*it)[1].str())) << (*it)[1].str() << " in " << file.path().filename();
        }
    }
    EXPECT_GT(used, 80);
}

}  // namespace
}  // namespace pm::ui
