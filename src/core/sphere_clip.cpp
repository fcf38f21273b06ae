#include "core/sphere_clip.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>

#include "core/sphere_math.hpp"
#include "core/vec2.hpp"

// The clipper follows the classic design of spherical clipping (as in d3-geo's clip/rejoin): every
// ring is cut into fragments where it crosses the region's boundary; each crossing gets a position
// ("param") along the boundary, which is parametrised anticlockwise around the region; a fragment
// that leaves the region is continued along the boundary clockwise (keeping the polygon's interior on
// the right) to the next fragment that enters, until the ring closes. Rings that never cross the
// boundary are kept or dropped whole, and decide on their own whether the boundary lies inside the
// polygon. Edges are great-circle arcs; all intersections are computed with vectors on the unit sphere.

namespace pm {

namespace {

constexpr double kOnCutDeg = 1e-9;           // a vertex this close to the cut meridian lies on it
constexpr double kPoleDeg = 1e-9;            // a vertex this close to a pole lies on it
constexpr double kPoleSplitDeg = 1e-7;       // pole vertices are replaced by points this far from the pole
constexpr double kMinChartArea = 1e-12;      // rings with a smaller chart area are slivers: dropped
constexpr double kSmallChartArea = 1e-6;     // below this, a ring's orientation is checked on the sphere
constexpr double kMinSphericalArea = 1e-12;  // steradians, about 40 m^2 on the Earth

struct Vertex {
    GeoPoint geo;
    Vec3 v;
    double lam = 0.0;  // Antimeridian: longitude relative to the centre, +-180 on the cut
    int side = 1;      // Antimeridian: +1 east of the centre meridian, -1 west
    bool on_cut = false;
    bool inside = true;
};

struct Crossing {
    double t = 0.0;  // position along the edge, for ordering
    GeoPoint point;
    double param = 0.0;
    bool entering = false;
};

using Crossings = std::vector<Crossing>;

double positiveModulo(double value, double period) {
    double m = std::fmod(value, period);
    if (m < 0) m += period;
    return m;
}

// Roots of  dot(p(theta), axis) = target  for p on the arc from a (tangent `toward`, length omega),
// made consistent with the classification of the end points (above = on the side where the dot
// product exceeds the target): a point cannot change sides without a root, nor keep it with one.
int arcRoots(const Vertex& a, const Vertex& b, Vec3 toward, double omega, Vec3 axis, double target, bool a_above,
             bool b_above, std::array<double, 2>& roots) {
    int count = 0;
    const double A = dot(a.v, axis), B = dot(toward, axis);
    const double R = std::hypot(A, B);
    if (omega > 1e-15 && R > std::abs(target)) {
        const double phase = std::atan2(B, A), half = std::acos(std::clamp(target / R, -1.0, 1.0));
        for (double theta : {phase - half, phase + half}) {
            theta = std::remainder(theta, 2 * std::numbers::pi);
            if (theta < 0 && theta > -1e-12) theta = 0;
            if (theta >= 0 && theta <= omega) roots[static_cast<size_t>(count++)] = theta;
        }
        if (count == 2 && roots[0] > roots[1]) std::swap(roots[0], roots[1]);
    }
    const bool expected = a_above != b_above;
    if ((count % 2 == 1) != expected) {
        if (count > 0) {
            // Drop the root nearest an end point: it is the one rounding put on the wrong side.
            const size_t drop =
                std::min(roots[0], omega - roots[0]) <= std::min(roots[count - 1], omega - roots[count - 1])
                    ? 0
                    : static_cast<size_t>(count - 1);
            if (drop == 0 && count == 2) roots[0] = roots[1];
            --count;
        } else {
            const double fa = std::abs(dot(a.v, axis) - target), fb = std::abs(dot(b.v, axis) - target);
            roots[0] = fa <= fb ? 0.0 : omega;
            count = 1;
        }
    }
    return count;
}

class Boundary {
public:
    virtual ~Boundary() = default;
    // Classifies the points of a ring (closed) or line.
    virtual std::vector<Vertex> classify(const std::vector<GeoPoint>& points, bool closed) const = 0;
    // Appends the crossings of the edge a -> b with the boundary, in order along the edge.
    virtual void crossings(const Vertex& a, const Vertex& b, Crossings& out) const = 0;
    virtual GeoPoint output(const Vertex& v) const = 0;
    virtual double period() const = 0;
    virtual GeoPoint pointAt(double param) const = 0;
    // Appends the boundary points strictly between params `from` and `to` <= from, walking clockwise.
    virtual void walk(double from, double to, std::vector<GeoPoint>& out) const = 0;
    // An orientation-preserving planar chart of the region (x east, y north at the centre).
    virtual Vec2 chart(GeoPoint p) const = 0;
    // For a ring that never crosses the boundary: does the region's boundary lie on its right?
    // Also gives the ring's signed area in a chart where it is faithful.
    virtual bool enclosesBoundary(const std::vector<Vertex>& ring, double& chart_area) const = 0;
    virtual bool splitsPoles() const { return false; }
};

double chartArea(const std::vector<Vec2>& ring) {
    double twice = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) twice += cross(ring[i], ring[(i + 1) % n]);
    return twice / 2;
}

bool chartContains(const std::vector<Vec2>& ring, Vec2 p) {
    bool inside = false;
    for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
        const Vec2 a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

// ---------------------------------------------------------------------------------------------------
// Antimeridian cut, optionally with a latitude band: the rectangle [-180, 180] x [-L, L] in the chart
// (longitude relative to the centre, latitude). Params run anticlockwise: east edge 0..1 (south to
// north), north edge 1..2 (east to west), west edge 2..3, south edge 3..4.
class RectBoundary final : public Boundary {
public:
    RectBoundary(double centre_lon, double max_abs_lat)
        : m_lon0(wrapDegrees(centre_lon)), m_lat(std::clamp(max_abs_lat, 1e-6, 90.0)), m_band(max_abs_lat < 90.0) {
        const double cut = (m_lon0 + 180.0) * kDegToRad;
        m_cut_dir = {std::cos(cut), std::sin(cut), 0};
        m_cut_normal = {-std::sin(cut), std::cos(cut), 0};
        m_sin_lat = std::sin(m_lat * kDegToRad);
    }

    bool splitsPoles() const override { return true; }

    std::vector<Vertex> classify(const std::vector<GeoPoint>& points, bool closed) const override {
        const size_t n = points.size();
        std::vector<Vertex> out(n);
        size_t first_off_cut = n;
        for (size_t i = 0; i < n; ++i) {
            Vertex& v = out[i];
            v.geo = points[i];
            if (m_band) v.v = toVec3(points[i]);  // without a band, only edges crossing the cut need vectors
            v.lam = wrapDegrees(points[i].lon - m_lon0);
            v.on_cut = std::abs(v.lam) >= 180.0 - kOnCutDeg || std::abs(points[i].lat) >= 90.0 - kPoleDeg;
            v.inside = !m_band || (points[i].lat > -m_lat && points[i].lat < m_lat);
            if (!v.on_cut && first_off_cut == n) first_off_cut = i;
        }
        if (first_off_cut == n) return out;  // all on the cut: degenerate, every side +1
        // A vertex on the cut belongs to the side the path came from (the data writes such vertices
        // as +180 or -180 arbitrarily); leading vertices of a line take the side they go to.
        int side = out[first_off_cut].lam > 0 ? 1 : -1;
        const size_t start = closed ? first_off_cut : 0;
        for (size_t k = 0; k < n; ++k) {
            Vertex& v = out[(start + k) % n];
            if (!v.on_cut) side = v.lam > 0 ? 1 : (v.lam < 0 ? -1 : side);
            v.side = side;
            if (v.on_cut && std::abs(v.geo.lat) < 90.0 - kPoleDeg) v.lam = side * 180.0;
        }
        return out;
    }

    void crossings(const Vertex& a, const Vertex& b, Crossings& out) const override {
        struct Event {
            double t;
            int kind;  // 0 cut, +1 north parallel, -1 south parallel
            Vec3 p;
            double lat;
        };
        const bool crosses_cut = a.side != b.side && std::abs(a.lam - b.lam) > 180.0;
        // Along an arc, z changes by at most the arc's length (which is below chord * pi / 2): most
        // edges cannot reach a limiting parallel.
        bool may_cross_band = false;
        if (m_band) {
            const double reach = norm(a.v - b.v) * (std::numbers::pi / 2) + 1e-12;
            may_cross_band = a.inside != b.inside || m_sin_lat - std::max(a.v.z, b.v.z) <= reach ||
                             m_sin_lat + std::min(a.v.z, b.v.z) <= reach;
        }
        if (!crosses_cut && !may_cross_band) return;

        const Vec3 av = m_band ? a.v : toVec3(a.geo), bv = m_band ? b.v : toVec3(b.geo);
        std::array<Event, 5> events{};
        size_t count = 0;
        const double omega = angleBetween(av, bv);
        const Vec3 toward = arcTangent(av, bv);

        if (crosses_cut) {
            if (a.on_cut || omega < 1e-15) {
                events[count++] = {0.0, 0, av, a.geo.lat};
            } else {
                // The great circle through a and b meets the cut meridian's plane along k.
                Vec3 k = cross(cross(av, bv), m_cut_normal);
                const double k_norm = norm(k);
                if (k_norm < 1e-300) {
                    events[count++] = {0.5, 0, av, (a.geo.lat + b.geo.lat) / 2};
                } else {
                    k = k * (1.0 / k_norm);
                    if (dot(k, m_cut_dir) < 0) k = -k;
                    const double lat = std::atan2(k.z, std::max(0.0, dot(k, m_cut_dir))) * kRadToDeg;
                    events[count++] = {std::clamp(angleBetween(av, k) / omega, 0.0, 1.0), 0, k, lat};
                }
            }
        }
        if (may_cross_band) {
            for (int sign : {1, -1}) {
                std::array<double, 2> roots{};
                const bool a_beyond = sign * a.geo.lat >= m_lat, b_beyond = sign * b.geo.lat >= m_lat;
                const int n = arcRoots(a, b, toward, omega, Vec3{0, 0, static_cast<double>(sign)}, m_sin_lat, a_beyond,
                                       b_beyond, roots);
                for (int r = 0; r < n; ++r) {
                    const double theta = roots[static_cast<size_t>(r)];
                    const Vec3 p = omega > 1e-15 ? alongArc(a.v, toward, theta) : a.v;
                    events[count++] = {omega > 1e-15 ? theta / omega : 0.0, sign, p, sign * m_lat};
                }
            }
        }
        // Insertion sort: at most five events (and std::sort trips GCC 12's -Warray-bounds here).
        for (size_t i = 1; i < count; ++i)
            for (size_t j = i; j > 0 && events[j].t < events[j - 1].t; --j) std::swap(events[j], events[j - 1]);

        bool inside = a.inside;
        int side = a.side;
        for (size_t i = 0; i < count; ++i) {
            const Event& e = events[i];
            if (e.kind == 0) {
                if (inside) {
                    out.push_back({e.t, cutPoint(side, e.lat), cutParam(side, e.lat), false});
                    out.push_back({e.t, cutPoint(-side, e.lat), cutParam(-side, e.lat), true});
                }
                side = -side;
            } else {
                double lam = wrapDegrees(toGeo(e.p).lon - m_lon0);
                if (std::abs(lam) > 90.0 && (lam > 0 ? 1 : -1) != side) lam = side * 180.0;
                out.push_back({e.t, parallelPoint(e.kind, lam), parallelParam(e.kind, lam), !inside});
                inside = !inside;
            }
        }
    }

    GeoPoint output(const Vertex& v) const override {
        if (v.on_cut && std::abs(v.geo.lat) < 90.0 - kPoleDeg) return cutPoint(v.side, v.geo.lat);
        return {.lat = v.geo.lat, .lon = wrapDegrees(m_lon0 + v.lam)};
    }

    double period() const override { return 4.0; }

    GeoPoint pointAt(double param) const override {
        const double s = positiveModulo(param, 4.0);
        const int edge = std::min(3, static_cast<int>(std::floor(s)));
        const double f = s - edge;
        switch (edge) {
            case 0:
                return cutPoint(1, -m_lat + 2 * m_lat * f);
            case 1:
                return parallelPoint(1, 180.0 - 360.0 * f);
            case 2:
                return cutPoint(-1, m_lat - 2 * m_lat * f);
            default:
                return parallelPoint(-1, -180.0 + 360.0 * f);
        }
    }

    void walk(double from, double to, std::vector<GeoPoint>& out) const override {
        double current = from;
        while (current > to) {
            const double corner = std::ceil(current) - 1.0;
            const double next = std::max(to, corner);
            const int edge = static_cast<int>(positiveModulo(corner, 4.0) + 0.5) % 4;
            const double span_deg = (current - next) * (edge % 2 == 0 ? 2 * m_lat : 360.0);
            const int steps = std::max(1, static_cast<int>(std::ceil(span_deg / kBoundaryStepDeg - 1e-9)));
            for (int i = 1; i <= steps; ++i) {
                if (i == steps && next == to) break;
                out.push_back(pointAt(current - (current - next) * i / steps));
            }
            current = next;
        }
    }

    Vec2 chart(GeoPoint p) const override { return {wrapDegrees(p.lon - m_lon0), p.lat}; }

    bool enclosesBoundary(const std::vector<Vertex>& ring, double& chart_area) const override {
        // Longitudes unrolled along the ring: a ring beyond a limiting parallel may circle the pole
        // (crossing the cut where it does not count); then its direction decides.
        std::vector<Vec2> points;
        points.reserve(ring.size());
        double lam = ring.front().lam, turned = 0;
        for (size_t i = 0; i < ring.size(); ++i) {
            points.push_back({lam, ring[i].geo.lat});
            const double step = wrapDegrees(ring[(i + 1) % ring.size()].lam - ring[i].lam);
            lam += step;
            turned += step;
        }
        const long winding = std::lround(turned / 360.0);
        if (winding != 0) {
            // Closed along the pole line for its (unsigned) size; eastwards the region lies south, on the right.
            const double pole = ring.front().geo.lat > 0 ? 90.0 : -90.0;
            points.push_back({lam, pole});
            points.push_back({points.front().x, pole});
            chart_area = chartArea(points);
            return (pole > 0) == (winding > 0);
        }
        chart_area = chartArea(points);
        return chart_area > 0;
    }

private:
    GeoPoint cutPoint(int side, double lat) const {
        return {.lat = lat, .lon = wrapDegrees(m_lon0 + side * (180.0 - kCutInsetDeg))};
    }
    GeoPoint parallelPoint(int sign, double lam) const {
        const double inset = std::clamp(lam, -180.0 + kCutInsetDeg, 180.0 - kCutInsetDeg);
        return {.lat = sign * m_lat, .lon = wrapDegrees(m_lon0 + inset)};
    }
    double cutParam(int side, double lat) const {
        const double f = std::clamp((lat + m_lat) / (2 * m_lat), 0.0, 1.0);
        return side > 0 ? f : 3.0 - f;
    }
    double parallelParam(int sign, double lam) const {
        const double f = std::clamp((lam + 180.0) / 360.0, 0.0, 1.0);
        return sign > 0 ? 2.0 - f : 3.0 + f;
    }

    double m_lon0;
    double m_lat;
    bool m_band;
    double m_sin_lat;
    Vec3 m_cut_dir;
    Vec3 m_cut_normal;
};

// ---------------------------------------------------------------------------------------------------
// A spherical cap. Params are degrees anticlockwise (seen from outside) around the centre: 360 minus
// the azimuth of the boundary point.
class CircleBoundary final : public Boundary {
public:
    CircleBoundary(GeoPoint centre, double radius_deg)
        : m_radius(std::clamp(radius_deg, 1e-6, 180.0 - 1e-6) * kDegToRad),
          m_cos_r(std::cos(m_radius)),
          m_sin_r(std::sin(m_radius)),
          m_centre(toVec3(centre)) {
        // East is defined from the centre's longitude even at a pole, so the frame is never degenerate.
        const double lon = centre.lon * kDegToRad;
        m_east = {-std::sin(lon), std::cos(lon), 0};
        m_north = cross(m_centre, m_east);
    }

    std::vector<Vertex> classify(const std::vector<GeoPoint>& points, bool) const override {
        std::vector<Vertex> out(points.size());
        for (size_t i = 0; i < points.size(); ++i) {
            out[i].geo = points[i];
            out[i].v = toVec3(points[i]);
            out[i].inside = dot(out[i].v, m_centre) > m_cos_r;
        }
        return out;
    }

    void crossings(const Vertex& a, const Vertex& b, Crossings& out) const override {
        if (a.inside == b.inside) {
            // dot(p, centre) changes by at most the arc's length (below chord * pi / 2) along the arc.
            const double reach = norm(a.v - b.v) * (std::numbers::pi / 2) + 1e-12;
            if (std::abs(dot(a.v, m_centre) - m_cos_r) > reach || std::abs(dot(b.v, m_centre) - m_cos_r) > reach)
                return;
        }
        const double omega = angleBetween(a.v, b.v);
        const Vec3 toward = arcTangent(a.v, b.v);
        std::array<double, 2> roots{};
        const int n = arcRoots(a, b, toward, omega, m_centre, m_cos_r, a.inside, b.inside, roots);
        bool inside = a.inside;
        for (int r = 0; r < n; ++r) {
            const double theta = roots[static_cast<size_t>(r)];
            const Vec3 p = omega > 1e-15 ? alongArc(a.v, toward, theta) : a.v;
            const double param = paramOf(p);
            out.push_back({omega > 1e-15 ? theta / omega : 0.0, pointAt(param), param, !inside});
            inside = !inside;
        }
    }

    GeoPoint output(const Vertex& v) const override { return {.lat = v.geo.lat, .lon = wrapDegrees(v.geo.lon)}; }

    double period() const override { return 360.0; }

    GeoPoint pointAt(double param) const override {
        const double azimuth = -param * kDegToRad;
        const Vec3 direction = m_north * std::cos(azimuth) + m_east * std::sin(azimuth);
        return toGeo(m_centre * m_cos_r + direction * m_sin_r);
    }

    void walk(double from, double to, std::vector<GeoPoint>& out) const override {
        if (!(from > to)) return;
        const int steps = std::max(1, static_cast<int>(std::ceil((from - to) / kBoundaryStepDeg - 1e-9)));
        for (int i = 1; i < steps; ++i) out.push_back(pointAt(from - (from - to) * i / steps));
    }

    Vec2 chart(GeoPoint p) const override { return chartAround(toVec3(p), m_centre, m_north, m_east); }

    bool enclosesBoundary(const std::vector<Vertex>& ring, double& chart_area) const override {
        // Rings inside the cap are charted around the centre, rings outside around its antipode (where
        // (north, -east) keeps the chart's orientation). Either way the boundary circle surrounds the
        // ring in the chart, so it lies on the ring's right exactly when the ring runs anticlockwise.
        const bool inside = ring.front().inside;
        std::vector<Vec2> points;
        points.reserve(ring.size());
        for (const Vertex& v : ring)
            points.push_back(inside ? chartAround(v.v, m_centre, m_north, m_east)
                                    : chartAround(v.v, -m_centre, m_north, -m_east));
        chart_area = chartArea(points);
        return chart_area > 0;
    }

private:
    double paramOf(Vec3 p) const {
        const double azimuth = std::atan2(dot(p, m_east), dot(p, m_north)) * kRadToDeg;
        return positiveModulo(-azimuth, 360.0);
    }

    // Stereographic coordinates around `centre` (projected from its antipode). Being conformal, the
    // chart keeps small rings' shapes even close to the singular point, where an azimuthal
    // equidistant chart would smear an island into a crescent whose chords cross.
    static Vec2 chartAround(Vec3 p, Vec3 centre, Vec3 north, Vec3 east) {
        const double k = 2.0 / std::max(1.0 + dot(p, centre), 1e-15);
        return {k * dot(p, east), k * dot(p, north)};
    }

    double m_radius;
    double m_cos_r;
    double m_sin_r;
    Vec3 m_centre;
    Vec3 m_east;
    Vec3 m_north;
};

std::unique_ptr<Boundary> makeBoundary(const ClipRegion& region) {
    if (region.kind == ClipRegion::Kind::Circle)
        return std::make_unique<CircleBoundary>(region.centre, region.radius_deg);
    return std::make_unique<RectBoundary>(region.centre_lon, region.max_abs_lat);
}

bool samePoint(GeoPoint a, GeoPoint b) {
    return a.lat == b.lat && (a.lon == b.lon || std::abs(a.lon - b.lon) == 360.0);
}

void pushDistinct(std::vector<GeoPoint>& out, GeoPoint p) {
    if (out.empty() || !samePoint(out.back(), p)) out.push_back(p);
}

// Removes repeated points (and a repeated closing point). For the antimeridian, a vertex at a pole is
// replaced by points just off the pole on its neighbours' meridians: the pole is a line on the map,
// and the path runs along it from the meridian it arrives on to the one it leaves on.
std::vector<GeoPoint> preparePath(const std::vector<GeoPoint>& input, bool closed, bool split_poles) {
    std::vector<GeoPoint> points;
    points.reserve(input.size());
    for (const GeoPoint& p : input)
        if (std::isfinite(p.lat) && std::isfinite(p.lon)) pushDistinct(points, p);
    while (closed && points.size() > 1 && samePoint(points.front(), points.back())) points.pop_back();
    if (!split_poles) return points;
    const size_t n = points.size();
    std::vector<GeoPoint> out;
    out.reserve(n + 2);
    for (size_t i = 0; i < n; ++i) {
        const GeoPoint p = points[i];
        if (std::abs(p.lat) < 90.0 - kPoleDeg || n < 2) {
            pushDistinct(out, p);
            continue;
        }
        const double lat = (p.lat > 0 ? 1 : -1) * (90.0 - kPoleSplitDeg);
        const bool has_prev = closed || i > 0, has_next = closed || i + 1 < n;
        if (has_prev) pushDistinct(out, {.lat = lat, .lon = points[(i + n - 1) % n].lon});
        if (has_next) pushDistinct(out, {.lat = lat, .lon = points[(i + 1) % n].lon});
    }
    while (closed && out.size() > 1 && samePoint(out.front(), out.back())) out.pop_back();
    return out;
}

double signedRingArea(const GeoRing& ring);

// The area of a ring's right-hand side in [0, 4 pi).
double rightSideArea(const GeoRing& ring) {
    const double full = 4 * std::numbers::pi;
    const double area = std::fmod(signedRingArea(ring), full);
    return area < 0 ? area + full : area;
}

struct Fragment {
    std::vector<GeoPoint> points;  // from the entry point to the exit point
    double entry = 0.0;
    double exit = 0.0;
    bool used = false;
};

struct PolygonPieces {
    std::vector<Fragment> fragments;
    std::vector<GeoRing> inside_rings;
    std::vector<double> inside_chart_areas;
    bool any_uncrossed = false;
    bool all_uncrossed_enclose = true;
};

void clipRing(const GeoRing& input, const Boundary& boundary, PolygonPieces& pieces) {
    const std::vector<GeoPoint> points = preparePath(input, true, boundary.splitsPoles());
    if (points.size() < 3) return;
    const std::vector<Vertex> vertices = boundary.classify(points, true);
    const size_t n = vertices.size();

    Crossings crossings;
    std::vector<GeoPoint> current, head;
    double current_entry = 0.0, head_exit = 0.0;
    bool has_entry = false, crossed = false, has_head = false;
    bool inside = vertices[0].inside;
    if (inside) current.push_back(boundary.output(vertices[0]));
    for (size_t i = 0; i < n; ++i) {
        crossings.clear();
        boundary.crossings(vertices[i], vertices[(i + 1) % n], crossings);
        for (const Crossing& c : crossings) {
            crossed = true;
            if (c.entering) {
                current.clear();
                current.push_back(c.point);
                current_entry = c.param;
                has_entry = true;
                inside = true;
            } else {
                pushDistinct(current, c.point);
                if (has_entry) {
                    pieces.fragments.push_back({std::move(current), current_entry, c.param});
                } else {
                    head = std::move(current);
                    head_exit = c.param;
                    has_head = true;
                }
                current.clear();
                has_entry = false;
                inside = false;
            }
        }
        // The first vertex closes the ring; if the ring started inside it begins `head` already.
        if (inside && i + 1 < n) pushDistinct(current, boundary.output(vertices[i + 1]));
    }
    if (!crossed) {
        double chart_area = 0;
        bool encloses = boundary.enclosesBoundary(vertices, chart_area);
        if (std::abs(chart_area) < kSmallChartArea) {
            // Too small for the chart's orientation to be trusted: ask the sphere. A sliver (points on
            // one line) bounds nothing, not "everything but a line".
            const double area = rightSideArea(points);
            if (std::min(area, 4 * std::numbers::pi - area) < kMinSphericalArea) return;
            encloses = area > 2 * std::numbers::pi;
        }
        pieces.any_uncrossed = true;
        if (!encloses) pieces.all_uncrossed_enclose = false;
        if (inside) {
            pieces.inside_rings.push_back(std::move(current));
            pieces.inside_chart_areas.push_back(chart_area);
        }
        return;
    }
    if (has_head && inside && has_entry) {
        for (const GeoPoint& p : head) pushDistinct(current, p);
        pieces.fragments.push_back({std::move(current), current_entry, head_exit});
    }
}

// Links fragments into closed rings along the boundary (see the comment at the top).
std::vector<GeoRing> rejoin(std::vector<Fragment>& fragments, const Boundary& boundary) {
    const double period = boundary.period();
    const double tolerance = 1e-9 * period;  // crossings computed twice for one point may differ by rounding
    std::vector<GeoRing> rings;
    for (size_t start = 0; start < fragments.size(); ++start) {
        if (fragments[start].used) continue;
        GeoRing ring;
        size_t current = start;
        for (size_t guard = 0; guard <= fragments.size(); ++guard) {
            Fragment& fragment = fragments[current];
            fragment.used = true;
            for (const GeoPoint& p : fragment.points) pushDistinct(ring, p);
            size_t best = start;
            double best_key = -std::numeric_limits<double>::infinity();
            for (size_t k = 0; k < fragments.size(); ++k) {
                if (fragments[k].used && k != start) continue;
                const double entry = fragments[k].entry;
                const double key = entry <= fragment.exit + tolerance ? std::min(entry, fragment.exit) : entry - period;
                if (key > best_key) {
                    best_key = key;
                    best = k;
                }
            }
            boundary.walk(fragment.exit, best_key, ring);
            if (best == start) break;
            current = best;
        }
        while (ring.size() > 1 && samePoint(ring.front(), ring.back())) ring.pop_back();
        if (ring.size() >= 3) rings.push_back(std::move(ring));
    }
    return rings;
}

GeoRing fullBoundary(const Boundary& boundary) {
    GeoRing ring{boundary.pointAt(boundary.period())};
    boundary.walk(boundary.period(), 0.0, ring);
    return ring;
}

// Sorts clipped rings into exteriors (clockwise in the chart) and holes, each hole under the smallest
// exterior that encloses it.
std::vector<GeoPolygon> assemble(std::vector<GeoRing> rings, const Boundary& boundary) {
    struct Charted {
        GeoRing ring;
        std::vector<Vec2> chart;
        double area;
    };
    std::vector<Charted> exteriors, holes;
    for (GeoRing& ring : rings) {
        std::vector<Vec2> chart;
        chart.reserve(ring.size());
        for (const GeoPoint& p : ring) chart.push_back(boundary.chart(p));
        const double area = chartArea(chart);
        if (std::abs(area) < kMinChartArea) continue;
        (area < 0 ? exteriors : holes).push_back({std::move(ring), std::move(chart), area});
    }
    std::vector<GeoPolygon> polygons(exteriors.size());
    for (size_t i = 0; i < exteriors.size(); ++i) polygons[i].exterior = std::move(exteriors[i].ring);
    for (Charted& hole : holes) {
        size_t owner = exteriors.size();
        for (size_t i = 0; i < exteriors.size(); ++i) {
            if ((owner == exteriors.size() || exteriors[i].area > exteriors[owner].area) &&
                chartContains(exteriors[i].chart, hole.chart.front()))
                owner = i;
        }
        // A hole outside every exterior can only come from inconsistent input rings: dropped.
        if (owner < exteriors.size()) polygons[owner].holes.push_back(std::move(hole.ring));
    }
    return polygons;
}

GeoLine densifyPath(const std::vector<GeoPoint>& points, double max_step_deg, bool closed) {
    GeoLine out;
    if (points.empty()) return out;
    const double max_step = std::max(max_step_deg, 1e-6) * kDegToRad;
    out.reserve(points.size());
    const size_t edges = closed ? points.size() : points.size() - 1;
    for (size_t i = 0; i < points.size(); ++i) {
        out.push_back(points[i]);
        if (i >= edges) continue;
        const Vec3 a = toVec3(points[i]), b = toVec3(points[(i + 1) % points.size()]);
        const double omega = angleBetween(a, b);
        if (omega <= max_step || omega >= std::numbers::pi - 1e-12) continue;
        const Vec3 toward = arcTangent(a, b);
        const int steps = static_cast<int>(std::ceil(omega / max_step));
        for (int k = 1; k < steps; ++k) out.push_back(toGeo(alongArc(a, toward, omega * k / steps)));
    }
    return out;
}

// Signed area of a ring's right-hand side, modulo 4 pi: the sum over its edges of the spherical
// triangles they form with the South Pole (side lengths measured from the pole, so that points on
// the pole lines and rings along great circles need no special case).
double signedRingArea(const GeoRing& ring) {
    const size_t n = ring.size();
    if (n < 3) return 0.0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const GeoPoint a = ring[i], b = ring[(i + 1) % n];
        const double ha = a.lat * kDegToRad / 2 + std::numbers::pi / 4,
                     hb = b.lat * kDegToRad / 2 + std::numbers::pi / 4;
        const double d_lon = wrapDegrees(b.lon - a.lon) * kDegToRad;
        const double k = std::sin(ha) * std::sin(hb);
        sum += 2.0 * std::atan2(k * std::sin(d_lon), std::cos(ha) * std::cos(hb) + k * std::cos(d_lon));
    }
    return sum;
}

}  // namespace

ClipRegion ClipRegion::antimeridian(double centre_lon, double max_abs_lat) {
    ClipRegion region;
    region.kind = Kind::Antimeridian;
    region.centre_lon = centre_lon;
    region.max_abs_lat = max_abs_lat;
    return region;
}

ClipRegion ClipRegion::circle(GeoPoint centre, double radius_deg) {
    ClipRegion region;
    region.kind = Kind::Circle;
    region.centre = centre;
    region.radius_deg = radius_deg;
    return region;
}

std::vector<GeoLine> clipLine(const GeoLine& line, const ClipRegion& region) {
    const auto boundary = makeBoundary(region);
    const std::vector<GeoPoint> points = preparePath(line, false, boundary->splitsPoles());
    std::vector<GeoLine> pieces;
    if (points.size() < 2) return pieces;
    const std::vector<Vertex> vertices = boundary->classify(points, false);
    GeoLine current;
    bool inside = vertices[0].inside;
    if (inside) current.push_back(boundary->output(vertices[0]));
    const auto finish = [&] {
        if (current.size() >= 2) pieces.push_back(std::move(current));
        current.clear();
    };
    Crossings crossings;
    for (size_t i = 0; i + 1 < vertices.size(); ++i) {
        crossings.clear();
        boundary->crossings(vertices[i], vertices[i + 1], crossings);
        for (const Crossing& c : crossings) {
            if (c.entering) {
                current.clear();
                current.push_back(c.point);
            } else {
                pushDistinct(current, c.point);
                finish();
            }
            inside = c.entering;
        }
        if (inside) pushDistinct(current, boundary->output(vertices[i + 1]));
    }
    finish();
    return pieces;
}

std::vector<GeoPolygon> clipPolygon(const GeoPolygon& polygon, const ClipRegion& region) {
    const auto boundary = makeBoundary(region);
    PolygonPieces pieces;
    clipRing(polygon.exterior, *boundary, pieces);
    for (const GeoRing& hole : polygon.holes) clipRing(hole, *boundary, pieces);

    const bool boundary_inside = pieces.fragments.empty() && pieces.any_uncrossed && pieces.all_uncrossed_enclose;
    // Most polygons are a single ring wholly inside (or outside) the region: no sorting needed. (A
    // clockwise ring that does not enclose the boundary is an exterior in any chart.)
    if (pieces.fragments.empty() && !boundary_inside && polygon.holes.empty()) {
        if (pieces.inside_rings.size() != 1 || std::abs(pieces.inside_chart_areas[0]) < kMinChartArea) return {};
        std::vector<GeoPolygon> whole(1);
        whole[0].exterior = std::move(pieces.inside_rings[0]);
        return whole;
    }
    std::vector<GeoRing> rings = rejoin(pieces.fragments, *boundary);
    if (boundary_inside) rings.push_back(fullBoundary(*boundary));
    for (GeoRing& ring : pieces.inside_rings) rings.push_back(std::move(ring));
    return assemble(std::move(rings), *boundary);
}

GeoRing clipBoundaryRing(const ClipRegion& region) {
    return fullBoundary(*makeBoundary(region));
}

GeoLine densifyLine(const GeoLine& line, double max_step_deg) {
    return densifyPath(line, max_step_deg, false);
}
GeoRing densifyRing(const GeoRing& ring, double max_step_deg) {
    return densifyPath(ring, max_step_deg, true);
}

double sphericalArea(const GeoPolygon& polygon) {
    double sum = signedRingArea(polygon.exterior);
    for (const GeoRing& hole : polygon.holes) sum += signedRingArea(hole);
    const double full = 4.0 * std::numbers::pi;
    double area = std::fmod(sum, full);
    if (area < 0) area += full;
    // A ring tracing a region's boundary at rounding distance from 0 or 4 pi is ambiguous; tiny
    // polygons are far more common than nearly-whole spheres.
    if (area > full - 1e-9) area -= full;
    return std::max(area, 0.0);
}

}  // namespace pm
