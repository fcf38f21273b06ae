#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_lines.hpp"
#include "core/model.hpp"
#include "core/validation.hpp"

namespace pm {

// Typed access to the members of a JsonDocument for the native format and GeoJSON: every missing
// or mistyped member is reported at its line, and remembered so that validation does not report
// the same field again.
class JsonFieldReader {
public:
    JsonFieldReader(const JsonDocument& document, const std::string& file_label, std::vector<Problem>& problems)
        : m_document(document), m_file(file_label), m_problems(problems) {}

    void report(const std::string& pointer, std::string message);
    // Whether a problem was reported for `pointer` or one of its ancestors.
    bool reported(const std::string& pointer) const;
    int line(const std::string& pointer) const { return m_document.lineOf(pointer); }

    bool expectObject(const nlohmann::json& value, const std::string& pointer, std::string_view what);
    bool expectArray(const nlohmann::json& value, const std::string& pointer, std::string_view what);
    // Reports each key of `object` that is not in `known`, listing the known ones (typo protection).
    void checkKeys(const nlohmann::json& object, const std::string& pointer, std::string_view what,
                   const std::vector<std::string_view>& known);

    // Member `key` of the object at `pointer`. Absent or null gives nullopt, reported as missing
    // when `required_example` is set ("city lacks 'lat'; add e.g. "lat": 49.45421"); a value of
    // another type is reported and gives nullopt.
    std::optional<std::string> string(const nlohmann::json& object, const std::string& pointer, std::string_view key,
                                      std::string_view what, std::string_view required_example = {});
    std::optional<double> number(const nlohmann::json& object, const std::string& pointer, std::string_view key,
                                 std::string_view what, std::string_view required_example = {});
    std::optional<long long> integer(const nlohmann::json& object, const std::string& pointer, std::string_view key,
                                     std::string_view what, std::string_view required_example = {});
    std::optional<std::vector<std::string>> stringArray(const nlohmann::json& object, const std::string& pointer,
                                                        std::string_view key);
    std::optional<std::map<std::string, std::string>> stringMap(const nlohmann::json& object,
                                                                const std::string& pointer, std::string_view key);

private:
    // The member, or nullptr when absent or null (reported if required).
    const nlohmann::json* member(const nlohmann::json& object, const std::string& pointer, std::string_view key,
                                 std::string_view what, std::string_view required_example);
    void wrongType(const std::string& pointer, std::string_view key, std::string_view expected,
                   const nlohmann::json& value);

    const JsonDocument& m_document;
    const std::string& m_file;
    std::vector<Problem>& m_problems;
    std::set<std::string> m_reported;
};

// "a string", "a number", "an object", ... for messages.
std::string_view jsonTypeName(const nlohmann::json& value);

// Where the entities of a data set were read from, for validateDataSet.
struct EntityPointers {
    std::string whole;     // the entity ("/cities/3", "/features/7")
    std::string fields;    // the object holding its members ("/cities/3", "/features/7/properties")
    std::string position;  // where lat and lon are, if not members of `fields`
};

class JsonLocator : public FieldLocator {
public:
    explicit JsonLocator(const JsonFieldReader& reader) : m_reader(reader) {}

    int line(const std::string& model_pointer) const override;
    bool reported(const std::string& model_pointer) const override;

    std::vector<EntityPointers> cities;
    std::vector<EntityPointers> partnerships;
    std::vector<EntityPointers> types;

private:
    // The document pointer of a model pointer, or nullopt if it names nothing this locator knows.
    std::optional<std::string> translate(const std::string& model_pointer) const;

    const JsonFieldReader& m_reader;
};

// The members the native format and GeoJSON share. `fields` points at the object that holds them
// (a native city, or a GeoJSON feature's properties).
void readCityFields(JsonFieldReader& reader, const nlohmann::json& object, const std::string& fields, City& city);
void readPartnershipFields(JsonFieldReader& reader, const nlohmann::json& object, const std::string& fields,
                           Partnership& partnership);
// The optional "title" and "types" members of the top-level object; records where each type is.
void readTitleAndTypes(JsonFieldReader& reader, const nlohmann::json& root, DataSet& data, JsonLocator& locator);

// The same members written in the documented order; position and kind are the caller's.
void writeCityFields(nlohmann::ordered_json& out, const City& city, bool with_position);
void writePartnershipFields(nlohmann::ordered_json& out, const Partnership& partnership);
nlohmann::ordered_json typeJson(const PartnershipType& type);

}  // namespace pm
