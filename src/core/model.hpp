#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/geo_point.hpp"

namespace pm {

enum class PartnershipStatus { Active, Suspended, Ended };

// "active", "suspended", "ended": the ids used in every file format.
std::string_view statusId(PartnershipStatus status);
// Accepts the ids and their German words (aktiv, ruhend, ausgesetzt, beendet), case-insensitive.
std::optional<PartnershipStatus> parseStatus(std::string_view text);
std::string_view statusLabel(PartnershipStatus status, std::string_view lang);

struct PartnershipType {
    std::string id;                    // stable, lowercase ASCII: "partnership", "regional", ...
    std::string label_de;              // "Städtepartnerschaft"
    std::string label_en;              // "Twin town"
    std::vector<std::string> aliases;  // further names accepted on import ("kommunale Freundschaft")

    const std::string& label(std::string_view lang) const { return lang == "en" ? label_en : label_de; }
};

// The seven types every data set knows, in legend order.
const std::vector<PartnershipType>& builtinTypes();

struct City {
    std::string id;                            // unique within a data set, lowercase ASCII slug
    std::string name;                          // as the home city writes it ("Krakau")
    std::map<std::string, std::string> names;  // further names by language ("en" -> "Kraków")
    std::string country;                       // ISO 3166-1 alpha-2, upper case
    GeoPoint position;
    std::optional<long long> geonames_id;
    std::optional<long long> population;
    int line = 0;  // where it was defined in its source file, for messages; 0 if unknown

    // The name to show in a language: names[lang] if present, else name.
    const std::string& displayName(std::string_view lang) const;
};

struct Partnership {
    std::string home_id;
    std::string partner_id;
    std::string type = "partnership";
    std::optional<int> since;  // year the current relation began
    std::optional<int> until;  // year it ended
    PartnershipStatus status = PartnershipStatus::Active;
    std::string note;
    std::vector<std::string> sources;
    int line = 0;
    std::optional<int> suspended_since{};  // year it was put on hold (native JSON and GeoJSON only)
};

// DataSet::findCity's lookup table, built on first use. Copies start empty (they index their own
// cities); the mutex lets threads that share a const DataSet look up concurrently.
struct CityIdIndex {
    CityIdIndex() = default;
    CityIdIndex(const CityIdIndex&) {}
    CityIdIndex& operator=(const CityIdIndex&) {
        const std::lock_guard lock(mutex);
        positions.clear();
        indexed = 0;
        return *this;
    }
    std::mutex mutex;
    std::unordered_map<std::string, size_t> positions;
    size_t indexed = 0;  // cities.size() when built
};

struct DataSet {
    std::string title;
    std::vector<PartnershipType> extra_types;  // declared by the data set beyond builtinTypes()
    std::vector<City> cities;
    std::vector<Partnership> partnerships;
    std::string source;  // the file(s) it came from, for messages and the UI

    const City* findCity(std::string_view id) const;
    // A built-in or declared type, or nullptr.
    const PartnershipType* findType(std::string_view id) const;
    // Built-in types followed by declared ones.
    std::vector<PartnershipType> allTypes() const;

    mutable CityIdIndex city_index{};
};

// Appends `other` to `into`. Cities with the same id are kept once; a city id that names two
// different places (other country or more than 1 km apart) is a problem, as are duplicate
// partnerships. Problems name the file and line of the second occurrence.
std::vector<struct Problem> mergeDataSet(DataSet& into, DataSet other);

}  // namespace pm
