#include "app/filter_options.hpp"

#include <CLI/CLI.hpp>
#include <charconv>

#include "app/usage_error.hpp"
#include "core/countries.hpp"
#include "core/text_fold.hpp"

namespace pm::app {

void addFilterOptions(CLI::App& command, FilterOptions& options) {
    command.add_option("--home", options.homes, "home cities by name or id")->delimiter(',')->group("Filters");
    command.add_option("--country", options.countries, "partner countries: ISO code or name")
        ->delimiter(',')
        ->group("Filters");
    command.add_option("--type", options.types, "partnership types by id or label")->delimiter(',')->group("Filters");
    command.add_option("--years", options.years, "established within FROM:TO (FROM: or :TO for open ends)")
        ->group("Filters");
    command.add_option("--as-of", options.as_of, "the network as it stood in YEAR")->group("Filters");
    command.add_option("--status", options.statuses, "active, suspended, ended")->delimiter(',')->group("Filters");
}

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
    const size_t colon = years.find(':');
    const std::string_view from =
        colon == std::string::npos ? std::string_view(years) : std::string_view(years).substr(0, colon);
    const std::string_view to =
        colon == std::string::npos ? std::string_view(years) : std::string_view(years).substr(colon + 1);
    if (!from.empty()) filter.since_from = parseYear(from);
    if (!to.empty()) filter.since_to = parseYear(to);
    const bool bad = (from.empty() && to.empty()) || (!from.empty() && !filter.since_from) ||
                     (!to.empty() && !filter.since_to) ||
                     (filter.since_from && filter.since_to && *filter.since_from > *filter.since_to);
    if (bad) throw UsageError("--years: '" + years + "' is not a year range; write FROM:TO, e.g. 1950:1990");
}

}  // namespace

PartnershipFilter resolveFilter(const FilterOptions& options, const DataSet& data, const CountryTable& countries) {
    PartnershipFilter filter;
    for (const std::string& home : options.homes) {
        const std::optional<std::string> id = findHomeCityId(data, home);
        if (!id) {
            std::vector<std::string> names;
            for (const std::string& home_id : homeCityIds(data)) names.push_back(data.findCity(home_id)->name);
            throw UsageError("--home: no home city '" + home + "' in the data; home cities: " + joinNames(names));
        }
        filter.home_ids.insert(*id);
    }
    for (const std::string& name : options.countries) {
        const Country* country = countries.find(name);
        if (!country) throw UsageError("--country: unknown country '" + name + "'; use an ISO code like FR or a name");
        filter.partner_countries.insert(country->alpha2);
    }
    for (const std::string& type_name : options.types) {
        const std::string key = foldKey(type_name);
        const PartnershipType* match = nullptr;
        std::vector<std::string> ids;
        for (const PartnershipType& type : data.allTypes()) {
            ids.push_back(type.id);
            if (foldKey(type.id) == key || foldKey(type.label_de) == key || foldKey(type.label_en) == key)
                match = data.findType(type.id);
        }
        if (!match) throw UsageError("--type: unknown type '" + type_name + "'; types: " + joinNames(ids));
        filter.types.insert(match->id);
    }
    for (const std::string& status_name : options.statuses) {
        const std::optional<PartnershipStatus> status = parseStatus(status_name);
        if (!status) throw UsageError("--status: unknown status '" + status_name + "'; use active, suspended or ended");
        filter.statuses.insert(*status);
    }
    if (!options.years.empty()) resolveYears(options.years, filter);
    filter.as_of = options.as_of;
    return filter;
}

}  // namespace pm::app
