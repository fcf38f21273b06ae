#version 330 core
// A rounded rectangle (a circle when the corner radius is half the size) filled, then stroked with the
// stroke centred on the edge as in SVG; premultiplied output.
in vec2 v_offset;

uniform vec2 u_half_size;
uniform float u_corner_radius;
uniform float u_stroke_width;
uniform vec4 u_fill;
uniform vec4 u_stroke;

out vec4 o_color;

void main() {
    vec2 q = abs(v_offset) - (u_half_size - vec2(u_corner_radius));
    float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - u_corner_radius;  // < 0 inside
    float half_stroke = 0.5 * u_stroke_width;
    float fill_alpha = u_fill.a * boxCoverage(-1e30, 0.0, d);
    float stroke_alpha = u_stroke.a * boxCoverage(-half_stroke, half_stroke, d);
    vec3 rgb = u_stroke.rgb * stroke_alpha + u_fill.rgb * fill_alpha * (1.0 - stroke_alpha);
    float alpha = stroke_alpha + fill_alpha * (1.0 - stroke_alpha);
    if (alpha <= 0.0) discard;
    o_color = vec4(rgb, alpha);
}
