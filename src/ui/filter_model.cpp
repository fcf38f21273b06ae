#include "ui/filter_model.hpp"

#include <algorithm>
#include <set>

#include "core/countries.hpp"
#include "core/text_fold.hpp"

namespace pm::ui {

namespace {

std::string partnerCountry(const DataSet& data, const Partnership& partnership) {
    const City* partner = data.findCity(partnership.partner_id);
    return partner ? partner->country : std::string();
}

}  // namespace

FacetCounts facetCounts(const DataSet& data, const PartnershipFilter& filter) {
    FacetCounts counts;
    PartnershipFilter without = filter;
    without.home_ids.clear();
    for (size_t i : filterPartnerships(data, without)) ++counts.homes[data.partnerships[i].home_id];
    without = filter;
    without.partner_countries.clear();
    for (size_t i : filterPartnerships(data, without)) ++counts.countries[partnerCountry(data, data.partnerships[i])];
    without = filter;
    without.types.clear();
    for (size_t i : filterPartnerships(data, without)) ++counts.types[data.partnerships[i].type];
    without = filter;
    without.statuses.clear();
    for (size_t i : filterPartnerships(data, without)) ++counts.statuses[data.partnerships[i].status];
    return counts;
}

namespace {

bool countryMatches(const Country* country, const std::string& alpha2, const std::string& search_key) {
    if (search_key.empty()) return true;
    const auto contains = [&search_key](const std::string& text) {
        return foldKey(text).find(search_key) != std::string::npos;
    };
    if (contains(alpha2)) return true;
    if (!country) return false;
    if (contains(country->name_de) || contains(country->name_en)) return true;
    return std::any_of(country->aliases.begin(), country->aliases.end(), contains);
}

}  // namespace

std::vector<CountryEntry> countryEntries(const DataSet& data, const PartnershipFilter& filter,
                                         const CountryTable& countries, std::string_view search,
                                         std::string_view lang) {
    return countryEntries(partnerCountryCodes(data), filter, facetCounts(data, filter), countries, search, lang);
}

std::vector<std::string> partnerCountryCodes(const DataSet& data) {
    std::set<std::string> codes;
    for (const Partnership& partnership : data.partnerships) {
        const std::string code = partnerCountry(data, partnership);
        if (!code.empty()) codes.insert(code);
    }
    return {codes.begin(), codes.end()};
}

std::vector<CountryEntry> countryEntries(const std::vector<std::string>& codes, const PartnershipFilter& filter,
                                         const FacetCounts& counts, const CountryTable& countries,
                                         std::string_view search, std::string_view lang) {
    const std::string search_key = foldKey(search);
    std::vector<std::pair<std::string, CountryEntry>> keyed;
    for (const std::string& code : codes) {
        const Country* country = countries.byAlpha2(code);
        CountryEntry entry;
        entry.alpha2 = code;
        entry.name = country ? country->name(lang) : code;
        const auto count = counts.countries.find(code);
        entry.count = count == counts.countries.end() ? 0 : count->second;
        entry.selected = filter.partner_countries.count(code) > 0;
        if (!entry.selected && !countryMatches(country, code, search_key)) continue;
        keyed.emplace_back(foldKey(entry.name), std::move(entry));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.alpha2 < b.second.alpha2;
    });
    std::vector<CountryEntry> entries;
    for (auto& [key, entry] : keyed) entries.push_back(std::move(entry));
    return entries;
}

}  // namespace pm::ui
