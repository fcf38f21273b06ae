#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/partnership_card.hpp"

namespace pm {

class CountryTable;

// A partnership that is round this year: "2029: 75 Jahre Nürnberg–Nizza".
struct Anniversary {
    size_t partnership_index = 0;
    int years = 0;
};

// The round anniversaries a city celebrates.
inline const std::vector<int> kRoundAnniversaries = {10, 25, 40, 50, 60, 70, 75};

// Partnerships (among `indices`) with a round anniversary in `year`, oldest first.
std::vector<Anniversary> anniversariesIn(const DataSet& data, const std::vector<size_t>& indices, int year,
                                         const std::vector<int>& rounds = kRoundAnniversaries);

// "75 Jahre Nürnberg–Nizza" / "75 years Nuremberg–Nice".
std::string anniversaryText(const DataSet& data, const Anniversary& anniversary, std::string_view lang);

// The numbers a speaker reaches for, computed from the visible partnerships.
struct PartnershipFacts {
    int partnerships = 0;
    std::map<std::string, int> by_type;  // type id -> count
    int partner_cities = 0;
    int countries = 0;
    std::map<std::string, int> partner_cities_by_continent;
    double total_km = 0;
    double average_km = 0;
    std::optional<size_t> nearest, farthest;  // partnership indices
    double nearest_km = 0, farthest_km = 0;
    std::optional<size_t> oldest, newest;  // by `since`; unknown years don't count
    double average_age_years = 0;          // over partnerships with a known year, as of `year`
    int unknown_since = 0;
    int year = 0;
    std::vector<Anniversary> anniversaries;  // round ones in `year`
};

PartnershipFacts computeFacts(const DataSet& data, const std::vector<size_t>& indices, const CountryTable* countries,
                              int year);

// The facts as short lines for the overlay, in German or English.
std::vector<std::string> factLines(const DataSet& data, const PartnershipFacts& facts, std::string_view lang,
                                   const CountryTable* countries);

// A home city's card, from its own partnerships among `indices`:
//   Hannover                                               (title)
//   Deutschland · Heimatstadt                              (subtitle)
//   9 Partnerstädte in 8 Ländern                           (since)
//   215 km (Leipzig) bis 8.907 km (Hiroshima)              (distance)
//   Seit 1947 (Bristol), zuletzt 2022 (Mykolajiw)          (note)
PartnershipCard homeCityCard(const DataSet& data, const std::vector<size_t>& indices, const std::string& home_id,
                             std::string_view lang, const CountryTable* countries, int year);

}  // namespace pm
