#include "core/presentation_panels.hpp"

#include <algorithm>

#include "core/map_view.hpp"
#include "core/text_metrics.hpp"

namespace pm {

namespace {

constexpr double kPresentationTypeScale = 1.2;
// Pixels at scale 1: panels keep this far from the edges and their text this far from their border.
constexpr double kPanelMargin = 24, kPanelPadding = 18;

// The widest a caption card's text may be.
double cardTextWidth(double width, double scale) {
    return std::min(0.38 * width, 620 * scale);
}

}  // namespace

double presentationScale(int width, int height) {
    return overlayScaleForSize(width, height) * kPresentationTypeScale;
}

double captionCardShare(double width, double scale) {
    if (width <= 0) return 0;
    return (cardTextWidth(width, scale) + 2 * kPanelPadding * scale + kPanelMargin * scale) / width;
}

std::vector<std::string> wrapText(std::string_view text, double max_width, double font_px, const TextMetrics& metrics) {
    std::vector<std::string> lines;
    std::string line;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string word(text.substr(start, end - start));
        start = end + 1;
        if (word.empty()) continue;
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && metrics.width(candidate, font_px) > max_width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

namespace {

struct PanelBuilder {
    const TextMetrics& regular;
    const TextMetrics& bold;
    double padding;
    std::vector<OverlayText> texts;
    double y = 0;  // baseline cursor relative to the panel's top
    double width = 0;

    void line(const std::string& text, double font_px, bool is_bold, TextRole role, double gap_before) {
        const TextMetrics& metrics = is_bold ? bold : regular;
        y += gap_before + metrics.ascent(font_px);
        OverlayText overlay_text{text, {padding, y}, TextAlign::Start, font_px, is_bold, role, {}, {}};
        const double text_width = metrics.width(text, font_px);
        overlay_text.box = {padding, y - metrics.ascent(font_px), padding + text_width, y + metrics.descent(font_px)};
        width = std::max(width, text_width);
        y += metrics.descent(font_px);
        texts.push_back(std::move(overlay_text));
    }
    void wrapped(const std::string& text, double max_width, double font_px, TextRole role, double gap_before,
                 size_t max_lines) {
        std::vector<std::string> lines = wrapText(text, max_width, font_px, regular);
        if (lines.size() > max_lines) {
            lines.resize(max_lines);
            lines.back() += " …";
        }
        for (size_t i = 0; i < lines.size(); ++i)
            line(lines[i], font_px, false, role, i == 0 ? gap_before : font_px * 0.25);
    }
    // Moves everything so that the panel's top-left corner is at (x, y0).
    OverlayPanel place(double x, double y0, bool translucent) {
        OverlayPanel panel;
        panel.translucent = translucent;
        panel.box = {x, y0, x + width + 2 * padding, y0 + y + padding};
        for (OverlayText& text : texts) {
            text.origin = {text.origin.x + x, text.origin.y + y0};
            text.box = {text.box.x0 + x, text.box.y0 + y0, text.box.x1 + x, text.box.y1 + y0};
        }
        panel.texts = std::move(texts);
        return panel;
    }
    double height() const { return y + padding; }
    double outerWidth() const { return width + 2 * padding; }
};

}  // namespace

void addPresentationPanels(MapOverlay& overlay, const PresentationContent& content, double width, double height,
                           double scale, const TextMetrics& regular, const TextMetrics& bold) {
    const double s = scale, margin = kPanelMargin * s, padding = kPanelPadding * s;
    const double bottom = overlay.footer.empty() ? height - margin : overlay.footer_box.y0 - margin / 2;
    const double top = overlay.heading.empty() ? margin : overlay.heading_box.y1 + margin;

    if (content.card) {
        const PartnershipCard& card = *content.card;
        PanelBuilder panel{regular, bold, padding, {}, 0, 0};
        const double max_width = cardTextWidth(width, s);
        panel.line(card.title, 34 * s, true, TextRole::PanelTitle, padding);
        for (const std::string* text : {&card.subtitle, &card.since, &card.distance, &card.status})
            if (!text->empty()) panel.wrapped(*text, max_width, 21 * s, TextRole::PanelText, 10 * s, 2);
        if (!card.note.empty()) panel.wrapped(card.note, max_width, 18 * s, TextRole::PanelText, 14 * s, 4);
        overlay.panels.push_back(panel.place(width - margin - panel.outerWidth(), bottom - panel.height(), false));
    }
    if (!content.caption_title.empty() || !content.caption_text.empty()) {
        PanelBuilder panel{regular, bold, padding, {}, 0, 0};
        const double max_width = std::min(0.6 * width, 1100 * s);
        if (!content.caption_title.empty())
            panel.line(content.caption_title, 44 * s, true, TextRole::PanelTitle, padding);
        if (!content.caption_text.empty())
            panel.wrapped(content.caption_text, max_width, 26 * s, TextRole::PanelText, 12 * s, 4);
        // Centred low on the screen, where captions are read.
        overlay.panels.push_back(
            panel.place((width - panel.outerWidth()) / 2, bottom - panel.height() - 40 * s, false));
    }
    if (!content.facts.empty()) {
        PanelBuilder panel{regular, bold, padding, {}, 0, 0};
        const double max_width = std::min(0.42 * width, 760 * s);
        panel.line(content.facts_title, 28 * s, true, TextRole::PanelTitle, padding);
        for (const std::string& fact : content.facts)
            panel.wrapped(fact, max_width, 21 * s, TextRole::PanelText, 12 * s, 3);
        overlay.panels.push_back(panel.place(margin, top, false));
    }
    if (content.year) {
        PanelBuilder panel{regular, bold, 0, {}, 0, 0};
        panel.line(std::to_string(*content.year), 120 * s, true, TextRole::YearCounter, 0);
        OverlayPanel counter = panel.place(width - margin - panel.outerWidth(), top - margin / 2, true);
        counter.box_visible = false;
        overlay.panels.push_back(std::move(counter));
    }
}

}  // namespace pm
