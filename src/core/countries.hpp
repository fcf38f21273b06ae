#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pm {

struct Country {
    std::string alpha2;  // "DE"
    std::string alpha3;  // "DEU"
    int numeric = 0;     // 276
    std::string name_en;
    std::string name_de;
    std::string continent;  // "Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica"
    std::vector<std::string> aliases;  // further English and German names: "USA", "Tschechische Republik"

    const std::string& name(std::string_view lang) const { return lang == "en" ? name_en : name_de; }
};

// "Europa" for "Europe" (a Country::continent); English names as they are.
std::string continentName(const std::string& continent, bool en);

// ISO 3166-1 countries with German and English names, converted from a packaged source
// (see assets/countries/README.md).
class CountryTable {
public:
    static CountryTable load(const std::filesystem::path& file);  // throws DataError
    // Format: a header line, then alpha2 TAB alpha3 TAB numeric TAB name_en TAB name_de TAB continent
    // [TAB aliases separated by |]. Throws DataError; no code, name or alias may name two countries.
    static CountryTable fromText(std::string_view text, const std::string& file_label);
    // assets/countries/countries.tsv under resourceRoot().
    static std::filesystem::path defaultPath();

    // By alpha-2, alpha-3, numeric code, English or German name or alias (case- and
    // accent-insensitive, surrounding spaces ignored), or nullptr.
    const Country* find(std::string_view code_or_name) const;
    const Country* byAlpha2(std::string_view alpha2) const;
    const Country* byNumeric(int numeric) const;
    const std::vector<Country>& all() const { return m_countries; }

private:
    std::vector<Country> m_countries;
    std::unordered_map<std::string, size_t> m_by_key;  // foldKey of codes, names and aliases -> index
};

}  // namespace pm
