#include "core/dataset_subset.hpp"

#include <set>
#include <string>

namespace pm {

DataSet subsetOfPartnerships(const DataSet& data, const std::vector<size_t>& indices) {
    DataSet subset;
    subset.title = data.title;
    subset.source = data.source;
    subset.extra_types = data.extra_types;
    std::set<std::string> used;
    for (const size_t index : indices) {
        if (index >= data.partnerships.size()) continue;
        const Partnership& partnership = data.partnerships[index];
        subset.partnerships.push_back(partnership);
        used.insert(partnership.home_id);
        used.insert(partnership.partner_id);
    }
    for (const City& city : data.cities)
        if (used.count(city.id)) subset.cities.push_back(city);
    return subset;
}

}  // namespace pm
