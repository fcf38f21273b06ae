#pragma once

#include "core/geo_point.hpp"
#include "core/map_transform.hpp"
#include "core/projection_catalog.hpp"

namespace pm {

class Projection;

// Where a view looks, independent of the output size: the geographic point at the centre of the
// map area and the zoom relative to "the whole map fits". For azimuthal projections (the globe) the
// projection itself is centred on the focus, so moving the camera turns the globe; world
// projections keep their centre and the map pans.
struct Camera {
    GeoPoint focus;
    double zoom = 1.0;

    friend bool operator==(const Camera&, const Camera&) = default;
};

// The area of the output the map may use: the whole output below the heading.
struct MapFrame {
    double width = 1920;
    double height = 1080;
    double top = 0;     // the heading's height
    double margin = 0;  // free around the fitted map

    double centreX() const { return width / 2; }
    double centreY() const { return top + (height - top) / 2; }
};

// The frame of a width x height output whose heading takes `heading` pixels at the top, with the
// margin every output leaves around the fitted map (2 % of the shorter side).
MapFrame mapFrameBelowHeading(double width, double height, double heading);

// The transform that shows all of `bounds` centred in the part of `frame` below its top.
MapTransform fitInFrame(const Box2& bounds, const MapFrame& frame);

// Ease-in-out over t in [0, 1] (cubic), for camera flights and view animations.
double easeInOut(double t);

// The centre of a globe (an azimuthal projection) after the hand dragged it by (dx, dy) pixels:
// the globe turns under the hand, by the angle the drag covers on a globe of `radius_px`.
GeoPoint turnGlobe(GeoPoint centre, double dx_px, double dy_px, double radius_px);

// The projection a camera needs: `base` re-centred on the focus when it is azimuthal.
ProjectionSpec cameraProjection(const ProjectionSpec& base, ProjectionKind kind, const Camera& camera);

// The transform that shows `camera` in `frame`, for a projection built from cameraProjection().
MapTransform cameraTransform(const Camera& camera, const Projection& projection, const MapFrame& frame);

// The camera that shows the whole map of `projection` (zoom 1).
Camera overviewCamera(const Projection& projection, ProjectionKind kind);

inline constexpr double kMaxLinkZoom = 12.0;

// The camera that frames the geodesic from `from` to `to` (both ends and the arc between) in
// `frame`, with room around it; zoom between 1 and `max_zoom`. `covered_right` is the share of the
// frame's width that something on top takes at its right edge (a tour's caption card): the arc is
// framed in the part left of it.
Camera cameraForLink(GeoPoint from, GeoPoint to, const ProjectionSpec& base, ProjectionKind kind, const MapFrame& frame,
                     double max_zoom = kMaxLinkZoom, double covered_right = 0.0);

// A flight from `a` to `b` at t in [0, 1]: the focus moves along the great circle with ease-in-out,
// the zoom eases in log space and dips in the middle of long flights so that the viewer keeps
// the overview.
Camera interpolateCamera(const Camera& a, const Camera& b, double t);

}  // namespace pm
