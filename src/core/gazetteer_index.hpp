#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer.hpp"

namespace pm {

// What a GeoNames feature code of a populated place (class P, https://www.geonames.org/export/codes.html)
// tells the ranking in gazetteer.cpp.
struct PlaceFeature {
    std::string_view code;  // "PPLA2"; empty when GeoNames gives none
    int importance;         // 3 capital or seat of government, 2 PPLA, 1 PPLA2, 0 any other
    bool seat;              // a capital or the seat of a first- to third-order division (PPLA to PPLA3)
    bool section;           // section of a place (PPLX), historical, abandoned or destroyed (PPLH PPLQ PPLW)
};

// The known codes, an empty code first. The asset's feature column is one of them.
const std::vector<PlaceFeature>& placeFeatures();

// The parsed gazetteer asset in compact form: fixed-size place records, one arena of main names,
// one arena of fold keys and a hash index over the keys. Internal to the gazetteer; the public face
// is pm::Gazetteer.
class GazetteerIndex {
public:
    enum class Tier : uint8_t { MainName = 0, AlternateName = 1 };

    struct Hit {
        uint32_t place;
        Tier tier;
    };

    // Parses the text of assets/gazetteer/cities500.tsv (format in its README.md). Throws
    // DataError listing up to kMaxProblems problems as FILE:LINE: message.
    static GazetteerIndex parse(std::string_view text, const std::string& file_label);
    static constexpr size_t kMaxProblems = 20;

    size_t size() const { return m_places.size(); }
    size_t memoryBytes() const;

    // Places with a name whose fold key is `key`, each once with its best tier, in file order.
    std::vector<Hit> lookup(std::string_view key) const;
    // Indices of the places of a country ("DE"), in file order; empty for an unknown code.
    const std::vector<uint32_t>& placesIn(std::string_view country_alpha2) const;
    // The place with this geonameid, or -1.
    long long findId(long long geonames_id) const;

    // The fold keys of a place, main name first.
    template <typename Visit>
    void forEachKey(uint32_t place, Visit&& visit) const {
        const size_t end = place + 1 < m_places.size() ? m_places[place + 1].keys_offset : m_keys.size();
        for (size_t pos = m_places[place].keys_offset; pos < end;) {
            const size_t stop = m_keys.find('\0', pos);
            visit(std::string_view(m_keys).substr(pos, stop - pos),
                  pos == m_places[place].keys_offset ? Tier::MainName : Tier::AlternateName);
            pos = stop + 1;
        }
    }

    long long population(uint32_t place) const { return m_places[place].population; }
    long long geonamesId(uint32_t place) const { return m_places[place].geonames_id; }
    const PlaceFeature& feature(uint32_t place) const { return placeFeatures()[m_places[place].feature]; }
    std::string_view country(uint32_t place) const { return {m_places[place].country.data(), 2}; }
    std::string_view name(uint32_t place) const {
        return std::string_view(m_names).substr(m_places[place].name_offset, m_places[place].name_length);
    }
    GazetteerEntry entry(uint32_t place) const;

private:
    // 32 bytes per place; coordinates in 1e-5 degrees, exactly as the asset writes them.
    struct Place {
        uint32_t geonames_id;
        int32_t lat_e5;
        int32_t lon_e5;
        uint32_t population;
        uint32_t name_offset;  // into m_names
        uint32_t keys_offset;  // into m_keys; the keys of a place end where the next place's begin
        uint16_t name_length;
        std::array<char, 2> country;
        uint8_t feature;  // index into placeFeatures()
    };
    struct KeyRef {
        uint64_t hash;
        uint32_t place;
        uint32_t key_offset;  // into m_keys, '\0'-terminated
    };

    std::vector<Place> m_places;
    std::string m_names;
    std::string m_keys;                                  // every key followed by '\0' (keys never contain '\0')
    std::vector<KeyRef> m_index;                         // sorted by (hash, place)
    std::vector<std::vector<uint32_t>> m_by_country;     // 26 * 26 slots, by alpha-2
    std::vector<std::pair<uint32_t, uint32_t>> m_by_id;  // (geonameid, place), sorted

    friend class GazetteerParser;
};

// Edit distance between two byte strings with adjacent transpositions counting 1 (optimal string
// alignment), or max_distance + 1 as soon as it must exceed max_distance. Strings longer than 64
// bytes are compared only for equality.
int boundedEditDistance(std::string_view a, std::string_view b, int max_distance);

}  // namespace pm
