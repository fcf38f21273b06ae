#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/label_geometry.hpp"

// Collision-free placement of point labels (city names next to their markers). A pure function over
// rectangles: the caller measures the text with whatever font it renders with, so the SVG export and
// the OpenGL view share one layout and the tests need no fonts.
namespace pm {

// The box a text needs, as measured by the caller's font, in pixels.
struct LabelTextSize {
    double width = 0.0;    // advance width of the whole text
    double height = 0.0;   // line box: ascent + descent
    double descent = 0.0;  // part of height below the baseline

    friend bool operator==(const LabelTextSize&, const LabelTextSize&) = default;
};

// How a caller measures text with its font (ImGui font, stb_truetype, or estimateTextSize).
using TextMeasurer = std::function<LabelTextSize(std::string_view utf8, double font_px)>;

// A font-free estimate for a proportional sans-serif like DejaVu or Noto Sans: per-character widths by
// class (narrow, capital, lower case, digit, space; 0.62 em for other scripts, 1 em for East Asian wide
// characters, nothing for combining marks), height 1.17 em, descent 0.24 em. Typically within 10% of
// DejaVu Sans for Latin names: good enough for layout when no font is at hand (tests, benchmarks, SVG
// export without font metrics), not for tight fits.
LabelTextSize estimateTextSize(std::string_view utf8, double font_px);

// The eight positions around the marker, in the order they are tried (Imhof's preference:
// right-above first, then right, above, left-above, left, right-below, below, left-below).
enum class LabelPosition : std::uint8_t {
    TopRight,
    Right,
    Top,
    TopLeft,
    Left,
    BottomRight,
    Bottom,
    BottomLeft,
    Displaced,  // away from the marker, joined to it by a leader line
};
inline constexpr int kLabelCandidateCount = 8;

struct LabelRequest {
    std::string id;              // unique; breaks ties between equal priorities deterministically
    LabelPoint anchor;           // centre of the marker
    double marker_radius = 0.0;  // the marker disc; 0 for a bare point
    LabelTextSize text;          // measured by the caller
    double priority = 0.0;       // higher is placed first (home cities highest)
    bool must_show = false;      // never dropped: placed with overlap when nothing is free
    // Where the label was in the frame before (an animation): kept there while it stays free and about
    // as good, so that names do not jump from side to side as the map moves.
    std::optional<LabelPosition> previous;
};

// A line labels should rather stay off, in pixels: a partnership's link drawn across the map. Unlike an
// obstacle it is soft: a label covers it when every position near its marker would.
using LabelLine = std::vector<LabelPoint>;

// Horizontal text alignment, as SVG's text-anchor: the label's x origin is its left edge, centre
// or right edge.
enum class TextAlign : std::uint8_t { Start, Middle, End };

enum class LabelStatus : std::uint8_t {
    Placed,     // at one of the eight positions next to its marker, overlapping nothing
    Displaced,  // further away with a leader line; overlapping nothing
    Forced,     // must_show without a free spot: at the candidate position overlapping least
    Dropped,    // no free spot and not must_show: not drawn
    Invalid,    // non-finite anchor, bad radius or size, NaN priority: not drawn, no obstacle
};

// From the edge of the marker to the label's box.
struct LabelLeader {
    LabelPoint from;
    LabelPoint to;
};

struct LabelPlacement {
    LabelStatus status = LabelStatus::Dropped;
    LabelPosition position = LabelPosition::TopRight;  // meaningful when shown
    LabelRect rect;                                    // the text box when shown
    TextAlign align = TextAlign::Start;
    LabelPoint text_origin;             // where to draw the text with `align`: x by alignment, y on the baseline
    std::optional<LabelLeader> leader;  // only for Displaced
    int leader_crossings = 0;           // markers, labels, leaders and obstacles the leader crosses

    bool shown() const {
        return status == LabelStatus::Placed || status == LabelStatus::Displaced || status == LabelStatus::Forced;
    }
};

struct LabelLayoutOptions {
    double gap = 3.0;      // between the marker's edge and its label at the eight positions
    double padding = 2.0;  // kept free between a label and any other label, marker, leader or obstacle
    // Preferred distance from other markers, so that a label reads as belonging to its own marker:
    // the eight positions are tried with it first, then with just `padding`.
    double marker_clearance = 9.0;
    // Among the free positions, prefer one that covers fewer positions of labels still to come
    // (one covered position weighs as much as one step down the preference order). Places more
    // labels in clusters; off, the first free position in preference order wins.
    bool minimize_conflicts = true;
    // Covering one of the `lines` costs as much as this many steps down the preference order: a
    // label moves off the links (its own, which leaves its marker in some direction, and others)
    // when a nearby position is free of them.
    double line_weight = 4.0;
    // Staying at the position of the frame before (LabelRequest::previous) is worth this many steps.
    double keep_weight = 6.0;
    bool allow_leaders = true;
    // Only requests with at least this priority (and every must_show one) may be displaced.
    double leader_min_priority = -std::numeric_limits<double>::infinity();
    // A leader crossing a marker or label is misleading: ordinary labels are rather dropped than
    // displaced with more crossings than this; must_show labels take the fewest crossings found.
    int leader_max_crossings = 0;
    double ring_step = 6.0;    // displaced positions lie on rings this far apart...
    int ring_count = 12;       // ...this many of them (bounding the leader length)...
    int ring_directions = 24;  // ...at this many evenly spaced directions each.
};

// Lays out all requests; result[i] belongs to requests[i].
//
// Greedy, in order of must_show, then priority (higher first), then id, then index. Each label takes
//  1. the best of the eight positions that keeps `marker_clearance` from other markers (preference
//     order, weighed against conflicts with labels still to come when minimize_conflicts is on,
//     against the `lines` it would cover, and for its `previous` position);
//  2. else the best one that keeps just `padding`;
//  3. else, if it may be displaced, the first free position on the rings (shorter leaders first,
//     directions away from the local centre of mass of the markers first) whose leader crosses
//     nothing; must_show labels take the fewest crossings found instead;
//  4. else it is Dropped, or Forced when must_show: the position covering the least area of other
//     things, shifted into the viewport.
// Guarantees: a Placed or Displaced label lies inside the viewport, never overlaps its own marker and
// keeps `padding` from obstacles, other markers, and the labels and leaders placed before it (labels
// placed after it keep away in turn). Only Forced labels, and leaders with leader_crossings > 0 (of
// must_show labels), may overlap what was placed before them. Deterministic; no global state.
//
// Cost: the eight positions are a handful of grid lookups; a label that needs a leader may try up to
// ring_count * ring_directions positions. With thousands of labels on a crowded screen, limit
// leaders to the important ones (leader_min_priority); see bench/bench_labels.cpp.
//
// Throws std::invalid_argument when the viewport, an obstacle, a line or the options are unusable.
std::vector<LabelPlacement> layoutLabels(const LabelRect& viewport, std::span<const LabelRect> obstacles,
                                         std::span<const LabelRequest> requests, const LabelLayoutOptions& options = {},
                                         std::span<const LabelLine> lines = {});

}  // namespace pm
