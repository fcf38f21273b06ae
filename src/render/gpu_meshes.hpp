#pragma once

#include <vector>

#include "render/gl_objects.hpp"
#include "render/mesh_data.hpp"
#include "render/text_mesh.hpp"

// Vertex buffers with their vertex array layouts. Each draw call binds its own vertex array.
namespace pm::render {

// Polylines drawn as one instance per segment (see shaders/line.vert).
class GpuLines {
public:
    void upload(const std::vector<LineVertex>& vertices);
    void draw(const LineRange& range) const;

private:
    GlBuffer m_buffer{nullptr};
    GlVertexArray m_vao{nullptr};
};

// Polygon triangles (see shaders/fill.vert).
class GpuFills {
public:
    void upload(const FillBuilder& fills);
    void draw(const FillRange& range) const;

private:
    GlBuffer m_vertices{nullptr}, m_indices{nullptr};
    GlVertexArray m_vao{nullptr};
};

// Centres of markers and boxes, one instance each (see shaders/shape.vert).
class GpuShapes {
public:
    void upload(const std::vector<SplitPosition>& centres);
    void draw(size_t first, size_t count) const;

private:
    GlBuffer m_buffer{nullptr};
    GlVertexArray m_vao{nullptr};
};

// Glyph triangles (see shaders/text.vert).
class GpuText {
public:
    void upload(const std::vector<TextVertex>& vertices);
    void draw(size_t first_vertex, size_t vertex_count) const;

private:
    GlBuffer m_buffer{nullptr};
    GlVertexArray m_vao{nullptr};
};

}  // namespace pm::render
