#pragma once

#include <vector>

#include "core/basemap.hpp"
#include "core/geo_point.hpp"

namespace pm {

// Where geometry must be cut on the sphere before a projection sees it (PROJ does not clip).
//
// Antimeridian: the sphere minus the meridian opposite `centre_lon` (the projection's lon_0), plus
// optionally the band |lat| <= max_abs_lat (Mercator). Seen on a map it is the rectangle
// [lon_0 - 180, lon_0 + 180] x [-max_abs_lat, max_abs_lat]; its boundary is the cut meridian, seen
// from both sides, joined by the pole lines (or by the limiting parallels).
//
// Circle: the spherical cap within `radius_deg` of `centre` (the globe's visible hemisphere at just
// under 90 degrees; the outer circle of an azimuthal projection at just under 180 degrees).
struct ClipRegion {
    enum class Kind { Antimeridian, Circle };

    Kind kind = Kind::Antimeridian;
    double centre_lon = 0.0;    // Antimeridian: the cut lies at centre_lon + 180
    double max_abs_lat = 90.0;  // Antimeridian: latitude limit in (0, 90]
    GeoPoint centre;            // Circle
    double radius_deg = 90.0;   // Circle: in (0, 180)

    static ClipRegion antimeridian(double centre_lon, double max_abs_lat = 90.0);
    static ClipRegion circle(GeoPoint centre, double radius_deg);
};

// Points that clipping puts on the cut meridian lie this many degrees inside it, so that a
// projection centred on centre_lon draws each piece on its own side of the map.
constexpr double kCutInsetDeg = 1e-7;
// Clipping closes polygons along the region's boundary with points at most this far apart
// (degrees of latitude or longitude along the cut and the parallels, degrees of azimuth on a circle).
constexpr double kBoundaryStepDeg = 1.0;

// Cuts an open polyline (great-circle edges; longitudes may be unrolled beyond +-180) into the pieces
// inside the region. Pieces that leave the region end exactly on its boundary (inset as above). Output
// longitudes are in [-180, 180].
std::vector<GeoLine> clipLine(const GeoLine& line, const ClipRegion& region);

// Cuts a polygon (see GeoPolygon for the ring convention: interior on the right of every ring) to the
// region. Pieces are closed along the boundary, which is sampled every kBoundaryStepDeg. A polygon that
// contains the whole boundary (e.g. the ocean, or land around the globe's whole visible hemisphere)
// yields the full region with the polygon's inside rings as holes; a polygon wholly outside yields
// nothing. Output rings are open and keep the convention (exteriors clockwise on a north-up map, holes
// anticlockwise); every hole belongs to the exterior that encloses it.
// Input rings may be open or closed; repeated points are ignored; rings bounding no area (points on
// one line) are dropped. Vertices on the cut belong to the side their ring comes from (the data
// writes them as +180 or -180 at random); a vertex on a pole joins its two meridians along the pole
// line. Like everything here, a pure function: safe to call from any thread.

std::vector<GeoPolygon> clipPolygon(const GeoPolygon& polygon, const ClipRegion& region);

// The region's whole boundary as a ring (interior on the right, i.e. clockwise on the map), sampled
// every kBoundaryStepDeg and inset from the cut like clipped geometry. Projected, it is the map outline.
GeoRing clipBoundaryRing(const ClipRegion& region);

// Inserts points along great-circle edges longer than max_step_deg (degrees of arc).
GeoLine densifyLine(const GeoLine& line, double max_step_deg);
GeoRing densifyRing(const GeoRing& ring, double max_step_deg);  // including the implied closing edge

// The area of the region a polygon bounds on the unit sphere, in steradians [0, 4 pi) (the whole sphere
// is 4 pi). Multiply by R^2 for an area on a sphere of radius R.
double sphericalArea(const GeoPolygon& polygon);

}  // namespace pm
