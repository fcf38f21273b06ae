#pragma once

#include "render/gl_objects.hpp"

namespace pm::render {

// An offscreen RGBA8 colour buffer (no depth or stencil: the map needs neither), multisampled when
// samples > 0, plus the single-sample buffer it resolves into. Reallocated only when the size or sample
// count changes.
class RenderTarget {
public:
    // Throws RenderError when the driver refuses the combination.
    void ensure(int width, int height, int samples);
    // Bind for drawing.
    GLuint drawFramebuffer() const { return m_samples > 0 ? m_msaa_fbo.get() : m_resolve_fbo.get(); }
    // Resolves the samples (if any) and returns the framebuffer that holds the finished picture.
    GLuint resolve() const;
    int width() const { return m_width; }
    int height() const { return m_height; }
    int samples() const { return m_samples; }

private:
    int m_width = 0, m_height = 0, m_samples = -1;
    GlFramebuffer m_msaa_fbo{nullptr}, m_resolve_fbo{nullptr};
    GlRenderbuffer m_msaa_color{nullptr}, m_resolve_color{nullptr};
};

}  // namespace pm::render
