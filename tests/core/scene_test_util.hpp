#pragma once

#include <string>
#include <vector>

#include "core/dataset_files.hpp"
#include "core/projection.hpp"
#include "core/projection_catalog.hpp"
#include "core/resources.hpp"

namespace pm::test {

// Non-overlapping occurrences of `needle` in `text` (elements of an SVG, say).
inline size_t countOf(const std::string& text, const std::string& needle) {
    size_t count = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++count;
    return count;
}

inline DataSet bundledData() {
    return loadDataSetFile(bundledDataPath(), {});
}
inline DataSet pacificData() {
    return loadDataSetFile(std::string(PARTNERMAP_TEST_DATA) + "/maps/pacific.json", {});
}

struct ViewCase {
    std::string projection;
    GeoPoint centre;
    std::string name() const {
        return projection + "@" + std::to_string(static_cast<int>(centre.lat)) + "," +
               std::to_string(static_cast<int>(centre.lon));
    }
};

// Every catalogue projection at centres that put the cut through Europe, the Pacific and the dateline.
inline std::vector<ViewCase> viewCases() {
    std::vector<ViewCase> cases;
    for (const ProjectionInfo& info : projectionCatalog()) {
        if (info.id == kCustomProjectionId) continue;
        const std::vector<GeoPoint> centres =
            info.kind == ProjectionKind::World
                ? std::vector<GeoPoint>{{0, 10}, {0, -170}, {0, 180}, {0, 150}, {0, -30}, {0, 100}}
                : std::vector<GeoPoint>{{49.45, 11.08}, {-30, -170}, {0, 180}, {-89, 0}, {60, -100}};
        for (const GeoPoint& centre : centres) cases.push_back({std::string(info.id), centre});
    }
    return cases;
}

// Inside, or within `slack` of the ring's edge (points clipped onto the map edge lie on it).
inline bool insideOrOnRing(const std::vector<Vec2>& ring, Vec2 p, double slack) {
    bool inside = false;
    double nearest = std::numeric_limits<double>::infinity();
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Vec2 a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
        const Vec2 ab = b - a;
        const double t = std::clamp(dot(p - a, ab) / std::max(dot(ab, ab), 1e-300), 0.0, 1.0);
        nearest = std::min(nearest, length(p - (a + ab * t)));
    }
    return inside || nearest <= slack;
}

}  // namespace pm::test
