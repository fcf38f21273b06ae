#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/filter.hpp"

namespace CLI {
class App;
}

namespace pm {
class CountryTable;
}

namespace pm::app {

// The FILTERS options shared by `distances`, `render` and the other commands, as typed.
struct FilterOptions {
    std::vector<std::string> homes;
    std::vector<std::string> countries;
    std::vector<std::string> types;
    std::vector<std::string> statuses;
    std::string years;  // FROM:TO, FROM: or :TO
    std::optional<int> as_of;
};

void addFilterOptions(CLI::App& command, FilterOptions& options);

// Turns typed options into a filter over `data`. Throws UsageError naming the bad value and the
// accepted ones (unknown home city, country, type or status; malformed year range).
PartnershipFilter resolveFilter(const FilterOptions& options, const DataSet& data, const CountryTable& countries);

}  // namespace pm::app
