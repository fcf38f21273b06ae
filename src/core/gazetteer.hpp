#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.hpp"

namespace pm {

struct GazetteerEntry {
    long long geonames_id = 0;
    std::string name;     // GeoNames main name ("Kraków")
    std::string country;  // ISO alpha-2
    GeoPoint position;
    long long population = 0;

    friend bool operator==(const GazetteerEntry&, const GazetteerEntry&) = default;
};

struct GeocodeResult {
    enum class Outcome { Found, Ambiguous, Unknown };
    Outcome outcome = Outcome::Unknown;
    std::optional<GazetteerEntry> match;     // set when Found
    std::vector<GazetteerEntry> candidates;  // best first: the rivals when Ambiguous, near misses when Unknown
};

// Resolves a city name, optionally within a country, to one place. Importers take this
// interface so that tests can pass a small fake.
class Geocoder {
public:
    virtual ~Geocoder() = default;
    // country_alpha2 may be empty: then the whole world is searched.
    virtual GeocodeResult geocode(std::string_view name, std::string_view country_alpha2) const = 0;
};

}  // namespace pm
