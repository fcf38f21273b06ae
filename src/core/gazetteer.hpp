#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
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

class GazetteerIndex;

// The offline gazetteer: GeoNames populated places (cities500) with German and native alternate
// names, compared by foldKey. Format, sources and filtering: assets/gazetteer/README.md.
//
// A query matches a place by its main name (tier 1) or by an alternate name (tier 2); results are
// ranked by tier, then population (largest first), then geonameid. geocode() resolves the query to
// the best place when the best tier holds one place, or when its largest place has at least
// kDominanceFactor times the population of the next one in that tier; otherwise the name is
// Ambiguous. When nothing matches, the German transliteration is undone ("Nuernberg" is also tried
// as "Nurnberg"), then a name with slashes matches what any part matches ("Lacs 1 / Aného",
// "Klausen / Chiusa"); if still nothing matches the query is Unknown and nearMisses() supplies the
// candidates.
//
// GeocodeResult: Found sets match and leaves candidates empty; Ambiguous lists the places of the
// best tier (at most kMaxCandidates, best first); Unknown lists up to kMaxCandidates near misses.
// Populations of 0 mean unknown: two such places are Ambiguous. A country that is not an alpha-2
// code of the gazetteer matches no place.
class Gazetteer : public Geocoder {
public:
    static constexpr long long kDominanceFactor = 10;
    static constexpr size_t kMaxCandidates = 10;

    // Throws DataError with FILE:LINE for a missing or corrupt asset.
    static Gazetteer load(const std::filesystem::path& file);
    static Gazetteer fromText(std::string_view text, const std::string& file_label);
    // assets/gazetteer/cities500.tsv under resourceRoot().
    static std::filesystem::path defaultPath();

    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;
    ~Gazetteer() override;

    size_t size() const;         // number of places
    size_t memoryBytes() const;  // heap held by the loaded index, for benchmarks

    // Places whose main or alternate name has the key of `name`, best first (see above), within
    // the country if country_alpha2 is not empty (case-insensitive). limit 0 = all.
    std::vector<GazetteerEntry> search(std::string_view name, std::string_view country_alpha2, size_t limit) const;

    // "Did you mean", best first: (0) places in other countries that have exactly this name (only
    // when a country is given), then places in the country (or the world) that have no name with
    // this key but (1) a name that starts with it or is within edit distance 1 of it, or (2) a name
    // within edit distance 2. Distances are counted in UTF-8 bytes, an adjacent transposition counts
    // 1, distance 2 only for keys of 6+ bytes; keys under 3 bytes get only (0). Ties: main name
    // first, then population. limit 0 = all.
    std::vector<GazetteerEntry> nearMisses(std::string_view name, std::string_view country_alpha2, size_t limit) const;

    std::optional<GazetteerEntry> byId(long long geonames_id) const;

    GeocodeResult geocode(std::string_view name, std::string_view country_alpha2) const override;

private:
    explicit Gazetteer(std::unique_ptr<const GazetteerIndex> index);
    std::unique_ptr<const GazetteerIndex> m_index;
};

// A Geocoder that loads the gazetteer on first use, so that commands which never geocode do not
// pay for it. Load errors (DataError) surface from the first geocode() and are retried next time.
class LazyGazetteer : public Geocoder {
public:
    explicit LazyGazetteer(std::filesystem::path file = Gazetteer::defaultPath());

    const Gazetteer& get() const;  // loads if needed; throws DataError
    bool loaded() const;
    GeocodeResult geocode(std::string_view name, std::string_view country_alpha2) const override;

private:
    std::filesystem::path m_file;
    mutable std::mutex m_mutex;
    mutable std::optional<Gazetteer> m_gazetteer;
};

}  // namespace pm
