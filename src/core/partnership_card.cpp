#include "core/partnership_card.hpp"

#include <ctime>

#include "core/countries.hpp"
#include "core/geodesy.hpp"
#include "core/number_format.hpp"

namespace pm {

std::vector<std::string> PartnershipCard::lines() const {
    std::vector<std::string> result;
    for (const std::string* line : {&subtitle, &since, &distance, &status, &note})
        if (!line->empty()) result.push_back(*line);
    return result;
}

int currentYear() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_year + 1900;
}

namespace {

std::string sinceText(const Partnership& partnership, bool en, int year) {
    if (!partnership.since) return en ? "year unknown" : "Jahr unbekannt";
    std::string text = (en ? "since " : "seit ") + std::to_string(*partnership.since);
    if (partnership.until) {
        text = std::to_string(*partnership.since) + "–" + std::to_string(*partnership.until);
        const int years = *partnership.until - *partnership.since;
        return text + " · " + std::to_string(years) +
               (en ? (years == 1 ? " year" : " years") : (years == 1 ? " Jahr" : " Jahre"));
    }
    const int years = year - *partnership.since;
    if (years <= 0) return text;
    return text + " · " + std::to_string(years) +
           (en ? (years == 1 ? " year" : " years") : (years == 1 ? " Jahr" : " Jahre"));
}

}  // namespace

PartnershipCard partnershipCard(const DataSet& data, size_t partnership_index, std::string_view lang,
                                const CountryTable* countries, int year) {
    const bool en = lang == "en";
    const Partnership& partnership = data.partnerships.at(partnership_index);
    const City* home = data.findCity(partnership.home_id);
    const City* partner = data.findCity(partnership.partner_id);
    PartnershipCard card;
    if (!home || !partner) return card;
    card.title = partner->displayName(lang);
    const Country* country = countries ? countries->byAlpha2(partner->country) : nullptr;
    const std::string country_name = country ? country->name(lang) : partner->country;
    const PartnershipType* type = data.findType(partnership.type);
    card.subtitle = country_name + " · " + (type ? type->label(lang) : partnership.type);
    card.since = sinceText(partnership, en, year);
    const GeodesicInverse inverse = geodesicInverse(home->position, partner->position);
    card.distance = formatDistanceKm(inverse.distance_m / 1000.0, !en) + ", " +
                    compassPointName(compassPoint16(inverse.initial_azimuth_deg), !en) + (en ? " of " : " von ") +
                    home->displayName(lang);
    if (partnership.status != PartnershipStatus::Active)
        card.status = std::string(statusLabel(partnership.status, lang));
    card.note = partnership.note;
    card.sources = partnership.sources;
    return card;
}

}  // namespace pm
