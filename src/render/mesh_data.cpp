#include "render/mesh_data.hpp"

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

void FillBuilder::addRing(const std::vector<Vec2>& ring) {
    if (ring.size() < 3) return;
    const auto first = static_cast<uint32_t>(m_vertices.size());
    for (const Vec2& p : ring) {
        m_vertices.push_back(splitPosition(p));
        m_indices.push_back(first + static_cast<uint32_t>(&p - ring.data()));
        m_range_bounds.add(p);
    }
    m_indices.push_back(kRestartIndex);
}

void FillBuilder::addPolygons(const std::vector<MapPolygon>& polygons) {
    for (const MapPolygon& polygon : polygons) {
        addRing(polygon.exterior);
        for (const MapRing& hole : polygon.holes) addRing(hole);
    }
}

}  // namespace pm::render
