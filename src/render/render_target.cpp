#include "render/render_target.hpp"

#include <string>

#include "render/map_renderer.hpp"

namespace pm::render {

namespace {

void allocate(GlRenderbuffer& buffer, int samples, GLenum format, int width, int height) {
    buffer = GlRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, buffer.get());
    if (samples > 0)
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
    else
        glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
    glBindRenderbuffer(GL_RENDERBUFFER, 0);
}

void checkComplete(GLuint framebuffer, int width, int height, int samples) {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    const GLenum error = glGetError();
    if (status != GL_FRAMEBUFFER_COMPLETE || error == GL_OUT_OF_MEMORY)
        throw RenderError("cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                          " offscreen framebuffer with " + std::to_string(samples) + " samples (status " +
                          std::to_string(status) + ", error " + std::to_string(error) +
                          "); try a smaller size or tile size");
}

}  // namespace

void RenderTarget::ensure(int width, int height, int samples) {
    if (width == m_width && height == m_height && samples == m_samples) return;
    m_width = m_height = 0;
    m_samples = -1;
    while (glGetError() != GL_NO_ERROR) {
    }
    m_resolve_fbo = GlFramebuffer();
    allocate(m_resolve_color, 0, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolve_fbo.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_resolve_color.get());
    if (samples > 0) {
        m_msaa_fbo = GlFramebuffer();
        allocate(m_msaa_color, samples, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, m_msaa_fbo.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_msaa_color.get());
        checkComplete(m_msaa_fbo.get(), width, height, samples);
    } else {
        m_msaa_fbo.reset();
        m_msaa_color.reset();
    }
    checkComplete(m_resolve_fbo.get(), width, height, 0);
    m_width = width;
    m_height = height;
    m_samples = samples;
}

GLuint RenderTarget::resolve() const {
    if (m_samples > 0) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, m_msaa_fbo.get());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolve_fbo.get());
        glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }
    return m_resolve_fbo.get();
}

}  // namespace pm::render
