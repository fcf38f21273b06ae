#include "core/countries.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/problem.hpp"
#include "core/text_fold.hpp"

namespace pm {

namespace {

std::vector<std::string> splitTabs(std::string_view line) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const size_t tab = line.find('\t', start);
        fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return fields;
}

}  // namespace

// Format: a header line, then alpha2 TAB alpha3 TAB numeric TAB name_en TAB name_de TAB continent.
CountryTable CountryTable::fromText(std::string_view text, const std::string& file_label) {
    constexpr size_t kColumns = 6;
    CountryTable table;
    std::vector<Problem> problems;
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
        const std::vector<std::string> fields = splitTabs(line);
        if (fields.size() != kColumns || fields[0].size() != 2 || fields[1].size() != 3) {
            problems.push_back({file_label, line_number,
                                "expected alpha2, alpha3, numeric, English name, German name and continent "
                                "separated by tabs"});
            continue;
        }
        Country country{fields[0], fields[1], std::atoi(fields[2].c_str()), fields[3], fields[4], fields[5]};
        table.m_countries.push_back(std::move(country));
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
    if (code_or_name.size() == 2)
        if (const Country* country = byAlpha2(code_or_name)) return country;
    const std::string key = foldKey(code_or_name);
    if (key.empty()) return nullptr;
    for (const Country& country : m_countries)
        if (foldKey(country.alpha3) == key || foldKey(country.name_en) == key || foldKey(country.name_de) == key)
            return &country;
    return nullptr;
}

}  // namespace pm
