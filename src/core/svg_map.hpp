#pragma once

#include <string>

#include "core/map_overlay.hpp"
#include "core/map_transform.hpp"
#include "core/scene.hpp"
#include "core/theme.hpp"

namespace pm {

// The map as an SVG document of width x height pixels. Structure tools can rely on:
// <g id="basemap"> (ocean, graticule, land, countries, coasts, borders), <g id="rings">,
// <g id="links"> with one <path class="link" data-home data-partner data-type data-status
// data-distance-km> per partnership, <g id="cities"> with <circle class="city" data-name data-role>,
// <g id="labels"> with <text class="label">, then legend, heading and footer.
std::string writeMapSvg(const Scene& scene, const MapOverlay& overlay, const MapTransform& transform,
                        const Theme& theme, double width, double height, std::string_view lang);

// The font families every output names, best first.
inline constexpr const char* kFontFamilies = "Noto Sans, DejaVu Sans, Arial, sans-serif";

}  // namespace pm
