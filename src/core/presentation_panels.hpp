#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/map_overlay.hpp"
#include "core/partnership_card.hpp"

namespace pm {

class TextMetrics;

// What a presentation shows over the map besides the map's own furniture.
struct PresentationContent {
    std::optional<PartnershipCard> card;
    std::string caption_title, caption_text;
    std::optional<int> year;  // the timeline's counter
    std::string facts_title;
    std::vector<std::string> facts;
};

// OverlayOptions::scale of a presentation of width x height pixels: type for a hall, a fifth larger
// than on a desk.
double presentationScale(int width, int height);

// The share of the width that a stop's caption card takes at most at the right edge, its margin
// included (a card's text is at most this wide; a tour frames the partner left of it).
double captionCardShare(double width, double scale);

// Lays the panels out in large type, readable from the back of a hall, around the heading, legend
// and footer already in `overlay`, and appends them to overlay.panels. `scale` as OverlayOptions::scale.
void addPresentationPanels(MapOverlay& overlay, const PresentationContent& content, double width, double height,
                           double scale, const TextMetrics& regular, const TextMetrics& bold);

// Breaks text into lines no wider than `max_width` at spaces (a single long word stays whole).
std::vector<std::string> wrapText(std::string_view text, double max_width, double font_px, const TextMetrics& metrics);

}  // namespace pm
