#include "core/distance_table.hpp"

#include <algorithm>

#include "core/geodesy.hpp"
#include "core/text_fold.hpp"

namespace pm {

std::vector<DistanceRow> distanceRows(const DataSet& data, const std::vector<size_t>& partnership_indices) {
    std::vector<DistanceRow> rows;
    rows.reserve(partnership_indices.size());
    for (size_t index : partnership_indices) {
        const Partnership& partnership = data.partnerships.at(index);
        const City* home = data.findCity(partnership.home_id);
        const City* partner = data.findCity(partnership.partner_id);
        if (!home || !partner) continue;
        const GeodesicInverse inverse = geodesicInverse(home->position, partner->position);
        rows.push_back({index, home, partner, &partnership, inverse.distance_m / 1000.0, inverse.initial_azimuth_deg});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const DistanceRow& a, const DistanceRow& b) {
        if (a.home != b.home) {
            const std::string key_a = foldKey(a.home->name), key_b = foldKey(b.home->name);
            if (key_a != key_b) return key_a < key_b;
            return a.home->id < b.home->id;
        }
        if (a.distance_km != b.distance_km) return a.distance_km < b.distance_km;
        return foldKey(a.partner->name) < foldKey(b.partner->name);
    });
    return rows;
}

}  // namespace pm
