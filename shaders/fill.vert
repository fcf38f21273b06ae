#version 330 core
// Polygon rings as triangle fans for the stencil pass.
layout(location = 0) in vec4 a_position;

void main() {
    gl_Position = pixelToClip(mapToPixel(a_position));
}
