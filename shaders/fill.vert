#version 330 core
// Polygon triangles, filled in one colour (shaders/solid.frag).
layout(location = 0) in vec4 a_position;

void main() {
    gl_Position = pixelToClip(mapToPixel(a_position));
}
