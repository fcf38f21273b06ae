#include "core/filter_spec.hpp"

#include <charconv>

#include "core/countries.hpp"
#include "core/text_fold.hpp"

namespace pm {

namespace {

std::string joinNames(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

std::optional<int> parseYear(std::string_view text) {
    int year = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), year);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    return year;
}

void resolveYears(const std::string& years, PartnershipFilter& filter) {
    const std::string_view all(years);
    const size_t colon = all.find(':');
    const std::string_view from = colon == std::string_view::npos ? all : all.substr(0, colon);
    const std::string_view to = colon == std::string_view::npos ? all : all.substr(colon + 1);
    if (!from.empty()) filter.since_from = parseYear(from);
    if (!to.empty()) filter.since_to = parseYear(to);
    const bool bad = (from.empty() && to.empty()) || (!from.empty() && !filter.since_from) ||
                     (!to.empty() && !filter.since_to) ||
                     (filter.since_from && filter.since_to && *filter.since_from > *filter.since_to);
    if (bad) throw FilterSpecError("years", "'" + years + "' is not a year range; write FROM:TO, e.g. 1950:1990");
}

}  // namespace

PartnershipFilter resolveFilterSpec(const FilterSpec& spec, const DataSet& data, const CountryTable& countries) {
    PartnershipFilter filter;
    for (const std::string& home : spec.homes) {
        const std::optional<std::string> id = findHomeCityId(data, home);
        if (!id) {
            std::vector<std::string> names;
            for (const std::string& home_id : homeCityIds(data)) names.push_back(data.findCity(home_id)->name);
            throw FilterSpecError("home", "no home city '" + home + "' in the data; home cities: " + joinNames(names));
        }
        filter.home_ids.insert(*id);
    }
    for (const std::string& name : spec.countries) {
        const Country* country = countries.find(name);
        if (!country)
            throw FilterSpecError("country", "unknown country '" + name + "'; use an ISO code like FR or a name");
        filter.partner_countries.insert(country->alpha2);
    }
    for (const std::string& type_name : spec.types) {
        const std::string key = foldKey(type_name);
        const PartnershipType* match = nullptr;
        std::vector<std::string> ids;
        for (const PartnershipType& type : data.allTypes()) {
            ids.push_back(type.id);
            if (foldKey(type.id) == key || foldKey(type.label_de) == key || foldKey(type.label_en) == key)
                match = data.findType(type.id);
        }
        if (!match) throw FilterSpecError("type", "unknown type '" + type_name + "'; types: " + joinNames(ids));
        filter.types.insert(match->id);
    }
    for (const std::string& status_name : spec.statuses) {
        const std::optional<PartnershipStatus> status = parseStatus(status_name);
        if (!status)
            throw FilterSpecError("status", "unknown status '" + status_name + "'; use active, suspended or ended");
        filter.statuses.insert(*status);
    }
    if (!spec.years.empty()) resolveYears(spec.years, filter);
    filter.as_of = spec.as_of;
    filter.text = spec.text;
    return filter;
}

}  // namespace pm
