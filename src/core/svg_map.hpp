#pragma once

#include <string>

#include "core/map_overlay.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"
#include "core/theme.hpp"

namespace pm {

// An inset (core/inset_map.hpp): a second map drawn into `box` on the first.
struct SvgInset {
    const Scene& scene;
    const MapOverlay& overlay;
    const MapTransform& transform;  // into the box's own pixels, (0, 0) at its top left
    LabelRect box;
};

// The map as an SVG document of width x height pixels. Structure tools can rely on:
// <g id="basemap"> (ocean, graticule, land, countries, coasts, borders), <g id="rings">,
// <g id="links"> with one <path class="link" data-home data-partner data-type data-status
// data-distance-km> per partnership, <g id="cities"> with <circle class="city" data-name data-role>,
// <g id="labels"> with <text class="label">, then <g id="inset"> (a nested <svg> with the same groups,
// their ids and classes prefixed "inset-"), legend, heading and footer.
std::string writeMapSvg(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform,
                        const Theme& theme, double width, double height, std::string_view lang,
                        const SvgInset* inset = nullptr);

// The font families every output names, best first.
inline constexpr const char* kFontFamilies = "Noto Sans, DejaVu Sans, Arial, sans-serif";

}  // namespace pm
