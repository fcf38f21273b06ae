#include "render/gl_state.hpp"

namespace pm::render {

namespace {
void setEnabled(GLenum capability, GLboolean enabled) {
    if (enabled)
        glEnable(capability);
    else
        glDisable(capability);
}
}  // namespace

GlStateGuard::GlStateGuard() {
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_draw_framebuffer);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &m_read_framebuffer);
    glGetIntegerv(GL_RENDERBUFFER_BINDING, &m_renderbuffer);
    glGetIntegerv(GL_VIEWPORT, m_viewport);
    glGetIntegerv(GL_SCISSOR_BOX, m_scissor_box);
    glGetIntegerv(GL_CURRENT_PROGRAM, &m_program);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &m_vertex_array);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &m_array_buffer);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &m_active_texture);
    for (int unit = 0; unit < 2; ++unit) {
        glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_texture_units[unit]);
    }
    glActiveTexture(static_cast<GLenum>(m_active_texture));
    glGetIntegerv(GL_BLEND_SRC_RGB, &m_blend_src_rgb);
    glGetIntegerv(GL_BLEND_DST_RGB, &m_blend_dst_rgb);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &m_blend_src_alpha);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &m_blend_dst_alpha);
    glGetIntegerv(GL_BLEND_EQUATION_RGB, &m_blend_equation_rgb);
    glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &m_blend_equation_alpha);
    glGetIntegerv(GL_PACK_ALIGNMENT, &m_pack_alignment);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &m_unpack_alignment);
    m_blend = glIsEnabled(GL_BLEND);
    m_depth_test = glIsEnabled(GL_DEPTH_TEST);
    m_stencil_test = glIsEnabled(GL_STENCIL_TEST);
    m_scissor_test = glIsEnabled(GL_SCISSOR_TEST);
    m_cull_face = glIsEnabled(GL_CULL_FACE);
    m_primitive_restart = glIsEnabled(GL_PRIMITIVE_RESTART);
    glGetBooleanv(GL_COLOR_WRITEMASK, m_color_mask);
    glGetFloatv(GL_COLOR_CLEAR_VALUE, m_clear_color);
}

GlStateGuard::~GlStateGuard() {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(m_draw_framebuffer));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(m_read_framebuffer));
    glBindRenderbuffer(GL_RENDERBUFFER, static_cast<GLuint>(m_renderbuffer));
    glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
    glScissor(m_scissor_box[0], m_scissor_box[1], m_scissor_box[2], m_scissor_box[3]);
    glUseProgram(static_cast<GLuint>(m_program));
    glBindVertexArray(static_cast<GLuint>(m_vertex_array));
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(m_array_buffer));
    for (int unit = 0; unit < 2; ++unit) {
        glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(m_texture_units[unit]));
    }
    glActiveTexture(static_cast<GLenum>(m_active_texture));
    glBlendFuncSeparate(static_cast<GLenum>(m_blend_src_rgb), static_cast<GLenum>(m_blend_dst_rgb),
                        static_cast<GLenum>(m_blend_src_alpha), static_cast<GLenum>(m_blend_dst_alpha));
    glBlendEquationSeparate(static_cast<GLenum>(m_blend_equation_rgb), static_cast<GLenum>(m_blend_equation_alpha));
    glPixelStorei(GL_PACK_ALIGNMENT, m_pack_alignment);
    glPixelStorei(GL_UNPACK_ALIGNMENT, m_unpack_alignment);
    setEnabled(GL_BLEND, m_blend);
    setEnabled(GL_DEPTH_TEST, m_depth_test);
    setEnabled(GL_STENCIL_TEST, m_stencil_test);
    setEnabled(GL_SCISSOR_TEST, m_scissor_test);
    setEnabled(GL_CULL_FACE, m_cull_face);
    setEnabled(GL_PRIMITIVE_RESTART, m_primitive_restart);
    glColorMask(m_color_mask[0], m_color_mask[1], m_color_mask[2], m_color_mask[3]);
    glClearColor(m_clear_color[0], m_clear_color[1], m_clear_color[2], m_clear_color[3]);
}

}  // namespace pm::render
