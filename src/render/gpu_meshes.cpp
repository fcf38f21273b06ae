#include "render/gpu_meshes.hpp"

#include <cstdint>

namespace pm::render {

namespace {

const void* byteOffset(size_t bytes) {
    return reinterpret_cast<const void*>(static_cast<uintptr_t>(bytes));
}

template <typename T>
void uploadArray(GLenum target, const GlBuffer& buffer, const std::vector<T>& data) {
    glBindBuffer(target, buffer.get());
    glBufferData(target, static_cast<GLsizeiptr>(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(),
                 GL_STATIC_DRAW);
}

}  // namespace

void GpuLines::upload(const std::vector<LineVertex>& vertices) {
    if (!m_buffer) m_buffer = GlBuffer();
    if (!m_vao) m_vao = GlVertexArray();
    glBindVertexArray(m_vao.get());
    uploadArray(GL_ARRAY_BUFFER, m_buffer, vertices);
    for (GLuint location = 0; location < 7; ++location) {
        glEnableVertexAttribArray(location);
        glVertexAttribDivisor(location, 1);
    }
    glBindVertexArray(0);
}

void GpuLines::draw(const LineRange& range) const {
    if (range.empty() || !m_vao) return;
    glBindVertexArray(m_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_buffer.get());
    constexpr GLsizei stride = sizeof(LineVertex);
    // Segment i takes vertex i as its start (locations 0-3) and vertex i + 1 as its end (4-6).
    for (size_t end = 0; end < 2; ++end) {
        const size_t base = (range.first_vertex + end) * sizeof(LineVertex);
        const GLuint first_location = end == 0 ? 0 : 4;
        glVertexAttribPointer(first_location, 4, GL_FLOAT, GL_FALSE, stride, byteOffset(base));
        glVertexAttribPointer(first_location + 1, 2, GL_FLOAT, GL_FALSE, stride,
                              byteOffset(base + offsetof(LineVertex, arc)));
        if (end == 0)
            glVertexAttribIPointer(2, 1, GL_UNSIGNED_INT, stride, byteOffset(base + offsetof(LineVertex, link)));
        glVertexAttribIPointer(end == 0 ? 3 : 6, 1, GL_UNSIGNED_INT, stride,
                               byteOffset(base + offsetof(LineVertex, flags)));
    }
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(range.vertex_count - 1));
}

void GpuFills::upload(const FillBuilder& fills) {
    if (!m_vertices) m_vertices = GlBuffer();
    if (!m_indices) m_indices = GlBuffer();
    if (!m_vao) m_vao = GlVertexArray();
    glBindVertexArray(m_vao.get());
    uploadArray(GL_ARRAY_BUFFER, m_vertices, fills.vertices());
    uploadArray(GL_ELEMENT_ARRAY_BUFFER, m_indices, fills.indices());  // recorded in the vertex array
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, sizeof(SplitPosition), byteOffset(0));
    glBindVertexArray(0);
}

void GpuFills::draw(const FillRange& range) const {
    if (range.empty() || !m_vao) return;
    glBindVertexArray(m_vao.get());
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(range.index_count), GL_UNSIGNED_INT,
                   byteOffset(range.first_index * sizeof(uint32_t)));
}

void GpuShapes::upload(const std::vector<SplitPosition>& centres) {
    if (!m_buffer) m_buffer = GlBuffer();
    if (!m_vao) m_vao = GlVertexArray();
    glBindVertexArray(m_vao.get());
    uploadArray(GL_ARRAY_BUFFER, m_buffer, centres);
    glEnableVertexAttribArray(0);
    glVertexAttribDivisor(0, 1);
    glBindVertexArray(0);
}

void GpuShapes::draw(size_t first, size_t count) const {
    if (count == 0 || !m_vao) return;
    glBindVertexArray(m_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_buffer.get());
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, sizeof(SplitPosition), byteOffset(first * sizeof(SplitPosition)));
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
}

void GpuText::upload(const std::vector<TextVertex>& vertices) {
    if (!m_buffer) m_buffer = GlBuffer();
    if (!m_vao) m_vao = GlVertexArray();
    glBindVertexArray(m_vao.get());
    uploadArray(GL_ARRAY_BUFFER, m_buffer, vertices);
    constexpr GLsizei stride = sizeof(TextVertex);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, byteOffset(offsetof(TextVertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, byteOffset(offsetof(TextVertex, u)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, byteOffset(offsetof(TextVertex, pixels_per_value)));
    glEnableVertexAttribArray(3);
    glVertexAttribIPointer(3, 1, GL_UNSIGNED_INT, stride, byteOffset(offsetof(TextVertex, role)));
    glBindVertexArray(0);
}

void GpuText::draw(size_t first_vertex, size_t vertex_count) const {
    if (vertex_count == 0 || !m_vao) return;
    glBindVertexArray(m_vao.get());
    glDrawArrays(GL_TRIANGLES, static_cast<GLint>(first_vertex), static_cast<GLsizei>(vertex_count));
}

}  // namespace pm::render
