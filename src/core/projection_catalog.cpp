#include "core/projection_catalog.hpp"

#include <cmath>
#include <cstdio>

#include "core/problem.hpp"

namespace pm {

namespace {

// Spherical-only projections (Robinson, Winkel tripel, Natural Earth, Mollweide) and the globe use
// the mean Earth radius (IUGG R1); the ones PROJ computes on the ellipsoid use WGS84, so that the
// azimuthal equidistant projection keeps distances from its centre true along WGS84 geodesics.
constexpr std::string_view kSphere = "+R=6371008.8";
constexpr std::string_view kEllipsoid = "+ellps=WGS84";

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value == 0.0 ? 0.0 : value);  // no "-0"
    return buffer;
}

}  // namespace

const std::vector<ProjectionInfo>& projectionCatalog() {
    static const std::vector<ProjectionInfo> catalog = {
        {"equal-earth", "Equal Earth", "Equal Earth", ProjectionKind::World},
        {"robinson", "Robinson", "Robinson", ProjectionKind::World},
        {"winkel-tripel", "Winkel tripel", "Winkel-Tripel", ProjectionKind::World},
        {"natural-earth", "Natural Earth", "Natural Earth", ProjectionKind::World},
        {"mollweide", "Mollweide", "Mollweide", ProjectionKind::World},
        {"mercator", "Mercator", "Mercator", ProjectionKind::World},
        {"equirectangular", "Equirectangular (plate carrée)", "Plattkarte", ProjectionKind::World},
        {"orthographic", "Globe (orthographic)", "Globus (orthografisch)", ProjectionKind::Azimuthal},
        {"azimuthal-equidistant", "Azimuthal equidistant (true distances from the centre)",
         "Mittabstandstreue Azimutalprojektion (wahre Entfernungen vom Zentrum)", ProjectionKind::Azimuthal},
        {"lambert-azimuthal", "Lambert azimuthal equal-area", "Flächentreue Azimutalprojektion nach Lambert",
         ProjectionKind::Azimuthal},
        {"custom", "Custom PROJ string", "Eigener PROJ-String", ProjectionKind::World},
    };
    return catalog;
}

const ProjectionInfo* findProjection(std::string_view id) {
    for (const ProjectionInfo& info : projectionCatalog())
        if (info.id == id) return &info;
    return nullptr;
}

std::string projString(const ProjectionSpec& spec) {
    const std::string lon = " +lon_0=" + number(spec.centre.lon);
    const std::string lat_lon = " +lat_0=" + number(spec.centre.lat) + lon;
    const auto with = [](std::string_view proj, const std::string& centre, std::string_view shape) {
        return "+proj=" + std::string(proj) + centre + " " + std::string(shape);
    };
    const std::string_view id = spec.id;
    if (id == "equal-earth") return with("eqearth", lon, kEllipsoid);
    if (id == "robinson") return with("robin", lon, kSphere);
    if (id == "winkel-tripel") return with("wintri", lon, kSphere);
    if (id == "natural-earth") return with("natearth", lon, kSphere);
    if (id == "mollweide") return with("moll", lon, kSphere);
    if (id == "mercator") return with("merc", lon, kEllipsoid);
    if (id == "equirectangular") return with("eqc", lon, kEllipsoid);
    if (id == "orthographic") return with("ortho", lat_lon, kSphere);
    if (id == "azimuthal-equidistant") return with("aeqd", lat_lon, kEllipsoid);
    if (id == "lambert-azimuthal") return with("laea", lat_lon, kEllipsoid);
    if (id == kCustomProjectionId) return spec.custom_proj;
    throw DataError(Problem{"projection", 0,
                            "unknown projection '" + spec.id +
                                "'; choose one of equal-earth, robinson, "
                                "winkel-tripel, natural-earth, mollweide, mercator, equirectangular, orthographic, "
                                "azimuthal-equidistant, lambert-azimuthal, custom"});
}

}  // namespace pm
