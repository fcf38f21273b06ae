#pragma once

#include <cstdint>
#include <vector>

#include "core/vec2.hpp"

namespace pm::render {

// Triangles covering a polygon by the nonzero winding rule (SVG's default fill rule), made by GLU's
// tessellator (Mesa's libGLU): holes, touching rings and self-intersections are handled there.
// Appends vertices and triangle indices (three per triangle, counting from the first appended vertex
// offset by `vertices.size()` on entry). Returns false when GLU reports an error for the polygon; then
// nothing is appended.
bool triangulatePolygon(const std::vector<const std::vector<Vec2>*>& rings, std::vector<Vec2>& vertices,
                        std::vector<uint32_t>& indices);

}  // namespace pm::render
