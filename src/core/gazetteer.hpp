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
    std::string feature = {};  // GeoNames feature code: "PPL", "PPLA", "PPLC", "PPLX" (a section); may be empty

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
// Ranking (search() order, best first):
//  1. Proper places before sections (PPLX: Hamburg-Hamm, Berlin-Kreuzberg) and former places
//     (PPLH, PPLQ, PPLW): those only count when no other place matches.
//  2. Places matched by their main name (tier 1) before places matched by an alternate name (tier 2).
//     A famous alternate counts as a main name: a place of at least kFamousPopulation with at least
//     kFamousFactor times the population of every main-name match ("Lemberg": Lviv, 717,273, over
//     villages of 4,317 and 1,511), unless one of those is a town: kTownPopulation inhabitants or
//     more, or a capital or the seat of a first- to third-order division (PPLC, PPLG, PPLA to PPLA3).
//     So "Cham" stays the Kreisstadt of 17,314 and does not become Damascus.
//  3. Population, largest first; then geonameid.
//
// geocode() takes the best place (the leader) and weighs it against its rivals, the other places of
// its tier and class (a section never rivals a proper place), and against the places of its country
// that the name shortens: GeoNames calls them by it, and their main name is the name plus a qualifier
// in lower case, parentheses or after a slash ("Neustadt am Rübenberge", "Frankfurt (Oder)").
// The leader is Found when it has no rivals and no such short forms, or when it has
//  - at least kDominanceFactor times the population of every rival, or kImportantDominanceFactor
//    times if it is more important than each of them (capital or seat of government > seat of a
//    first-order division > seat of a second-order division > other; "Athens": Athens GR, 664,046,
//    over Athens US, 127,315), and
//  - at least kShortFormFactor times the population of every short form ("Neustadt", 53,984, is
//    Ambiguous with "Neustadt am Rübenberge", 45,942; "Freiberg", 43,670, is found over "Freiberg
//    am Neckar", 15,235).
// Otherwise the name is Ambiguous. When nothing matches, the German transliteration is undone
// ("Nuernberg" is also tried as "Nurnberg"), then a name with slashes matches what any part
// matches ("Lacs 1 / Aného", "Klausen / Chiusa"); if still nothing matches the query is Unknown and
// nearMisses() supplies the candidates.
//
// GeocodeResult: Found sets match and leaves candidates empty; Ambiguous lists the leader, its
// rivals and the short forms (at most kMaxCandidates, best first); Unknown lists up to
// kMaxCandidates near misses. Populations of 0 mean unknown: such a leader is Ambiguous whenever it
// has a rival or a short form. A country that is not an alpha-2 code of the gazetteer matches no place.
class Gazetteer : public Geocoder {
public:
    static constexpr long long kDominanceFactor = 10;
    static constexpr long long kImportantDominanceFactor = 5;
    static constexpr long long kShortFormFactor = 2;
    static constexpr long long kFamousPopulation = 100'000;
    static constexpr long long kFamousFactor = 50;
    static constexpr long long kTownPopulation = 10'000;
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

    // Places whose main or alternate name has the key of `name`, ranked (see above), within
    // the country if country_alpha2 is not empty (case-insensitive). limit 0 = all.
    std::vector<GazetteerEntry> search(std::string_view name, std::string_view country_alpha2, size_t limit) const;

    // "Did you mean", best first: (0) places in other countries that have exactly this name (only
    // when a country is given), then places in the country (or the world) that have no name with
    // this key but (1) a name that starts with it or is within edit distance 1 of it, or (2) a name
    // within edit distance 2. Distances are counted in UTF-8 bytes, an adjacent transposition counts
    // 1, distance 2 only for keys of 6+ bytes; keys under 3 bytes get only (0). Ties: proper
    // places before sections, main name first, then population. limit 0 = all.
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
