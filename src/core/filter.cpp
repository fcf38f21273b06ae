#include "core/filter.hpp"

#include <algorithm>

#include "core/text_fold.hpp"

namespace pm {

bool PartnershipFilter::empty() const {
    return *this == PartnershipFilter{};
}

namespace {

bool textMatches(const DataSet& data, const Partnership& partnership, const std::string& needle) {
    const auto contains = [&](const std::string& haystack) {
        return foldKey(haystack).find(needle) != std::string::npos;
    };
    for (const std::string* id : {&partnership.home_id, &partnership.partner_id}) {
        const City* city = data.findCity(*id);
        if (!city) continue;
        if (contains(city->name) || contains(city->country)) return true;
        for (const auto& [lang, name] : city->names)
            if (contains(name)) return true;
    }
    return contains(partnership.note);
}

}  // namespace

bool matchesFilter(const DataSet& data, const Partnership& partnership, const PartnershipFilter& filter) {
    if (!filter.home_ids.empty() && !filter.home_ids.contains(partnership.home_id)) return false;
    if (!filter.types.empty() && !filter.types.contains(partnership.type)) return false;
    if (!filter.statuses.empty() && !filter.statuses.contains(partnership.status)) return false;
    if (!filter.partner_countries.empty()) {
        const City* partner = data.findCity(partnership.partner_id);
        if (!partner || !filter.partner_countries.contains(partner->country)) return false;
    }
    if (filter.since_from || filter.since_to) {
        if (!partnership.since) return false;
        if (filter.since_from && *partnership.since < *filter.since_from) return false;
        if (filter.since_to && *partnership.since > *filter.since_to) return false;
    }
    if (filter.as_of) {
        if (!partnership.since || *partnership.since > *filter.as_of) return false;
        if (partnership.until && *partnership.until < *filter.as_of) return false;
    }
    if (!filter.text.empty()) {
        const std::string needle = foldKey(filter.text);
        if (!needle.empty() && !textMatches(data, partnership, needle)) return false;
    }
    return true;
}

std::vector<size_t> filterPartnerships(const DataSet& data, const PartnershipFilter& filter) {
    std::vector<size_t> indices;
    for (size_t i = 0; i < data.partnerships.size(); ++i)
        if (matchesFilter(data, data.partnerships[i], filter)) indices.push_back(i);
    return indices;
}

std::vector<std::string> homeCityIds(const DataSet& data) {
    std::vector<std::string> ids;
    for (const Partnership& partnership : data.partnerships)
        if (std::find(ids.begin(), ids.end(), partnership.home_id) == ids.end()) ids.push_back(partnership.home_id);
    return ids;
}

namespace {

bool cityIsNamed(const City& city, std::string_view name_or_id, const std::string& key) {
    if (city.id == name_or_id || foldKey(city.name) == key) return true;
    for (const auto& [lang, name] : city.names)
        if (foldKey(name) == key) return true;
    return false;
}

}  // namespace

std::optional<std::string> findCityId(const DataSet& data, std::string_view name_or_id) {
    const std::string key = foldKey(name_or_id);
    for (const City& city : data.cities)
        if (cityIsNamed(city, name_or_id, key)) return city.id;
    return std::nullopt;
}

std::optional<std::string> findHomeCityId(const DataSet& data, std::string_view name_or_id) {
    const std::string key = foldKey(name_or_id);
    for (const std::string& id : homeCityIds(data)) {
        const City* city = data.findCity(id);
        if (city && cityIsNamed(*city, name_or_id, key)) return id;
    }
    return std::nullopt;
}

}  // namespace pm
