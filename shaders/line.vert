#version 330 core
// One instance per segment: vertex i and i + 1 of the line buffer. The quad is the segment widened to
// the stroke plus half a pixel for anti-aliasing on every side, so round joins and caps fit inside it.
layout(location = 0) in vec4 a_p0;
layout(location = 1) in vec2 a_arc_fraction0;
layout(location = 2) in uint a_link;
layout(location = 3) in uint a_flags0;
layout(location = 4) in vec4 a_p1;
layout(location = 5) in vec2 a_arc_fraction1;
layout(location = 6) in uint a_flags1;

uniform float u_width;         // stroke width in pixels
uniform bool u_use_link_params;
uniform sampler2D u_link_params;  // per link slot: r = growth (0..1 of the geodesic), g = opacity

out vec2 v_local;           // pixels: along the segment from p0, and across it
flat out float v_length;    // pixels from p0 to where this segment's stroke ends
flat out float v_arc0;      // pixels along the line at p0, for the dash phase
flat out int v_ends;        // 1: p0 starts the line, 2: the line ends at v_length
flat out float v_opacity;

const uint kLineStart = 1u;
const uint kLineEnd = 2u;

void main() {
    vec2 a = mapToPixel(a_p0);
    vec2 b = mapToPixel(a_p1);
    float full_length = length(b - a);
    bool visible = (a_flags0 & kLineEnd) == 0u;
    float cut = full_length;
    bool cut_here = (a_flags1 & kLineEnd) != 0u;
    v_opacity = 1.0;
    if (u_use_link_params) {
        vec2 params = texelFetch(u_link_params, ivec2(int(a_link % 1024u), int(a_link / 1024u)), 0).rg;
        float growth = params.r;
        v_opacity = params.g;
        float f0 = a_arc_fraction0.y, f1 = a_arc_fraction1.y;
        if (growth < 1.0) {
            if (f0 >= growth) {
                visible = false;
            } else if (f1 > growth) {
                cut = full_length * (growth - f0) / (f1 - f0);
                cut_here = true;
            }
        }
        if (v_opacity <= 0.0) visible = false;
    }
    vec2 t = full_length > 1e-5 ? (b - a) / full_length : vec2(1.0, 0.0);
    vec2 n = vec2(-t.y, t.x);
    float r = 0.5 * u_width + 0.5;  // coverage (a one-pixel box filter) ends half a pixel outside
    float along = gl_VertexID < 2 ? -r : cut + r;
    float across = (gl_VertexID & 1) == 0 ? -r : r;
    v_local = vec2(along, across);
    v_length = cut;
    v_arc0 = a_arc_fraction0.x * u_scale;
    v_ends = ((a_flags0 & kLineStart) != 0u ? 1 : 0) | (cut_here ? 2 : 0);
    gl_Position = visible ? pixelToClip(a + t * along + n * across) : vec4(2.0, 2.0, 2.0, 1.0);
}
