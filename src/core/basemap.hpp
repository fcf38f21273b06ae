#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.hpp"

namespace pm {

// A ring on the sphere: open (the first point is not repeated; the closing edge is implied).
// Edges are great-circle arcs. The region a ring bounds lies on its RIGHT when walking along it
// (d3-geo's convention: an exterior ring is clockwise seen from outside the sphere, i.e. clockwise
// on a north-up map; a hole is anticlockwise).
using GeoRing = std::vector<GeoPoint>;
// An open polyline on the sphere, edges are great-circle arcs.
using GeoLine = std::vector<GeoPoint>;

// The polygon is the intersection of the right-hand sides of all its rings. `exterior` is the ring
// that encloses the others; rings that cross the poles make this a convention rather than geometry
// (see assets/basemap/README.md for the one such polygon in the data, Antarctica at 50m).
struct GeoPolygon {
    GeoRing exterior;
    std::vector<GeoRing> holes;
};

struct BasemapCountry {
    std::string alpha2;  // ISO 3166-1 alpha-2 ("DE", "XK"); empty for disputed areas; not unique
    std::string name;    // Natural Earth's English short name ("Bosnia and Herz.")
    std::vector<GeoPolygon> polygons;
};

struct Basemap {
    std::vector<GeoPolygon> land;           // all land (merged countries), coastlines as boundaries
    std::vector<BasemapCountry> countries;  // in Natural Earth order
    std::vector<GeoLine> borders;           // land borders between countries, each drawn once
};

enum class BasemapDetail { Coarse110m, Medium50m, Fine10m };

// assets/basemap/basemap-<level>.bin, found through pm::assetPath.
std::filesystem::path basemapPath(BasemapDetail detail);
std::string_view basemapDetailName(BasemapDetail detail);  // "110m", "50m", "10m"

// Reads a basemap file (format: assets/basemap/README.md). Longitudes are in [-180, 180],
// latitudes in [-90, 90], in steps of 1e-6 degrees. Throws DataError for a missing or corrupt file.
Basemap loadBasemap(const std::filesystem::path& file);
Basemap loadBasemapFromBytes(std::string_view bytes, const std::string& file_label);

}  // namespace pm
