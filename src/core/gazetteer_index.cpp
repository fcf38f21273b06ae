#include "core/gazetteer_index.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <optional>

#include "core/problem.hpp"
#include "core/text_fold.hpp"

namespace pm {

namespace {

constexpr std::string_view kFormatPrefix = "# PartnerMap gazetteer ";
constexpr std::string_view kFormatLine = "# PartnerMap gazetteer 2";
constexpr std::string_view kHeader = "geonameid\tname\tcountry\tlat\tlon\tpopulation\tfeature\talternates";
constexpr std::string_view kRegenerate = "; regenerate it with tools/build_gazetteer.py";
constexpr size_t kColumns = 8;

size_t countrySlot(char first, char second) {
    return static_cast<size_t>(first - 'A') * 26 + (second - 'A');
}

bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

std::optional<uint32_t> parseUnsigned(std::string_view text) {
    uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// "-49.45226" -> -4945226: an optional minus, 1-3 digits, optionally '.' and 1-5 decimals.
std::optional<int32_t> parseDegreesE5(std::string_view text, int32_t limit_degrees) {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    const size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view decimals = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 3 || (dot != std::string_view::npos && decimals.empty()) || decimals.size() > 5)
        return std::nullopt;
    int32_t value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    for (size_t i = 0; i < 5; ++i) {
        const char c = i < decimals.size() ? decimals[i] : '0';
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > limit_degrees * 100000) return std::nullopt;
    return negative ? -value : value;
}

// Splits at tabs into at most kColumns + 1 fields (one more tells that there are too many).
size_t splitFields(std::string_view line, std::array<std::string_view, kColumns + 1>& fields) {
    size_t count = 0;
    size_t start = 0;
    while (count < fields.size()) {
        const size_t tab = line.find('\t', start);
        fields[count++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos) return count;
        start = tab + 1;
    }
    return count + 1;
}

// "PPL, PPLA, ..., STLMT": the codes for an error message.
std::string knownFeatureCodes() {
    std::string codes;
    for (const PlaceFeature& feature : placeFeatures())
        if (!feature.code.empty()) codes += (codes.empty() ? "" : ", ") + std::string(feature.code);
    return codes;
}

std::optional<uint8_t> findFeature(std::string_view code) {
    const std::vector<PlaceFeature>& features = placeFeatures();
    for (size_t i = 0; i < features.size(); ++i)
        if (features[i].code == code) return static_cast<uint8_t>(i);
    return std::nullopt;
}

}  // namespace

const std::vector<PlaceFeature>& placeFeatures() {
    // clang-format off
    static const std::vector<PlaceFeature> kFeatures = {
        {"",      0, false, false},  // GeoNames gives no code: an ordinary place
        {"PPL",   0, false, false},  // populated place
        {"PPLA",  2, true,  false},  // seat of a first-order division (state, region)
        {"PPLA2", 1, true,  false},  // seat of a second-order division (county, province, département)
        {"PPLA3", 0, true,  false},  // seat of a third-order division (Landkreis, arrondissement, comune)
        {"PPLA4", 0, false, false},  // seat of a fourth-order division (Gemeinde, commune)
        {"PPLA5", 0, false, false},
        {"PPLC",  3, true,  false},  // capital of a country
        {"PPLCH", 0, false, false},  // historical capital: the town itself still exists
        {"PPLF",  0, false, false},  // farm village
        {"PPLG",  3, true,  false},  // seat of government (The Hague, La Paz)
        {"PPLH",  0, false, true},   // historical populated place
        {"PPLL",  0, false, false},  // populated locality
        {"PPLQ",  0, false, true},   // abandoned
        {"PPLR",  0, false, false},  // religious populated place
        {"PPLS",  0, false, false},  // populated places
        {"PPLW",  0, false, true},   // destroyed
        {"PPLX",  0, false, true},   // section of a populated place (Hamburg-Hamm, Berlin-Kreuzberg)
        {"STLMT", 0, false, false},  // Israeli settlement
    };
    // clang-format on
    return kFeatures;
}

// Builds a GazetteerIndex line by line; collects problems instead of stopping at the first.
class GazetteerParser {
public:
    explicit GazetteerParser(std::string file_label) : m_file(std::move(file_label)) {
        m_index.m_by_country.resize(26 * 26);
    }

    GazetteerIndex run(std::string_view text) {
        size_t start = 0;
        int line_number = 0;
        bool header_seen = false;
        while (start < text.size() && m_problems.size() < GazetteerIndex::kMaxProblems) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            start = end + 1;
            ++line_number;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (line_number == 1) {
                if (line.starts_with(kFormatPrefix) && line != kFormatLine) {
                    fail(1, "gazetteer format version '" + std::string(line.substr(kFormatPrefix.size())) +
                                "' is not supported (this PartnerMap reads version " +
                                std::string(kFormatLine.substr(kFormatPrefix.size())) + ")" + std::string(kRegenerate));
                    break;
                }
                if (line != kFormatLine) {
                    fail(1, "not a PartnerMap gazetteer: the first line must be '" + std::string(kFormatLine) + "'" +
                                std::string(kRegenerate));
                    break;
                }
                continue;
            }
            if (line.empty() || line.front() == '#') continue;
            if (!header_seen) {
                if (line != kHeader) {
                    fail(line_number,
                         "expected the column header 'geonameid, name, country, lat, lon, population, feature, "
                         "alternates' "
                         "(separated by tabs) before the first place" +
                             std::string(kRegenerate));
                    break;
                }
                header_seen = true;
                continue;
            }
            addPlace(line, line_number);
        }
        if (m_problems.empty() && m_index.m_places.empty())
            m_problems.push_back({m_file, 0, "the gazetteer holds no places" + std::string(kRegenerate)});
        if (m_problems.empty()) finish();
        if (!m_problems.empty()) throw DataError(std::move(m_problems));
        return std::move(m_index);
    }

private:
    void fail(int line, std::string message) { m_problems.push_back({m_file, line, std::move(message)}); }

    void addPlace(std::string_view line, int line_number) {
        std::array<std::string_view, kColumns + 1> fields;
        const size_t count = splitFields(line, fields);
        if (count != kColumns) {
            fail(line_number,
                 "expected 8 tab-separated fields (geonameid, name, country, lat, lon, population, feature, "
                 "alternates), found " +
                     (count > kColumns ? std::string("more than 8") : std::to_string(count)) +
                     std::string(kRegenerate));
            return;
        }
        const auto id = parseUnsigned(fields[0]);
        if (!id || *id == 0) {
            fail(line_number, "geonameid '" + std::string(fields[0]) + "' is not a positive whole number" +
                                  std::string(kRegenerate));
            return;
        }
        const std::string_view name = fields[1];
        if (name.empty() || name.size() > std::numeric_limits<uint16_t>::max()) {
            fail(line_number,
                 "the name of place " + std::to_string(*id) + " is empty or too long" + std::string(kRegenerate));
            return;
        }
        const std::string_view country = fields[2];
        if (country.size() != 2 || !isUpper(country[0]) || !isUpper(country[1])) {
            fail(line_number, "country '" + std::string(country) + "' is not a two-letter upper-case ISO code" +
                                  std::string(kRegenerate));
            return;
        }
        const auto lat = parseDegreesE5(fields[3], 90);
        const auto lon = parseDegreesE5(fields[4], 180);
        if (!lat || !lon) {
            fail(line_number, std::string(!lat ? "latitude '" : "longitude '") +
                                  std::string(!lat ? fields[3] : fields[4]) + "' is not a number of degrees between " +
                                  (!lat ? "-90 and 90" : "-180 and 180") + " with at most 5 decimals" +
                                  std::string(kRegenerate));
            return;
        }
        const auto population = fields[5].empty() ? std::optional<uint32_t>(0) : parseUnsigned(fields[5]);
        if (!population) {
            fail(line_number, "population '" + std::string(fields[5]) +
                                  "' is not a whole number (leave it empty when unknown)" + std::string(kRegenerate));
            return;
        }
        const auto feature = findFeature(fields[6]);
        if (!feature) {
            fail(line_number, "feature '" + std::string(fields[6]) + "' is not a GeoNames populated-place code (" +
                                  knownFeatureCodes() + ", or empty)" + std::string(kRegenerate));
            return;
        }

        const auto place_number = static_cast<uint32_t>(m_index.m_places.size());
        m_index.m_places.push_back({*id,
                                    *lat,
                                    *lon,
                                    *population,
                                    static_cast<uint32_t>(m_index.m_names.size()),
                                    static_cast<uint32_t>(m_index.m_keys.size()),
                                    static_cast<uint16_t>(name.size()),
                                    {country[0], country[1]},
                                    *feature});
        m_index.m_names += name;
        m_index.m_by_country[countrySlot(country[0], country[1])].push_back(place_number);
        m_index.m_by_id.emplace_back(*id, place_number);
        m_lines.push_back(line_number);

        const size_t keys_begin = m_index.m_keys.size();
        addKey(name, place_number, keys_begin);
        std::string_view alternates = fields[7];
        while (!alternates.empty()) {
            const size_t bar = alternates.find('|');
            addKey(alternates.substr(0, bar), place_number, keys_begin);
            alternates = bar == std::string_view::npos ? std::string_view() : alternates.substr(bar + 1);
        }
    }

    // Appends the key of `name` unless it is empty or the place already has it (the main name's
    // key is always kept, even if empty, so that the first key is the main name's).
    void addKey(std::string_view name, uint32_t place, size_t keys_begin) {
        const std::string key = foldKey(name);
        const bool is_main = m_index.m_keys.size() == keys_begin;
        if (is_main) m_place_keys.clear();
        if (!is_main) {
            if (key.empty()) return;
            for (const auto& [offset, length] : m_place_keys)
                if (length == key.size() && m_index.m_keys.compare(offset, length, key) == 0) return;
        }
        const auto offset = static_cast<uint32_t>(m_index.m_keys.size());
        m_place_keys.emplace_back(offset, key.size());
        m_index.m_keys += key;
        m_index.m_keys += '\0';
        if (!key.empty()) m_index.m_index.push_back({std::hash<std::string_view>()(key), place, offset});
    }

    // Keys were added place by place, so a stable sort by hash alone leaves equal hashes in place
    // order. LSD radix sort on 16-bit digits: several times faster than std::sort for 500,000 keys.
    static void sortByHash(std::vector<GazetteerIndex::KeyRef>& refs) {
        std::vector<GazetteerIndex::KeyRef> buffer(refs.size());
        std::vector<size_t> start(65536 + 1);
        for (int shift = 0; shift < 64; shift += 16) {
            std::fill(start.begin(), start.end(), 0);
            for (const auto& ref : refs) ++start[((ref.hash >> shift) & 0xFFFF) + 1];
            for (size_t digit = 1; digit < start.size(); ++digit) start[digit] += start[digit - 1];
            for (const auto& ref : refs) buffer[start[(ref.hash >> shift) & 0xFFFF]++] = ref;
            refs.swap(buffer);
        }
    }

    void finish() {
        auto& by_id = m_index.m_by_id;
        std::sort(by_id.begin(), by_id.end());
        for (size_t i = 1; i < by_id.size() && m_problems.size() < GazetteerIndex::kMaxProblems; ++i)
            if (by_id[i].first == by_id[i - 1].first) {
                const auto [first, second] = std::minmax(by_id[i - 1].second, by_id[i].second);
                fail(m_lines[second], "geonameid " + std::to_string(by_id[i].first) + " appears twice (first on line " +
                                          std::to_string(m_lines[first]) + ")" + std::string(kRegenerate));
            }
        sortByHash(m_index.m_index);
        m_index.m_places.shrink_to_fit();
        m_index.m_names.shrink_to_fit();
        m_index.m_keys.shrink_to_fit();
        m_index.m_index.shrink_to_fit();
        for (auto& places : m_index.m_by_country) places.shrink_to_fit();
    }

    std::string m_file;
    GazetteerIndex m_index;
    std::vector<int> m_lines;                             // source line of each place, for the duplicate check
    std::vector<std::pair<size_t, size_t>> m_place_keys;  // (offset, length) of the current place's keys
    std::vector<Problem> m_problems;
};

GazetteerIndex GazetteerIndex::parse(std::string_view text, const std::string& file_label) {
    return GazetteerParser(file_label).run(text);
}

size_t GazetteerIndex::memoryBytes() const {
    size_t bytes = m_places.capacity() * sizeof(Place) + m_names.capacity() + m_keys.capacity() +
                   m_index.capacity() * sizeof(KeyRef) + m_by_id.capacity() * sizeof(m_by_id[0]) +
                   m_by_country.capacity() * sizeof(m_by_country[0]);
    for (const auto& places : m_by_country) bytes += places.capacity() * sizeof(uint32_t);
    return bytes;
}

std::vector<GazetteerIndex::Hit> GazetteerIndex::lookup(std::string_view key) const {
    std::vector<Hit> hits;
    if (key.empty()) return hits;
    const uint64_t hash = std::hash<std::string_view>()(key);
    auto it = std::lower_bound(m_index.begin(), m_index.end(), hash,
                               [](const KeyRef& ref, uint64_t wanted) { return ref.hash < wanted; });
    for (; it != m_index.end() && it->hash == hash; ++it) {
        // Equal hashes are not proof: compare the stored key, which ends with '\0'.
        if (m_keys.compare(it->key_offset, key.size(), key) != 0 || m_keys[it->key_offset + key.size()] != '\0')
            continue;
        const Tier tier = it->key_offset == m_places[it->place].keys_offset ? Tier::MainName : Tier::AlternateName;
        if (!hits.empty() && hits.back().place == it->place) {
            hits.back().tier = std::min(hits.back().tier, tier);
        } else {
            hits.push_back({it->place, tier});
        }
    }
    return hits;
}

const std::vector<uint32_t>& GazetteerIndex::placesIn(std::string_view country_alpha2) const {
    static const std::vector<uint32_t> kNone;
    if (country_alpha2.size() != 2) return kNone;
    const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
    const char first = upper(country_alpha2[0]);
    const char second = upper(country_alpha2[1]);
    if (!isUpper(first) || !isUpper(second)) return kNone;
    return m_by_country[countrySlot(first, second)];
}

long long GazetteerIndex::findId(long long geonames_id) const {
    if (geonames_id <= 0 || geonames_id > std::numeric_limits<uint32_t>::max()) return -1;
    const auto wanted = static_cast<uint32_t>(geonames_id);
    const auto it = std::lower_bound(m_by_id.begin(), m_by_id.end(), std::make_pair(wanted, uint32_t{0}));
    return it != m_by_id.end() && it->first == wanted ? static_cast<long long>(it->second) : -1;
}

GazetteerEntry GazetteerIndex::entry(uint32_t place) const {
    const Place& p = m_places[place];
    GazetteerEntry result;
    result.geonames_id = p.geonames_id;
    result.name = m_names.substr(p.name_offset, p.name_length);
    result.country = std::string(p.country.data(), 2);
    result.position = GeoPoint{.lat = p.lat_e5 / 1e5, .lon = p.lon_e5 / 1e5};
    result.population = p.population;
    result.feature = std::string(placeFeatures()[p.feature].code);
    return result;
}

int boundedEditDistance(std::string_view a, std::string_view b, int max_distance) {
    constexpr size_t kMaxLength = 64;
    if (a == b) return 0;
    const auto length_gap = static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size());
    if (length_gap > max_distance || a.size() > kMaxLength || b.size() > kMaxLength) return max_distance + 1;
    // Three rows of the optimal-string-alignment table, on the stack.
    std::array<int, kMaxLength + 1> before{}, previous{}, current{};
    for (size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int row_best = current[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            int best = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
            row_best = std::min(row_best, best);
        }
        if (row_best > max_distance) return max_distance + 1;
        before = previous;
        previous = current;
    }
    return std::min(previous[b.size()], max_distance + 1);
}

}  // namespace pm
