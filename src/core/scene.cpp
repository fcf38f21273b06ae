#include "core/scene.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/geodesy.hpp"
#include "core/projection_catalog.hpp"

namespace pm {

namespace {

constexpr double kGraticuleSampleDeg = 1.0;

std::vector<MapLine> projectLines(const GeoLine& line, const Projection& projection) {
    return projectClippedLine(line, projection);
}

void appendLines(std::vector<MapLine>& into, std::vector<MapLine> lines) {
    for (MapLine& line : lines)
        if (line.size() >= 2) into.push_back(std::move(line));
}

std::vector<MapLine> buildGraticule(const Projection& projection, double step_deg) {
    std::vector<MapLine> lines;
    if (!(step_deg > 0)) return lines;
    const double centre_lon = projection.clipRegion().kind == ClipRegion::Kind::Antimeridian
                                  ? projection.clipRegion().centre_lon
                                  : projection.clipRegion().centre.lon;
    const int meridians = static_cast<int>(std::round(360.0 / step_deg));
    for (int i = 0; i < meridians; ++i) {
        GeoLine meridian;
        const double lon = -180.0 + i * step_deg;
        for (double lat = -90.0; lat <= 90.0 + 1e-9; lat += kGraticuleSampleDeg)
            meridian.push_back({.lat = lat, .lon = lon});
        appendLines(lines, projectLines(meridian, projection));
    }
    for (double lat = -90.0 + step_deg; lat < 90.0 - 1e-9; lat += step_deg) {
        GeoLine parallel;
        // Start at the cut so that the parallel is one piece on world maps.
        for (double d = 0.0; d <= 360.0 + 1e-9; d += kGraticuleSampleDeg)
            parallel.push_back({.lat = lat, .lon = centre_lon - 180.0 + d});
        appendLines(lines, projectLines(parallel, projection));
    }
    return lines;
}

}  // namespace

BasemapLayer buildBasemapLayer(const Basemap& basemap, const Projection& projection, double graticule_step_deg) {
    BasemapLayer layer;
    layer.outline = projection.outline();
    layer.bounds = projection.bounds();
    layer.graticule_step_deg = graticule_step_deg;
    ProjectedBasemap projected = projectBasemap(basemap, projection);
    layer.land = std::move(projected.land);
    layer.borders = std::move(projected.borders);
    for (ProjectedCountry& country : projected.countries)
        if (!country.alpha2.empty() && !country.polygons.empty()) layer.countries.push_back(std::move(country));
    // Coasts are the land's rings. Where a ring runs along the map edge (the cut), the outline,
    // stroked later and at least as wide, covers it: no second clipping pass is needed.
    const auto addClosed = [&](const MapRing& ring) {
        if (ring.size() < 2) return;
        MapLine line = ring;
        line.push_back(ring.front());
        layer.coastlines.push_back(std::move(line));
    };
    for (const MapPolygon& polygon : layer.land) {
        addClosed(polygon.exterior);
        for (const MapRing& hole : polygon.holes) addClosed(hole);
    }
    layer.graticule = buildGraticule(projection, graticule_step_deg);
    return layer;
}

const SceneCity* DataLayer::findCity(std::string_view id) const {
    const auto it = std::find_if(cities.begin(), cities.end(), [&](const SceneCity& c) { return c.id == id; });
    return it == cities.end() ? nullptr : &*it;
}

namespace {

SceneCity makeSceneCity(const City& city, CityRole role, const Projection& projection) {
    SceneCity scene_city;
    scene_city.id = city.id;
    scene_city.name_de = city.displayName("de");
    scene_city.name_en = city.displayName("en");
    scene_city.country = city.country;
    scene_city.position = city.position;
    scene_city.role = role;
    scene_city.population = city.population.value_or(0);
    const std::optional<Vec2> projected = projection.forward(city.position);
    scene_city.visible = projected.has_value() && regionContains(projection.clipRegion(), city.position);
    if (projected) scene_city.projected = *projected;
    return scene_city;
}

std::vector<std::string> ringHomes(const DataSet& data, const DataLayerOptions& options) {
    if (!options.ring_home_ids.empty()) return options.ring_home_ids;
    if (!options.filter.home_ids.empty()) return {options.filter.home_ids.begin(), options.filter.home_ids.end()};
    const std::vector<std::string> homes = homeCityIds(data);
    return homes.empty() ? homes : std::vector<std::string>{homes.front()};
}

void addUnique(std::vector<std::string>& list, const std::string& value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

DataLayer buildDataLayer(const DataSet& data, const Projection& projection, const DataLayerOptions& options) {
    DataLayer layer;
    const std::vector<PartnershipType> types = data.allTypes();
    std::vector<int> type_counts(types.size(), 0);
    std::map<std::string, int> link_count_by_city;
    std::vector<std::string> home_ids, partner_ids;

    for (size_t index : filterPartnerships(data, options.filter)) {
        const Partnership& partnership = data.partnerships[index];
        const City* home = data.findCity(partnership.home_id);
        const City* partner = data.findCity(partnership.partner_id);
        if (!home || !partner) continue;
        SceneLink link;
        link.partnership_index = index;
        link.home_id = home->id;
        link.partner_id = partner->id;
        link.type_id = partnership.type;
        const auto type_it = std::find_if(types.begin(), types.end(),
                                          [&](const PartnershipType& t) { return t.id == partnership.type; });
        link.type_index = static_cast<size_t>(type_it - types.begin());
        link.status = partnership.status;
        link.since = partnership.since;
        link.until = partnership.until;
        const GeodesicInverse inverse = geodesicInverse(home->position, partner->position);
        link.distance_km = inverse.distance_m / 1000.0;
        link.azimuth_deg = inverse.initial_azimuth_deg;
        link.pieces = projectGeodesicLink(home->position, partner->position, projection, options.link_tolerance);
        if (link.type_index < type_counts.size()) ++type_counts[link.type_index];
        if (link.status == PartnershipStatus::Suspended) ++layer.suspended_count;
        if (link.status == PartnershipStatus::Ended) ++layer.ended_count;
        ++link_count_by_city[home->id];
        ++link_count_by_city[partner->id];
        addUnique(home_ids, home->id);
        addUnique(partner_ids, partner->id);
        layer.links.push_back(std::move(link));
    }

    for (const std::string& id : home_ids) {
        SceneCity city = makeSceneCity(*data.findCity(id), CityRole::Home, projection);
        city.partnership_count = link_count_by_city[id];
        addUnique(layer.home_countries, city.country);
        layer.cities.push_back(std::move(city));
    }
    for (const std::string& id : partner_ids) {
        if (std::find(home_ids.begin(), home_ids.end(), id) != home_ids.end()) continue;  // a home is also a partner
        SceneCity city = makeSceneCity(*data.findCity(id), CityRole::Partner, projection);
        city.partnership_count = link_count_by_city[id];
        if (std::find(layer.home_countries.begin(), layer.home_countries.end(), city.country) ==
            layer.home_countries.end())
            addUnique(layer.partner_countries, city.country);
        layer.cities.push_back(std::move(city));
    }

    for (size_t i = 0; i < types.size(); ++i)
        if (type_counts[i] > 0)
            layer.legend.push_back({i, types[i].id, types[i].label_de, types[i].label_en, type_counts[i]});

    for (const std::string& home_id : ringHomes(data, options)) {
        const City* home = data.findCity(home_id);
        if (!home) continue;
        for (double radius_km : options.ring_radii_km) {
            if (!(radius_km > 0) || radius_km >= 20000.0) continue;  // beyond the antipode there is no circle
            GeoLine circle = geodesicCircle(home->position, radius_km * 1000.0, 360);
            circle.push_back(circle.front());
            SceneRing ring{home_id, radius_km, {}};
            appendLines(ring.lines, projectClippedLine(circle, projection));
            layer.rings.push_back(std::move(ring));
        }
    }
    return layer;
}

double linkToleranceForScale(double pixels_per_unit) {
    return 0.5 / std::exp2(std::ceil(std::log2(pixels_per_unit)));
}

Scene sceneFor(const Projection& projection) {
    Scene scene;
    scene.projection = projection.spec();
    if (const ProjectionInfo* info = findProjection(projection.spec().id)) {
        scene.projection_name_de = info->name_de;
        scene.projection_name_en = info->name_en;
    } else {
        scene.projection_name_de = scene.projection_name_en = projection.projString();
    }
    return scene;
}

DataLayer selectLinks(const DataLayer& layer, const std::function<bool(size_t)>& keep) {
    DataLayer selected;
    selected.rings = layer.rings;
    std::map<std::string, int> count_by_city;
    std::map<size_t, int> count_by_type;
    for (const SceneLink& link : layer.links) {
        if (!keep(link.partnership_index)) continue;
        ++count_by_city[link.home_id];
        ++count_by_city[link.partner_id];
        ++count_by_type[link.type_index];
        if (link.status == PartnershipStatus::Suspended) ++selected.suspended_count;
        if (link.status == PartnershipStatus::Ended) ++selected.ended_count;
        selected.links.push_back(link);
    }
    for (const SceneCity& city : layer.cities) {
        const auto it = count_by_city.find(city.id);
        if (it == count_by_city.end()) continue;
        SceneCity kept = city;
        kept.partnership_count = it->second;
        if (kept.role == CityRole::Home)
            addUnique(selected.home_countries, kept.country);
        else if (std::find(layer.home_countries.begin(), layer.home_countries.end(), kept.country) ==
                 layer.home_countries.end())
            addUnique(selected.partner_countries, kept.country);
        selected.cities.push_back(std::move(kept));
    }
    for (const LegendEntry& entry : layer.legend)
        if (const auto it = count_by_type.find(entry.type_index); it != count_by_type.end()) {
            LegendEntry kept = entry;
            kept.count = it->second;
            selected.legend.push_back(std::move(kept));
        }
    return selected;
}

GeoPoint defaultCentre(const DataSet& data, const PartnershipFilter& filter, ProjectionKind kind) {
    std::optional<std::string> home_id;
    for (const std::string& id : homeCityIds(data))
        if (filter.home_ids.contains(id)) {
            home_id = id;
            break;
        }
    if (!home_id && homeCityIds(data).size() == 1) home_id = homeCityIds(data).front();
    if (home_id)
        if (const City* home = data.findCity(*home_id)) {
            if (kind == ProjectionKind::World) return {.lat = 0.0, .lon = home->position.lon};
            return home->position;
        }
    return {.lat = kind == ProjectionKind::World ? 0.0 : 50.0, .lon = 10.0};
}

}  // namespace pm
