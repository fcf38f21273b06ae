// Shared by every shader: map units (or overlay pixels stored as (x, -y)) to framebuffer pixels with
// y down, and pixels to clip space. Positions arrive split into a high and a low float; subtracting
// the reference point's halves before adding keeps float precision at any zoom.
uniform vec2 u_ref_hi;
uniform vec2 u_ref_lo;
uniform vec2 u_ref_px;
uniform float u_scale;
uniform vec2 u_viewport;

vec2 mapToPixel(vec4 position) {
    vec2 d = (position.xy - u_ref_hi) + (position.zw - u_ref_lo);
    return u_ref_px + u_scale * vec2(d.x, -d.y);
}

vec4 pixelToClip(vec2 pixel) {
    return vec4(pixel.x / u_viewport.x * 2.0 - 1.0, 1.0 - pixel.y / u_viewport.y * 2.0, 0.0, 1.0);
}

// How much of the pixel [x - 0.5, x + 0.5] lies inside [lo, hi]: a box filter, exact for straight edges
// and thin lines alike.
float boxCoverage(float lo, float hi, float x) {
    return clamp(min(hi, x + 0.5) - max(lo, x - 0.5), 0.0, 1.0);
}
