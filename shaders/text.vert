#version 330 core
// Glyph quads in overlay pixels; the signed-distance atlas gives fill and halo at any size.
layout(location = 0) in vec2 a_position;  // overlay pixels, y down
layout(location = 1) in vec2 a_uv;  // atlas pixels
layout(location = 2) in float a_pixels_per_value;  // screen pixels of distance per unit of atlas value
layout(location = 3) in uint a_role;

uniform vec2 u_offset;  // of the tile being drawn

out vec2 v_uv;
flat out float v_pixels_per_value;
flat out uint v_role;

void main() {
    v_uv = a_uv;
    v_pixels_per_value = a_pixels_per_value;
    v_role = a_role;
    gl_Position = pixelToClip(a_position + u_offset);
}
