#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace pm {

// One partnership with its geodesic distance and initial direction from the home city.
struct DistanceRow {
    size_t partnership_index = 0;  // into DataSet::partnerships
    const City* home = nullptr;
    const City* partner = nullptr;
    const Partnership* partnership = nullptr;
    double distance_km = 0.0;
    double azimuth_deg = 0.0;  // clockwise from north, [0, 360)
};

// Rows for the given partnerships (indices into data.partnerships), sorted by home city name, then
// distance, then partner name. Partnerships whose cities don't resolve are skipped (validation
// reports them).
std::vector<DistanceRow> distanceRows(const DataSet& data, const std::vector<size_t>& partnership_indices);

}  // namespace pm
