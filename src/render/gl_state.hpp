#pragma once

#include <glad/gl.h>

namespace pm::render {

// Saves the GL state the renderer touches and puts it back when it goes out of scope, so that the
// caller (ImGui's backend, the app's frame loop) finds the context as it left it.
class GlStateGuard {
public:
    GlStateGuard();
    ~GlStateGuard();
    GlStateGuard(const GlStateGuard&) = delete;
    GlStateGuard& operator=(const GlStateGuard&) = delete;

    GLuint drawFramebuffer() const { return static_cast<GLuint>(m_draw_framebuffer); }

private:
    GLint m_draw_framebuffer = 0, m_read_framebuffer = 0, m_renderbuffer = 0;
    GLint m_viewport[4] = {0, 0, 0, 0}, m_scissor_box[4] = {0, 0, 0, 0};
    GLint m_program = 0, m_vertex_array = 0, m_array_buffer = 0, m_active_texture = 0;
    GLint m_texture_units[2] = {0, 0};
    GLint m_blend_src_rgb = 0, m_blend_dst_rgb = 0, m_blend_src_alpha = 0, m_blend_dst_alpha = 0;
    GLint m_blend_equation_rgb = 0, m_blend_equation_alpha = 0;
    GLint m_pack_alignment = 4, m_unpack_alignment = 4;
    GLboolean m_blend = GL_FALSE, m_depth_test = GL_FALSE, m_stencil_test = GL_FALSE, m_scissor_test = GL_FALSE;
    GLboolean m_cull_face = GL_FALSE, m_primitive_restart = GL_FALSE;
    GLboolean m_color_mask[4] = {GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE};
    GLfloat m_clear_color[4] = {0, 0, 0, 0};
};

}  // namespace pm::render
