#include "core/map_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <set>

#include "core/number_format.hpp"
#include "core/text_metrics.hpp"

namespace pm {

double coveredContent(const Scene& scene, const MapTransform& transform, const LabelRect& box) {
    double covered = 0;
    for (const SceneCity& city : scene.data.cities)
        if (city.visible && contains(box, transform.toPixel(city.projected)))
            covered += city.role == CityRole::Home ? 100 : 10;
    for (const SceneLink& link : scene.data.links)
        for (const LinkPiece& piece : link.pieces)
            for (const Vec2& point : piece.points)
                if (contains(box, transform.toPixel(point))) covered += 0.2;
    return covered;
}

double headingHeight(const OverlayOptions& options) {
    if (!options.title) return 0;
    const double s = options.scale;
    double height = 16 * s;  // the margin above
    if (!options.title_text.empty()) height += options.title_size * s * 1.3;
    if (options.summary) height += 14 * s * 1.4;
    return height;
}

double homeMarkerRadius(double scale) {
    return 6.5 * scale;
}
double partnerMarkerRadius(double scale) {
    return 4.0 * scale;
}

std::string overlayWord(std::string_view key, std::string_view lang) {
    struct Word {
        std::string_view key, de, en;
    };
    static constexpr Word words[] = {
        {"legend", "Partnerschaften", "Partnerships"},
        {"home", "Heimatstadt", "Home city"},
        {"partner", "Partnerstadt", "Partner city"},
        {"suspended", "ruhend", "suspended"},
        {"ended", "beendet", "ended"},
        {"rings", "Entfernung", "Distance"},
        {"partnerships", "Partnerschaften", "partnerships"},
        {"partnership", "Partnerschaft", "partnership"},
        {"cities", "Partnerstädte", "partner cities"},
        {"city", "Partnerstadt", "partner city"},
        {"countries", "Länder", "countries"},
        {"country", "Land", "country"},
    };
    for (const Word& word : words)
        if (word.key == key) return std::string(lang == "en" ? word.en : word.de);
    return std::string(key);
}

namespace {

struct Fonts {
    const TextMetrics& regular;
    const TextMetrics& bold;
    const TextMetrics& of(bool is_bold) const { return is_bold ? bold : regular; }
};

OverlayText makeText(const Fonts& fonts, std::string text, LabelPoint origin, TextAlign align, double font_px,
                     bool bold, TextRole role) {
    const TextMetrics& metrics = fonts.of(bold);
    const double width = metrics.width(text, font_px);
    const double x0 = align == TextAlign::Start    ? origin.x
                      : align == TextAlign::Middle ? origin.x - width / 2
                                                   : origin.x - width;
    OverlayText result{std::move(text), origin, align, font_px, bold, role, {}, {}};
    result.box = {x0, origin.y - metrics.ascent(font_px), x0 + width, origin.y + metrics.descent(font_px)};
    return result;
}

LabelRect unite(const LabelRect& a, const LabelRect& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::string countWord(int count, std::string_view singular, std::string_view plural, std::string_view lang) {
    return formatThousands(count, lang != "en") + " " + overlayWord(count == 1 ? singular : plural, lang);
}

std::string summaryLine(const Scene& scene, std::string_view lang) {
    std::set<std::string> countries;
    int partners = 0;
    for (const SceneCity& city : scene.data.cities)
        if (city.role == CityRole::Partner) {
            ++partners;
            countries.insert(city.country);
        }
    const int links = static_cast<int>(scene.data.links.size());
    return countWord(links, "partnership", "partnerships", lang) + " · " + countWord(partners, "city", "cities", lang) +
           " · " + countWord(static_cast<int>(countries.size()), "country", "countries", lang);
}

// The font size at which `text` fits `available` pixels: `font_px`, or smaller down to half of it (a
// narrow export of a long title); beyond that it is cut off at the edge.
double fittingFontSize(const TextMetrics& metrics, std::string_view text, double font_px, double available) {
    const double natural = metrics.width(text, font_px);
    if (natural <= available || natural <= 0) return font_px;
    return std::max(font_px * available / natural, font_px / 2);
}

std::vector<OverlayText> layoutHeading(const Scene& scene, const OverlayOptions& options, const Fonts& fonts,
                                       double margin, double width, LabelRect& box) {
    std::vector<OverlayText> heading;
    if (!options.title) return heading;
    const double s = options.scale, available = width - 2 * margin;
    double baseline = margin;
    // The lines keep their baselines (headingHeight) when their type shrinks to fit.
    if (!options.title_text.empty()) {
        const double title_px = options.title_size * s;
        baseline += fonts.bold.ascent(title_px);
        const double font = fittingFontSize(fonts.bold, options.title_text, title_px, available);
        heading.push_back(
            makeText(fonts, options.title_text, {margin, baseline}, TextAlign::Start, font, true, TextRole::Title));
        baseline += fonts.bold.descent(title_px);
    }
    if (options.summary) {
        baseline += fonts.regular.ascent(14 * s) + 4 * s;
        const std::string summary = summaryLine(scene, options.lang);
        const double font = fittingFontSize(fonts.regular, summary, 14 * s, available);
        heading.push_back(
            makeText(fonts, summary, {margin, baseline}, TextAlign::Start, font, false, TextRole::Summary));
    }
    for (const OverlayText& text : heading) box = box.isValid() && box.width() > 0 ? unite(box, text.box) : text.box;
    return heading;
}

std::optional<LegendBox> layoutLegend(const Scene& scene, const OverlayOptions& options, const Fonts& fonts,
                                      double margin, double height) {
    if (!options.legend) return std::nullopt;
    const double s = options.scale, pad = 10 * s, row_height = 20 * s, swatch_width = 30 * s, font = 13 * s;
    const std::string_view lang = options.lang;
    struct RowSpec {
        LegendRow::Kind kind;
        size_t type_index;
        PartnershipStatus status;
        std::string text;
    };
    std::vector<RowSpec> specs;
    for (const LegendEntry& entry : scene.data.legend)
        specs.push_back({LegendRow::Kind::Link, entry.type_index, PartnershipStatus::Active,
                         (lang == "en" ? entry.label_en : entry.label_de) + "  " + std::to_string(entry.count)});
    if (scene.data.suspended_count > 0)
        specs.push_back({LegendRow::Kind::Link, 0, PartnershipStatus::Suspended,
                         overlayWord("suspended", lang) + "  " + std::to_string(scene.data.suspended_count)});
    if (scene.data.ended_count > 0)
        specs.push_back({LegendRow::Kind::Link, 0, PartnershipStatus::Ended,
                         overlayWord("ended", lang) + "  " + std::to_string(scene.data.ended_count)});
    if (!scene.data.rings.empty()) {
        std::string radii;
        std::set<double> seen;
        for (const SceneRing& ring : scene.data.rings)
            if (seen.insert(ring.radius_km).second)
                radii += (radii.empty() ? "" : " / ") + formatThousands(std::llround(ring.radius_km), lang != "en");
        specs.push_back(
            {LegendRow::Kind::Ring, 0, PartnershipStatus::Active, overlayWord("rings", lang) + " " + radii + " km"});
    }
    specs.push_back({LegendRow::Kind::Home, 0, PartnershipStatus::Active, overlayWord("home", lang)});
    specs.push_back({LegendRow::Kind::Partner, 0, PartnershipStatus::Active, overlayWord("partner", lang)});

    LegendBox legend;
    const double title_font = 14 * s;
    const double content_height = fonts.bold.ascent(title_font) + fonts.bold.descent(title_font) + 6 * s +
                                  row_height * static_cast<double>(specs.size());
    const double top = height - margin - content_height - 2 * pad;
    const double left = margin;
    double baseline = top + pad + fonts.bold.ascent(title_font);
    legend.title = makeText(fonts, overlayWord("legend", lang), {left + pad, baseline}, TextAlign::Start, title_font,
                            true, TextRole::LegendTitle);
    double right = legend.title.box.x1;
    baseline += fonts.bold.descent(title_font) + 6 * s;
    for (const RowSpec& spec : specs) {
        const double row_top = baseline;
        const double middle = row_top + row_height / 2;
        LegendRow row;
        row.kind = spec.kind;
        row.type_index = spec.type_index;
        row.status = spec.status;
        row.swatch = {left + pad, middle - 5 * s, left + pad + swatch_width, middle + 5 * s};
        const double text_baseline = middle + (fonts.regular.ascent(font) - fonts.regular.descent(font)) / 2;
        row.text = makeText(fonts, spec.text, {row.swatch.x1 + 8 * s, text_baseline}, TextAlign::Start, font, false,
                            TextRole::LegendText);
        right = std::max(right, row.text.box.x1);
        legend.rows.push_back(std::move(row));
        baseline += row_height;
    }
    legend.box = {left, top, right + pad, top + content_height + 2 * pad};
    return legend;
}

std::vector<OverlayText> layoutFooter(const Scene& scene, const OverlayOptions& options, const Fonts& fonts,
                                      double margin, double width, double height, LabelRect& box) {
    std::vector<std::string> lines;
    std::string first;
    if (options.projection_name) first = options.lang == "en" ? scene.projection_name_en : scene.projection_name_de;
    if (options.date && !options.date_text.empty()) first += (first.empty() ? "" : " · ") + options.date_text;
    if (!first.empty()) lines.push_back(first);
    if (options.attribution) lines.emplace_back(kAttribution);
    std::vector<OverlayText> footer;
    const double font = 11 * options.scale;
    double baseline = height - margin - fonts.regular.descent(font);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        footer.push_back(
            makeText(fonts, *it, {width - margin, baseline}, TextAlign::End, font, false, TextRole::Footer));
        baseline -= font * 1.35;
    }
    for (const OverlayText& text : footer) box = box.width() > 0 ? unite(box, text.box) : text.box;
    return footer;
}

void translate(LabelRect& rect, double dx, double dy) {
    rect = {rect.x0 + dx, rect.y0 + dy, rect.x1 + dx, rect.y1 + dy};
}

void translate(OverlayText& text, double dx, double dy) {
    text.origin = {text.origin.x + dx, text.origin.y + dy};
    translate(text.box, dx, dy);
}

void translate(LegendBox& legend, double dx, double dy) {
    translate(legend.box, dx, dy);
    translate(legend.title, dx, dy);
    for (LegendRow& row : legend.rows) {
        translate(row.swatch, dx, dy);
        translate(row.text, dx, dy);
    }
}

// The legend goes to the corner where it hides the least: bottom left, bottom right (above the
// footer; not when a caption card goes there), top right, in that order of preference when nothing is
// hidden.
void placeLegend(LegendBox& legend, const Scene& scene, const MapTransform& transform, double width, double height,
                 double margin, const LabelRect& heading_box, const LabelRect& footer_box, bool clear_of_card,
                 const std::optional<LabelRect>& inset_box) {
    const double w = legend.box.width(), h = legend.box.height();
    const double footer_top = footer_box.width() > 0 ? footer_box.y0 - margin / 2 : height - margin;
    const double heading_bottom = heading_box.width() > 0 ? heading_box.y1 + margin : margin;
    constexpr size_t kBottomRight = 1;  // where a caption card goes
    const LabelPoint corners[] = {
        {margin, height - margin - h}, {width - margin - w, footer_top - h}, {width - margin - w, margin}};
    double best_cost = std::numeric_limits<double>::infinity();
    LabelPoint best = corners[0];
    for (size_t i = 0; i < std::size(corners); ++i) {
        const LabelRect box{corners[i].x, corners[i].y, corners[i].x + w, corners[i].y + h};
        const bool collides = overlaps(box, heading_box) || (box.y0 < heading_bottom && box.x0 < heading_box.x1) ||
                              overlaps(box, footer_box) || box.y0 < 0 || (clear_of_card && i == kBottomRight) ||
                              (inset_box && overlaps(box, inset_box->inflated(margin / 2)));
        const double cost = coveredContent(scene, transform, box) + static_cast<double>(i) * 0.5 + (collides ? 1e9 : 0);
        if (cost < best_cost) {
            best_cost = cost;
            best = corners[i];
        }
    }
    translate(legend, best.x - legend.box.x0, best.y - legend.box.y0);
}

double cityPriority(const SceneCity& city) {
    if (city.role == CityRole::Home) return 1e6 + city.partnership_count;
    return std::log10(static_cast<double>(city.population) + 10.0) + 0.5 * city.partnership_count;
}

// The point of the link halfway along the geodesic, if that part of the link is on the map.
std::optional<Vec2> linkMidpoint(const SceneLink& link) {
    std::optional<Vec2> best;
    double best_gap = 0.05;  // only when a drawn point lies within 5 % of the middle
    for (const LinkPiece& piece : link.pieces)
        for (size_t i = 0; i < piece.points.size(); ++i) {
            const double gap = std::abs(piece.fractions[i] - 0.5);
            if (gap < best_gap) {
                best_gap = gap;
                best = piece.points[i];
            }
        }
    return best;
}

// Beyond this many links lines cover the map and testing each label against them costs more than it
// gains (the synthetic benchmark has 10,000).
constexpr size_t kMaxAvoidedLinks = 500;

// The links as the labels see them: in pixels, a point every few pixels (the drawn curve has more).
std::vector<LabelLine> linkLines(const DataLayer& data, const MapTransform& transform) {
    constexpr double kStepPx = 4.0;
    std::vector<LabelLine> lines;
    if (data.links.size() > kMaxAvoidedLinks) return lines;
    for (const SceneLink& link : data.links)
        for (const LinkPiece& piece : link.pieces) {
            LabelLine& line = lines.emplace_back();
            for (size_t i = 0; i < piece.points.size(); ++i) {
                const LabelPoint p = transform.toPixel(piece.points[i]);
                const bool last = i + 1 == piece.points.size();
                if (line.empty() || last || std::hypot(p.x - line.back().x, p.y - line.back().y) >= kStepPx)
                    line.push_back(p);
            }
        }
    return lines;
}

}  // namespace

MapOverlay layoutOverlay(const Scene& scene, const MapTransform& transform, double width, double height,
                         const OverlayOptions& options, const TextMetrics& regular, const TextMetrics& bold,
                         const LabelPositions* previous) {
    const Fonts fonts{regular, bold};
    const double s = options.scale, margin = 16 * s;
    MapOverlay overlay;
    overlay.home_marker_radius = homeMarkerRadius(s);
    overlay.partner_marker_radius = partnerMarkerRadius(s);
    overlay.heading = layoutHeading(scene, options, fonts, margin, width, overlay.heading_box);
    overlay.legend = layoutLegend(scene, options, fonts, margin, height);
    overlay.footer = layoutFooter(scene, options, fonts, margin, width, height, overlay.footer_box);
    if (overlay.legend)
        placeLegend(*overlay.legend, scene, transform, width, height, margin, overlay.heading_box, overlay.footer_box,
                    options.legend_clear_of_card, options.inset_box);

    std::vector<LabelRect> obstacles;
    if (!overlay.heading.empty()) obstacles.push_back(overlay.heading_box.inflated(4 * s));
    if (overlay.legend) obstacles.push_back(overlay.legend->box);
    if (!overlay.footer.empty()) obstacles.push_back(overlay.footer_box.inflated(4 * s));
    if (options.inset_box) obstacles.push_back(options.inset_box->inflated(4 * s));

    const LabelRect viewport{0, 0, width, height};
    std::vector<LabelRequest> requests;
    std::vector<OverlayText> texts;  // parallel to requests: what to draw if placed
    const auto request = [&](std::string id, LabelPoint anchor, double radius, std::string text, double font_px,
                             bool is_bold, TextRole role, double priority, bool must_show, std::string ref) {
        const TextMetrics& metrics = fonts.of(is_bold);
        const LabelTextSize size{metrics.width(text, font_px), metrics.ascent(font_px) + metrics.descent(font_px),
                                 metrics.descent(font_px)};
        requests.push_back({std::move(id), anchor, radius, size, priority, must_show, std::nullopt});
        texts.push_back({std::move(text), {}, TextAlign::Start, font_px, is_bold, role, {}, std::move(ref)});
    };
    for (const SceneCity& city : scene.data.cities) {
        if (!city.visible) continue;
        const LabelPoint anchor = transform.toPixel(city.projected);
        if (!contains(viewport, anchor)) continue;
        const bool home = city.role == CityRole::Home;
        const double radius = home ? overlay.home_marker_radius : overlay.partner_marker_radius;
        if (!options.city_labels || options.cities_named_in_inset.contains(city.id)) {
            // Markers still keep distance labels off them.
            request("city:" + city.id, anchor, radius, "", 0.0, false, TextRole::CityLabel, -1e9, false, city.id);
            continue;
        }
        request("city:" + city.id, anchor, radius, city.name(options.lang), (home ? 15.0 : 12.5) * s, home,
                home ? TextRole::HomeLabel : TextRole::CityLabel, cityPriority(city), home, city.id);
        if (previous)
            if (const auto was = previous->find(city.id); was != previous->end())
                requests.back().previous = was->second;
    }
    if (options.distance_labels)
        for (const SceneLink& link : scene.data.links) {
            const std::optional<Vec2> middle = linkMidpoint(link);
            if (!middle) continue;
            const LabelPoint anchor = transform.toPixel(*middle);
            if (!contains(viewport, anchor)) continue;
            request("link:" + std::to_string(link.partnership_index), anchor, 0.0,
                    formatDistanceKm(link.distance_km, options.lang != "en"), 10.5 * s, false, TextRole::DistanceLabel,
                    -1.0 + link.distance_km / 1e5, false, std::to_string(link.partnership_index));
        }

    LabelLayoutOptions layout_options;
    layout_options.gap = 3 * s;
    layout_options.padding = 2 * s;
    layout_options.marker_clearance = 9 * s;
    layout_options.ring_step = 6 * s;
    const std::vector<LabelPlacement> placements =
        layoutLabels(viewport, obstacles, requests, layout_options, linkLines(scene.data, transform));
    for (size_t i = 0; i < placements.size(); ++i) {
        const LabelPlacement& placement = placements[i];
        if (texts[i].text.empty()) continue;
        if (!placement.shown()) {
            if (texts[i].role != TextRole::DistanceLabel) ++overlay.dropped_labels;
            continue;
        }
        OverlayText text = std::move(texts[i]);
        text.origin = placement.text_origin;
        text.align = placement.align;
        text.box = placement.rect;
        text.position = placement.position;
        overlay.labels.push_back(std::move(text));
        if (placement.leader) overlay.leaders.push_back(*placement.leader);
    }
    return overlay;
}

LabelPositions labelPositions(const MapOverlay& overlay) {
    LabelPositions positions;
    for (const OverlayText& label : overlay.labels)
        if (label.role == TextRole::CityLabel || label.role == TextRole::HomeLabel)
            positions[label.ref] = label.position;
    return positions;
}

}  // namespace pm
