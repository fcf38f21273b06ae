#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace pm {

// Which partnerships are shown. An empty set means "no restriction" for that criterion.
struct PartnershipFilter {
    std::set<std::string> home_ids{};
    std::set<std::string> partner_countries{};  // ISO alpha-2
    std::set<std::string> types{};
    std::set<PartnershipStatus> statuses{};
    std::optional<int> since_from{};  // since within [since_from, since_to]; unknown since is excluded
    std::optional<int> since_to{};
    std::optional<int> as_of{};  // established by then (since <= as_of) and not ended before (until >= as_of)
    std::string text{};          // case- and accent-insensitive substring of names, country, note

    bool empty() const;
    friend bool operator==(const PartnershipFilter&, const PartnershipFilter&) = default;
};

bool matchesFilter(const DataSet& data, const Partnership& partnership, const PartnershipFilter& filter);

// Indices into data.partnerships of those that match, in data order.
std::vector<size_t> filterPartnerships(const DataSet& data, const PartnershipFilter& filter);

// The city ids that are the home of at least one partnership, in order of first appearance.
std::vector<std::string> homeCityIds(const DataSet& data);

// Resolves any city given as id or name (any language, case/accent-insensitive) to its id.
std::optional<std::string> findCityId(const DataSet& data, std::string_view name_or_id);

// Resolves a home city given as id or name (any language, case/accent-insensitive) to its id.
std::optional<std::string> findHomeCityId(const DataSet& data, std::string_view name_or_id);

}  // namespace pm
