#include "core/validation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/dataset_files.hpp"
#include "core/text_util.hpp"

namespace pm {

bool isValidId(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool looksLikeAlpha2(std::string_view country) {
    return country.size() == 2 &&
           std::all_of(country.begin(), country.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void sortProblems(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
}

namespace {

// Collects problems for one data set; knows where each entity was written.
class Validator {
public:
    Validator(const DataSet& data, const std::string& file_label, const FieldLocator* locator)
        : m_data(data), m_file(file_label), m_locator(locator) {}

    std::vector<Problem> run() {
        checkTypes();
        checkCities();
        checkPartnerships();
        return std::move(m_problems);
    }

private:
    // `entity_line` is the line the model stores; the locator may know a better one.
    void report(const std::string& collection, size_t index, std::string_view field, int entity_line,
                std::string message) {
        std::string pointer = "/" + collection + "/" + std::to_string(index);
        if (!field.empty()) pointer += "/" + std::string(field);
        int line = entity_line;
        if (m_locator) {
            if (m_locator->reported(pointer)) return;
            if (const int located = m_locator->line(pointer); located > 0) line = located;
        }
        m_problems.push_back({m_file, line, std::move(message)});
    }

    void checkTypes() {
        std::map<std::string, size_t> seen;
        for (size_t i = 0; i < m_data.extra_types.size(); ++i) {
            const PartnershipType& type = m_data.extra_types[i];
            const auto problem = [&](std::string_view field, std::string message) {
                report("types", i, field, 0, std::move(message));
            };
            if (type.id.empty()) {
                problem("id", "type without an id; give it a short id such as \"school\"");
            } else if (!isValidId(type.id)) {
                problem("id", "type id '" + type.id + "' may only contain a-z, 0-9, '-' and '_'");
            } else if (std::any_of(builtinTypes().begin(), builtinTypes().end(),
                                   [&](const PartnershipType& builtin) { return builtin.id == type.id; })) {
                problem("id", "type '" + type.id + "' is built in; declare only additional types");
            } else if (!seen.emplace(type.id, i).second) {
                problem("id", "type '" + type.id + "' is declared twice; remove one declaration");
            }
            if (type.label_de.empty()) problem("label_de", "type '" + type.id + "' needs a German label (label_de)");
            if (type.label_en.empty()) problem("label_en", "type '" + type.id + "' needs an English label (label_en)");
        }
    }

    void checkCities() {
        for (size_t i = 0; i < m_data.cities.size(); ++i) {
            const City& city = m_data.cities[i];
            const auto problem = [&](std::string_view field, std::string message) {
                report("cities", i, field, city.line, std::move(message));
            };
            if (city.id.empty()) {
                problem("id", "city without an id; give it a short id such as \"nuernberg\"");
            } else if (!isValidId(city.id)) {
                problem("id",
                        "city id '" + city.id +
                            "' may only contain lower-case letters a-z, digits, '-' and '_' (e.g. \"nuernberg\")");
            } else if (const auto [it, inserted] = m_city_index.emplace(city.id, i); !inserted) {
                problem("id", "duplicate city id '" + city.id + "' (first used in line " +
                                  std::to_string(lineOfCity(it->second, "id")) + "); give each city its own id");
            }
            if (trimSpaces(city.name).empty()) problem("name", "city '" + city.id + "' has no name");
            for (const auto& [lang, name] : city.names)
                if (lang.empty() || trimSpaces(name).empty())
                    problem("names", "city '" + city.id + "' has an empty entry in names; remove it");
            if (!looksLikeAlpha2(city.country))
                problem("country",
                        "country '" + city.country +
                            "' is not an ISO 3166-1 alpha-2 code; write two upper-case letters such as \"DE\"");
            checkCoordinate(city.position.lat, 90.0, "latitude", "lat", problem);
            checkCoordinate(city.position.lon, 180.0, "longitude", "lon", problem);
            if (city.geonames_id && *city.geonames_id <= 0)
                problem("geonames_id", "geonames_id " + std::to_string(*city.geonames_id) + " must be positive");
            if (city.population && *city.population < 0)
                problem("population", "population " + std::to_string(*city.population) + " must not be negative");
        }
    }

    template <typename Report>
    static void checkCoordinate(double value, double limit, const std::string& name, std::string_view field,
                                const Report& problem) {
        if (!std::isfinite(value)) {
            problem(field, name + " is not a finite number");
        } else if (std::abs(value) > limit) {
            const std::string bound = formatDecimal(limit, 0);
            problem(field, name + " " + formatShortest(value) + " is out of range; it must be between -" + bound +
                               " and " + bound + (name == "latitude" ? " (degrees north)" : " (degrees east)"));
        }
    }

    int lineOfCity(size_t index, std::string_view field) const {
        const std::string pointer = "/cities/" + std::to_string(index) + "/" + std::string(field);
        if (m_locator)
            if (const int line = m_locator->line(pointer); line > 0) return line;
        return m_data.cities[index].line;
    }

    int lineOfPartnership(size_t index) const {
        if (m_locator)
            if (const int line = m_locator->line("/partnerships/" + std::to_string(index)); line > 0) return line;
        return m_data.partnerships[index].line;
    }

    std::string knownTypeIds() const {
        std::vector<std::string> ids;
        for (const PartnershipType& type : m_data.allTypes()) ids.push_back(type.id);
        return joinWith(ids, ", ");
    }

    void checkPartnerships() {
        std::map<std::tuple<std::string, std::string, std::string>, size_t> seen;
        for (size_t i = 0; i < m_data.partnerships.size(); ++i) {
            const Partnership& partnership = m_data.partnerships[i];
            const auto problem = [&](std::string_view field, std::string message) {
                report("partnerships", i, field, partnership.line, std::move(message));
            };
            bool cities_known = true;
            for (const auto& [id, field, role] : {std::tuple{&partnership.home_id, "home", "home city"},
                                                  std::tuple{&partnership.partner_id, "partner", "partner city"}}) {
                if (id->empty()) {
                    problem(field, std::string("partnership without a ") + role + "; give the id of a city");
                    cities_known = false;
                } else if (!m_city_index.contains(*id)) {
                    problem(field, std::string(role) + " '" + *id +
                                       "' is not a city of this file; add it to the cities or correct the id");
                    cities_known = false;
                }
            }
            if (cities_known && partnership.home_id == partnership.partner_id)
                problem("partner", "city '" + partnership.home_id + "' cannot be its own partner");
            if (!m_data.findType(partnership.type))
                problem("type", "unknown type '" + partnership.type + "'; known types: " + knownTypeIds());
            checkYear(partnership.since, "since", problem);
            checkYear(partnership.until, "until", problem);
            checkYear(partnership.suspended_since, "suspended_since", problem);
            if (partnership.suspended_since && partnership.status != PartnershipStatus::Suspended)
                problem("suspended_since", "suspended_since " + std::to_string(*partnership.suspended_since) +
                                               " is given but the status is " +
                                               std::string(statusId(partnership.status)) +
                                               "; set the status to suspended or remove suspended_since");
            if (partnership.since && partnership.suspended_since && *partnership.since > *partnership.suspended_since)
                problem("suspended_since", "since " + std::to_string(*partnership.since) +
                                               " is after suspended_since " +
                                               std::to_string(*partnership.suspended_since) + "; correct the years");
            if (partnership.since && partnership.until && *partnership.since > *partnership.until)
                problem("until", "since " + std::to_string(*partnership.since) + " is after until " +
                                     std::to_string(*partnership.until) + "; correct or swap the years");
            if (partnership.until && partnership.status != PartnershipStatus::Ended)
                problem("until", "until " + std::to_string(*partnership.until) + " is given but the status is " +
                                     std::string(statusId(partnership.status)) +
                                     "; set the status to ended or remove until");
            const auto key = std::tuple{partnership.home_id, partnership.partner_id, partnership.type};
            if (const auto [it, inserted] = seen.emplace(key, i); !inserted)
                problem("", "duplicate partnership " + partnership.home_id + " - " + partnership.partner_id + " (" +
                                partnership.type + "), first in line " + std::to_string(lineOfPartnership(it->second)) +
                                "; remove one of them");
        }
    }

    template <typename Report>
    static void checkYear(const std::optional<int>& year, std::string_view field, const Report& problem) {
        if (year && (*year < kFirstPlausibleYear || *year > kLastPlausibleYear))
            problem(field, std::string(field) + " " + std::to_string(*year) + " is not a plausible year; expected " +
                               std::to_string(kFirstPlausibleYear) + " to " + std::to_string(kLastPlausibleYear));
    }

    const DataSet& m_data;
    const std::string& m_file;
    const FieldLocator* m_locator;
    std::unordered_map<std::string, size_t> m_city_index;
    std::vector<Problem> m_problems;
};

}  // namespace

std::vector<Problem> validateDataSet(const DataSet& data, const std::string& file_label, const FieldLocator* locator) {
    std::vector<Problem> problems = Validator(data, file_label, locator).run();
    sortProblems(problems);
    return problems;
}

std::vector<Problem> validateDataSet(const DataSet& data, const std::string& file_label) {
    return validateDataSet(data, file_label, nullptr);
}

}  // namespace pm
