#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/filter.hpp"
#include "core/model.hpp"

namespace pm {
class CountryTable;
}

namespace pm::ui {

// For each choice of one filter criterion: how many partnerships it would show together with the
// other criteria as they are (the criterion's own selection ignored).
struct FacetCounts {
    std::map<std::string, int> homes;      // home city id ->
    std::map<std::string, int> countries;  // partner country alpha-2 ->
    std::map<std::string, int> types;      // type id ->
    std::map<PartnershipStatus, int> statuses;
};

FacetCounts facetCounts(const DataSet& data, const PartnershipFilter& filter);

struct CountryEntry {
    std::string alpha2;
    std::string name;  // in the UI language; the code if the country table does not know it
    int count = 0;     // FacetCounts::countries
    bool selected = false;
};

// The partner countries of the data set, sorted by name in `lang` (case- and accent-insensitive).
// A non-empty `search` keeps those whose German or English name, alias or alpha-2 code contains it
// (case- and accent-insensitive); selected countries are always kept.
std::vector<CountryEntry> countryEntries(const DataSet& data, const PartnershipFilter& filter,
                                         const CountryTable& countries, std::string_view search, std::string_view lang);
// The same from the data set's partner countries (partnerCountryCodes) and facetCounts(data, filter),
// computed beforehand.
std::vector<CountryEntry> countryEntries(const std::vector<std::string>& codes, const PartnershipFilter& filter,
                                         const FacetCounts& counts, const CountryTable& countries,
                                         std::string_view search, std::string_view lang);

// The alpha-2 codes of every partner city's country, sorted, each once.
std::vector<std::string> partnerCountryCodes(const DataSet& data);

// Adds `value` to the set if `on`, removes it otherwise.
template <typename T>
void setMember(std::set<T>& set, const T& value, bool on) {
    if (on)
        set.insert(value);
    else
        set.erase(value);
}

}  // namespace pm::ui
