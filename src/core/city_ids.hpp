#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace pm {

// The ASCII slug of a city name as German offices write it: ä -> ae, ö -> oe, ü -> ue, ß -> ss,
// other Latin accents stripped (Kraków -> krakow, Łódź -> lodz), lower case, every run of other
// characters one '-' ("Frankfurt (Oder)" -> "frankfurt-oder"). Empty when the name has letters
// outside the Latin script (Москва, 東京) or no letter at all: such cities need another id.
std::string citySlug(std::string_view name);

// Hands out unique city ids for importers that have none: the slug of the name, else
// "gn-<geonameid>", else "city-<n>" (n = how many ids were handed out, this one included); on
// a collision "-<cc>" (lower-case country) is appended, then "-2", "-3", ...
class CityIdAllocator {
public:
    // Marks an id as taken without handing it out.
    void reserve(std::string id) { m_taken.insert(std::move(id)); }

    std::string allocate(std::string_view name, std::string_view country_alpha2, std::optional<long long> geonames_id);

private:
    std::unordered_set<std::string> m_taken;
    int m_allocated = 0;
};

}  // namespace pm
