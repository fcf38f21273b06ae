#pragma once

#include <cstdint>
#include <vector>

#include "core/basemap.hpp"
#include "core/projection.hpp"
#include "core/vec2.hpp"

// CPU-side vertex data for the GPU meshes. Positions are map units (or, for the overlay, pixels stored
// as (x, -y)) split into a high and a low float, so that the shaders keep sub-millimetre precision
// relative to the view centre at any zoom.
namespace pm::render {

struct SplitPosition {
    float hi[2];
    float lo[2];
};

inline SplitPosition splitPosition(Vec2 p) {
    const float hx = static_cast<float>(p.x), hy = static_cast<float>(p.y);
    return {{hx, hy}, {static_cast<float>(p.x - hx), static_cast<float>(p.y - hy)}};
}

// One point of a polyline. The line shader draws the segment from vertex i to i + 1 unless vertex i
// ends its line.
struct LineVertex {
    SplitPosition position;
    float arc = 0;       // length along the line from its first point, in the line's units
    float fraction = 0;  // links: position along the geodesic, 0 at home, 1 at the partner
    uint32_t link = 0;   // links: slot of the link in the data layer (growth and opacity lookups)
    uint32_t flags = 0;  // kLineStart, kLineEnd
};
static_assert(sizeof(LineVertex) == 32);

inline constexpr uint32_t kLineStart = 1;
inline constexpr uint32_t kLineEnd = 2;

// A run of whole polylines in a line buffer.
struct LineRange {
    size_t first_vertex = 0;
    size_t vertex_count = 0;
    Box2 bounds;
    bool empty() const { return vertex_count < 2; }
};

class LineBuilder {
public:
    // Ranges are contiguous: everything added between begin and end belongs to the range.
    void beginRange();
    LineRange endRange();
    // Lines with fewer than two points are skipped; a closed line repeats its first point.
    void addLine(const std::vector<Vec2>& points, bool closed = false, const std::vector<float>* fractions = nullptr,
                 uint32_t link = 0);
    const std::vector<LineVertex>& vertices() const { return m_vertices; }

private:
    std::vector<LineVertex> m_vertices;
    size_t m_range_start = 0;
    Box2 m_range_bounds;
};

// Polygons as triangles (see triangulate.hpp), drawn directly in their colour.
struct FillRange {
    size_t first_index = 0;
    size_t index_count = 0;
    Box2 bounds;
    bool empty() const { return index_count == 0; }
};

class FillBuilder {
public:
    void beginRange();
    FillRange endRange();
    // One polygon: its exterior and its holes. Rings with fewer than 3 points are skipped.
    void addPolygon(const std::vector<const std::vector<Vec2>*>& rings);
    // Appends everything `other` holds to the current range.
    void append(const FillBuilder& other);
    const std::vector<SplitPosition>& vertices() const { return m_vertices; }
    const std::vector<uint32_t>& indices() const { return m_indices; }
    size_t failedPolygons() const { return m_failed; }

private:
    std::vector<SplitPosition> m_vertices;
    std::vector<uint32_t> m_indices;
    std::vector<Vec2> m_scratch_vertices;
    std::vector<uint32_t> m_scratch_indices;
    size_t m_range_start = 0;
    Box2 m_range_bounds;
    Box2 m_bounds;  // of everything added
    size_t m_failed = 0;
};

}  // namespace pm::render
