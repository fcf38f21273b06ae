#include "core/inset_map.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/map_overlay.hpp"
#include "core/projection.hpp"

namespace pm {

namespace {

constexpr double kNoPlace = 1e9;

double wrappedLongitude(double lon, double reference) {
    return reference + std::remainder(lon - reference, 360.0);
}

LabelRect pixelBounds(const std::vector<LabelPoint>& points) {
    LabelRect box{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                  -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (const LabelPoint& p : points)
        box = {std::min(box.x0, p.x), std::min(box.y0, p.y), std::max(box.x1, p.x), std::max(box.y1, p.y)};
    return box;
}

}  // namespace

int insetFrameWidth(double overlay_scale) {
    return std::max(1, static_cast<int>(std::lround(1.5 * overlay_scale)));
}

std::optional<InsetPlan> planInset(const Scene& scene, const MapTransform& transform, double width, double height,
                                   double heading_height, double footer_height, double margin,
                                   const InsetOptions& options) {
    // The crowd: the cities around the home cities, on the output.
    LabelPoint centre{0, 0};
    int homes = 0;
    for (const SceneCity& city : scene.data.cities)
        if (city.visible && city.role == CityRole::Home) {
            const LabelPoint p = transform.toPixel(city.projected);
            centre = {centre.x + p.x, centre.y + p.y};
            ++homes;
        }
    if (homes == 0) return std::nullopt;
    centre = {centre.x / homes, centre.y / homes};
    const double reach = options.reach * std::min(width, height);
    std::vector<const SceneCity*> crowd;
    std::vector<LabelPoint> crowd_pixels;
    int partners = 0;
    for (const SceneCity& city : scene.data.cities) {
        if (!city.visible) continue;
        const LabelPoint p = transform.toPixel(city.projected);
        if (std::hypot(p.x - centre.x, p.y - centre.y) > reach) continue;
        crowd.push_back(&city);
        crowd_pixels.push_back(p);
        if (city.role == CityRole::Partner) ++partners;
    }
    if (partners < options.min_cities) return std::nullopt;

    // Centred on the middle of the crowd's latitudes and longitudes, which stays near the homes.
    const double reference_lon = crowd.front()->position.lon;
    double lat0 = 90, lat1 = -90, lon0 = 1e9, lon1 = -1e9;
    for (const SceneCity* city : crowd) {
        const double lon = wrappedLongitude(city->position.lon, reference_lon);
        lat0 = std::min(lat0, city->position.lat), lat1 = std::max(lat1, city->position.lat);
        lon0 = std::min(lon0, lon), lon1 = std::max(lon1, lon);
    }
    InsetPlan plan;
    plan.projection.id = "lambert-azimuthal";
    plan.projection.centre = {.lat = (lat0 + lat1) / 2, .lon = wrappedLongitude((lon0 + lon1) / 2, 0.0)};
    const Projection projection(plan.projection);
    Box2 region;
    for (const SceneCity* city : crowd)
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
    const double units_per_pixel = std::max(region.width() / box_width, region.height() / box_height);
    const Vec2 middle = region.centre();
    plan.region = {};
    plan.region.add({middle.x - box_width * units_per_pixel / 2, middle.y - box_height * units_per_pixel / 2});
    plan.region.add({middle.x + box_width * units_per_pixel / 2, middle.y + box_height * units_per_pixel / 2});

    // Only worth a box when it shows the crowd clearly larger.
    const LabelRect crowd_box = pixelBounds(crowd_pixels);
    const double crowd_size = std::max(crowd_box.width(), crowd_box.height());
    const double inset_size = std::max(region.width(), region.height()) / units_per_pixel;
    if (inset_size < options.min_magnification * crowd_size) return std::nullopt;

    // The corner of the map where the box hides least, never over the crowd itself.
    const double top = heading_height + margin, bottom = height - footer_height - margin;
    const LabelPoint corners[] = {{margin, bottom - box_height},
                                  {width - margin - box_width, bottom - box_height},
                                  {margin, top},
                                  {width - margin - box_width, top}};
    double best_cost = kNoPlace;
    for (size_t i = 0; i < std::size(corners); ++i) {
        const LabelRect box{corners[i].x, corners[i].y, corners[i].x + box_width, corners[i].y + box_height};
        const bool hides_crowd = overlaps(box, crowd_box.inflated(margin));
        const double cost =
            hides_crowd ? kNoPlace : coveredContent(scene, transform, box) + 0.5 * static_cast<double>(i);
        if (cost < best_cost) {
            best_cost = cost;
            plan.box = box;
        }
    }
    if (best_cost >= kNoPlace) return std::nullopt;

    // The region's edge as the map shows it: each side sampled, so that its curve is followed.
    const Projection map_projection(scene.projection);
    constexpr int kStepsPerSide = 16;
    const Vec2 region_corners[] = {{plan.region.min.x, plan.region.max.y},
                                   {plan.region.max.x, plan.region.max.y},
                                   {plan.region.max.x, plan.region.min.y},
                                   {plan.region.min.x, plan.region.min.y}};
    for (int side = 0; side < 4; ++side) {
        const Vec2 a = region_corners[side], b = region_corners[(side + 1) % 4];
        for (int step = 0; step < kStepsPerSide; ++step) {
            const double t = static_cast<double>(step) / kStepsPerSide;
            const std::optional<GeoPoint> geo = projection.inverse({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
            const std::optional<Vec2> on_map = geo ? map_projection.forward(*geo) : std::nullopt;
            if (!on_map) {
                plan.outline.clear();
                side = 4;
                break;
            }
            plan.outline.push_back(transform.toPixel(*on_map));
        }
    }

    // Every partner the inset shows is named there.
    for (const SceneCity& city : scene.data.cities) {
        if (!city.visible || city.role != CityRole::Partner) continue;
        const std::optional<Vec2> p = projection.forward(city.position);
        if (p && plan.region.contains(*p)) plan.city_ids.insert(city.id);
    }
    return plan;
}

}  // namespace pm
