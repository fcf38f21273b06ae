#include "core/projection.hpp"

#include <proj.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <sstream>

#include "core/problem.hpp"
#include "core/sphere_math.hpp"

namespace pm {

namespace {

// The globe is cut just inside its horizon so that PROJ accepts every point on the cut.
constexpr double kGlobeRadiusDeg = 90.0 - 1e-6;
// Azimuthal projections are singular at the antipode: cut a small cap around it. On the WGS84
// ellipsoid the azimuthal equidistant projection is discontinuous along the geodesics' cut locus, a
// stretch of the antipode's parallel up to 180 * f = 0.60 degrees either side of it: its cap is larger.
constexpr double kAzimuthalRadiusDeg = 179.5;
constexpr double kEquidistantRadiusDeg = 179.0;
constexpr double kMercatorMaxLat = 85.0;
// Adaptive resampling: edges shorter than this fraction of the map width are not examined...
constexpr double kResampleMinEdge = 1e-3;
// ... and a projected midpoint may lie this fraction of the map width off the straight segment.
constexpr double kResampleTolerance = 1e-4;
constexpr int kResampleMaxDepth = 10;

struct ContextDeleter {
    void operator()(PJ_CONTEXT* context) const { proj_context_destroy(context); }
};
struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// The +key=value parameters of a PROJ string, for the parts the clipper must know.
std::optional<std::string> projParameter(const std::string& text, const std::string& key) {
    std::istringstream words(text);
    std::string word;
    const std::string prefix = "+" + key + "=";
    while (words >> word)
        if (word.rfind(prefix, 0) == 0) return word.substr(prefix.size());
    return std::nullopt;
}

double projAngle(const std::string& text, const std::string& key) {
    const auto value = projParameter(text, key);
    if (!value) return 0.0;
    char* end = nullptr;
    const double number = std::strtod(value->c_str(), &end);
    return std::isfinite(number) ? number : 0.0;
}

struct ClipChoice {
    ProjectionKind kind;
    ClipRegion clip;
};

ClipChoice clipFor(const ProjectionSpec& spec, const std::string& proj_string) {
    const std::string_view id = spec.id;
    if (id == "orthographic") return {ProjectionKind::Azimuthal, ClipRegion::circle(spec.centre, kGlobeRadiusDeg)};
    if (id == "azimuthal-equidistant")
        return {ProjectionKind::Azimuthal, ClipRegion::circle(spec.centre, kEquidistantRadiusDeg)};
    if (id == "lambert-azimuthal")
        return {ProjectionKind::Azimuthal, ClipRegion::circle(spec.centre, kAzimuthalRadiusDeg)};
    if (id == "mercator") return {ProjectionKind::World, ClipRegion::antimeridian(spec.centre.lon, kMercatorMaxLat)};
    if (id != kCustomProjectionId) return {ProjectionKind::World, ClipRegion::antimeridian(spec.centre.lon)};

    // A custom string: the few azimuthal projections get the cut they need, everything else is
    // treated as a world projection centred on its +lon_0.
    const std::string name = projParameter(proj_string, "proj").value_or("");
    const GeoPoint centre{.lat = projAngle(proj_string, "lat_0"), .lon = projAngle(proj_string, "lon_0")};
    if (name == "ortho") return {ProjectionKind::Azimuthal, ClipRegion::circle(centre, kGlobeRadiusDeg)};
    if (name == "aeqd") return {ProjectionKind::Azimuthal, ClipRegion::circle(centre, kEquidistantRadiusDeg)};
    if (name == "laea") return {ProjectionKind::Azimuthal, ClipRegion::circle(centre, kAzimuthalRadiusDeg)};
    if (name == "stere") return {ProjectionKind::Azimuthal, ClipRegion::circle(centre, 150.0)};
    if (name == "gnom") return {ProjectionKind::Azimuthal, ClipRegion::circle(centre, 70.0)};
    if (name == "merc" || name == "webmerc")
        return {ProjectionKind::World, ClipRegion::antimeridian(centre.lon, kMercatorMaxLat)};
    return {ProjectionKind::World, ClipRegion::antimeridian(centre.lon)};
}

Problem customProblem(const std::string& message) {
    return Problem{"custom projection", 0, message};
}

}  // namespace

struct Projection::Handles {
    std::unique_ptr<PJ_CONTEXT, ContextDeleter> context;
    std::unique_ptr<PJ, PjDeleter> pj;  // declared after the context: destroyed before it
    std::string last_log;               // PROJ's last error message, while the projection is built
};

namespace {

void keepLastMessage(void* data, int, const char* message) {
    if (data && message) *static_cast<std::string*>(data) = message;
}

// PROJ logs "proj_create: Error 1027 (Invalid value for an argument): laea: Invalid value for lat_0: ...";
// the part after the error number and its generic text says what is wrong.
std::string projDetail(const std::string& log, PJ_CONTEXT* context) {
    const size_t generic_end = log.find("): ");
    if (log.rfind("proj_create: Error", 0) == 0 && generic_end != std::string::npos) return log.substr(generic_end + 3);
    if (!log.empty()) return log;
    const char* text = proj_context_errno_string(context, proj_context_errno(context));
    return text ? text : "unknown error";
}

}  // namespace

Projection::Projection(const ProjectionSpec& spec) : m_spec(spec), m_proj_string(pm::projString(spec)) {
    if (spec.id == kCustomProjectionId) {
        if (m_proj_string.find_first_not_of(" \t") == std::string::npos)
            throw DataError(customProblem("the PROJ string is empty; write e.g. '+proj=wag7 +lon_0=10'"));
        for (const char* word : {"+proj=pipeline", "+step", "+init=", "+type=crs"})
            if (m_proj_string.find(word) != std::string::npos)
                throw DataError(customProblem("'" + std::string(word) +
                                              "' is not supported; write a single projection like "
                                              "'+proj=wag7 +lon_0=10'"));
    }
    const ClipChoice choice = clipFor(spec, m_proj_string);
    m_kind = choice.kind;
    m_clip = choice.clip;

    m_handles = std::make_unique<Handles>();
    m_handles->context.reset(proj_context_create());
    if (!m_handles->context) throw std::runtime_error("PROJ could not create a context");
    PJ_CONTEXT* context = m_handles->context.get();
    proj_context_set_enable_network(context, 0);
    // Errors are reported through DataError, never printed: keep PROJ's message while building.
    proj_log_func(context, &m_handles->last_log, keepLastMessage);
    proj_log_level(context, PJ_LOG_ERROR);
    const auto reject = [&] {
        return DataError(customProblem("PROJ rejects '" + m_proj_string +
                                       "': " + projDetail(m_handles->last_log, context) +
                                       "; check the projection name and its parameters"));
    };
    // The projection alone first: PROJ explains its errors better outside a pipeline.
    if (std::unique_ptr<PJ, PjDeleter> alone(proj_create(context, m_proj_string.c_str())); !alone) throw reject();
    // Degrees in, so callers never convert; the pipeline needs no proj.db.
    const std::string pipeline = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + m_proj_string;
    m_handles->pj.reset(proj_create(context, pipeline.c_str()));
    if (!m_handles->pj) throw reject();
    proj_log_level(context, PJ_LOG_NONE);

    // The boundary's samples give the extent; then resampling (which scales with the extent) follows
    // the outline where it bends more than the samples show (near the azimuthal antipode).
    const GeoRing boundary = clipBoundaryRing(m_clip);
    for (const Vec2& p : forward(boundary))
        if (isFinite(p)) m_bounds.add(p);
    for (const Vec2& p : projectPath(boundary, true)) {
        if (!m_outline.empty() && m_outline.back() == p) continue;  // e.g. Mollweide's pointed poles
        m_outline.push_back(p);
        m_bounds.add(p);
    }
    if (m_outline.size() < 3 || m_bounds.width() <= 0 || m_bounds.height() <= 0)
        throw DataError(customProblem("'" + m_proj_string +
                                      "' cannot project the map's outline; use a projection of the whole "
                                      "world or an azimuthal one"));
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

std::optional<Vec2> Projection::forward(GeoPoint point) const {
    Vec2 out;
    forward(std::span<const GeoPoint>(&point, 1), std::span<Vec2>(&out, 1));
    if (!isFinite(out)) return std::nullopt;
    return out;
}

void Projection::forward(std::span<const GeoPoint> points, std::span<Vec2> out) const {
    const size_t n = std::min(points.size(), out.size());
    if (n == 0) return;
    for (size_t i = 0; i < n; ++i) out[i] = {points[i].lon, points[i].lat};
    PJ* pj = m_handles->pj.get();
    proj_trans_generic(pj, PJ_FWD, &out[0].x, sizeof(Vec2), n, &out[0].y, sizeof(Vec2), n, nullptr, 0, 0, nullptr, 0,
                       0);
    proj_errno_reset(pj);
    for (size_t i = 0; i < n; ++i)
        if (!isFinite(out[i]) || std::abs(out[i].x) > 1e15 || std::abs(out[i].y) > 1e15) out[i] = {kNaN, kNaN};
}

std::vector<Vec2> Projection::forward(const std::vector<GeoPoint>& points) const {
    std::vector<Vec2> out(points.size());
    forward(std::span<const GeoPoint>(points), std::span<Vec2>(out));
    return out;
}

std::optional<GeoPoint> Projection::inverse(Vec2 point) const {
    if (!isFinite(point)) return std::nullopt;
    PJ* pj = m_handles->pj.get();
    const PJ_COORD result = proj_trans(pj, PJ_INV, proj_coord(point.x, point.y, 0, 0));
    proj_errno_reset(pj);
    const GeoPoint geo{.lat = result.v[1], .lon = result.v[0]};
    if (!std::isfinite(geo.lat) || !std::isfinite(geo.lon) || std::abs(geo.lat) > 90.0 || std::abs(geo.lon) > 1e4)
        return std::nullopt;
    // Outside the outline PROJ often answers with some point; only a point that projects back to
    // where the pointer is counts (and it must lie in the clipped region).
    const auto back = forward(geo);
    const double tolerance = 1e-6 * std::max(m_bounds.width(), m_bounds.height());
    if (!back || length(*back - point) > tolerance) return std::nullopt;
    if (m_clip.kind == ClipRegion::Kind::Circle &&
        angleBetween(toVec3(geo), toVec3(m_clip.centre)) * kRadToDeg > m_clip.radius_deg + 1e-9)
        return std::nullopt;
    if (m_clip.kind == ClipRegion::Kind::Antimeridian && std::abs(geo.lat) > m_clip.max_abs_lat) return std::nullopt;
    return GeoPoint{.lat = geo.lat, .lon = wrapDegrees(geo.lon)};
}

std::vector<Vec2> Projection::projectPath(const std::vector<GeoPoint>& path, bool closed) const {
    return resamplePath(path, forward(path), closed);
}

std::vector<Vec2> Projection::resamplePath(const std::vector<GeoPoint>& path, const std::vector<Vec2>& projected,
                                           bool closed) const {
    const size_t n = std::min(path.size(), projected.size());
    const double size = std::max(m_bounds.width(), m_bounds.height());
    const double min_edge = kResampleMinEdge * size, tolerance = kResampleTolerance * size;

    // Refinement runs level by level so that each level's midpoints go to PROJ in one batch.
    struct Span {
        size_t edge;
        double t0, t1;  // part of the edge, as fractions of its arc
        Vec3 a, b;
        Vec2 pa, pb;
    };
    struct Insert {
        size_t edge;
        double t;
        Vec2 point;
    };
    std::vector<Span> pending;
    for (size_t i = 0; i + 1 < n || (closed && i + 1 == n && n > 1); ++i) {
        const size_t j = i + 1 < n ? i + 1 : 0;
        // Most edges are far shorter than the tolerance scale: only long ones are examined.
        if (!isFinite(projected[i]) || !isFinite(projected[j]) || length(projected[j] - projected[i]) < min_edge)
            continue;
        pending.push_back({i, 0.0, 1.0, toVec3(path[i]), toVec3(path[j]), projected[i], projected[j]});
    }
    std::vector<Insert> inserts;
    std::vector<GeoPoint> mids;
    std::vector<Vec2> projected_mids;
    for (int depth = 0; depth < kResampleMaxDepth && !pending.empty(); ++depth) {
        mids.clear();
        for (const Span& span : pending) {
            const Vec3 sum = span.a + span.b;
            // Antipodal ends have no unique arc: a NaN midpoint stops the refinement there.
            mids.push_back(norm(sum) < 1e-12 ? GeoPoint{.lat = kNaN, .lon = kNaN} : toGeo(normalized(sum)));
        }
        projected_mids.resize(mids.size());
        forward(std::span<const GeoPoint>(mids), std::span<Vec2>(projected_mids));
        std::vector<Span> next;
        for (size_t k = 0; k < pending.size(); ++k) {
            const Span& span = pending[k];
            const Vec2 pm = projected_mids[k];
            if (!isFinite(pm)) continue;
            const Vec2 chord = span.pb - span.pa;
            const double chord_length = length(chord);
            const double off_line = std::abs(cross(chord, pm - span.pa)) / chord_length;
            const double along = dot(pm - span.pa, chord) / (chord_length * chord_length);
            if (off_line <= tolerance && std::abs(along - 0.5) < 0.25) continue;
            const double tm = (span.t0 + span.t1) / 2;
            inserts.push_back({span.edge, tm, pm});
            const Vec3 mid = toVec3(mids[k]);
            if (length(pm - span.pa) >= min_edge) next.push_back({span.edge, span.t0, tm, span.a, mid, span.pa, pm});
            if (length(span.pb - pm) >= min_edge) next.push_back({span.edge, tm, span.t1, mid, span.b, pm, span.pb});
        }
        pending = std::move(next);
    }
    std::sort(inserts.begin(), inserts.end(),
              [](const Insert& x, const Insert& y) { return x.edge != y.edge ? x.edge < y.edge : x.t < y.t; });

    std::vector<Vec2> out;
    out.reserve(projected.size() + inserts.size());
    size_t next_insert = 0;
    for (size_t i = 0; i < n; ++i) {
        if (isFinite(projected[i])) out.push_back(projected[i]);
        for (; next_insert < inserts.size() && inserts[next_insert].edge == i; ++next_insert)
            out.push_back(inserts[next_insert].point);
    }
    return out;
}

std::vector<MapPolygon> projectClippedPolygon(const GeoPolygon& polygon, const Projection& projection) {
    std::vector<MapPolygon> out;
    for (const GeoPolygon& piece : clipPolygon(polygon, projection.clipRegion())) {
        MapPolygon mapped;
        mapped.exterior = projection.projectPath(piece.exterior, true);
        if (mapped.exterior.size() < 3) continue;
        for (const GeoRing& hole : piece.holes) {
            MapRing ring = projection.projectPath(hole, true);
            if (ring.size() >= 3) mapped.holes.push_back(std::move(ring));
        }
        out.push_back(std::move(mapped));
    }
    return out;
}

std::vector<MapLine> projectClippedLine(const GeoLine& line, const Projection& projection) {
    std::vector<MapLine> out;
    for (const GeoLine& piece : clipLine(line, projection.clipRegion())) {
        MapLine mapped = projection.projectPath(piece, false);
        if (mapped.size() >= 2) out.push_back(std::move(mapped));
    }
    return out;
}

std::vector<MapLine> projectClippedRing(const GeoRing& ring, const Projection& projection) {
    if (ring.size() < 2) return {};
    GeoLine closed = ring;
    if (!(closed.front() == closed.back())) closed.push_back(closed.front());
    std::vector<GeoLine> pieces = clipLine(closed, projection.clipRegion());
    // Cut as an open line, the piece through the ring's first point comes in two halves: rejoin them.
    if (pieces.size() >= 2 && pieces.front().front() == pieces.back().back()) {
        GeoLine& last = pieces.back();
        last.insert(last.end(), pieces.front().begin() + 1, pieces.front().end());
        pieces.erase(pieces.begin());
    }
    std::vector<MapLine> out;
    for (const GeoLine& piece : pieces) {
        MapLine mapped = projection.projectPath(piece, false);
        if (mapped.size() >= 2) out.push_back(std::move(mapped));
    }
    return out;
}

namespace {

// Numbers the distinct points it is given (exact equality), with open addressing: the basemap's
// layers share most of their points, and PROJ is the expensive part.
class PointIndex {
public:
    explicit PointIndex(size_t expected) {
        size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        m_slots.assign(capacity, 0);
    }

    uint32_t add(GeoPoint p) {
        if (2 * (m_points.size() + 1) > m_slots.size()) grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hash(p) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot] == 0) {
                m_points.push_back(p);
                m_slots[slot] = static_cast<uint32_t>(m_points.size());
                return static_cast<uint32_t>(m_points.size() - 1);
            }
            if (m_points[m_slots[slot] - 1] == p) return m_slots[slot] - 1;
        }
    }

    const std::vector<GeoPoint>& points() const { return m_points; }

private:
    static size_t hash(GeoPoint p) {
        const auto lat = std::bit_cast<uint64_t>(p.lat), lon = std::bit_cast<uint64_t>(p.lon);
        uint64_t h = lat * 0x9E3779B97F4A7C15ull ^ (lon + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
        return static_cast<size_t>(h ^ (h >> 29));
    }

    void grow() {
        std::vector<uint32_t> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, 0);
        const size_t mask = m_slots.size() - 1;
        for (uint32_t entry : old) {
            if (entry == 0) continue;
            size_t slot = hash(m_points[entry - 1]) & mask;
            while (m_slots[slot] != 0) slot = (slot + 1) & mask;
            m_slots[slot] = entry;
        }
    }

    std::vector<uint32_t> m_slots;  // index + 1 into m_points, 0 = empty
    std::vector<GeoPoint> m_points;
};

}  // namespace

ProjectedBasemap projectBasemap(const Basemap& basemap, const Projection& projection) {
    const ClipRegion& region = projection.clipRegion();
    std::vector<std::vector<GeoPolygon>> land;
    std::vector<std::vector<std::vector<GeoPolygon>>> countries;
    std::vector<std::vector<GeoLine>> borders;
    land.reserve(basemap.land.size());
    for (const GeoPolygon& polygon : basemap.land) land.push_back(clipPolygon(polygon, region));
    countries.reserve(basemap.countries.size());
    for (const BasemapCountry& country : basemap.countries) {
        auto& pieces = countries.emplace_back();
        for (const GeoPolygon& polygon : country.polygons) pieces.push_back(clipPolygon(polygon, region));
    }
    borders.reserve(basemap.borders.size());
    for (const GeoLine& border : basemap.borders) borders.push_back(clipLine(border, region));

    // Every path, in one fixed order, for numbering its points and then for building the output.
    const auto each_path = [&](auto&& visit) {
        const auto polygon_paths = [&](const std::vector<GeoPolygon>& pieces) {
            for (const GeoPolygon& piece : pieces) {
                visit(piece.exterior);
                for (const GeoRing& hole : piece.holes) visit(hole);
            }
        };
        for (const auto& pieces : land) polygon_paths(pieces);
        for (const auto& country : countries)
            for (const auto& pieces : country) polygon_paths(pieces);
        for (const auto& lines : borders)
            for (const GeoLine& line : lines) visit(line);
    };
    size_t total = 0;
    each_path([&](const std::vector<GeoPoint>& path) { total += path.size(); });
    PointIndex index(total / 2);
    std::vector<uint32_t> ids;
    ids.reserve(total);
    each_path([&](const std::vector<GeoPoint>& path) {
        for (const GeoPoint& p : path) ids.push_back(index.add(p));
    });
    const std::vector<Vec2> unique = projection.forward(index.points());

    size_t next_id = 0;
    std::vector<Vec2> projected;
    const auto project = [&](const std::vector<GeoPoint>& path, bool closed) {
        projected.resize(path.size());
        for (Vec2& p : projected) p = unique[ids[next_id++]];
        return projection.resamplePath(path, projected, closed);
    };
    const auto project_polygons = [&](const std::vector<GeoPolygon>& pieces, std::vector<MapPolygon>& out) {
        for (const GeoPolygon& piece : pieces) {
            MapPolygon mapped;
            mapped.exterior = project(piece.exterior, true);
            for (const GeoRing& hole : piece.holes) {
                MapRing ring = project(hole, true);
                if (ring.size() >= 3) mapped.holes.push_back(std::move(ring));
            }
            if (mapped.exterior.size() >= 3) out.push_back(std::move(mapped));
        }
    };
    ProjectedBasemap out;
    for (const auto& pieces : land) project_polygons(pieces, out.land);
    out.countries.reserve(countries.size());
    for (size_t c = 0; c < countries.size(); ++c) {
        ProjectedCountry& country = out.countries.emplace_back();
        country.alpha2 = basemap.countries[c].alpha2;
        country.name = basemap.countries[c].name;
        for (const auto& pieces : countries[c]) project_polygons(pieces, country.polygons);
    }
    for (const auto& lines : borders)
        for (const GeoLine& line : lines) {
            MapLine mapped = project(line, false);
            if (mapped.size() >= 2) out.borders.push_back(std::move(mapped));
        }
    return out;
}

}  // namespace pm
