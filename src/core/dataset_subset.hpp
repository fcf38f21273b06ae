#pragma once

#include <vector>

#include "core/model.hpp"

namespace pm {

// The partnerships at `indices` (in that order) with exactly the cities they use, in data order,
// and the data set's declared types: what "Export data" writes for the visible partnerships.
DataSet subsetOfPartnerships(const DataSet& data, const std::vector<size_t>& indices);

}  // namespace pm
