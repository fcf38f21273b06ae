#version 330 core
// A pixel rectangle from a uniform, without vertex buffers: covers what the stencil marked, or
// turns the coverage kept in the alpha channel into colour.
uniform vec4 u_rect;  // x0, y0, x1, y1 in framebuffer pixels, y down

void main() {
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? u_rect.x : u_rect.z, gl_VertexID < 2 ? u_rect.y : u_rect.w);
    gl_Position = pixelToClip(corner);
}
