#version 330 core
// One instance per marker or box: a quad around its centre, big enough for the stroke and half a pixel
// of anti-aliasing.
layout(location = 0) in vec4 a_centre;

uniform vec2 u_half_size;  // pixels
uniform float u_stroke_width;

out vec2 v_offset;  // pixels from the centre

void main() {
    vec2 extent = u_half_size + vec2(0.5 * u_stroke_width + 0.5);
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, gl_VertexID < 2 ? -1.0 : 1.0);
    v_offset = corner * extent;
    gl_Position = pixelToClip(mapToPixel(a_centre) + v_offset);
}
