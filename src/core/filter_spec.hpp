#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/filter.hpp"

namespace pm {

class CountryTable;

// A filter as people write it (command line, tour files): names, codes and labels in any
// language, resolved against a data set into a PartnershipFilter.
struct FilterSpec {
    std::vector<std::string> homes;      // names (any language) or ids
    std::vector<std::string> countries;  // ISO codes or names
    std::vector<std::string> types;      // ids or labels
    std::vector<std::string> statuses;   // active, suspended, ended (or the German words)
    std::string years;                   // FROM:TO, FROM: or :TO
    std::optional<int> as_of;
    std::string text;

    friend bool operator==(const FilterSpec&, const FilterSpec&) = default;
};

// What is wrong with a spec, and how to write it instead. `option()` names the part ("--home").
class FilterSpecError : public std::runtime_error {
public:
    FilterSpecError(std::string option, const std::string& message)
        : std::runtime_error(message), m_option(std::move(option)) {}
    const std::string& option() const { return m_option; }

private:
    std::string m_option;
};

// Throws FilterSpecError naming the value and the accepted ones.
PartnershipFilter resolveFilterSpec(const FilterSpec& spec, const DataSet& data, const CountryTable& countries);

}  // namespace pm
