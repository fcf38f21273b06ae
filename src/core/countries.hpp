#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

struct Country {
    std::string alpha2;  // "DE"
    std::string alpha3;  // "DEU"
    int numeric = 0;     // 276
    std::string name_en;
    std::string name_de;
    std::string continent;  // "Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica"

    const std::string& name(std::string_view lang) const { return lang == "en" ? name_en : name_de; }
};

// ISO 3166-1 countries with German and English names, converted from a packaged source
// (see assets/countries/README.md).
class CountryTable {
public:
    static CountryTable load(const std::filesystem::path& file);  // throws DataError
    static CountryTable fromText(std::string_view text, const std::string& file_label);

    // By alpha-2, alpha-3, English or German name (case- and accent-insensitive), or nullptr.
    const Country* find(std::string_view code_or_name) const;
    const Country* byAlpha2(std::string_view alpha2) const;
    const Country* byNumeric(int numeric) const;
    const std::vector<Country>& all() const { return m_countries; }

private:
    std::vector<Country> m_countries;
};

}  // namespace pm
