#version 330 core
// Coverage of the stroke (solid or dashed) at this pixel, written to alpha as 1 - coverage; the caller
// blends it with MIN so that a group of lines covers each pixel once, as one SVG path would, then
// colours it. Compiled in three variants (MapPainter): solid, DASHED, and COVER (the colouring step).
in vec2 v_local;
flat in float v_length;
flat in float v_arc0;
flat in int v_ends;
flat in float v_opacity;

uniform float u_width;
uniform bool u_round_caps;    // SVG stroke-linecap round, else butt
uniform int u_dash_count;     // DASHED: 2 or 4 lengths: on, off[, on, off]
uniform float u_dash[4];      // pixels
uniform float u_dash_period;  // pixels
uniform vec4 u_color;
uniform int u_mode;  // 0: coverage into alpha (MIN); 1: colour blended directly

out vec4 o_color;

// Coverage of the part of the stroke between lo and hi (pixels along this segment); an end is round
// (a cap or a join) or butt.
float pieceCoverage(float lo, float hi, bool round_lo, bool round_hi) {
    float u = v_local.x;
    float across = abs(v_local.y);
    float distance = across;
    if (u < lo && round_lo) distance = length(vec2(u - lo, across));
    if (u > hi && round_hi) distance = length(vec2(u - hi, across));
    float half_width = 0.5 * u_width;
    float coverage = boxCoverage(-half_width, half_width, distance);
    return coverage * boxCoverage(round_lo ? -1e30 : lo, round_hi ? 1e30 : hi, u);
}

// A dash [lo, hi] clipped to this segment: where it is cut at a join, the end is round so that it
// meets the next segment's piece; at the line's ends and the dash's own ends it gets the cap.
float dashCoverage(float lo, float hi) {
    bool round_lo = u_round_caps, round_hi = u_round_caps;
    if (lo < 0.0) {
        lo = 0.0;
        round_lo = (v_ends & 1) != 0 ? u_round_caps : true;
    }
    if (hi > v_length) {
        hi = v_length;
        round_hi = (v_ends & 2) != 0 ? u_round_caps : true;
    }
    if (lo > hi) return 0.0;
    return pieceCoverage(lo, hi, round_lo, round_hi);
}

void main() {
#ifdef COVER
    o_color = vec4(u_color.rgb, 1.0);  // blended by the alpha the coverage step left
#else
#ifdef DASHED
    // Coverage falls with distance, so of each dash only its nearest repetition matters.
    float s = v_arc0 + clamp(v_local.x, 0.0, v_length);
    float first_middle = 0.5 * u_dash[0];
    float start = first_middle + u_dash_period * floor((s - first_middle) / u_dash_period + 0.5) - first_middle;
    float coverage = dashCoverage(start - v_arc0, start + u_dash[0] - v_arc0);
    if (u_dash_count > 2) {
        float second_middle = u_dash[0] + u_dash[1] + 0.5 * u_dash[2];
        float second = second_middle + u_dash_period * floor((s - second_middle) / u_dash_period + 0.5) -
                       0.5 * u_dash[2];
        coverage = max(coverage, dashCoverage(second - v_arc0, second + u_dash[2] - v_arc0));
    }
#else
    float coverage = dashCoverage(-1e30, 1e30);
#endif
    float alpha = coverage * u_color.a * v_opacity;
    if (alpha <= 0.0) discard;
    if (u_mode == 1)
        o_color = vec4(u_color.rgb * alpha, alpha);
    else
        o_color = vec4(0.0, 0.0, 0.0, 1.0 - alpha);  // combined with MIN: see map_painter.cpp
#endif
}
