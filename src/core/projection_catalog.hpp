#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.hpp"

namespace pm {

// World projections show the whole sphere cut at the meridian opposite their centre longitude;
// azimuthal ones are centred on a point (latitude and longitude).
enum class ProjectionKind { World, Azimuthal };

struct ProjectionInfo {
    std::string_view id;  // stable, for settings files and the command line: "equal-earth"
    std::string_view name_en;
    std::string_view name_de;
    ProjectionKind kind;
};

inline constexpr std::string_view kDefaultProjectionId = "equal-earth";
inline constexpr std::string_view kCustomProjectionId = "custom";

// Every projection in picker order, the custom PROJ string last.
const std::vector<ProjectionInfo>& projectionCatalog();
const ProjectionInfo* findProjection(std::string_view id);  // nullptr if unknown

// What to build: a catalogue id and a centre (world projections use only centre.lon), or
// id "custom" with a PROJ string for experts (e.g. "+proj=wag7 +lon_0=10"), whose own
// +lon_0/+lat_0 are its centre.
struct ProjectionSpec {
    std::string id = std::string(kDefaultProjectionId);
    GeoPoint centre;
    std::string custom_proj;
    friend bool operator==(const ProjectionSpec&, const ProjectionSpec&) = default;
};

// The PROJ string of a catalogue projection at the spec's centre, e.g.
// "+proj=eqearth +lon_0=10 +ellps=WGS84"; the custom string itself for "custom".
// Throws DataError for an unknown id.
std::string projString(const ProjectionSpec& spec);

}  // namespace pm
