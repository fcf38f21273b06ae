#include "core/facts.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/countries.hpp"
#include "core/geodesy.hpp"
#include "core/number_format.hpp"

namespace pm {

std::vector<Anniversary> anniversariesIn(const DataSet& data, const std::vector<size_t>& indices, int year,
                                         const std::vector<int>& rounds) {
    std::vector<Anniversary> result;
    for (size_t index : indices) {
        const Partnership& partnership = data.partnerships.at(index);
        if (!partnership.since || (partnership.until && *partnership.until < year)) continue;
        const int years = year - *partnership.since;
        if (std::find(rounds.begin(), rounds.end(), years) != rounds.end()) result.push_back({index, years});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Anniversary& a, const Anniversary& b) { return a.years > b.years; });
    return result;
}

std::string anniversaryText(const DataSet& data, const Anniversary& anniversary, std::string_view lang) {
    const Partnership& partnership = data.partnerships.at(anniversary.partnership_index);
    const City* home = data.findCity(partnership.home_id);
    const City* partner = data.findCity(partnership.partner_id);
    return std::to_string(anniversary.years) + (lang == "en" ? " years " : " Jahre ") +
           (home ? home->displayName(lang) : partnership.home_id) + "–" +
           (partner ? partner->displayName(lang) : partnership.partner_id);
}

PartnershipFacts computeFacts(const DataSet& data, const std::vector<size_t>& indices, const CountryTable* countries,
                              int year) {
    PartnershipFacts facts;
    facts.year = year;
    std::set<std::string> partner_ids, country_codes;
    std::map<std::string, std::set<std::string>> cities_by_continent;
    double age_sum = 0;
    int aged = 0;
    for (size_t index : indices) {
        const Partnership& partnership = data.partnerships.at(index);
        const City* home = data.findCity(partnership.home_id);
        const City* partner = data.findCity(partnership.partner_id);
        if (!home || !partner) continue;
        ++facts.partnerships;
        ++facts.by_type[partnership.type];
        partner_ids.insert(partner->id);
        country_codes.insert(partner->country);
        const Country* country = countries ? countries->byAlpha2(partner->country) : nullptr;
        cities_by_continent[country ? country->continent : "?"].insert(partner->id);
        const double km = geodesicInverse(home->position, partner->position).distance_m / 1000.0;
        facts.total_km += km;
        if (!facts.nearest || km < facts.nearest_km) facts.nearest = index, facts.nearest_km = km;
        if (!facts.farthest || km > facts.farthest_km) facts.farthest = index, facts.farthest_km = km;
        if (!partnership.since) {
            ++facts.unknown_since;
            continue;
        }
        if (!facts.oldest || *partnership.since < *data.partnerships[*facts.oldest].since) facts.oldest = index;
        if (!facts.newest || *partnership.since > *data.partnerships[*facts.newest].since) facts.newest = index;
        age_sum += (partnership.until ? std::min(*partnership.until, year) : year) - *partnership.since;
        ++aged;
    }
    facts.partner_cities = static_cast<int>(partner_ids.size());
    facts.countries = static_cast<int>(country_codes.size());
    for (const auto& [continent, cities] : cities_by_continent)
        facts.partner_cities_by_continent[continent] = static_cast<int>(cities.size());
    facts.average_km = facts.partnerships ? facts.total_km / facts.partnerships : 0;
    facts.average_age_years = aged ? age_sum / aged : 0;
    facts.anniversaries = anniversariesIn(data, indices, year);
    return facts;
}

namespace {

std::string cityName(const DataSet& data, const std::string& id, std::string_view lang) {
    const City* city = data.findCity(id);
    return city ? city->displayName(lang) : id;
}

// "1 Land", "20 Ländern".
std::string counted(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string countsLine(const PartnershipFacts& facts, bool en) {
    if (en)
        return counted(facts.partnerships, "partnership", "partnerships") + " with " +
               counted(facts.partner_cities, "city", "cities") + " in " +
               counted(facts.countries, "country", "countries");
    return counted(facts.partnerships, "Partnerschaft", "Partnerschaften") + " mit " +
           counted(facts.partner_cities, "Stadt", "Städten") + " in " + counted(facts.countries, "Land", "Ländern");
}

}  // namespace

std::vector<std::string> factLines(const DataSet& data, const PartnershipFacts& facts, std::string_view lang,
                                   const CountryTable*) {
    const bool en = lang == "en";
    std::vector<std::string> lines;
    lines.push_back(countsLine(facts, en));
    std::string types;
    for (const PartnershipType& type : data.allTypes()) {
        const auto it = facts.by_type.find(type.id);
        if (it == facts.by_type.end()) continue;
        types += (types.empty() ? "" : " · ") + std::to_string(it->second) + " " + type.label(lang);
    }
    if (!types.empty()) lines.push_back(types);
    std::vector<std::pair<int, std::string>> continents;
    for (const auto& [continent, count] : facts.partner_cities_by_continent) continents.push_back({count, continent});
    std::sort(continents.rbegin(), continents.rend());
    std::string continent_line;
    for (const auto& [count, continent] : continents)
        continent_line +=
            (continent_line.empty() ? "" : " · ") + continentName(continent, en) + " " + std::to_string(count);
    if (!continent_line.empty()) lines.push_back(continent_line);
    if (facts.partnerships > 0) {
        lines.push_back((en ? "Total distance " : "Zusammen ") + formatDistanceKm(facts.total_km, !en) +
                        (en ? ", on average " : ", im Schnitt ") + formatDistanceKm(facts.average_km, !en));
        const auto partner_of = [&](size_t index) { return cityName(data, data.partnerships[index].partner_id, lang); };
        lines.push_back((en ? "Nearest: " : "Am nächsten: ") + partner_of(*facts.nearest) + " (" +
                        formatDistanceKm(facts.nearest_km, !en) + ")" + (en ? " · farthest: " : " · am weitesten: ") +
                        partner_of(*facts.farthest) + " (" + formatDistanceKm(facts.farthest_km, !en) + ")");
        if (facts.oldest) {
            const Partnership& oldest = data.partnerships[*facts.oldest];
            const Partnership& newest = data.partnerships[*facts.newest];
            lines.push_back((en ? "Oldest: " : "Älteste: ") + cityName(data, oldest.home_id, lang) + "–" +
                            partner_of(*facts.oldest) + " (" + std::to_string(*oldest.since) + ")" +
                            (en ? " · newest: " : " · neueste: ") + cityName(data, newest.home_id, lang) + "–" +
                            partner_of(*facts.newest) + " (" + std::to_string(*newest.since) + ")");
            std::string age = formatFixed(facts.average_age_years, 0);
            lines.push_back((en ? "Average age " : "Durchschnittsalter ") + age + (en ? " years" : " Jahre"));
        }
    }
    for (const Anniversary& anniversary : facts.anniversaries)
        lines.push_back(std::to_string(facts.year) + ": " + anniversaryText(data, anniversary, lang));
    return lines;
}

PartnershipCard homeCityCard(const DataSet& data, const std::vector<size_t>& indices, const std::string& home_id,
                             std::string_view lang, const CountryTable* countries, int year) {
    const bool en = lang == "en";
    PartnershipCard card;
    const City* home = data.findCity(home_id);
    if (!home) return card;
    std::vector<size_t> own;
    for (size_t index : indices)
        if (data.partnerships.at(index).home_id == home_id) own.push_back(index);
    const PartnershipFacts facts = computeFacts(data, own, countries, year);
    card.title = home->displayName(lang);
    const Country* country = countries ? countries->byAlpha2(home->country) : nullptr;
    card.subtitle = (country ? country->name(lang) : home->country) + (en ? " · Home city" : " · Heimatstadt");
    card.since = en ? counted(facts.partner_cities, "partner city", "partner cities") + " in " +
                          counted(facts.countries, "country", "countries")
                    : counted(facts.partner_cities, "Partnerstadt", "Partnerstädte") + " in " +
                          counted(facts.countries, "Land", "Ländern");
    const auto partner_of = [&](size_t index) { return cityName(data, data.partnerships[index].partner_id, lang); };
    if (facts.nearest && facts.farthest != facts.nearest)
        card.distance = formatDistanceKm(facts.nearest_km, !en) + " (" + partner_of(*facts.nearest) + ")" +
                        (en ? " to " : " bis ") + formatDistanceKm(facts.farthest_km, !en) + " (" +
                        partner_of(*facts.farthest) + ")";
    else if (facts.nearest)
        card.distance = formatDistanceKm(facts.nearest_km, !en) + " (" + partner_of(*facts.nearest) + ")";
    if (facts.oldest) {
        const auto year_of = [&](size_t index) { return std::to_string(*data.partnerships[index].since); };
        card.note = (en ? "Since " : "Seit ") + year_of(*facts.oldest) + " (" + partner_of(*facts.oldest) + ")";
        if (facts.newest != facts.oldest)
            card.note +=
                (en ? ", newest " : ", zuletzt ") + year_of(*facts.newest) + " (" + partner_of(*facts.newest) + ")";
    }
    return card;
}

}  // namespace pm
