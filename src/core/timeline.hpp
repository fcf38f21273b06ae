#pragma once

#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace pm {

// The timeline plays "the network as it stood" from the first partnership's year to the present.
// Positions are fractional years: 1954.0 is the start of 1954, 1954.5 its middle.

struct TimelineRange {
    int first_year = 0;
    int last_year = 0;  // the present
};

// From the earliest known `since` among `indices` (or `last_year` if none) to `last_year`.
TimelineRange timelineRange(const DataSet& data, const std::vector<size_t>& indices, int last_year);

// How a link looks at a timeline position.
struct LinkAppearance {
    float growth = 1.0f;   // share of the geodesic drawn from the home city
    float opacity = 1.0f;  // ended partnerships fade out in the year after they ended
    bool dashed = false;   // suspended ones turn dashed from the year of their suspension

    friend bool operator==(const LinkAppearance&, const LinkAppearance&) = default;
};

// The share of a year during which a new link grows to its partner.
inline constexpr double kGrowthShareOfYear = 0.6;

// The partnerships among `indices` that existed in `year`: established by then (since <= year) and
// not ended before it (until >= year). Partnerships with an unknown year count only in `last_year`,
// the present, where they are known to exist.
std::vector<size_t> partnershipsExistingIn(const DataSet& data, const std::vector<size_t>& indices, int year,
                                           int last_year);

// Every link visible at `position`, with how it looks. Links absent from the map are not in it.
std::unordered_map<size_t, LinkAppearance> timelineAppearance(const DataSet& data, const std::vector<size_t>& indices,
                                                              double position, int last_year);

}  // namespace pm
