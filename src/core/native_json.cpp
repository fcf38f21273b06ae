#include "core/native_json.hpp"

#include "core/json_fields.hpp"
#include "core/json_lines.hpp"
#include "core/json_writer.hpp"
#include "core/validation.hpp"

namespace pm {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const std::vector<std::string_view> kTopKeys = {"format", "title", "types", "cities", "partnerships"};
const std::vector<std::string_view> kCityKeys = {"id",  "name", "names",       "country",
                                                 "lat", "lon",  "geonames_id", "population"};
const std::vector<std::string_view> kPartnershipKeys = {
    "home", "partner", "type", "since", "until", "suspended_since", "status", "note", "sources"};

// False when the file is not format 1, after which nothing else is worth reporting.
bool checkFormat(JsonFieldReader& reader, const json& root) {
    const auto format = root.find("format");
    if (format == root.end()) {
        if (root.contains("type") && root["type"] == "FeatureCollection")
            reader.report("", "this is GeoJSON, not a PartnerMap data file; name it *.geojson to import it");
        else
            reader.report("", "missing \"format\": 1 at the top; is this a PartnerMap data file?");
        return false;
    }
    if (*format != kNativeFormatVersion) {
        reader.report("/format", "unsupported format " + format->dump() + "; this version of PartnerMap reads format " +
                                     std::to_string(kNativeFormatVersion));
        return false;
    }
    return true;
}

void readEntities(JsonFieldReader& reader, const json& root, DataSet& data, JsonLocator& locator) {
    const auto cities = root.find("cities");
    if (cities == root.end()) {
        reader.report("", "missing \"cities\": [...] at the top");
    } else if (reader.expectArray(*cities, "/cities", "'cities'")) {
        for (size_t i = 0; i < cities->size(); ++i) {
            const std::string pointer = "/cities/" + std::to_string(i);
            const json& value = (*cities)[i];
            if (!reader.expectObject(value, pointer, "a city")) continue;
            reader.checkKeys(value, pointer, "city", kCityKeys);
            City city;
            city.line = reader.line(pointer);
            readCityFields(reader, value, pointer, city);
            if (const auto lat = reader.number(value, pointer, "lat", "city", "49.45421")) city.position.lat = *lat;
            if (const auto lon = reader.number(value, pointer, "lon", "city", "11.07752")) city.position.lon = *lon;
            data.cities.push_back(std::move(city));
            locator.cities.push_back({pointer, pointer, {}});
        }
    }
    const auto partnerships = root.find("partnerships");
    if (partnerships == root.end()) {
        reader.report("", "missing \"partnerships\": [...] at the top");
    } else if (reader.expectArray(*partnerships, "/partnerships", "'partnerships'")) {
        for (size_t i = 0; i < partnerships->size(); ++i) {
            const std::string pointer = "/partnerships/" + std::to_string(i);
            const json& value = (*partnerships)[i];
            if (!reader.expectObject(value, pointer, "a partnership")) continue;
            reader.checkKeys(value, pointer, "partnership", kPartnershipKeys);
            Partnership partnership;
            partnership.line = reader.line(pointer);
            readPartnershipFields(reader, value, pointer, partnership);
            data.partnerships.push_back(std::move(partnership));
            locator.partnerships.push_back({pointer, pointer, {}});
        }
    }
}

}  // namespace

DataSet readNativeJson(std::string_view text, const std::string& file_label, std::vector<Problem>& problems) {
    std::vector<Problem> found;
    DataSet data;
    if (const auto document = parseJsonWithLines(text, file_label, found)) {
        JsonFieldReader reader(*document, file_label, found);
        JsonLocator locator(reader);
        const json& root = document->root;
        if (!root.is_object()) {
            reader.report("",
                          "a PartnerMap data file is one JSON object {\"format\": 1, \"cities\": [...], "
                          "\"partnerships\": [...]}, not " +
                              std::string(jsonTypeName(root)));
        } else if (checkFormat(reader, root)) {
            reader.checkKeys(root, "", "the top-level object", kTopKeys);
            readTitleAndTypes(reader, root, data, locator);
            readEntities(reader, root, data, locator);
            std::vector<Problem> validation = validateDataSet(data, file_label, &locator);
            found.insert(found.end(), validation.begin(), validation.end());
        }
    }
    sortProblems(found);
    problems.insert(problems.end(), found.begin(), found.end());
    return data;
}

std::string writeNativeJson(const DataSet& data) {
    ordered_json root;
    root["format"] = kNativeFormatVersion;
    if (!data.title.empty()) root["title"] = data.title;
    if (!data.extra_types.empty()) {
        root["types"] = ordered_json::array();
        for (const PartnershipType& type : data.extra_types) root["types"].push_back(typeJson(type));
    }
    root["cities"] = ordered_json::array();
    for (const City& city : data.cities) {
        ordered_json out;
        writeCityFields(out, city, true);
        root["cities"].push_back(std::move(out));
    }
    root["partnerships"] = ordered_json::array();
    for (const Partnership& partnership : data.partnerships) {
        ordered_json out;
        writePartnershipFields(out, partnership);
        root["partnerships"].push_back(std::move(out));
    }
    return dumpJson(root, 2) + "\n";
}

}  // namespace pm
