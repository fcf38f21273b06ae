#include "core/label_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <tuple>

namespace pm {

namespace {

// ---- Text estimate --------------------------------------------------------------------------------

// Decodes one code point leniently (an invalid byte counts as one character); advances i.
char32_t nextCodePoint(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int length = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = length == 1 ? b0 : b0 & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += length;
    return cp;
}

bool isZeroWidth(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F) ||
           cp == 0xFEFF;
}

bool isWide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Advance widths in em, averaged per class from DejaVu Sans (Noto Sans is within a few percent).
double advanceEms(char32_t cp) {
    if (isWide(cp)) return 1.0;
    if (cp >= 0x80) return 0.62;  // accented Latin, Cyrillic, Greek: mostly lower-case letters
    const auto c = static_cast<char>(cp);
    if (std::string_view(" ").find(c) != std::string_view::npos) return 0.32;
    if (std::string_view("ijl.,:;'!|").find(c) != std::string_view::npos) return 0.3;
    if (std::string_view("frtI()[]-/").find(c) != std::string_view::npos) return 0.4;
    if (std::string_view("mwMW").find(c) != std::string_view::npos) return 0.9;
    if (c >= 'A' && c <= 'Z') return 0.68;
    if (c >= '0' && c <= '9') return 0.64;
    return 0.6;
}

// ---- Validation -----------------------------------------------------------------------------------

void validate(const LabelRect& viewport, std::span<const LabelRect> obstacles, std::span<const LabelLine> lines,
              const LabelLayoutOptions& options) {
    if (!viewport.isFinite() || !(viewport.x0 < viewport.x1) || !(viewport.y0 < viewport.y1)) {
        throw std::invalid_argument("label layout: the viewport must be finite with x0 < x1 and y0 < y1");
    }
    for (size_t i = 0; i < obstacles.size(); ++i) {
        if (!obstacles[i].isValid()) {
            throw std::invalid_argument("label layout: obstacle " + std::to_string(i) +
                                        " must be finite with x0 <= x1 and y0 <= y1");
        }
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        for (const LabelPoint& point : lines[i]) {
            if (!std::isfinite(point.x) || !std::isfinite(point.y))
                throw std::invalid_argument("label layout: line " + std::to_string(i) + " has a non-finite point");
        }
    }
    if (!std::isfinite(options.line_weight) || options.line_weight < 0.0 || !std::isfinite(options.keep_weight) ||
        options.keep_weight < 0.0)
        throw std::invalid_argument("label layout: line_weight and keep_weight must be finite and >= 0");
    for (const double distance : {options.gap, options.padding, options.marker_clearance}) {
        if (!std::isfinite(distance) || distance < 0.0) {
            throw std::invalid_argument("label layout: gap, padding and marker_clearance must be finite and >= 0");
        }
    }
    if (options.allow_leaders) {
        if (!std::isfinite(options.ring_step) || options.ring_step <= 0.0 || options.ring_count < 0 ||
            options.ring_count > 1000 || options.ring_directions < 4 || options.ring_directions > 360) {
            throw std::invalid_argument(
                "label layout: leaders need ring_step > 0, ring_count in [0, 1000] and ring_directions in [4, 360]");
        }
        if (std::isnan(options.leader_min_priority) || options.leader_max_crossings < 0) {
            throw std::invalid_argument("label layout: leader_min_priority must not be NaN, leader_max_crossings >= 0");
        }
    }
}

bool isUsable(const LabelRequest& r) {
    auto non_negative = [](double v) { return std::isfinite(v) && v >= 0.0; };
    return std::isfinite(r.anchor.x) && std::isfinite(r.anchor.y) && non_negative(r.marker_radius) &&
           non_negative(r.text.width) && non_negative(r.text.height) && non_negative(r.text.descent) &&
           !std::isnan(r.priority);
}

// ---- Spatial index -------------------------------------------------------------------------------

// floor() as an int for cell indices, clamped to [lo, hi]. Without SSE4.1 (the x86-64 baseline)
// std::floor is a library call, and this runs for every candidate tested.
int floorClamped(double v, int lo, int hi) {
    v = std::clamp(v, static_cast<double>(lo), static_cast<double>(hi));
    const int i = static_cast<int>(v);
    return i - (v < i ? 1 : 0);
}

enum class BlockerKind : std::uint8_t { Box, Disc, Segment };

// Something a label must keep clear of: an obstacle or placed label (Box), a marker (Disc) or a
// leader line (Segment).
struct Blocker {
    BlockerKind kind = BlockerKind::Box;
    int owner = -1;     // index of the request it belongs to; -1 for obstacles
    LabelRect bounds;   // the box itself, or the bounding box of the disc or segment
    LabelPoint a, b;    // disc centre in a; segment from a to b
    double radius = 0;  // disc radius
};

// Uniform grid of cells holding item indices. Items inserted before freeze() (markers, obstacles:
// the bulk) are stored contiguously per cell; later ones (placed labels, leaders) in per-cell linked
// lists. Cells outside the grid's area are clamped onto its border, so far-away items stay correct,
// just slower.
class BlockerGrid {
public:
    BlockerGrid(const LabelRect& area, double cell_size) : m_area(area), m_cell(cell_size) {
        m_cols = std::max(1, static_cast<int>(std::ceil(area.width() / cell_size)));
        m_rows = std::max(1, static_cast<int>(std::ceil(area.height() / cell_size)));
        m_heads.assign(static_cast<size_t>(m_cols) * m_rows, -1);
        m_frozen_start.assign(static_cast<size_t>(m_cols) * m_rows + 1, 0);
    }

    void insert(int item, const LabelRect& bounds) {
        const CellRange range = cells(bounds);
        for (int row = range.row0; row <= range.row1; ++row) {
            for (int col = range.col0; col <= range.col1; ++col) {
                int& head = m_heads[static_cast<size_t>(row) * m_cols + col];
                m_entries.push_back({item, head});
                head = static_cast<int>(m_entries.size()) - 1;
            }
        }
        if (static_cast<size_t>(item) >= m_stamps.size()) m_stamps.resize(item + 1, 0);
    }

    // Moves everything inserted so far into contiguous per-cell arrays (once).
    void freeze() {
        const size_t cell_count = m_heads.size();
        for (size_t cell = 0; cell < cell_count; ++cell) {
            int count = 0;
            for (int e = m_heads[cell]; e >= 0; e = m_entries[e].next) ++count;
            m_frozen_start[cell + 1] = m_frozen_start[cell] + count;
        }
        m_frozen.resize(static_cast<size_t>(m_frozen_start[cell_count]));
        for (size_t cell = 0; cell < cell_count; ++cell) {
            int at = m_frozen_start[cell + 1];
            for (int e = m_heads[cell]; e >= 0; e = m_entries[e].next) m_frozen[--at] = m_entries[e].item;
            m_heads[cell] = -1;
        }
        m_entries.clear();
    }

    // Calls visit(item) once for every item whose cells meet the box, until visit returns true.
    template <class Visit>
    bool visit(const LabelRect& box, Visit&& visit) {
        ++m_query;
        const CellRange range = cells(box);
        for (int row = range.row0; row <= range.row1; ++row) {
            for (int col = range.col0; col <= range.col1; ++col) {
                const size_t cell = static_cast<size_t>(row) * m_cols + col;
                for (int k = m_frozen_start[cell]; k < m_frozen_start[cell + 1]; ++k) {
                    if (once(m_frozen[k]) && visit(m_frozen[k])) return true;
                }
                for (int e = m_heads[cell]; e >= 0; e = m_entries[e].next) {
                    if (once(m_entries[e].item) && visit(m_entries[e].item)) return true;
                }
            }
        }
        return false;
    }

private:
    struct CellRange {
        int col0, row0, col1, row1;
    };
    struct Entry {
        int item;
        int next;
    };

    // False when the item was already visited in this query (it spans several cells).
    bool once(int item) {
        if (m_stamps[item] == m_query) return false;
        m_stamps[item] = m_query;
        return true;
    }
    int column(double x) const { return floorClamped((x - m_area.x0) / m_cell, 0, m_cols - 1); }
    int row(double y) const { return floorClamped((y - m_area.y0) / m_cell, 0, m_rows - 1); }
    CellRange cells(const LabelRect& box) const { return {column(box.x0), row(box.y0), column(box.x1), row(box.y1)}; }

    LabelRect m_area;
    double m_cell;
    int m_cols = 1;
    int m_rows = 1;
    std::vector<int> m_frozen_start;  // per cell, into m_frozen
    std::vector<int> m_frozen;
    std::vector<int> m_heads;  // per cell, into m_entries
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_stamps;
    std::uint32_t m_query = 0;
};

// Coarse sums of marker positions, for the direction away from the local centre of mass.
class MassGrid {
public:
    MassGrid(const LabelRect& area, double cell_size) : m_area(area), m_cell(cell_size) {
        m_cols = std::max(1, static_cast<int>(std::ceil(area.width() / cell_size)));
        m_rows = std::max(1, static_cast<int>(std::ceil(area.height() / cell_size)));
        m_cells.assign(static_cast<size_t>(m_cols) * m_rows, {});
    }

    void add(LabelPoint p) {
        Cell& cell = m_cells[index(column(p.x), row(p.y))];
        cell.x += p.x;
        cell.y += p.y;
        ++cell.count;
    }

    // Mean of the markers in the cells around p (within about `radius`), p itself excluded once.
    std::optional<LabelPoint> centreAround(LabelPoint p, double radius) const {
        Cell sum;
        for (int r = row(p.y - radius); r <= row(p.y + radius); ++r) {
            for (int c = column(p.x - radius); c <= column(p.x + radius); ++c) {
                const Cell& cell = m_cells[index(c, r)];
                sum.x += cell.x;
                sum.y += cell.y;
                sum.count += cell.count;
            }
        }
        if (sum.count <= 1) return std::nullopt;
        return LabelPoint{(sum.x - p.x) / (sum.count - 1), (sum.y - p.y) / (sum.count - 1)};
    }

private:
    struct Cell {
        double x = 0.0;
        double y = 0.0;
        int count = 0;
    };
    size_t index(int col, int r) const { return static_cast<size_t>(r) * m_cols + col; }
    int column(double x) const { return floorClamped((x - m_area.x0) / m_cell, 0, m_cols - 1); }
    int row(double y) const { return floorClamped((y - m_area.y0) / m_cell, 0, m_rows - 1); }

    LabelRect m_area;
    double m_cell;
    int m_cols = 1;
    int m_rows = 1;
    std::vector<Cell> m_cells;
};

// ---- Candidate geometry ---------------------------------------------------------------------------

struct Candidate {
    LabelRect rect;
    TextAlign align = TextAlign::Start;
};

// The box at one of the eight positions, `distance` from the anchor (diagonals touch the circle of
// that radius with their corner).
Candidate candidateAt(LabelPosition position, LabelPoint anchor, double distance, const LabelTextSize& size) {
    const double diagonal = distance * std::numbers::sqrt2 / 2.0;
    const double w = size.width;
    const double h = size.height;
    const double ax = anchor.x;
    const double ay = anchor.y;
    switch (position) {
        case LabelPosition::TopRight:
            return {{ax + diagonal, ay - diagonal - h, ax + diagonal + w, ay - diagonal}, TextAlign::Start};
        case LabelPosition::Right:
            return {{ax + distance, ay - h / 2, ax + distance + w, ay + h / 2}, TextAlign::Start};
        case LabelPosition::Top:
            return {{ax - w / 2, ay - distance - h, ax + w / 2, ay - distance}, TextAlign::Middle};
        case LabelPosition::TopLeft:
            return {{ax - diagonal - w, ay - diagonal - h, ax - diagonal, ay - diagonal}, TextAlign::End};
        case LabelPosition::Left:
            return {{ax - distance - w, ay - h / 2, ax - distance, ay + h / 2}, TextAlign::End};
        case LabelPosition::BottomRight:
            return {{ax + diagonal, ay + diagonal, ax + diagonal + w, ay + diagonal + h}, TextAlign::Start};
        case LabelPosition::Bottom:
            return {{ax - w / 2, ay + distance, ax + w / 2, ay + distance + h}, TextAlign::Middle};
        case LabelPosition::BottomLeft:
        case LabelPosition::Displaced:
            break;
    }
    return {{ax - diagonal - w, ay + diagonal, ax - diagonal, ay + diagonal + h}, TextAlign::End};
}

// The box hanging off point p in direction u (unit vector): p lies on the box's edge nearest the
// marker, at a corner for diagonal directions and mid-edge otherwise.
Candidate candidateAttachedAt(LabelPoint p, LabelPoint u, const LabelTextSize& size) {
    constexpr double kSideways = 0.3826834323650898;  // sin(22.5°): beyond this the box sits to one side
    Candidate c;
    if (u.x > kSideways) {
        c.rect.x0 = p.x;
        c.align = TextAlign::Start;
    } else if (u.x < -kSideways) {
        c.rect.x0 = p.x - size.width;
        c.align = TextAlign::End;
    } else {
        c.rect.x0 = p.x - size.width / 2;
        c.align = TextAlign::Middle;
    }
    if (u.y > kSideways) {
        c.rect.y0 = p.y;
    } else if (u.y < -kSideways) {
        c.rect.y0 = p.y - size.height;
    } else {
        c.rect.y0 = p.y - size.height / 2;
    }
    c.rect.x1 = c.rect.x0 + size.width;
    c.rect.y1 = c.rect.y0 + size.height;
    return c;
}

// Moves the box into the viewport when it fits (to the top-left corner when it does not).
LabelRect shiftedInside(LabelRect rect, const LabelRect& viewport) {
    const double w = rect.width();
    const double h = rect.height();
    const double x0 = w <= viewport.width() ? std::clamp(rect.x0, viewport.x0, viewport.x1 - w) : viewport.x0;
    const double y0 = h <= viewport.height() ? std::clamp(rect.y0, viewport.y0, viewport.y1 - h) : viewport.y0;
    return {x0, y0, x0 + w, y0 + h};
}

// The box covering all eight positions of a request.
LabelRect candidateZone(const LabelRequest& r, double gap) {
    const double distance = r.marker_radius + gap;
    return {r.anchor.x - distance - r.text.width, r.anchor.y - distance - r.text.height,
            r.anchor.x + distance + r.text.width, r.anchor.y + distance + r.text.height};
}

// Covering one more position of a label still to come costs as much as going one step down the
// preference order.
constexpr double kRankWeight = 1.0;

double medianOf(std::vector<double> values, double fallback) {
    if (values.empty()) return fallback;
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Grows the cell size until the area needs at most max_cells cells.
double boundedCellSize(const LabelRect& area, double cell, double max_cells = 1 << 20) {
    while ((area.width() / cell + 1) * (area.height() / cell + 1) > max_cells) cell *= 2;
    return cell;
}

// ---- The layout -----------------------------------------------------------------------------------

// One run of layoutLabels: the spatial indexes and the placements so far.
class LabelLayouter {
public:
    LabelLayouter(const LabelRect& viewport, std::span<const LabelRect> obstacles,
                  std::span<const LabelRequest> requests, std::span<const LabelLine> lines,
                  const LabelLayoutOptions& options)
        : m_viewport(viewport),
          m_requests(requests),
          m_options(options),
          m_usable(requests.size()),
          m_placements(requests.size()),
          m_done(requests.size(), false),
          m_cell_size(cellSize()),
          m_grid(indexArea(), m_cell_size),
          m_zones(indexArea(), m_cell_size),
          m_line_grid(indexArea(), m_cell_size),
          m_mass(indexArea(), boundedCellSize(indexArea(), std::max(16.0, searchRadius() / 2))) {
        for (size_t i = 0; i < requests.size(); ++i) m_usable[i] = isUsable(requests[i]);
        for (const LabelRect& obstacle : obstacles) addBlocker({BlockerKind::Box, -1, obstacle, {}, {}, 0.0});
        for (size_t i = 0; i < requests.size(); ++i) {
            if (!m_usable[i]) continue;
            const LabelRequest& r = requests[i];
            const LabelRect bounds{r.anchor.x - r.marker_radius, r.anchor.y - r.marker_radius,
                                   r.anchor.x + r.marker_radius, r.anchor.y + r.marker_radius};
            addBlocker({BlockerKind::Disc, static_cast<int>(i), bounds, r.anchor, {}, r.marker_radius});
            m_mass.add(r.anchor);
            // Only labels that fit the viewport can take one of the eight positions at all.
            if (r.text.width <= viewport.width() && r.text.height <= viewport.height()) {
                m_zones.insert(static_cast<int>(i), candidateZone(r, options.gap));
            }
        }
        addLines(lines);
        m_grid.freeze();
        m_zones.freeze();
        m_line_grid.freeze();
        for (size_t i = 0; i < requests.size(); ++i) {
            if (!m_usable[i]) m_placements[i].status = LabelStatus::Invalid;
        }
    }

    std::vector<LabelPlacement> run() {
        for (const size_t i : placementOrder()) place(i);
        return std::move(m_placements);
    }

private:
    double searchRadius() const { return m_options.allow_leaders ? m_options.ring_step * m_options.ring_count : 0.0; }

    // Everything a shown label can touch lies in the viewport; markers and leaders outside it are
    // clamped onto the border cells.
    LabelRect indexArea() const { return m_viewport.inflated(m_options.padding + 1.0); }

    // About two typical label heights: small enough that a cell holds few items in dense maps, large
    // enough that a label spans few cells. Bounded so the grid stays small for any viewport.
    double cellSize() const {
        std::vector<double> heights;
        heights.reserve(m_requests.size());
        for (const LabelRequest& r : m_requests) {
            if (isUsable(r)) heights.push_back(r.text.height + 2 * m_options.padding);
        }
        return boundedCellSize(indexArea(), std::clamp(2.0 * medianOf(std::move(heights), 16.0), 8.0, 512.0));
    }

    std::vector<size_t> placementOrder() const {
        std::vector<size_t> order;
        for (size_t i = 0; i < m_requests.size(); ++i) {
            if (m_usable[i]) order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [this](size_t a, size_t b) {
            const LabelRequest& ra = m_requests[a];
            const LabelRequest& rb = m_requests[b];
            if (ra.must_show != rb.must_show) return ra.must_show;
            if (ra.priority != rb.priority) return ra.priority > rb.priority;
            if (ra.id != rb.id) return ra.id < rb.id;
            return a < b;
        });
        return order;
    }

    // Only the segments that reach the viewport: a label lies inside it.
    void addLines(std::span<const LabelLine> lines) {
        if (m_options.line_weight == 0.0) return;
        const LabelRect area = indexArea();
        for (size_t line = 0; line < lines.size(); ++line) {
            for (size_t k = 1; k < lines[line].size(); ++k) {
                const LabelPoint a = lines[line][k - 1], b = lines[line][k];
                const LabelRect bounds{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
                if (!overlaps(bounds, area)) continue;
                m_line_grid.insert(static_cast<int>(m_segments.size()), bounds);
                m_segments.push_back({a, b, static_cast<int>(line)});
            }
        }
        m_line_stamps.assign(lines.size(), 0);
    }

    // How many lines pass through the box with its padding (each counted once, whatever its segments).
    int linesCovered(const LabelRect& rect) {
        if (m_segments.empty()) return 0;
        const LabelRect padded = rect.inflated(m_options.padding);
        ++m_line_query;
        int count = 0;
        m_line_grid.visit(padded, [&](int index) {
            const LineSegment& segment = m_segments[index];
            std::uint32_t& stamp = m_line_stamps[segment.line];
            if (stamp != m_line_query && segmentIntersectsRect(segment.a, segment.b, padded)) {
                stamp = m_line_query;
                ++count;
            }
            return false;
        });
        return count;
    }

    void addBlocker(const Blocker& blocker) {
        m_blockers.push_back(blocker);
        m_grid.insert(static_cast<int>(m_blockers.size()) - 1, blocker.bounds);
    }

    bool blocks(const Blocker& blocker, const LabelRect& rect, const LabelRect& padded, int self,
                double marker_clearance) const {
        switch (blocker.kind) {
            case BlockerKind::Box:
                return overlaps(padded, blocker.bounds);
            case BlockerKind::Disc: {
                const double clearance = blocker.owner == self ? 0.0 : marker_clearance;
                return overlapsDisc(rect, blocker.a, blocker.radius + clearance);
            }
            case BlockerKind::Segment:
                return segmentIntersectsRect(blocker.a, blocker.b, padded);
        }
        return true;
    }

    // True when the box keeps its clearance from everything placed so far: `padding`, and
    // `marker_clearance` (at least padding) from other markers.
    bool isFree(const LabelRect& rect, int self, double marker_clearance) {
        const LabelRect padded = rect.inflated(m_options.padding);
        // Neighbouring candidates are usually blocked by the same thing: test that first.
        if (m_last_blocker >= 0 && blocks(m_blockers[m_last_blocker], rect, padded, self, marker_clearance)) {
            return false;
        }
        const LabelRect query = rect.inflated(marker_clearance);
        const bool blocked = m_grid.visit(query, [&](int b) {
            if (!blocks(m_blockers[b], rect, padded, self, marker_clearance)) return false;
            m_last_blocker = b;
            return true;
        });
        return !blocked;
    }

    // How many labels, markers, leaders and obstacles the segment would cross or pass closer than
    // `padding` (a leader grazing a marker looks like it starts there).
    // Counting stops at `limit`.
    int crossings(LabelPoint a, LabelPoint b, int self, int limit = std::numeric_limits<int>::max()) {
        const double pad = m_options.padding;
        const LabelRect box =
            LabelRect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)}.inflated(pad);
        int count = 0;
        m_grid.visit(box, [&](int index) {
            const Blocker& blocker = m_blockers[index];
            // Most items in the cells are nowhere near a short segment: reject by bounding box first.
            if (blocker.owner == self || !overlaps(box, blocker.bounds.inflated(1e-9))) return false;
            bool crosses = false;
            switch (blocker.kind) {
                case BlockerKind::Box:
                    crosses = segmentIntersectsRect(a, b, blocker.bounds.inflated(pad));
                    break;
                case BlockerKind::Disc:
                    crosses = segmentOverlapsDisc(a, b, blocker.a, blocker.radius + pad);
                    break;
                case BlockerKind::Segment:
                    crosses = segmentsIntersect(a, b, blocker.a, blocker.b);
                    break;
            }
            count += crosses ? 1 : 0;
            return count >= limit;
        });
        return count;
    }

    // Area of everything the box (with clearance) would cover; crossing a leader counts as a small area.
    double overlapCost(const LabelRect& rect) {
        const LabelRect padded = rect.inflated(m_options.padding);
        double cost = 0.0;
        m_grid.visit(padded, [&](int index) {
            const Blocker& blocker = m_blockers[index];
            if (blocker.kind == BlockerKind::Segment) {
                cost += segmentIntersectsRect(blocker.a, blocker.b, padded) ? 16.0 : 0.0;
            } else {
                cost += overlapArea(padded, blocker.bounds);
            }
            return false;
        });
        return cost;
    }

    void accept(size_t i, LabelStatus status, LabelPosition position, const Candidate& candidate) {
        const LabelRequest& r = m_requests[i];
        LabelPlacement& p = m_placements[i];
        p.status = status;
        p.position = position;
        p.rect = candidate.rect;
        p.align = candidate.align;
        const double x = candidate.align == TextAlign::Start    ? candidate.rect.x0
                         : candidate.align == TextAlign::Middle ? candidate.rect.center().x
                                                                : candidate.rect.x1;
        p.text_origin = {x, candidate.rect.y1 - r.text.descent};
        addBlocker({BlockerKind::Box, static_cast<int>(i), candidate.rect, {}, {}, 0.0});
    }

    // How many of the eight positions of labels still to be placed the box would cover.
    int conflicts(const LabelRect& rect, size_t self) {
        const LabelRect padded = rect.inflated(m_options.padding);
        int count = 0;
        m_zones.visit(padded, [&](int j) {
            if (m_done[j] || static_cast<size_t>(j) == self) return false;
            const LabelRequest& other = m_requests[j];
            const double distance = other.marker_radius + m_options.gap;
            for (int k = 0; k < kLabelCandidateCount; ++k) {
                count += overlaps(padded,
                                  candidateAt(static_cast<LabelPosition>(k), other.anchor, distance, other.text).rect);
            }
            return false;
        });
        return count;
    }

    // Next to the marker clear of other markers; else next to it as long as it is free (in dense
    // clusters that reads better than a leader); else displaced with a leader; else forced or dropped.
    void place(size_t i) {
        m_done[i] = true;
        const LabelRequest& r = m_requests[i];
        const double relaxed = m_options.padding;
        const double preferred = std::max(relaxed, m_options.marker_clearance);
        if (placeNear(i, preferred)) return;
        if (preferred > relaxed && placeNear(i, relaxed)) return;
        if (m_options.allow_leaders && (r.must_show || r.priority >= m_options.leader_min_priority) &&
            placeDisplaced(i)) {
            return;
        }
        if (r.must_show) {
            placeForced(i);
            return;
        }
        m_placements[i].status = LabelStatus::Dropped;
    }

    // At the best of the eight positions that keeps `marker_clearance` from other markers (and
    // padding from everything else); false when none does.
    bool placeNear(size_t i, double marker_clearance) {
        const LabelRequest& r = m_requests[i];
        const int self = static_cast<int>(i);
        const double distance = r.marker_radius + m_options.gap;
        int best = -1;
        double best_score = std::numeric_limits<double>::infinity();
        const int previous = r.previous ? static_cast<int>(*r.previous) : -1;
        for (int k = 0; k < kLabelCandidateCount; ++k) {
            // Later positions only score worse, unless the previous one is still to come.
            if (k * kRankWeight - (k <= previous ? m_options.keep_weight : 0.0) >= best_score) break;
            const Candidate c = candidateAt(static_cast<LabelPosition>(k), r.anchor, distance, r.text);
            if (!contains(m_viewport, c.rect) || !isFree(c.rect, self, marker_clearance)) continue;
            const double score = k * kRankWeight + (m_options.minimize_conflicts ? conflicts(c.rect, i) : 0.0) +
                                 m_options.line_weight * linesCovered(c.rect) -
                                 (k == previous ? m_options.keep_weight : 0.0);
            if (score < best_score) {
                best_score = score;
                best = k;
            }
        }
        if (best < 0) return false;
        const auto position = static_cast<LabelPosition>(best);
        accept(i, LabelStatus::Placed, position, candidateAt(position, r.anchor, distance, r.text));
        return true;
    }

    // Fills m_directions with the ring directions' unit vectors in order of closeness to `preferred`
    // (radians, y down): the two neighbours of the preferred angle first, then outwards alternately.
    void rankDirections(double preferred) {
        const int n = m_options.ring_directions;
        if (m_unit.empty()) {
            for (int j = 0; j < n; ++j) {
                const double angle = 2.0 * std::numbers::pi * j / n;
                m_unit.push_back({std::cos(angle), std::sin(angle)});
            }
        }
        double t = preferred / (2.0 * std::numbers::pi) * n;  // in steps
        t -= n * std::floor(t / n);
        int lower = std::min(static_cast<int>(t), n - 1);
        const double fraction = t - lower;
        int upper = (lower + 1) % n;
        double lower_distance = fraction;
        double upper_distance = 1.0 - fraction;
        m_directions.clear();
        for (int k = 0; k < n; ++k) {
            if (lower_distance <= upper_distance) {
                m_directions.push_back(m_unit[lower]);
                lower = (lower + n - 1) % n;
                lower_distance += 1.0;
            } else {
                m_directions.push_back(m_unit[upper]);
                upper = (upper + 1) % n;
                upper_distance += 1.0;
            }
        }
    }

    // The (ring, direction rank) pairs in the order they are tried: shorter leaders first, but turning
    // away from the preferred direction costs up to kTurnCost rings (for the opposite direction).
    const std::vector<std::pair<int, int>>& ringSearchOrder() {
        if (!m_ring_order.empty()) return m_ring_order;
        constexpr double kTurnCost = 4.0;
        const int directions = m_options.ring_directions;
        std::vector<std::tuple<double, int, int>> scored;
        for (int ring = 1; ring <= m_options.ring_count; ++ring) {
            for (int rank = 0; rank < directions; ++rank) {
                scored.emplace_back(ring + kTurnCost * rank / directions, ring, rank);
            }
        }
        std::sort(scored.begin(), scored.end());
        for (const auto& [score, ring, rank] : scored) m_ring_order.emplace_back(ring, rank);
        return m_ring_order;
    }

    bool placeDisplaced(size_t i) {
        const LabelRequest& r = m_requests[i];
        const int self = static_cast<int>(i);
        // Away from the neighbours' centre of mass; up and to the right (the first candidate) when alone.
        double preferred = -std::numbers::pi / 4;
        if (const auto centre = m_mass.centreAround(r.anchor, searchRadius())) {
            const double dx = r.anchor.x - centre->x;
            const double dy = r.anchor.y - centre->y;
            if (dx * dx + dy * dy > 1e-12) preferred = std::atan2(dy, dx);
        }
        rankDirections(preferred);
        const std::vector<LabelPoint>& directions = m_directions;
        // The leader says where a displaced label belongs; it must not sit next to another marker.
        const double clearance = std::max(m_options.padding, m_options.marker_clearance);

        struct Best {
            Candidate candidate;
            LabelLeader leader;
            int crossings = 0;
        };
        // When the leader may cross nothing, a direction is dead once its leader crosses something:
        // longer leaders in that direction cross it too. Only the new piece of each leader is tested,
        // so in dense areas the search ends after a ring or two instead of trying every position.
        const bool prune = !r.must_show && m_options.leader_max_crossings == 0;
        std::vector<int>& clear_to_ring = m_clear_to_ring;  // leader known clear up to this ring
        clear_to_ring.assign(directions.size(), 0);
        std::vector<char>& dead = m_dead;
        dead.assign(directions.size(), 0);
        auto ring_point = [&](int ring, const LabelPoint& u) {
            const double radius =
                ring == 0 ? r.marker_radius : r.marker_radius + m_options.gap + ring * m_options.ring_step;
            return LabelPoint{r.anchor.x + radius * u.x, r.anchor.y + radius * u.y};
        };
        std::optional<Best> best;
        for (const auto& [ring, rank] : ringSearchOrder()) {
            const LabelPoint& u = directions[rank];
            if (prune) {
                if (dead[rank]) continue;
                const LabelPoint from = ring_point(clear_to_ring[rank], u);
                const LabelPoint to = ring_point(ring, u);
                if (crossings(from, to, self, 1) > 0) {
                    dead[rank] = 1;
                    continue;
                }
                clear_to_ring[rank] = ring;
            }
            const LabelPoint p = ring_point(ring, u);
            const Candidate c = candidateAttachedAt(p, u, r.text);
            if (!contains(m_viewport, c.rect) || !isFree(c.rect, self, clearance)) continue;
            const LabelLeader leader{ring_point(0, u), p};
            const int count = prune ? 0 : crossings(leader.from, leader.to, self);
            if (!best || count < best->crossings) best = Best{c, leader, count};
            if (count == 0) break;
        }
        if (!best || (best->crossings > m_options.leader_max_crossings && !r.must_show)) return false;
        accept(i, LabelStatus::Displaced, LabelPosition::Displaced, best->candidate);
        m_placements[i].leader = best->leader;
        m_placements[i].leader_crossings = best->crossings;
        const LabelRect bounds{
            std::min(best->leader.from.x, best->leader.to.x), std::min(best->leader.from.y, best->leader.to.y),
            std::max(best->leader.from.x, best->leader.to.x), std::max(best->leader.from.y, best->leader.to.y)};
        addBlocker({BlockerKind::Segment, self, bounds, best->leader.from, best->leader.to, 0.0});
        return true;
    }

    void placeForced(size_t i) {
        const LabelRequest& r = m_requests[i];
        const double distance = r.marker_radius + m_options.gap;
        int best_position = 0;
        Candidate best;
        double best_cost = std::numeric_limits<double>::infinity();
        for (int k = 0; k < kLabelCandidateCount; ++k) {
            Candidate c = candidateAt(static_cast<LabelPosition>(k), r.anchor, distance, r.text);
            c.rect = shiftedInside(c.rect, m_viewport);
            const double cost = overlapCost(c.rect);
            if (cost < best_cost) {
                best_cost = cost;
                best = c;
                best_position = k;
            }
        }
        accept(i, LabelStatus::Forced, static_cast<LabelPosition>(best_position), best);
    }

    LabelRect m_viewport;
    std::span<const LabelRequest> m_requests;
    LabelLayoutOptions m_options;
    std::vector<bool> m_usable;
    std::vector<LabelPlacement> m_placements;
    std::vector<bool> m_done;  // requests already handled
    double m_cell_size;
    std::vector<Blocker> m_blockers;
    BlockerGrid m_grid;
    BlockerGrid m_zones;  // where each request's eight positions lie, by request index
    struct LineSegment {
        LabelPoint a, b;
        int line;  // index into the lines
    };
    BlockerGrid m_line_grid;  // by index into m_segments
    std::vector<LineSegment> m_segments;
    std::vector<std::uint32_t> m_line_stamps;  // per line: the query that counted it last
    std::uint32_t m_line_query = 0;
    MassGrid m_mass;
    int m_last_blocker = -1;
    std::vector<std::pair<int, int>> m_ring_order;  // see ringSearchOrder()
    std::vector<LabelPoint> m_unit;                 // unit vectors of the ring directions by index
    std::vector<LabelPoint> m_directions;           // ... ranked for the label being displaced
    std::vector<int> m_clear_to_ring;               // scratch for placeDisplaced
    std::vector<char> m_dead;
};

}  // namespace

LabelTextSize estimateTextSize(std::string_view utf8, double font_px) {
    double ems = 0.0;
    for (size_t i = 0; i < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, i);
        if (!isZeroWidth(cp)) ems += advanceEms(cp);
    }
    return {ems * font_px, 1.17 * font_px, 0.24 * font_px};
}

std::vector<LabelPlacement> layoutLabels(const LabelRect& viewport, std::span<const LabelRect> obstacles,
                                         std::span<const LabelRequest> requests, const LabelLayoutOptions& options,
                                         std::span<const LabelLine> lines) {
    validate(viewport, obstacles, lines, options);
    return LabelLayouter(viewport, obstacles, requests, lines, options).run();
}

}  // namespace pm
