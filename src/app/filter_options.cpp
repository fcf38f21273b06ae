#include "app/filter_options.hpp"

#include <CLI/CLI.hpp>

#include "app/usage_error.hpp"

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

PartnershipFilter resolveFilter(const FilterOptions& options, const DataSet& data, const CountryTable& countries) {
    try {
        return resolveFilterSpec(options, data, countries);
    } catch (const FilterSpecError& error) {
        throw UsageError("--" + error.option() + ": " + error.what());
    }
}

}  // namespace pm::app
