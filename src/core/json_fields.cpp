#include "core/json_fields.hpp"

#include <climits>

#include "core/text_util.hpp"

namespace pm {

using nlohmann::json;
using nlohmann::ordered_json;

std::string_view jsonTypeName(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::boolean:
            return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return "a whole number";
        case json::value_t::number_float:
            return "a decimal number";
        case json::value_t::string:
            return "a string";
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        default:
            return "binary data";
    }
}

void JsonFieldReader::report(const std::string& pointer, std::string message) {
    m_problems.push_back({m_file, line(pointer), std::move(message)});
    m_reported.insert(pointer);
}

bool JsonFieldReader::reported(const std::string& pointer) const {
    std::string key = pointer;
    while (true) {
        if (m_reported.contains(key)) return true;
        const size_t slash = key.rfind('/');
        if (slash == std::string::npos) return false;
        key.resize(slash);
    }
}

bool JsonFieldReader::expectObject(const json& value, const std::string& pointer, std::string_view what) {
    if (value.is_object()) return true;
    report(pointer, std::string(what) + " must be a JSON object {...}, not " + std::string(jsonTypeName(value)));
    return false;
}

bool JsonFieldReader::expectArray(const json& value, const std::string& pointer, std::string_view what) {
    if (value.is_array()) return true;
    report(pointer, std::string(what) + " must be a JSON array [...], not " + std::string(jsonTypeName(value)));
    return false;
}

void JsonFieldReader::checkKeys(const json& object, const std::string& pointer, std::string_view what,
                                const std::vector<std::string_view>& known) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::vector<std::string> names(known.begin(), known.end());
        report(pointer + "/" + jsonPointerToken(key),
               "unknown key '" + key + "' in " + std::string(what) + "; known keys: " + joinWith(names, ", "));
    }
}

const json* JsonFieldReader::member(const json& object, const std::string& pointer, std::string_view key,
                                    std::string_view what, std::string_view required_example) {
    const auto it = object.find(key);
    if (it != object.end() && !it->is_null()) return &*it;
    if (!required_example.empty())
        report(pointer + "/" + jsonPointerToken(key), std::string(what) + " lacks '" + std::string(key) +
                                                          "'; add e.g. \"" + std::string(key) +
                                                          "\": " + std::string(required_example));
    return nullptr;
}

void JsonFieldReader::wrongType(const std::string& pointer, std::string_view key, std::string_view expected,
                                const json& value) {
    report(pointer + "/" + jsonPointerToken(key),
           "'" + std::string(key) + "' must be " + std::string(expected) + ", not " + std::string(jsonTypeName(value)));
}

std::optional<std::string> JsonFieldReader::string(const json& object, const std::string& pointer, std::string_view key,
                                                   std::string_view what, std::string_view required_example) {
    const json* value = member(object, pointer, key, what, required_example);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        wrongType(pointer, key, "a string", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<double> JsonFieldReader::number(const json& object, const std::string& pointer, std::string_view key,
                                              std::string_view what, std::string_view required_example) {
    const json* value = member(object, pointer, key, what, required_example);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        wrongType(pointer, key, "a number", *value);
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<long long> JsonFieldReader::integer(const json& object, const std::string& pointer, std::string_view key,
                                                  std::string_view what, std::string_view required_example) {
    const json* value = member(object, pointer, key, what, required_example);
    if (!value) return std::nullopt;
    if (value->is_number_integer() &&
        !(value->is_number_unsigned() && value->get<unsigned long long>() > static_cast<unsigned long long>(LLONG_MAX)))
        return value->get<long long>();
    if (value->is_number_integer())
        report(pointer + "/" + jsonPointerToken(key), "'" + std::string(key) + "' is too large");
    else
        wrongType(pointer, key, "a whole number", *value);
    return std::nullopt;
}

std::optional<std::vector<std::string>> JsonFieldReader::stringArray(const json& object, const std::string& pointer,
                                                                     std::string_view key) {
    const json* value = member(object, pointer, key, {}, {});
    if (!value) return std::nullopt;
    if (!value->is_array()) {
        wrongType(pointer, key, "an array of strings", *value);
        return std::nullopt;
    }
    std::vector<std::string> strings;
    const std::string array_pointer = pointer + "/" + jsonPointerToken(key);
    bool ok = true;
    for (size_t i = 0; i < value->size(); ++i) {
        const json& element = (*value)[i];
        if (element.is_string()) {
            strings.push_back(element.get<std::string>());
            continue;
        }
        report(array_pointer + "/" + std::to_string(i),
               "'" + std::string(key) + "' must hold only strings, not " + std::string(jsonTypeName(element)));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return strings;
}

std::optional<std::map<std::string, std::string>> JsonFieldReader::stringMap(const json& object,
                                                                             const std::string& pointer,
                                                                             std::string_view key) {
    const json* value = member(object, pointer, key, {}, {});
    if (!value) return std::nullopt;
    if (!value->is_object()) {
        wrongType(pointer, key, "an object of strings such as {\"en\": \"Nuremberg\"}", *value);
        return std::nullopt;
    }
    std::map<std::string, std::string> strings;
    const std::string map_pointer = pointer + "/" + jsonPointerToken(key);
    bool ok = true;
    for (const auto& [name, element] : value->items()) {
        if (element.is_string()) {
            strings[name] = element.get<std::string>();
            continue;
        }
        report(map_pointer + "/" + jsonPointerToken(name),
               "'" + std::string(key) + "' must hold only strings, not " + std::string(jsonTypeName(element)));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return strings;
}

void readCityFields(JsonFieldReader& reader, const json& object, const std::string& fields, City& city) {
    if (auto id = reader.string(object, fields, "id", "city", "\"nuernberg\"")) city.id = std::move(*id);
    if (auto name = reader.string(object, fields, "name", "city", "\"Nürnberg\"")) city.name = std::move(*name);
    if (auto names = reader.stringMap(object, fields, "names")) city.names = std::move(*names);
    if (auto country = reader.string(object, fields, "country", "city", "\"DE\"")) city.country = std::move(*country);
    city.geonames_id = reader.integer(object, fields, "geonames_id", "city");
    city.population = reader.integer(object, fields, "population", "city");
}

namespace {

std::optional<int> readYear(JsonFieldReader& reader, const json& object, const std::string& fields,
                            std::string_view key) {
    const auto year = reader.integer(object, fields, key, "partnership");
    if (!year) return std::nullopt;
    if (*year < INT_MIN || *year > INT_MAX) {
        reader.report(fields + "/" + std::string(key),
                      std::string(key) + " " + std::to_string(*year) + " is not a plausible year; expected " +
                          std::to_string(kFirstPlausibleYear) + " to " + std::to_string(kLastPlausibleYear));
        return std::nullopt;
    }
    return static_cast<int>(*year);
}

}  // namespace

void readPartnershipFields(JsonFieldReader& reader, const json& object, const std::string& fields,
                           Partnership& partnership) {
    if (auto home = reader.string(object, fields, "home", "partnership", "\"nuernberg\""))
        partnership.home_id = std::move(*home);
    if (auto partner = reader.string(object, fields, "partner", "partnership", "\"nizza\""))
        partnership.partner_id = std::move(*partner);
    if (auto type = reader.string(object, fields, "type", "partnership")) partnership.type = std::move(*type);
    partnership.since = readYear(reader, object, fields, "since");
    partnership.until = readYear(reader, object, fields, "until");
    partnership.suspended_since = readYear(reader, object, fields, "suspended_since");
    if (const auto status = reader.string(object, fields, "status", "partnership")) {
        if (*status == "active")
            partnership.status = PartnershipStatus::Active;
        else if (*status == "suspended")
            partnership.status = PartnershipStatus::Suspended;
        else if (*status == "ended")
            partnership.status = PartnershipStatus::Ended;
        else
            reader.report(fields + "/status", "unknown status '" + *status + "'; use active, suspended or ended");
    }
    if (auto note = reader.string(object, fields, "note", "partnership")) partnership.note = std::move(*note);
    if (auto sources = reader.stringArray(object, fields, "sources")) partnership.sources = std::move(*sources);
}

void readTitleAndTypes(JsonFieldReader& reader, const json& root, DataSet& data, JsonLocator& locator) {
    if (auto title = reader.string(root, "", "title", "the file")) data.title = std::move(*title);
    const auto types = root.find("types");
    if (types == root.end() || types->is_null() || !reader.expectArray(*types, "/types", "'types'")) return;
    for (size_t i = 0; i < types->size(); ++i) {
        const std::string pointer = "/types/" + std::to_string(i);
        const json& value = (*types)[i];
        if (!reader.expectObject(value, pointer, "a type")) continue;
        reader.checkKeys(value, pointer, "type", {"id", "label_de", "label_en", "aliases"});
        PartnershipType type;
        if (auto id = reader.string(value, pointer, "id", "type", "\"school\"")) type.id = std::move(*id);
        if (auto label = reader.string(value, pointer, "label_de", "type", "\"Schulpartnerschaft\""))
            type.label_de = std::move(*label);
        if (auto label = reader.string(value, pointer, "label_en", "type", "\"School partnership\""))
            type.label_en = std::move(*label);
        if (auto aliases = reader.stringArray(value, pointer, "aliases")) type.aliases = std::move(*aliases);
        data.extra_types.push_back(std::move(type));
        locator.types.push_back({pointer, pointer, {}});
    }
}

void writeCityFields(ordered_json& out, const City& city, bool with_position) {
    out["id"] = city.id;
    out["name"] = city.name;
    if (!city.names.empty()) {
        ordered_json names = ordered_json::object();
        for (const auto& [lang, name] : city.names) names[lang] = name;
        out["names"] = std::move(names);
    }
    out["country"] = city.country;
    if (with_position) {
        out["lat"] = city.position.lat;
        out["lon"] = city.position.lon;
    }
    if (city.geonames_id) out["geonames_id"] = *city.geonames_id;
    if (city.population) out["population"] = *city.population;
}

void writePartnershipFields(ordered_json& out, const Partnership& partnership) {
    out["home"] = partnership.home_id;
    out["partner"] = partnership.partner_id;
    out["type"] = partnership.type;
    if (partnership.since) out["since"] = *partnership.since;
    if (partnership.until) out["until"] = *partnership.until;
    if (partnership.suspended_since) out["suspended_since"] = *partnership.suspended_since;
    out["status"] = std::string(statusId(partnership.status));
    if (!partnership.note.empty()) out["note"] = partnership.note;
    if (!partnership.sources.empty()) out["sources"] = partnership.sources;
}

ordered_json typeJson(const PartnershipType& type) {
    ordered_json out;
    out["id"] = type.id;
    out["label_de"] = type.label_de;
    out["label_en"] = type.label_en;
    if (!type.aliases.empty()) out["aliases"] = type.aliases;
    return out;
}

std::optional<std::string> JsonLocator::translate(const std::string& model_pointer) const {
    // "/cities/3/lat" -> collection "cities", index 3, field "lat"
    const size_t second = model_pointer.find('/', 1);
    if (second == std::string::npos) return std::nullopt;
    const std::string collection = model_pointer.substr(1, second - 1);
    const size_t third = model_pointer.find('/', second + 1);
    const auto index = parseWholeNumber(std::string_view(model_pointer).substr(second + 1, third - second - 1));
    const std::vector<EntityPointers>* entities = collection == "cities"         ? &cities
                                                  : collection == "partnerships" ? &partnerships
                                                  : collection == "types"        ? &types
                                                                                 : nullptr;
    if (!entities || !index || *index < 0 || static_cast<size_t>(*index) >= entities->size()) return std::nullopt;
    const EntityPointers& entity = (*entities)[static_cast<size_t>(*index)];
    if (third == std::string::npos) return entity.whole;
    const std::string field = model_pointer.substr(third + 1);
    if ((field == "lat" || field == "lon") && !entity.position.empty()) return entity.position;
    return entity.fields + "/" + field;
}

int JsonLocator::line(const std::string& model_pointer) const {
    const auto pointer = translate(model_pointer);
    return pointer ? m_reader.line(*pointer) : 0;
}

bool JsonLocator::reported(const std::string& model_pointer) const {
    const auto pointer = translate(model_pointer);
    return pointer && m_reader.reported(*pointer);
}

}  // namespace pm
