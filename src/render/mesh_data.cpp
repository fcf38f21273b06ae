#include "render/mesh_data.hpp"

#include "render/triangulate.hpp"

namespace pm::render {

void LineBuilder::beginRange() {
    m_range_start = m_vertices.size();
    m_range_bounds = Box2{};
}

LineRange LineBuilder::endRange() {
    return {m_range_start, m_vertices.size() - m_range_start, m_range_bounds};
}

void LineBuilder::addLine(const std::vector<Vec2>& points, bool closed, const std::vector<float>* fractions,
                          uint32_t link) {
    if (points.size() < 2) return;
    const size_t count = points.size() + (closed ? 1 : 0);
    const size_t first = m_vertices.size();
    double arc = 0;
    for (size_t i = 0; i < count; ++i) {
        const size_t source = i % points.size();
        const Vec2 p = points[source];
        if (i > 0) arc += length(p - points[(i - 1) % points.size()]);
        LineVertex vertex;
        vertex.position = splitPosition(p);
        vertex.arc = static_cast<float>(arc);
        vertex.fraction = fractions && source < fractions->size() ? (*fractions)[source] : 0.0f;
        vertex.link = link;
        m_vertices.push_back(vertex);
        m_range_bounds.add(p);
    }
    m_vertices[first].flags |= kLineStart;
    m_vertices.back().flags |= kLineEnd;
}

void FillBuilder::beginRange() {
    m_range_start = m_indices.size();
    m_range_bounds = Box2{};
}

FillRange FillBuilder::endRange() {
    return {m_range_start, m_indices.size() - m_range_start, m_range_bounds};
}

void FillBuilder::addPolygon(const std::vector<const std::vector<Vec2>*>& rings) {
    m_scratch_vertices.clear();
    m_scratch_indices.clear();
    if (!triangulatePolygon(rings, m_scratch_vertices, m_scratch_indices)) {
        ++m_failed;
        return;
    }
    const auto first = static_cast<uint32_t>(m_vertices.size());
    for (const Vec2& p : m_scratch_vertices) {
        m_vertices.push_back(splitPosition(p));
        m_range_bounds.add(p);
        m_bounds.add(p);
    }
    for (uint32_t index : m_scratch_indices) m_indices.push_back(first + index);
}

void FillBuilder::append(const FillBuilder& other) {
    const auto first = static_cast<uint32_t>(m_vertices.size());
    m_vertices.insert(m_vertices.end(), other.m_vertices.begin(), other.m_vertices.end());
    for (uint32_t index : other.m_indices) m_indices.push_back(first + index);
    if (!other.m_bounds.empty()) {
        m_range_bounds.add(other.m_bounds.min);
        m_range_bounds.add(other.m_bounds.max);
        m_bounds.add(other.m_bounds.min);
        m_bounds.add(other.m_bounds.max);
    }
    m_failed += other.m_failed;
}

}  // namespace pm::render
