#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/basemap.hpp"
#include "core/filter.hpp"
#include "core/link_geometry.hpp"
#include "core/model.hpp"
#include "core/projection.hpp"

namespace pm {

// Everything a map shows, projected into map units (metres, x east, y north). Built once when the
// projection, the data or the filters change; pan and zoom only change how it is mapped to pixels.
// SVG export and the OpenGL view draw the same scene.

// The part that depends only on the projection and the basemap detail.
struct BasemapLayer {
    MapRing outline;  // the edge of the map (sphere), closed implicitly
    Box2 bounds;      // of the outline
    std::vector<MapPolygon> land;
    std::vector<MapLine> coastlines;  // the land's rings as closed lines; along the map edge the outline covers them
    std::vector<MapLine> borders;
    std::vector<MapLine> graticule;
    std::vector<ProjectedCountry> countries;  // with a code and a piece on the map, for highlighting
    double graticule_step_deg = 30.0;
};

enum class CityRole { Home, Partner };

struct SceneCity {
    std::string id;
    std::string name_de;  // as the home city writes it
    std::string name_en;
    std::string country;
    GeoPoint position;
    Vec2 projected;
    bool visible = true;  // false behind the globe or beyond Mercator's limit
    CityRole role = CityRole::Partner;
    long long population = 0;
    int partnership_count = 0;  // visible partnerships it takes part in

    const std::string& name(std::string_view lang) const { return lang == "en" ? name_en : name_de; }
};

struct SceneLink {
    size_t partnership_index = 0;  // into DataSet::partnerships
    std::string home_id, partner_id;
    std::string type_id;
    size_t type_index = 0;  // into DataSet::allTypes(): picks colour and pattern
    PartnershipStatus status = PartnershipStatus::Active;
    std::optional<int> since, until;
    double distance_km = 0;
    double azimuth_deg = 0;
    std::vector<LinkPiece> pieces;  // empty when the whole link is outside the map
};

struct SceneRing {
    std::string home_id;
    double radius_km = 0;
    std::vector<MapLine> lines;
};

struct LegendEntry {
    size_t type_index = 0;
    std::string type_id;
    std::string label_de, label_en;
    int count = 0;  // visible partnerships of this type
};

// The part that depends on the data, the filters and the projection.
struct DataLayer {
    std::vector<SceneLink> links;
    std::vector<SceneCity> cities;  // homes first, then partners, each in data order
    std::vector<SceneRing> rings;
    std::vector<LegendEntry> legend;  // types with at least one visible partnership, in type order
    int suspended_count = 0;
    int ended_count = 0;
    std::vector<std::string> home_countries;     // ISO alpha-2, for highlighting
    std::vector<std::string> partner_countries;  // without the home countries

    const SceneCity* findCity(std::string_view id) const;
};

struct DataLayerOptions {
    PartnershipFilter filter;
    std::vector<double> ring_radii_km;       // distance rings, e.g. {1000, 2500, 5000, 10000}
    std::vector<std::string> ring_home_ids;  // around these homes; empty: the filter's homes, else the first home
    double link_tolerance = 500.0;           // map units; 0.5 px at the finest scale the output will use
    friend bool operator==(const DataLayerOptions&, const DataLayerOptions&) = default;
};

// Half a pixel at the next power of two of `pixels_per_unit`: views that pan, or zoom within one
// doubling, share their links; zooming in past a doubling samples them finer.
double linkToleranceForScale(double pixels_per_unit);

struct Scene {
    ProjectionSpec projection;
    std::string projection_name_de, projection_name_en;
    BasemapLayer basemap;
    DataLayer data;
};

// An empty scene for `projection`, named from the catalogue (a custom projection by its PROJ string).
Scene sceneFor(const Projection& projection);

BasemapLayer buildBasemapLayer(const Basemap& basemap, const Projection& projection, double graticule_step_deg);
DataLayer buildDataLayer(const DataSet& data, const Projection& projection, const DataLayerOptions& options);

// The part of a data layer with only the links `keep` accepts (by partnership index): cities,
// counts, legend and highlighted countries follow. Rings stay.
DataLayer selectLinks(const DataLayer& layer, const std::function<bool(size_t)>& keep);

// The default centre of a view: the first home city the filter selects, or the only home city of
// the data, else 10°E (on the equator for world projections, at 50°N for azimuthal ones).
GeoPoint defaultCentre(const DataSet& data, const PartnershipFilter& filter, ProjectionKind kind);

}  // namespace pm
