#pragma once

#include "core/filter_spec.hpp"

namespace CLI {
class App;
}

namespace pm {
class CountryTable;
}

namespace pm::app {

// The FILTERS options shared by `distances`, `render` and the other commands, as typed.
using FilterOptions = FilterSpec;

void addFilterOptions(CLI::App& command, FilterOptions& options);

// Turns typed options into a filter over `data`. Throws UsageError naming the option, the bad value
// and the accepted ones.
PartnershipFilter resolveFilter(const FilterOptions& options, const DataSet& data, const CountryTable& countries);

}  // namespace pm::app
