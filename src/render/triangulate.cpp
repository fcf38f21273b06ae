#include "render/triangulate.hpp"

// GLU declares its tessellator with GL's types; this file uses no other GL function, so the system
// header does not clash with glad, which the rest of the renderer includes.
#include <GL/glu.h>

#include <array>
#include <cstdint>
#include <deque>
#include <memory>

namespace pm::render {

namespace {

struct TessState {
    std::vector<Vec2>& vertices;
    std::vector<uint32_t>& indices;
    std::deque<std::array<GLdouble, 3>> coordinates;  // GLU keeps pointers to these until the end
    bool failed = false;
};

void* indexAsData(size_t index) {
    return reinterpret_cast<void*>(static_cast<uintptr_t>(index));
}

void GLAPIENTRY onBegin(GLenum, void*) {}
// With an edge-flag callback GLU emits only separate triangles, never fans or strips.
void GLAPIENTRY onEdgeFlag(GLboolean, void*) {}
void GLAPIENTRY onVertex(void* vertex, void* state) {
    static_cast<TessState*>(state)->indices.push_back(static_cast<uint32_t>(reinterpret_cast<uintptr_t>(vertex)));
}
void GLAPIENTRY onCombine(GLdouble coords[3], void* [4], GLfloat[4], void** out, void* state) {
    auto& tess = *static_cast<TessState*>(state);
    *out = indexAsData(tess.vertices.size());
    tess.vertices.push_back({coords[0], coords[1]});
}
void GLAPIENTRY onError(GLenum, void* state) {
    static_cast<TessState*>(state)->failed = true;
}

template <typename Function>
_GLUfuncptr callback(Function function) {
    return reinterpret_cast<_GLUfuncptr>(function);
}

struct TessDeleter {
    void operator()(GLUtesselator* tess) const { gluDeleteTess(tess); }
};

}  // namespace

bool triangulatePolygon(const std::vector<const std::vector<Vec2>*>& rings, std::vector<Vec2>& vertices,
                        std::vector<uint32_t>& indices) {
    const size_t first_vertex = vertices.size(), first_index = indices.size();
    const std::unique_ptr<GLUtesselator, TessDeleter> tess(gluNewTess());
    if (!tess) return false;
    TessState state{vertices, indices, {}, false};
    gluTessCallback(tess.get(), GLU_TESS_BEGIN_DATA, callback(onBegin));
    gluTessCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, callback(onEdgeFlag));
    gluTessCallback(tess.get(), GLU_TESS_VERTEX_DATA, callback(onVertex));
    gluTessCallback(tess.get(), GLU_TESS_COMBINE_DATA, callback(onCombine));
    gluTessCallback(tess.get(), GLU_TESS_ERROR_DATA, callback(onError));
    gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_NONZERO);
    gluTessNormal(tess.get(), 0, 0, 1);
    gluTessBeginPolygon(tess.get(), &state);
    for (const std::vector<Vec2>* ring : rings) {
        if (ring->size() < 3) continue;
        gluTessBeginContour(tess.get());
        for (const Vec2& p : *ring) {
            state.coordinates.push_back({p.x, p.y, 0.0});
            const size_t index = vertices.size();
            vertices.push_back(p);
            gluTessVertex(tess.get(), state.coordinates.back().data(), indexAsData(index));
        }
        gluTessEndContour(tess.get());
    }
    gluTessEndPolygon(tess.get());
    if (state.failed || (indices.size() - first_index) % 3 != 0) {
        vertices.resize(first_vertex);
        indices.resize(first_index);
        return false;
    }
    return true;
}

}  // namespace pm::render
