#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/basemap.hpp"
#include "core/geo_point.hpp"
#include "core/projection_catalog.hpp"
#include "core/sphere_clip.hpp"
#include "core/vec2.hpp"

namespace pm {

// A map projection through PROJ: geographic degrees in, projected metres out (x east, y north; the
// centre maps to (0, 0)). Each Projection owns its own PROJ context (network disabled, no proj.db
// needed), so different threads may use different Projection objects; one object must not be used by
// two threads at once (clone() it). Move-only.
//
// Models: Equal Earth, Mercator, equirectangular, azimuthal equidistant and Lambert azimuthal work on
// the WGS84 ellipsoid (the azimuthal equidistant one keeps WGS84 geodesic distances and azimuths from
// its centre true, matching core/geodesy.hpp); Robinson, Winkel tripel, Natural Earth, Mollweide and
// the globe are spherical in PROJ and use the mean radius 6371008.8 m.
// Clip regions: world projections cut at centre.lon + 180 (Mercator also at |lat| = 85); the globe
// at 90 degrees from its centre (minus 1e-6); Lambert azimuthal at 179.5 degrees; the azimuthal
// equidistant at 179 degrees, because on the ellipsoid it tears along the geodesics' cut locus, up to
// 0.6 degrees from the antipode. Custom strings: ortho, aeqd, laea, stere (150), gnom (70) and
// merc/webmerc are recognised by +proj=, centred on their own +lat_0/+lon_0; anything else is
// treated as a world projection cut opposite its +lon_0.
class Projection {
public:
    // Throws DataError for an unknown id or a PROJ string that PROJ rejects (with PROJ's message).
    explicit Projection(const ProjectionSpec& spec);
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    Projection clone() const { return Projection(m_spec); }

    const ProjectionSpec& spec() const { return m_spec; }
    ProjectionKind kind() const { return m_kind; }
    const std::string& projString() const { return m_proj_string; }  // without the degree conversion

    // nullopt where PROJ cannot project the point (e.g. beyond the globe's horizon).
    std::optional<Vec2> forward(GeoPoint point) const;
    // Batch form (one proj_trans_generic call); points PROJ cannot project come out as NaN.
    void forward(std::span<const GeoPoint> points, std::span<Vec2> out) const;
    std::vector<Vec2> forward(const std::vector<GeoPoint>& points) const;
    // The geographic point under a map point, nullopt outside the map outline.
    std::optional<GeoPoint> inverse(Vec2 point) const;

    // Where geometry must be cut before projecting (see sphere_clip.hpp).
    const ClipRegion& clipRegion() const { return m_clip; }
    // The edge of the map: the projected boundary of clipRegion(), an open ring, clockwise (interior on
    // the right, signed area < 0 with y north), sampled every kBoundaryStepDeg.
    const std::vector<Vec2>& outline() const { return m_outline; }
    const Box2& bounds() const { return m_bounds; }  // of the outline, for fit-to-view

    // Projects a path that is already clipped to clipRegion() (else it may jump across the map),
    // adding points along edges whose projection bends (adaptive resampling: the projected midpoint
    // of a great-circle edge must lie within 1e-4 of the map's size of the straight segment; edges
    // shorter than 1e-3 of it are not examined). Points PROJ cannot project are skipped.
    std::vector<Vec2> projectPath(const std::vector<GeoPoint>& path, bool closed) const;
    // The same for a path whose points are projected already (`projected[i]` = forward(path[i])).
    std::vector<Vec2> resamplePath(const std::vector<GeoPoint>& path, const std::vector<Vec2>& projected,
                                   bool closed) const;

private:
    struct Handles;
    void checkCreated() const;

    ProjectionSpec m_spec;
    ProjectionKind m_kind = ProjectionKind::World;
    std::string m_proj_string;
    ClipRegion m_clip;
    std::unique_ptr<Handles> m_handles;
    std::vector<Vec2> m_outline;
    Box2 m_bounds;
};

// Projected geometry in metres (x east, y north). Rings are open; exteriors are clockwise (signed
// area < 0), holes anticlockwise.
using MapRing = std::vector<Vec2>;
using MapLine = std::vector<Vec2>;
struct MapPolygon {
    MapRing exterior;
    std::vector<MapRing> holes;
};

// Clip on the sphere to projection.clipRegion(), then project with adaptive resampling.
std::vector<MapPolygon> projectClippedPolygon(const GeoPolygon& polygon, const Projection& projection);
std::vector<MapLine> projectClippedLine(const GeoLine& line, const Projection& projection);
// The whole basemap clipped and projected, as projectClippedPolygon/Line would give it piece by piece,
// but faster: points that land, countries and borders share are projected once.
struct ProjectedCountry {
    std::string alpha2;
    std::string name;
    std::vector<MapPolygon> polygons;
};
struct ProjectedBasemap {
    std::vector<MapPolygon> land;
    std::vector<ProjectedCountry> countries;  // in the basemap's order, also those with no piece left
    std::vector<MapLine> borders;
};
ProjectedBasemap projectBasemap(const Basemap& basemap, const Projection& projection);

// A ring's outline as lines, cut where the ring leaves the map and not closed along the map's edge:
// for stroking coastlines and country outlines without drawing the cut.
std::vector<MapLine> projectClippedRing(const GeoRing& ring, const Projection& projection);

}  // namespace pm
