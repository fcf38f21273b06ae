#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm {

// Longest step between two points of a partnership line in GeoJSON export.
inline constexpr double kGeoJsonStepM = 100'000.0;

// RFC 7946 FeatureCollection: a Point feature per city, then a LineString (MultiLineString where
// it crosses the antimeridian) along the geodesic per partnership; "title" and "types" as foreign
// members. One feature per line; coordinates [lon, lat] with 6 decimals. `data` must be valid.
std::string writeGeoJson(const DataSet& data);

// Reads what writeGeoJson writes: cities from Point features, partnerships from properties (their
// geometry is ignored). Appends every problem, validation included, to `problems` in file order.
DataSet readGeoJson(std::string_view text, const std::string& file_label, std::vector<Problem>& problems);

// Splits a line with unrolled longitudes (as sampleGeodesic returns them) into parts within
// [-180, 180]: where it crosses the antimeridian one part ends exactly on +-180 and the next starts
// on -+180, both at the latitude interpolated there (RFC 7946 section 3.1.9).
std::vector<std::vector<GeoPoint>> splitAtAntimeridian(const std::vector<GeoPoint>& unrolled);

}  // namespace pm
