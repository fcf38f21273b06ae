#version 330 core
// Halo pass: coverage of the glyph grown by the halo (SVG's stroke with round joins, painted under
// the fill) into alpha as 1 - coverage, blended with MIN. Fill pass: the glyph in its colour, premultiplied.
// Compiled in three variants (MapPainter): fill, HALO, and COVER (colouring the halo coverage).
in vec2 v_uv;  // atlas pixels
flat in float v_pixels_per_value;
flat in uint v_role;

uniform sampler2D u_atlas;
uniform float u_on_edge;         // atlas value on the outline (0..1)
uniform vec4 u_halo_color;
uniform vec4 u_colors[8];        // by role
uniform float u_halo_widths[8];  // pixels outside the outline, by role
uniform float u_halo_alpha;

out vec4 o_color;

void main() {
#ifdef COVER
    o_color = vec4(u_halo_color.rgb, 1.0);  // blended by the alpha the halo step left
#else
    // Signed distance to the outline in screen pixels, positive inside the glyph.
    float inside = (texture(u_atlas, v_uv / vec2(textureSize(u_atlas, 0))).r - u_on_edge) * v_pixels_per_value;
#ifdef HALO
    float alpha = u_halo_alpha * boxCoverage(-u_halo_widths[v_role], 1e30, inside);
    if (alpha <= 0.0) discard;
    o_color = vec4(0.0, 0.0, 0.0, 1.0 - alpha);
#else
    vec4 color = u_colors[v_role];
    float alpha = color.a * boxCoverage(0.0, 1e30, inside);
    if (alpha <= 0.0) discard;
    o_color = vec4(color.rgb * alpha, alpha);
#endif
#endif
}
