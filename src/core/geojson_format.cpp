#include "core/geojson_format.hpp"

#include <cmath>
#include <unordered_map>

#include "core/geodesy.hpp"
#include "core/json_fields.hpp"
#include "core/json_lines.hpp"
#include "core/json_writer.hpp"
#include "core/text_util.hpp"
#include "core/validation.hpp"

namespace pm {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr int kCoordinateDecimals = 6;  // about 0.1 m, as RFC 7946 section 11.2 suggests

const std::vector<std::string_view> kCityProperties = {"kind",    "id",          "name",      "names",
                                                       "country", "geonames_id", "population"};
const std::vector<std::string_view> kPartnershipProperties = {
    "kind", "home", "partner", "type", "since", "until", "suspended_since", "status", "note", "sources", "distance_km"};

ordered_json position(GeoPoint point) {
    return ordered_json::array(
        {roundToDecimals(point.lon, kCoordinateDecimals), roundToDecimals(point.lat, kCoordinateDecimals)});
}

ordered_json lineGeometry(GeoPoint from, GeoPoint to) {
    const std::vector<std::vector<GeoPoint>> parts = splitAtAntimeridian(sampleGeodesic(from, to, kGeoJsonStepM));
    ordered_json lines = ordered_json::array();
    for (const std::vector<GeoPoint>& part : parts) {
        ordered_json line = ordered_json::array();
        for (const GeoPoint& point : part) line.push_back(position(point));
        lines.push_back(std::move(line));
    }
    ordered_json geometry;
    if (lines.size() == 1) {
        geometry["type"] = "LineString";
        geometry["coordinates"] = std::move(lines[0]);
    } else {
        geometry["type"] = "MultiLineString";
        geometry["coordinates"] = std::move(lines);
    }
    return geometry;
}

// The position of a city feature; nullopt (reported) unless it is a Point [lon, lat(, height)].
std::optional<GeoPoint> readPoint(JsonFieldReader& reader, const json& feature, const std::string& pointer) {
    const std::string geometry_pointer = pointer + "/geometry";
    const auto geometry = feature.find("geometry");
    if (geometry == feature.end() || geometry->is_null()) {
        reader.report(pointer,
                      "city feature without geometry; add \"geometry\": {\"type\": \"Point\", "
                      "\"coordinates\": [lon, lat]}");
        return std::nullopt;
    }
    if (!reader.expectObject(*geometry, geometry_pointer, "geometry")) return std::nullopt;
    if (const auto type = reader.string(*geometry, geometry_pointer, "type", "geometry", "\"Point\"");
        !type || *type != "Point") {
        if (type)
            reader.report(geometry_pointer + "/type",
                          "a city's geometry must be a Point, not a " + *type + "; partnerships are LineStrings");
        return std::nullopt;
    }
    const std::string coordinates_pointer = geometry_pointer + "/coordinates";
    const auto coordinates = geometry->find("coordinates");
    if (coordinates == geometry->end() || !coordinates->is_array() ||
        (coordinates->size() != 2 && coordinates->size() != 3) ||
        !std::all_of(coordinates->begin(), coordinates->end(), [](const json& value) { return value.is_number(); })) {
        reader.report(coordinates_pointer, "a Point needs \"coordinates\": [lon, lat] in decimal degrees");
        return std::nullopt;
    }
    return GeoPoint{.lat = (*coordinates)[1].get<double>(), .lon = (*coordinates)[0].get<double>()};
}

void readFeature(JsonFieldReader& reader, const json& feature, const std::string& pointer, DataSet& data,
                 JsonLocator& locator) {
    if (!reader.expectObject(feature, pointer, "a feature")) return;
    if (const auto type = reader.string(feature, pointer, "type", "feature", "\"Feature\"");
        type && *type != "Feature") {
        reader.report(pointer + "/type", "a feature has \"type\": \"Feature\", not \"" + *type + "\"");
        return;
    }
    const std::string properties_pointer = pointer + "/properties";
    const auto properties = feature.find("properties");
    if (properties == feature.end() || properties->is_null()) {
        reader.report(pointer,
                      "feature without properties; PartnerMap features have \"properties\": "
                      "{\"kind\": \"city\", ...} or {\"kind\": \"partnership\", ...}");
        return;
    }
    if (!reader.expectObject(*properties, properties_pointer, "properties")) return;
    const auto kind = reader.string(*properties, properties_pointer, "kind", "feature", "\"city\" or \"partnership\"");
    if (!kind) return;
    if (*kind == "city") {
        reader.checkKeys(*properties, properties_pointer, "city properties", kCityProperties);
        City city;
        city.line = reader.line(pointer);
        readCityFields(reader, *properties, properties_pointer, city);
        if (const auto point = readPoint(reader, feature, pointer)) city.position = *point;
        data.cities.push_back(std::move(city));
        locator.cities.push_back({pointer, properties_pointer, pointer + "/geometry/coordinates"});
    } else if (*kind == "partnership") {
        reader.checkKeys(*properties, properties_pointer, "partnership properties", kPartnershipProperties);
        Partnership partnership;
        partnership.line = reader.line(pointer);
        readPartnershipFields(reader, *properties, properties_pointer, partnership);
        data.partnerships.push_back(std::move(partnership));
        locator.partnerships.push_back({pointer, properties_pointer, {}});
    } else {
        reader.report(properties_pointer + "/kind",
                      "unknown kind '" + *kind + "'; PartnerMap features are of kind \"city\" or \"partnership\"");
    }
}

}  // namespace

std::vector<std::vector<GeoPoint>> splitAtAntimeridian(const std::vector<GeoPoint>& unrolled) {
    std::vector<std::vector<GeoPoint>> parts(1);
    if (unrolled.empty()) return {};
    // Shift the whole line so that it starts within [-180, 180]; later points keep the shift
    // until they cross a boundary.
    double shift = unrolled.front().lon - std::remainder(unrolled.front().lon, 360.0);
    GeoPoint previous{};
    for (size_t i = 0; i < unrolled.size(); ++i) {
        GeoPoint point{.lat = unrolled[i].lat, .lon = unrolled[i].lon - shift};
        if (i > 0 && std::abs(point.lon) > 180.0) {
            const double boundary = point.lon > 0 ? 180.0 : -180.0;
            const double t = (boundary - previous.lon) / (point.lon - previous.lon);
            const double lat = previous.lat + t * (point.lat - previous.lat);
            if (!(parts.back().back() == GeoPoint{.lat = lat, .lon = boundary}))
                parts.back().push_back({.lat = lat, .lon = boundary});
            parts.push_back({{.lat = lat, .lon = -boundary}});
            shift += 2 * boundary;
            point.lon -= 2 * boundary;
        }
        if (parts.back().empty() || !(parts.back().back() == point)) parts.back().push_back(point);
        previous = point;
    }
    std::erase_if(parts, [](const std::vector<GeoPoint>& part) { return part.size() < 2; });
    return parts;
}

std::string writeGeoJson(const DataSet& data) {
    std::unordered_map<std::string_view, const City*> cities;
    for (const City& city : data.cities) cities.emplace(city.id, &city);
    std::string out = "{\n  \"type\": \"FeatureCollection\",\n";
    if (!data.title.empty()) out += "  \"title\": " + dumpJson(ordered_json(data.title), -1) + ",\n";
    if (!data.extra_types.empty()) {
        ordered_json types = ordered_json::array();
        for (const PartnershipType& type : data.extra_types) types.push_back(typeJson(type));
        out += "  \"types\": " + dumpJson(types, -1) + ",\n";
    }
    out += "  \"features\": [";
    bool first = true;
    const auto append = [&](const ordered_json& feature) {
        out += first ? "\n    " : ",\n    ";
        out += dumpJson(feature, -1);
        first = false;
    };
    for (const City& city : data.cities) {
        ordered_json properties;
        properties["kind"] = "city";
        writeCityFields(properties, city, false);
        ordered_json feature;
        feature["type"] = "Feature";
        feature["geometry"] = {{"type", "Point"}, {"coordinates", position(city.position)}};
        feature["properties"] = std::move(properties);
        append(feature);
    }
    for (const Partnership& partnership : data.partnerships) {
        const City& home = *cities.at(partnership.home_id);
        const City& partner = *cities.at(partnership.partner_id);
        ordered_json properties;
        properties["kind"] = "partnership";
        writePartnershipFields(properties, partnership);
        properties["distance_km"] =
            roundToDecimals(geodesicInverse(home.position, partner.position).distance_m / 1000.0, 3);
        ordered_json feature;
        feature["type"] = "Feature";
        feature["geometry"] = lineGeometry(home.position, partner.position);
        feature["properties"] = std::move(properties);
        append(feature);
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

DataSet readGeoJson(std::string_view text, const std::string& file_label, std::vector<Problem>& problems) {
    std::vector<Problem> found;
    DataSet data;
    if (const auto document = parseJsonWithLines(text, file_label, found, "coordinates")) {
        JsonFieldReader reader(*document, file_label, found);
        JsonLocator locator(reader);
        const json& root = document->root;
        if (!root.is_object() || !root.contains("type") || root["type"] != "FeatureCollection") {
            reader.report("", root.is_object() && root.contains("format")
                                  ? "this is a PartnerMap data file, not GeoJSON; name it *.json to load it"
                                  : "expected a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", "
                                    "\"features\": [...]}");
        } else {
            readTitleAndTypes(reader, root, data, locator);
            const auto features = root.find("features");
            if (features == root.end())
                reader.report("", "FeatureCollection without \"features\": [...]");
            else if (reader.expectArray(*features, "/features", "'features'"))
                for (size_t i = 0; i < features->size(); ++i)
                    readFeature(reader, (*features)[i], "/features/" + std::to_string(i), data, locator);
            std::vector<Problem> validation = validateDataSet(data, file_label, &locator);
            found.insert(found.end(), validation.begin(), validation.end());
        }
    }
    sortProblems(found);
    problems.insert(problems.end(), found.begin(), found.end());
    return data;
}

}  // namespace pm
