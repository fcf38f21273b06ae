#include "render/cached_picture.hpp"

#include <cmath>

namespace pm::render {

CachedPicture::Edges CachedPicture::placedAt(const MapTransform& current) const {
    // A pixel p0 of the picture shows the map point that `current` puts at offset1 + k (p0 - offset0).
    const double k = current.scale / transform.scale;
    const auto to_x = [&](double x0) { return current.offset_x + k * (x0 - transform.offset_x); };
    const auto to_y = [&](double y0) { return current.offset_y + k * (y0 - transform.offset_y); };
    return {to_x(-margin), to_y(-margin), to_x(width + margin), to_y(height + margin)};
}

bool CachedPicture::fits(const MapTransform& current, int view_width, int view_height, double max_scaling) const {
    if (view_width != width || view_height != height || transform.scale <= 0) return false;
    if (max_scaling <= 1) return current == transform;
    const double k = current.scale / transform.scale;
    if (k > max_scaling || k < 1 / max_scaling) return false;
    const Edges edges = placedAt(current);
    return edges.left <= 0 && edges.top <= 0 && edges.right >= view_width && edges.bottom >= view_height;
}

void blitPicture(GLuint source, int source_width, int source_height, const CachedPicture::Edges& edges, int x, int y,
                 int framebuffer_height, bool scaled) {
    const auto gl_x = [&](double value) { return static_cast<GLint>(std::lround(x + value)); };
    const auto gl_y = [&](double value) { return static_cast<GLint>(std::lround(framebuffer_height - (y + value))); };
    glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
    // The source's first row is the picture's bottom edge.
    glBlitFramebuffer(0, 0, source_width, source_height, gl_x(edges.left), gl_y(edges.bottom), gl_x(edges.right),
                      gl_y(edges.top), GL_COLOR_BUFFER_BIT, scaled ? GL_LINEAR : GL_NEAREST);
}

}  // namespace pm::render
