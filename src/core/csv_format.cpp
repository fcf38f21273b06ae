#include "core/csv_format.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "core/city_ids.hpp"
#include "core/countries.hpp"
#include "core/csv_reader.hpp"
#include "core/gazetteer.hpp"
#include "core/geodesy.hpp"
#include "core/text_fold.hpp"
#include "core/text_util.hpp"
#include "core/validation.hpp"

namespace pm {

namespace {

enum Column : size_t {
    kHome,
    kHomeCountry,
    kPartner,
    kCountry,
    kType,
    kSince,
    kUntil,
    kStatus,
    kLat,
    kLon,
    kHomeLat,
    kHomeLon,
    kNote,
    kSource,
    kColumnCount
};

// The names a header may give each column (compared case- and accent-insensitively); the first
// is the one export writes.
const std::array<std::vector<std::string_view>, kColumnCount>& columnNames() {
    static const std::array<std::vector<std::string_view>, kColumnCount> names = {{
        {"home", "Heimatstadt", "Stadt"},
        {"home_country", "Land Heimatstadt"},
        {"partner", "Partnerstadt"},
        {"country", "Land"},
        {"type", "Art"},
        {"since", "seit"},
        {"until", "bis"},
        {"status"},
        {"lat", "Breite"},
        {"lon", "Länge"},
        {"home_lat", "Breite Heimatstadt"},
        {"home_lon", "Länge Heimatstadt"},
        {"note", "Notiz"},
        {"source", "Quelle"},
    }};
    return names;
}

// Spreadsheet users write "home country" as often as "home_country".
std::string headerKey(std::string_view name) {
    std::string text(trimSpaces(name));
    std::replace(text.begin(), text.end(), '_', ' ');
    return foldKey(text);
}

std::string acceptedNames(Column column) {
    std::vector<std::string> names(columnNames()[column].begin(), columnNames()[column].end());
    if (names.size() == 1) return names[0];
    const std::string last = names.back();
    names.pop_back();
    return joinWith(names, ", ") + " or " + last;
}

std::string knownColumnsText() {
    std::vector<std::string> parts;
    for (const auto& names : columnNames()) {
        std::string part(names[0]);
        if (names.size() > 1) {
            std::vector<std::string> others(names.begin() + 1, names.end());
            part += " (" + joinWith(others, ", ") + ")";
        }
        parts.push_back(part);
    }
    return joinWith(parts, ", ");
}

// A city as one row names it.
struct CityRef {
    std::string name;
    std::string key;      // foldKey(name): rows spell the same city in different case
    std::string country;  // alpha-2, or empty when the row does not say
    std::optional<GeoPoint> position;
    int line = 0;
    bool home = false;
    bool usable = false;  // false when a problem has been reported for it
    size_t group = 0;     // index into the resolved city groups
};

struct Row {
    int line = 0;
    CityRef home;
    CityRef partner;
    std::string type;
    std::optional<int> since;
    std::optional<int> until;
    PartnershipStatus status = PartnershipStatus::Active;
    std::string note;
    std::vector<std::string> sources;
    bool usable = true;
};

// All rows naming the same (name, country) become one city.
struct CityGroup {
    std::string name;  // as first written
    std::string key;   // folded name
    std::string country;
    int line = 0;
    std::optional<GeoPoint> position;
    int position_line = 0;
    bool home = false;  // first named as a home city: decides what a message tells to fill in
    std::optional<GazetteerEntry> entry;
    bool resolved = false;
    std::string id;
};

std::string describeEntry(const GazetteerEntry& entry) {
    std::string text = entry.name + " (" + entry.country + ", " + formatDecimal(entry.position.lat, 4) + ", " +
                       formatDecimal(entry.position.lon, 4);
    if (entry.population > 0) text += ", pop. " + std::to_string(entry.population);
    return text + ")";
}

std::string describeEntries(const std::vector<GazetteerEntry>& entries) {
    constexpr size_t kShown = 5;
    std::vector<std::string> parts;
    for (size_t i = 0; i < entries.size() && i < kShown; ++i) parts.push_back(describeEntry(entries[i]));
    std::string text = joinWith(parts, ", ");
    if (entries.size() > kShown) text += " and " + std::to_string(entries.size() - kShown) + " more";
    return text;
}

class CsvImporter {
public:
    CsvImporter(std::string_view text, const std::string& file_label, const ImportContext& context,
                std::vector<Problem>& problems)
        : m_text(text), m_file(file_label), m_context(context), m_problems(problems) {}

    DataSet run() {
        m_delimiter = detectCsvDelimiter(m_text);
        CsvReader reader(m_text, m_delimiter);
        CsvRecord record;
        if (!readHeader(reader, record)) return {};
        while (reader.next(record)) readRow(record);
        resolveCountrylessCities();
        groupCities();
        for (CityGroup& group : m_groups) resolveGroup(group);
        DataSet data = buildDataSet();
        std::vector<Problem> validation = validateDataSet(data, m_file, nullptr);
        m_problems.insert(m_problems.end(), validation.begin(), validation.end());
        return data;
    }

private:
    void problem(int line, std::string message) { m_problems.push_back({m_file, line, std::move(message)}); }

    static bool isBlank(const CsvRecord& record) {
        return std::all_of(record.fields.begin(), record.fields.end(),
                           [](const std::string& field) { return trimSpaces(field).empty(); });
    }

    bool readHeader(CsvReader& reader, CsvRecord& record) {
        do {
            if (!reader.next(record)) {
                problem(0, "no header row; the first line names the columns, e.g. " + std::string(kCsvHeader));
                return false;
            }
        } while (record.error.empty() && isBlank(record));
        if (!record.error.empty()) {
            problem(record.line, record.error);
            return false;
        }
        m_header_size = record.fields.size();
        m_column_index.fill(kMissing);
        std::unordered_map<std::string, size_t> key_to_column;
        for (size_t column = 0; column < kColumnCount; ++column)
            for (std::string_view name : columnNames()[column]) key_to_column[headerKey(name)] = column;
        std::vector<std::string> unknown;
        bool ok = true;
        for (size_t i = 0; i < record.fields.size(); ++i) {
            const std::string name(trimSpaces(record.fields[i]));
            if (name.empty()) continue;  // spreadsheets leave unnamed columns behind
            const auto it = key_to_column.find(headerKey(name));
            if (it == key_to_column.end()) {
                unknown.push_back(name);
                continue;
            }
            size_t& index = m_column_index[it->second];
            if (index != kMissing) {
                problem(record.line, "duplicate column '" + name + "' (column " + std::to_string(i + 1) + ") for " +
                                         std::string(columnNames()[it->second][0]) + ", also column " +
                                         std::to_string(index + 1) + " ('" +
                                         std::string(trimSpaces(record.fields[index])) + "'); remove one of them");
                ok = false;
                continue;
            }
            index = i;
            m_header_names[it->second] = name;
        }
        for (Column required : {kHome, kPartner})
            if (m_column_index[required] == kMissing) {
                problem(record.line, "missing column " + std::string(columnNames()[required][0]) + "; name it " +
                                         acceptedNames(required) + " (found " +
                                         std::string(delimiterName(m_delimiter)) + "-separated columns " +
                                         quotedList(nonEmpty(record.fields), 10) + ")");
                ok = false;
            }
        if (!unknown.empty() && m_context.warnings)
            m_context.warnings->push_back({m_file, record.line,
                                           "ignoring unknown column" + std::string(unknown.size() > 1 ? "s " : " ") +
                                               quotedList(unknown, 10) + "; known columns: " + knownColumnsText()});
        return ok;
    }

    static std::vector<std::string> nonEmpty(const std::vector<std::string>& fields) {
        std::vector<std::string> names;
        for (const std::string& field : fields)
            if (!trimSpaces(field).empty()) names.emplace_back(trimSpaces(field));
        return names;
    }

    std::string field(const CsvRecord& record, Column column) const {
        const size_t index = m_column_index[column];
        return index == kMissing ? std::string() : std::string(trimSpaces(record.fields[index]));
    }

    void readRow(const CsvRecord& record) {
        if (!record.error.empty()) {
            problem(record.line, record.error);
            return;
        }
        if (isBlank(record)) return;
        if (record.fields.size() != m_header_size) {
            problem(record.line, "row has " + std::to_string(record.fields.size()) + " fields but the header has " +
                                     std::to_string(m_header_size) + " (" + std::string(delimiterName(m_delimiter)) +
                                     "-separated); check for a missing or extra " +
                                     std::string(delimiterName(m_delimiter)) + " and quote fields that contain one");
            return;
        }
        Row row;
        row.line = record.line;
        row.home = readCity(record, kHome, kHomeCountry, kHomeLat, kHomeLon);
        row.home.home = true;
        row.partner = readCity(record, kPartner, kCountry, kLat, kLon);
        row.usable = row.home.usable && row.partner.usable;
        readType(record, row);
        row.since = readYear(record, kSince, row);
        row.until = readYear(record, kUntil, row);
        const std::string status = field(record, kStatus);
        if (status.empty()) {
            row.status = row.until ? PartnershipStatus::Ended : PartnershipStatus::Active;
        } else if (const auto parsed = parseStatus(status)) {
            row.status = *parsed;
        } else {
            problem(row.line,
                    "unknown status '" + status + "'; use active, suspended or ended (aktiv, ruhend, beendet)");
            row.usable = false;
        }
        row.note = field(record, kNote);
        const std::string sources = field(record, kSource);
        size_t start = 0;
        while (start <= sources.size()) {
            size_t bar = sources.find('|', start);
            if (bar == std::string::npos) bar = sources.size();
            const std::string_view source = trimSpaces(std::string_view(sources).substr(start, bar - start));
            if (!source.empty()) row.sources.emplace_back(source);
            start = bar + 1;
        }
        m_rows.push_back(std::move(row));
    }

    CityRef readCity(const CsvRecord& record, Column name_column, Column country_column, Column lat_column,
                     Column lon_column) {
        CityRef city;
        city.line = record.line;
        city.name = field(record, name_column);
        city.key = foldKey(city.name);
        const std::string role = name_column == kHome ? "home city" : "partner city";
        if (city.name.empty()) {
            problem(record.line, "no " + role + " in column " + headerName(name_column) + "; every row needs one");
            return city;
        }
        bool ok = true;
        const std::string country = field(record, country_column);
        if (!country.empty()) {
            if (const auto alpha2 = resolveCountry(country, record.line))
                city.country = *alpha2;
            else
                ok = false;
        }
        const std::string lat_text = field(record, lat_column);
        const std::string lon_text = field(record, lon_column);
        if (!lat_text.empty() || !lon_text.empty()) {
            const auto lat = readCoordinate(lat_text, lat_column, 90.0, record.line);
            const auto lon = readCoordinate(lon_text, lon_column, 180.0, record.line);
            if (lat && lon)
                city.position = GeoPoint{.lat = *lat, .lon = *lon};
            else
                ok = false;
            if (ok && country.empty()) {
                problem(record.line, "the coordinates of '" + city.name + "' need its country too; fill in column " +
                                         headerName(country_column));
                ok = false;
            }
        }
        city.usable = ok;
        return city;
    }

    // The column's name as this file's header writes it, or the export name if it has no such column.
    std::string headerName(Column column) const {
        return m_column_index[column] == kMissing ? std::string(columnNames()[column][0]) : m_header_names[column];
    }

    std::optional<double> readCoordinate(const std::string& text, Column column, double limit, int line) {
        const std::string name = headerName(column);
        if (text.empty()) {
            const Column other = column == kLat       ? kLon
                                 : column == kLon     ? kLat
                                 : column == kHomeLat ? kHomeLon
                                                      : kHomeLat;
            problem(line, "column " + name + " is empty but " + headerName(other) + " is not; give both or neither");
            return std::nullopt;
        }
        const bool decimal_comma = m_delimiter != ',';
        const auto value = parseDecimal(text, decimal_comma);
        if (!value) {
            problem(line, name + " '" + text + "' is not a number; write decimal degrees like 49.45421" +
                              (decimal_comma ? " or 49,45421" : ""));
            return std::nullopt;
        }
        if (std::abs(*value) > limit) {
            const std::string bound = formatDecimal(limit, 0);
            problem(line, name + " " + text + " is out of range; it must be between -" + bound + " and " + bound);
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::string> resolveCountry(const std::string& text, int line) {
        const auto cached = m_country_cache.find(text);
        if (cached != m_country_cache.end()) {
            if (!cached->second) problem(line, unknownCountryMessage(text));
            return cached->second;
        }
        std::optional<std::string> alpha2;
        if (m_context.countries) {
            if (const Country* country = m_context.countries->find(text)) alpha2 = country->alpha2;
        } else if (text.size() == 2 && std::isalpha(static_cast<unsigned char>(text[0])) &&
                   std::isalpha(static_cast<unsigned char>(text[1]))) {
            alpha2 = std::string{static_cast<char>(std::toupper(static_cast<unsigned char>(text[0]))),
                                 static_cast<char>(std::toupper(static_cast<unsigned char>(text[1])))};
        }
        m_country_cache.emplace(text, alpha2);
        if (!alpha2) problem(line, unknownCountryMessage(text));
        return alpha2;
    }

    std::string unknownCountryMessage(const std::string& text) const {
        if (!m_context.countries)
            return "country '" + text +
                   "' cannot be looked up without the country table; use the ISO alpha-2 code "
                   "(e.g. FR)";
        return "unknown country '" + text + "'; use the ISO code (e.g. FR or FRA) or the English or German name";
    }

    void readType(const CsvRecord& record, Row& row) {
        const std::string text = field(record, kType);
        if (text.empty()) {
            row.type = "partnership";
            return;
        }
        if (m_type_keys.empty())
            for (const PartnershipType& type : builtinTypes()) {
                for (const std::string* name : {&type.id, &type.label_de, &type.label_en})
                    m_type_keys.emplace(foldKey(*name), type.id);
                for (const std::string& alias : type.aliases) m_type_keys.emplace(foldKey(alias), type.id);
            }
        // Files repeat a few spellings many times: remember each one's id.
        auto cached = m_type_by_spelling.find(text);
        if (cached == m_type_by_spelling.end()) {
            const auto it = m_type_keys.find(foldKey(text));
            cached = m_type_by_spelling.emplace(text, it == m_type_keys.end() ? "" : it->second).first;
        }
        if (!cached->second.empty()) {
            row.type = cached->second;
            return;
        }
        std::vector<std::string> ids;
        for (const PartnershipType& type : builtinTypes()) ids.push_back(type.id);
        problem(row.line,
                "unknown type '" + text + "'; use one of " + joinWith(ids, ", ") + " or their German or English names");
        row.usable = false;
    }

    std::optional<int> readYear(const CsvRecord& record, Column column, Row& row) {
        const std::string text = field(record, column);
        if (text.empty()) return std::nullopt;
        const auto year = parseYearText(text);
        if (!year) {
            problem(row.line, std::string(columnNames()[column][0]) + " '" + text +
                                  "' is not a year; write 1954, 1954-05-12 or 12.05.1954");
            row.usable = false;
        }
        return year;
    }

    std::string fixHint(const CityRef& city) const {
        if (city.home)
            return city.country.empty() ? "give home_country or home_lat/home_lon" : "give home_lat/home_lon";
        return city.country.empty() ? "give the country or lat/lon" : "give lat/lon";
    }

    // Reports a failed lookup; true when `result` found the city.
    bool checkGeocode(const GeocodeResult& result, const CityRef& city) {
        const std::string where = city.country.empty() ? "" : " in " + city.country;
        switch (result.outcome) {
            case GeocodeResult::Outcome::Found:
                if (result.match) return true;
                break;
            case GeocodeResult::Outcome::Ambiguous:
                problem(city.line, "city '" + city.name + "'" + where + " is ambiguous: " +
                                       describeEntries(result.candidates) + "; " + fixHint(city) + " to pick one");
                return false;
            case GeocodeResult::Outcome::Unknown:
                break;
        }
        std::string message = "unknown city '" + city.name + "'" + where + "; check the spelling or " + fixHint(city);
        if (!result.candidates.empty()) message += "; similar: " + describeEntries(result.candidates);
        problem(city.line, message);
        return false;
    }

    bool needsLookup(const CityRef& city) const { return city.usable && !city.position; }

    void reportNoGeocoder(const CityRef& city) {
        problem(city.line, "city '" + city.name + "' has no coordinates and no gazetteer is loaded to look it up; " +
                               fixHint(city));
    }

    // Rows that name a city without country or coordinates: take the country another row gives
    // the same name, else look the name up world-wide (once per name).
    void resolveCountrylessCities() {
        std::unordered_map<std::string, std::string> country_of_name;  // "" when rows disagree
        for (const Row& row : m_rows)
            for (const CityRef* city : {&row.home, &row.partner}) {
                if (!city->usable || city->country.empty()) continue;
                const auto [it, inserted] = country_of_name.emplace(city->key, city->country);
                if (!inserted && it->second != city->country) it->second.clear();
            }
        std::map<std::string, std::optional<GazetteerEntry>> lookups;
        for (Row& row : m_rows)
            for (CityRef* city : {&row.home, &row.partner}) {
                if (!needsLookup(*city) || !city->country.empty()) continue;
                const std::string& key = city->key;
                if (const auto known = country_of_name.find(key);
                    known != country_of_name.end() && !known->second.empty()) {
                    city->country = known->second;
                    continue;
                }
                auto it = lookups.find(key);
                if (it == lookups.end()) {
                    std::optional<GazetteerEntry> entry;
                    if (!m_context.geocoder)
                        reportNoGeocoder(*city);
                    else if (const GeocodeResult result = m_context.geocoder->geocode(city->name, "");
                             checkGeocode(result, *city))
                        entry = result.match;
                    it = lookups.emplace(key, entry).first;
                }
                if (!it->second) {
                    city->usable = false;
                    continue;
                }
                city->country = it->second->country;
                m_lookups.emplace(std::pair{key, city->country}, *it->second);
            }
    }

    void groupCities() {
        std::map<std::pair<std::string, std::string>, size_t> index;
        for (Row& row : m_rows)
            for (CityRef* city : {&row.home, &row.partner}) {
                if (!city->usable) continue;
                std::string key = city->key;
                const auto [it, inserted] = index.emplace(std::pair{key, city->country}, m_groups.size());
                if (inserted) {
                    CityGroup group;
                    group.name = city->name;
                    group.key = std::move(key);
                    group.country = city->country;
                    group.line = city->line;
                    group.home = city->home;
                    m_groups.push_back(std::move(group));
                }
                city->group = it->second;
                CityGroup& group = m_groups[it->second];
                if (!city->position) continue;
                if (!group.position) {
                    group.position = city->position;
                    group.position_line = city->line;
                    continue;
                }
                constexpr double kSamePlaceM = 1000.0;
                const double distance_m = geodesicInverse(*group.position, *city->position).distance_m;
                if (distance_m > kSamePlaceM) {
                    problem(city->line, "the coordinates of '" + city->name + "' are " +
                                            formatDecimal(distance_m / 1000.0, 1) + " km from those in line " +
                                            std::to_string(group.position_line) +
                                            "; give the same coordinates or leave them out");
                    row.usable = false;
                }
            }
    }

    void resolveGroup(CityGroup& group) {
        if (group.position) {
            group.resolved = true;
            return;
        }
        const auto known = m_lookups.find(std::pair{group.key, group.country});
        if (known != m_lookups.end()) {
            group.entry = known->second;
            group.resolved = true;
            return;
        }
        CityRef city;
        city.name = group.name;
        city.country = group.country;
        city.line = group.line;
        city.home = group.home;
        if (!m_context.geocoder) {
            reportNoGeocoder(city);
            return;
        }
        const GeocodeResult result = m_context.geocoder->geocode(group.name, group.country);
        if (!checkGeocode(result, city)) return;
        group.entry = result.match;
        group.resolved = true;
    }

    DataSet buildDataSet() {
        DataSet data;
        CityIdAllocator ids;
        for (CityGroup& group : m_groups) {
            if (!group.resolved) continue;
            City city;
            city.name = group.name;
            city.country = group.country;
            city.line = group.line;
            if (group.position) {
                city.position = *group.position;
            } else {
                const GazetteerEntry& entry = *group.entry;
                city.position = entry.position;
                if (entry.geonames_id > 0) city.geonames_id = entry.geonames_id;
                if (entry.population > 0) city.population = entry.population;
                if (!entry.name.empty() && entry.name != city.name) city.names["geonames"] = entry.name;
            }
            city.id = ids.allocate(city.name, city.country, city.geonames_id);
            group.id = city.id;
            data.cities.push_back(std::move(city));
        }
        for (Row& row : m_rows) {
            if (!row.usable || !row.home.usable || !row.partner.usable) continue;
            const CityGroup& home = m_groups[row.home.group];
            const CityGroup& partner = m_groups[row.partner.group];
            if (!home.resolved || !partner.resolved) continue;
            Partnership partnership;
            partnership.home_id = home.id;
            partnership.partner_id = partner.id;
            partnership.type = row.type;
            partnership.since = row.since;
            partnership.until = row.until;
            partnership.status = row.status;
            partnership.note = std::move(row.note);
            partnership.sources = std::move(row.sources);
            partnership.line = row.line;
            data.partnerships.push_back(std::move(partnership));
        }
        return data;
    }

    static constexpr size_t kMissing = static_cast<size_t>(-1);

    std::string_view m_text;
    const std::string& m_file;
    const ImportContext& m_context;
    std::vector<Problem>& m_problems;
    char m_delimiter = ',';
    size_t m_header_size = 0;
    std::array<size_t, kColumnCount> m_column_index{};
    std::array<std::string, kColumnCount> m_header_names;
    std::unordered_map<std::string, std::optional<std::string>> m_country_cache;
    std::unordered_map<std::string, std::string> m_type_keys;         // folded name -> type id
    std::unordered_map<std::string, std::string> m_type_by_spelling;  // as written -> type id or ""
    std::map<std::pair<std::string, std::string>, GazetteerEntry> m_lookups;
    std::vector<Row> m_rows;
    std::vector<CityGroup> m_groups;
};

}  // namespace

std::optional<int> parseYearText(std::string_view text) {
    const auto digits = [](std::string_view part, size_t min_size, size_t max_size) -> std::optional<int> {
        if (part.size() < min_size || part.size() > max_size) return std::nullopt;
        if (!std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
        return static_cast<int>(*parseWholeNumber(part));
    };
    const auto valid_date = [](int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; };
    text = trimSpaces(text);
    if (const auto year = digits(text, 4, 4)) return year;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {  // ISO 8601: 1954-05-12
        const auto year = digits(text.substr(0, 4), 4, 4);
        const auto month = digits(text.substr(5, 2), 2, 2);
        const auto day = digits(text.substr(8, 2), 2, 2);
        if (year && month && day && valid_date(*month, *day)) return year;
        return std::nullopt;
    }
    const size_t first_dot = text.find('.');
    const size_t second_dot = first_dot == std::string_view::npos ? first_dot : text.find('.', first_dot + 1);
    if (second_dot != std::string_view::npos) {  // German: 12.05.1954 or 12.5.1954
        const auto day = digits(text.substr(0, first_dot), 1, 2);
        const auto month = digits(text.substr(first_dot + 1, second_dot - first_dot - 1), 1, 2);
        const auto year = digits(text.substr(second_dot + 1), 4, 4);
        if (year && month && day && valid_date(*month, *day)) return year;
    }
    return std::nullopt;
}

DataSet readCsv(std::string_view text, const std::string& file_label, const ImportContext& context,
                std::vector<Problem>& problems) {
    std::vector<Problem> found;
    DataSet data = CsvImporter(text, file_label, context, found).run();
    sortProblems(found);
    problems.insert(problems.end(), found.begin(), found.end());
    return data;
}

std::string writeCsv(const DataSet& data, char delimiter) {
    std::unordered_map<std::string_view, const City*> cities;
    cities.reserve(data.cities.size());
    for (const City& city : data.cities) cities.emplace(city.id, &city);
    std::string out;
    out.reserve(64 + data.partnerships.size() * 160);
    for (size_t column = 0; column < kColumnCount; ++column) {
        if (column > 0) out += delimiter;
        out += columnNames()[column][0];
    }
    out += '\n';
    for (const Partnership& partnership : data.partnerships) {
        const City& home = *cities.at(partnership.home_id);
        const City& partner = *cities.at(partnership.partner_id);
        bool first = true;
        const auto field = [&](std::string_view text) {
            if (!first) out += delimiter;
            first = false;
            appendCsvField(out, text, delimiter);
        };
        const auto year = [&](const std::optional<int>& value) { field(value ? std::to_string(*value) : ""); };
        const auto coordinate = [&](double value) { field(formatDecimal(value, 6)); };
        field(home.name);
        field(home.country);
        field(partner.name);
        field(partner.country);
        field(partnership.type);
        year(partnership.since);
        year(partnership.until);
        field(statusId(partnership.status));
        coordinate(partner.position.lat);
        coordinate(partner.position.lon);
        coordinate(home.position.lat);
        coordinate(home.position.lon);
        field(partnership.note);
        field(joinWith(partnership.sources, " | "));
        out += '\n';
    }
    return out;
}

}  // namespace pm
