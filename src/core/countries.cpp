#include "core/countries.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#include "core/problem.hpp"
#include "core/resources.hpp"
#include "core/text_fold.hpp"

namespace pm {

namespace {

constexpr std::array<std::string_view, 7> kContinents = {"Europe",        "Asia",    "Africa",    "North America",
                                                         "South America", "Oceania", "Antarctica"};

std::vector<std::string> split(std::string_view line, char separator) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const size_t at = line.find(separator, start);
        fields.emplace_back(line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return fields;
}

bool isUpperCode(const std::string& code, size_t length) {
    return code.size() == length && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool isNumericCode(std::string_view text) {
    return !text.empty() && text.size() <= 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

CountryTable CountryTable::fromText(std::string_view text, const std::string& file_label) {
    constexpr size_t kColumns = 6;  // a 7th, the aliases, is optional
    CountryTable table;
    std::vector<Problem> problems;
    std::vector<int> lines;  // source line of each country, for duplicate messages
    int line_number = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_number == 1 || line.empty()) continue;  // header
        const std::vector<std::string> fields = split(line, '\t');
        if ((fields.size() != kColumns && fields.size() != kColumns + 1) || !isUpperCode(fields[0], 2) ||
            !isUpperCode(fields[1], 3) || !isNumericCode(fields[2]) || fields[3].empty() || fields[4].empty()) {
            problems.push_back({file_label, line_number,
                                "expected alpha2, alpha3, numeric, English name, German name, continent and "
                                "optionally aliases (separated by |), separated by tabs"});
            continue;
        }
        if (std::find(kContinents.begin(), kContinents.end(), fields[5]) == kContinents.end()) {
            problems.push_back({file_label, line_number,
                                "continent '" + fields[5] +
                                    "' is not one of Europe, Asia, Africa, North America, South America, Oceania, "
                                    "Antarctica"});
            continue;
        }
        Country country{fields[0], fields[1], std::stoi(fields[2]), fields[3], fields[4], fields[5], {}};
        if (fields.size() > kColumns)
            for (std::string& alias : split(fields[6], '|'))
                if (!alias.empty()) country.aliases.push_back(std::move(alias));

        // Index every way to name the country; a key that already names another country is an error.
        const size_t index = table.m_countries.size();
        std::vector<std::string> names = {country.alpha2, country.alpha3, country.name_en, country.name_de};
        names.insert(names.end(), country.aliases.begin(), country.aliases.end());
        for (const std::string& name : names) {
            const auto [it, inserted] = table.m_by_key.emplace(foldKey(name), index);
            if (!inserted && it->second != index)
                problems.push_back({file_label, line_number,
                                    "'" + name + "' already names " + table.m_countries[it->second].alpha2 + " (line " +
                                        std::to_string(lines[it->second]) +
                                        "); a code, name or alias must name one country"});
        }
        table.m_countries.push_back(std::move(country));
        lines.push_back(line_number);
    }
    if (!problems.empty()) throw DataError(std::move(problems));
    return table;
}

CountryTable CountryTable::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DataError(Problem{file.string(), 0, "cannot open the country table; reinstall PartnerMap's assets"});
    std::ostringstream content;
    content << in.rdbuf();
    return fromText(content.str(), file.string());
}

std::filesystem::path CountryTable::defaultPath() {
    return assetPath("countries/countries.tsv");
}

const Country* CountryTable::byAlpha2(std::string_view alpha2) const {
    for (const Country& country : m_countries)
        if (country.alpha2.size() == alpha2.size() &&
            std::equal(alpha2.begin(), alpha2.end(), country.alpha2.begin(),
                       [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; }))
            return &country;
    return nullptr;
}

const Country* CountryTable::byNumeric(int numeric) const {
    for (const Country& country : m_countries)
        if (country.numeric == numeric) return &country;
    return nullptr;
}

const Country* CountryTable::find(std::string_view code_or_name) const {
    const std::string key = foldKey(code_or_name);
    if (key.empty()) return nullptr;
    if (isNumericCode(key)) {
        int numeric = 0;
        std::from_chars(key.data(), key.data() + key.size(), numeric);
        return byNumeric(numeric);
    }
    const auto it = m_by_key.find(key);
    return it == m_by_key.end() ? nullptr : &m_countries[it->second];
}

std::string continentName(const std::string& continent, bool en) {
    static const std::map<std::string, std::string> german = {{"Europe", "Europa"},
                                                              {"Asia", "Asien"},
                                                              {"Africa", "Afrika"},
                                                              {"North America", "Nordamerika"},
                                                              {"South America", "Südamerika"},
                                                              {"Oceania", "Ozeanien"},
                                                              {"Antarctica", "Antarktis"}};
    if (en) return continent;
    const auto it = german.find(continent);
    return it == german.end() ? continent : it->second;
}

}  // namespace pm
