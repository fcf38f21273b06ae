#include "core/inset_map.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "core/map_overlay.hpp"
#include "core/projection.hpp"

namespace pm {

namespace {

constexpr double kNoPlace = 1e9;

double wrappedLongitude(double lon, double reference) {
    return reference + std::remainder(lon - reference, 360.0);
}

// The cities within `reach` pixels of the home cities' middle on the output.
struct Crowd {
    std::vector<const SceneCity*> cities;
    int partners = 0;
    LabelRect box;  // of their markers, pixels
};

Crowd crowdAroundHomes(const Scene& scene, const MapTransform& transform, double reach) {
    Vec2 sum{0, 0};
    int home_count = 0;
    for (const SceneCity& city : scene.data.cities)
        if (city.visible && city.role == CityRole::Home) {
            const LabelPoint p = transform.toPixel(city.projected);
            sum = {sum.x + p.x, sum.y + p.y};
            ++home_count;
        }
    Crowd crowd;
    if (home_count == 0) return crowd;
    const Vec2 centre{sum.x / home_count, sum.y / home_count};
    Box2 pixels;
    for (const SceneCity& city : scene.data.cities) {
        if (!city.visible) continue;
        const LabelPoint p = transform.toPixel(city.projected);
        if (std::hypot(p.x - centre.x, p.y - centre.y) > reach) continue;
        crowd.cities.push_back(&city);
        pixels.add({p.x, p.y});
        if (city.role == CityRole::Partner) ++crowd.partners;
    }
    crowd.box = {pixels.min.x, pixels.min.y, pixels.max.x, pixels.max.y};
    return crowd;
}

// Centred on the middle of the crowd's latitudes and longitudes, which stays near the homes.
ProjectionSpec insetProjection(const Crowd& crowd) {
    const double reference_lon = crowd.cities.front()->position.lon;
    double lat0 = 90, lat1 = -90, lon0 = 1e9, lon1 = -1e9;
    for (const SceneCity* city : crowd.cities) {
        const double lon = wrappedLongitude(city->position.lon, reference_lon);
        lat0 = std::min(lat0, city->position.lat), lat1 = std::max(lat1, city->position.lat);
        lon0 = std::min(lon0, lon), lon1 = std::max(lon1, lon);
    }
    ProjectionSpec spec;
    spec.id = "lambert-azimuthal";
    spec.centre = {.lat = (lat0 + lat1) / 2, .lon = wrappedLongitude((lon0 + lon1) / 2, 0.0)};
    return spec;
}

// The corner of the map where a box of this size hides least, never over the crowd itself; nullopt
// when every corner would.
std::optional<LabelRect> bestCorner(const Scene& scene, const MapTransform& transform, double width, double top,
                                    double bottom, double margin, double box_width, double box_height,
                                    const LabelRect& crowd_box) {
    const LabelPoint corners[] = {{margin, bottom - box_height},
                                  {width - margin - box_width, bottom - box_height},
                                  {margin, top},
                                  {width - margin - box_width, top}};
    double best_cost = kNoPlace;
    std::optional<LabelRect> best;
    for (size_t i = 0; i < std::size(corners); ++i) {
        const LabelRect box{corners[i].x, corners[i].y, corners[i].x + box_width, corners[i].y + box_height};
        if (overlaps(box, crowd_box.inflated(margin))) continue;
        const double cost = coveredContent(scene, transform, box) + 0.5 * static_cast<double>(i);
        if (cost < best_cost) {
            best_cost = cost;
            best = box;
        }
    }
    return best;
}

// The region's edge as the map shows it, each side sampled so that its curve is followed; empty when
// part of it is not on the map.
std::vector<LabelPoint> regionOutline(const Box2& region, const Projection& inset, const Projection& map,
                                      const MapTransform& transform) {
    constexpr int kStepsPerSide = 16;
    const Vec2 corners[] = {{region.min.x, region.max.y},
                            {region.max.x, region.max.y},
                            {region.max.x, region.min.y},
                            {region.min.x, region.min.y}};
    std::vector<LabelPoint> outline;
    for (int side = 0; side < 4; ++side) {
        const Vec2 a = corners[side], b = corners[(side + 1) % 4];
        for (int step = 0; step < kStepsPerSide; ++step) {
            const double t = static_cast<double>(step) / kStepsPerSide;
            const std::optional<GeoPoint> geo = inset.inverse({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
            const std::optional<Vec2> on_map = geo ? map.forward(*geo) : std::nullopt;
            if (!on_map) return {};
            outline.push_back(transform.toPixel(*on_map));
        }
    }
    return outline;
}

}  // namespace

std::string insetTitle(const Scene& scene, const InsetPlan& plan, const CountryTable& countries,
                       const std::string& lang) {
    std::map<std::string, int> cities_by_continent;
    int named = 0;
    for (const SceneCity& city : scene.data.cities) {
        if (!plan.city_ids.contains(city.id)) continue;
        ++named;
        if (const Country* country = countries.byAlpha2(city.country)) ++cities_by_continent[country->continent];
    }
    for (const auto& [continent, count] : cities_by_continent)
        if (4 * count >= 3 * named) return continentName(continent, lang == "en");
    return {};
}

int insetFrameWidth(double overlay_scale) {
    return std::max(1, static_cast<int>(std::lround(1.5 * overlay_scale)));
}

std::optional<InsetPlan> planInset(const Scene& scene, const MapTransform& transform, double width, double height,
                                   double heading_height, double footer_height, double margin,
                                   const InsetOptions& options) {
    const Crowd crowd = crowdAroundHomes(scene, transform, options.reach * std::min(width, height));
    if (crowd.cities.empty() || crowd.partners < options.min_cities) return std::nullopt;
    InsetPlan plan;
    plan.projection = insetProjection(crowd);
    const Projection projection(plan.projection);
    Box2 region;
    for (const SceneCity* city : crowd.cities)
        if (const std::optional<Vec2> p = projection.forward(city->position)) region.add(*p);
    if (region.empty()) return std::nullopt;
    // Room for the names around the outermost cities.
    const double pad = 0.12 * std::max(region.width(), region.height());
    region.add({region.min.x - pad, region.min.y - pad});
    region.add({region.max.x + pad, region.max.y + pad});

    // The box: a share of the output's width, as tall as the region needs within limits.
    const double aspect = std::clamp(region.height() / region.width(), 0.6, 1.25);
    double box_width = options.box_width * width, box_height = box_width * aspect;
    const double room = height - heading_height - footer_height - 2 * margin;
    if (box_height > 0.6 * room) {
        box_height = 0.6 * room;
        box_width = box_height / aspect;
    }
    if (box_width < options.min_box_width) return std::nullopt;
    // The region widened to the box's aspect.
    const double units_per_pixel = std::max(region.width() / box_width, region.height() / box_height);
    const Vec2 middle = region.centre();
    plan.region.add({middle.x - box_width * units_per_pixel / 2, middle.y - box_height * units_per_pixel / 2});
    plan.region.add({middle.x + box_width * units_per_pixel / 2, middle.y + box_height * units_per_pixel / 2});

    // Only worth a box when it shows the crowd clearly larger.
    const double crowd_size = std::max(crowd.box.width(), crowd.box.height());
    const double inset_size = std::max(region.width(), region.height()) / units_per_pixel;
    if (inset_size < options.min_magnification * crowd_size) return std::nullopt;

    const std::optional<LabelRect> box =
        bestCorner(scene, transform, width, heading_height + margin, height - footer_height - margin, margin, box_width,
                   box_height, crowd.box);
    if (!box) return std::nullopt;
    plan.box = *box;
    plan.outline = regionOutline(plan.region, projection, Projection(scene.projection), transform);
    // Every partner the inset shows is named there.
    for (const SceneCity& city : scene.data.cities) {
        if (!city.visible || city.role != CityRole::Partner) continue;
        const std::optional<Vec2> p = projection.forward(city.position);
        if (p && plan.region.contains(*p)) plan.city_ids.insert(city.id);
    }
    return plan;
}

}  // namespace pm
