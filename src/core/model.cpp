#include "core/model.hpp"

#include <algorithm>

#include "core/geodesy.hpp"
#include "core/problem.hpp"
#include "core/text_fold.hpp"

namespace pm {

std::string_view statusId(PartnershipStatus status) {
    switch (status) {
        case PartnershipStatus::Active:
            return "active";
        case PartnershipStatus::Suspended:
            return "suspended";
        case PartnershipStatus::Ended:
            return "ended";
    }
    return "active";
}

std::optional<PartnershipStatus> parseStatus(std::string_view text) {
    const std::string key = foldKey(text);
    if (key == "active" || key == "aktiv") return PartnershipStatus::Active;
    if (key == "suspended" || key == "ruhend" || key == "ausgesetzt") return PartnershipStatus::Suspended;
    if (key == "ended" || key == "beendet") return PartnershipStatus::Ended;
    return std::nullopt;
}

std::string_view statusLabel(PartnershipStatus status, std::string_view lang) {
    const bool en = lang == "en";
    switch (status) {
        case PartnershipStatus::Active:
            return en ? "active" : "aktiv";
        case PartnershipStatus::Suspended:
            return en ? "suspended" : "ruhend";
        case PartnershipStatus::Ended:
            return en ? "ended" : "beendet";
    }
    return "";
}

const std::vector<PartnershipType>& builtinTypes() {
    static const std::vector<PartnershipType> types = {
        {"partnership",
         "Städtepartnerschaft",
         "Twin town",
         {"Partnerschaft", "Partnerstadt", "twin city", "sister city", "town twinning", "city partnership"}},
        {"regional", "Regionalpartnerschaft", "Regional partnership", {"Regionspartnerschaft"}},
        {"friendship",
         "Städtefreundschaft",
         "Friendship",
         {"kommunale Freundschaft", "Freundschaft", "freundschaftliche Beziehung", "city friendship"}},
        {"project", "Projektpartnerschaft", "Project partnership", {"Projekt"}},
        {"solidarity", "Solidaritätspartnerschaft", "Solidarity partnership", {"Solidarität", "Städtekooperation"}},
        {"sponsorship", "Patenschaft", "Sponsorship", {"Patenstadt"}},
        {"contact", "Kontakt", "Contact", {"Kontakte"}},
    };
    return types;
}

const std::string& City::displayName(std::string_view lang) const {
    const auto it = names.find(std::string(lang));
    return it != names.end() && !it->second.empty() ? it->second : name;
}

const City* DataSet::findCity(std::string_view id) const {
    const auto linear = [&]() -> const City* {
        const auto it = std::find_if(cities.begin(), cities.end(), [&](const City& c) { return c.id == id; });
        return it == cities.end() ? nullptr : &*it;
    };
    if (cities.size() < 32) return linear();
    // Per-frame code (table, filters, picking) looks cities up for every partnership: a hash table
    // instead of a scan. Verified on every hit, and misses fall back to the scan, so a table made
    // stale by edits to `cities` never gives a wrong answer.
    const std::lock_guard lock(city_index.mutex);
    const auto rebuild = [&] {
        city_index.positions.clear();
        for (size_t i = 0; i < cities.size(); ++i) city_index.positions.emplace(cities[i].id, i);
        city_index.indexed = cities.size();
    };
    if (city_index.indexed != cities.size()) rebuild();
    const auto it = city_index.positions.find(std::string(id));
    if (it != city_index.positions.end() && it->second < cities.size() && cities[it->second].id == id)
        return &cities[it->second];
    const City* found = linear();
    if (found) rebuild();
    return found;
}

const PartnershipType* DataSet::findType(std::string_view id) const {
    for (const PartnershipType& type : builtinTypes())
        if (type.id == id) return &type;
    for (const PartnershipType& type : extra_types)
        if (type.id == id) return &type;
    return nullptr;
}

std::vector<PartnershipType> DataSet::allTypes() const {
    std::vector<PartnershipType> all = builtinTypes();
    all.insert(all.end(), extra_types.begin(), extra_types.end());
    return all;
}

std::vector<Problem> mergeDataSet(DataSet& into, DataSet other) {
    constexpr double same_place_m = 1000.0;
    std::vector<Problem> problems;
    if (into.title.empty()) into.title = other.title;
    for (PartnershipType& type : other.extra_types)
        if (!into.findType(type.id)) into.extra_types.push_back(std::move(type));
    for (City& city : other.cities) {
        const City* existing = into.findCity(city.id);
        if (!existing) {
            into.cities.push_back(std::move(city));
            continue;
        }
        if (existing->country != city.country ||
            geodesicInverse(existing->position, city.position).distance_m > same_place_m)
            problems.push_back({other.source, city.line,
                                "city id '" + city.id + "' names a different place than in " + into.source +
                                    "; give one of them another id"});
    }
    for (Partnership& partnership : other.partnerships) {
        const bool duplicate =
            std::any_of(into.partnerships.begin(), into.partnerships.end(), [&](const Partnership& p) {
                return p.home_id == partnership.home_id && p.partner_id == partnership.partner_id &&
                       p.type == partnership.type;
            });
        if (duplicate) {
            problems.push_back({other.source, partnership.line,
                                "duplicate partnership " + partnership.home_id + " - " + partnership.partner_id + " (" +
                                    partnership.type + "), already in " + into.source + "; remove one of them"});
            continue;
        }
        into.partnerships.push_back(std::move(partnership));
    }
    into.source = into.source.empty() ? other.source : into.source + ", " + other.source;
    return problems;
}

}  // namespace pm
