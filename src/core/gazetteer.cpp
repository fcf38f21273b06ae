#include "core/gazetteer.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <fstream>
#include <tuple>

#include "core/gazetteer_index.hpp"
#include "core/problem.hpp"
#include "core/resources.hpp"
#include "core/text_fold.hpp"

namespace pm {

namespace {

using Tier = GazetteerIndex::Tier;

// A candidate place with what ranks it (see sortRanked).
struct Ranked {
    uint32_t place;
    int score;  // 0 for exact matches; near misses: see nearMisses()
    Tier tier;
    bool short_form = false;  // named by its main name without the qualifier ("Neustadt" for "Neustadt am Main")
};

bool isSection(const GazetteerIndex& index, uint32_t place) {
    return index.feature(place).section;
}

// Lower score first, then proper places before sections and former places, then tier, then
// population (largest first), then geonameid.
void sortRanked(std::vector<Ranked>& ranked, const GazetteerIndex& index) {
    const auto key = [&](const Ranked& r) {
        return std::make_tuple(r.score, isSection(index, r.place), r.tier, -index.population(r.place),
                               index.geonamesId(r.place));
    };
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) { return key(a) < key(b); });
}

// Whether `name` is a place name that `key` shortens by leaving out a qualifier: a word in lower case
// ("Neustadt am Rübenberge", "Caxias do Sul"), parentheses ("Frankfurt (Oder)"), a slash
// ("Neustadt/Harz") or a comma. Hyphens do not count: "Mons-en-Barœul" is not called "Mons".
bool shortensTo(std::string_view name, std::string_view key) {
    size_t cut = std::string_view::npos;
    for (size_t i = 1; i < name.size() && cut == std::string_view::npos; ++i) {
        const char next = i + 1 < name.size() ? name[i + 1] : '\0';
        if (name[i] == '(' || name[i] == '/' || (name[i] == ',' && next == ' ') ||
            (name[i] == ' ' && next >= 'a' && next <= 'z'))
            cut = i;
    }
    return cut != std::string_view::npos && foldKey(name.substr(0, cut)) == key;
}

std::vector<GazetteerEntry> toEntries(const std::vector<Ranked>& ranked, const GazetteerIndex& index, size_t limit) {
    const size_t count = limit == 0 ? ranked.size() : std::min(limit, ranked.size());
    std::vector<GazetteerEntry> entries;
    entries.reserve(count);
    for (size_t i = 0; i < count; ++i) entries.push_back(index.entry(ranked[i].place));
    return entries;
}

bool sameCountry(const GazetteerEntry& entry, std::string_view country_alpha2) {
    return country_alpha2.size() == 2 &&
           std::equal(entry.country.begin(), entry.country.end(), country_alpha2.begin(), [](char a, char b) {
               return a == (b >= 'a' && b <= 'z' ? static_cast<char>(b - 'a' + 'A') : b);
           });
}

// Which byte values (modulo 64) occur. One edit changes at most two bits of it, so keys whose masks
// differ in more than 2 * d bits cannot be within edit distance d: a cheap filter before the table.
uint64_t byteMask(std::string_view text) {
    uint64_t mask = 0;
    for (char c : text) mask |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
    return mask;
}

// "nuernberg" -> "nurnberg": how German writes ä, ö, ü without umlauts; empty when nothing changes.
std::string withoutGermanTransliteration(std::string_view key) {
    std::string plain;
    for (size_t i = 0; i < key.size(); ++i) {
        plain += key[i];
        if ((key[i] == 'a' || key[i] == 'o' || key[i] == 'u') && i + 1 < key.size() && key[i + 1] == 'e') ++i;
    }
    return plain.size() == key.size() ? std::string() : plain;
}

// Exact matches of `key` within the country (all countries if empty), ranked.
std::vector<Ranked> exactMatches(const GazetteerIndex& index, std::string_view key, std::string_view country_alpha2) {
    std::vector<Ranked> ranked;
    const std::vector<uint32_t>* in_country = country_alpha2.empty() ? nullptr : &index.placesIn(country_alpha2);
    for (const GazetteerIndex::Hit& hit : index.lookup(key)) {
        if (in_country && !std::binary_search(in_country->begin(), in_country->end(), hit.place)) continue;
        ranked.push_back(
            {hit.place, 0, hit.tier, hit.tier == Tier::AlternateName && shortensTo(index.name(hit.place), key)});
    }
    sortRanked(ranked, index);
    return ranked;
}

// Exact matches; else those of the German transliteration undone (as alternate names); else, for
// "Lacs 1 / Aného" or "Klausen / Chiusa", the places that any of the slash-separated parts names.
std::vector<Ranked> matches(const GazetteerIndex& index, std::string_view key, std::string_view country_alpha2) {
    std::vector<Ranked> ranked = exactMatches(index, key, country_alpha2);
    if (!ranked.empty()) return ranked;
    if (const std::string plain = withoutGermanTransliteration(key); !plain.empty()) {
        ranked = exactMatches(index, plain, country_alpha2);
        for (Ranked& r : ranked) r.tier = Tier::AlternateName;
        if (!ranked.empty()) return ranked;
    }
    if (key.find('/') == std::string_view::npos) return ranked;
    for (std::string_view rest = key; !rest.empty();) {
        const size_t slash = rest.find('/');
        std::string_view part = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        while (part.starts_with(' ')) part.remove_prefix(1);
        while (part.ends_with(' ')) part.remove_suffix(1);
        if (part.empty()) continue;
        for (const Ranked& found : matches(index, part, country_alpha2)) {
            const auto same =
                std::find_if(ranked.begin(), ranked.end(), [&](const Ranked& r) { return r.place == found.place; });
            if (same == ranked.end()) {
                ranked.push_back(found);
            } else {
                same->tier = std::min(same->tier, found.tier);
                same->short_form = same->short_form || found.short_form;
            }
        }
    }
    sortRanked(ranked, index);
    return ranked;
}

// A large place known by this name as an alternate ("Lemberg" for Lviv) competes as if it were its
// main name, when it dwarfs the places that have it as main name and none of those is a town.
// Only places of the class that decides (proper places if any match, else sections) take part.
void promoteFamousAlternates(std::vector<Ranked>& ranked, const GazetteerIndex& index) {
    const bool any_proper =
        std::any_of(ranked.begin(), ranked.end(), [&](const Ranked& r) { return !isSection(index, r.place); });
    const auto competes = [&](const Ranked& r) { return !any_proper || !isSection(index, r.place); };
    long long largest_main = -1;
    for (const Ranked& r : ranked) {
        if (!competes(r) || r.tier != Tier::MainName) continue;
        const long long population = index.population(r.place);
        if (population >= Gazetteer::kTownPopulation || index.feature(r.place).seat) return;
        largest_main = std::max(largest_main, population);
    }
    if (largest_main < 0) return;  // no main-name match: the alternates compete among themselves anyway
    bool promoted = false;
    for (Ranked& r : ranked) {
        const long long population = index.population(r.place);
        if (competes(r) && r.tier == Tier::AlternateName && population >= Gazetteer::kFamousPopulation &&
            population >= Gazetteer::kFamousFactor * largest_main) {
            r.tier = Tier::MainName;
            promoted = true;
        }
    }
    if (promoted) sortRanked(ranked, index);
}

// Matches ranked as search() and geocode() see them.
std::vector<Ranked> rankedMatches(const GazetteerIndex& index, std::string_view key, std::string_view country_alpha2) {
    std::vector<Ranked> ranked = matches(index, key, country_alpha2);
    promoteFamousAlternates(ranked, index);
    return ranked;
}

}  // namespace

Gazetteer::Gazetteer(std::unique_ptr<const GazetteerIndex> index) : m_index(std::move(index)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::fromText(std::string_view text, const std::string& file_label) {
    return Gazetteer(std::make_unique<const GazetteerIndex>(GazetteerIndex::parse(text, file_label)));
}

Gazetteer Gazetteer::load(const std::filesystem::path& file) {
    constexpr std::streamoff kMaxBytes = 256 << 20;  // the real asset is 13 MB; refuse anything absurd
    std::error_code error;
    std::ifstream in;
    if (std::filesystem::is_regular_file(file, error)) in.open(file, std::ios::binary);
    if (!in.is_open())
        throw DataError(Problem{file.string(), 0,
                                "cannot open the gazetteer; reinstall PartnerMap's assets or regenerate it with "
                                "tools/build_gazetteer.py"});
    std::string text;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > kMaxBytes)
        throw DataError(Problem{file.string(), 0, "is too large for a gazetteer (over 256 MiB); check the path"});
    if (size > 0) {
        text.resize(static_cast<size_t>(size));
        in.read(text.data(), size);
    }
    if (size < 0 || in.gcount() != size)
        throw DataError(Problem{file.string(), 0, "cannot read the gazetteer; check that it is a readable file"});
    return fromText(text, file.string());
}

std::filesystem::path Gazetteer::defaultPath() {
    return assetPath("gazetteer/cities500.tsv");
}

size_t Gazetteer::size() const {
    return m_index->size();
}
size_t Gazetteer::memoryBytes() const {
    return sizeof(GazetteerIndex) + m_index->memoryBytes();
}

std::vector<GazetteerEntry> Gazetteer::search(std::string_view name, std::string_view country_alpha2,
                                              size_t limit) const {
    return toEntries(rankedMatches(*m_index, foldKey(name), country_alpha2), *m_index, limit);
}

std::vector<GazetteerEntry> Gazetteer::nearMisses(std::string_view name, std::string_view country_alpha2,
                                                  size_t limit) const {
    // Scores: 0 = the name exists in another country, 1 = prefix or edit distance 1, 2 = distance 2.
    const std::string key = foldKey(name);
    std::vector<Ranked> ranked;
    if (key.empty()) return {};
    if (!country_alpha2.empty())
        for (const GazetteerIndex::Hit& hit : m_index->lookup(key))
            if (!sameCountry(m_index->entry(hit.place), country_alpha2)) ranked.push_back({hit.place, 0, hit.tier});

    // Keys under 3 bytes have too many neighbours to be useful suggestions.
    if (key.size() < 3) {
        sortRanked(ranked, *m_index);
        return toEntries(ranked, *m_index, limit);
    }
    const int max_distance = key.size() <= 5 ? 1 : 2;
    const uint64_t key_mask = byteMask(key);
    const auto consider = [&](uint32_t place) {
        int best = max_distance + 1;
        Tier best_tier = Tier::AlternateName;
        bool exact = false;
        m_index->forEachKey(place, [&](std::string_view candidate, Tier tier) {
            exact = exact || candidate == key;
            int score = max_distance + 1;
            if (candidate.starts_with(key)) {
                score = 1;
            } else if (candidate.size() + max_distance >= key.size() && candidate.size() <= key.size() + max_distance &&
                       std::popcount(byteMask(candidate) ^ key_mask) <= 2 * max_distance) {
                score = boundedEditDistance(candidate, key, max_distance);
            }
            if (score < best || (score == best && tier < best_tier)) {
                best = score;
                best_tier = tier;
            }
        });
        if (!exact && best <= max_distance) ranked.push_back({place, best, best_tier});
    };
    if (country_alpha2.empty()) {
        for (uint32_t place = 0; place < m_index->size(); ++place) consider(place);
    } else {
        for (uint32_t place : m_index->placesIn(country_alpha2)) consider(place);
    }
    sortRanked(ranked, *m_index);
    return toEntries(ranked, *m_index, limit);
}

std::optional<GazetteerEntry> Gazetteer::byId(long long geonames_id) const {
    const long long place = m_index->findId(geonames_id);
    if (place < 0) return std::nullopt;
    return m_index->entry(static_cast<uint32_t>(place));
}

GeocodeResult Gazetteer::geocode(std::string_view name, std::string_view country_alpha2) const {
    GeocodeResult result;
    const std::string key = foldKey(name);
    if (key.empty()) return result;
    const std::vector<Ranked> ranked = rankedMatches(*m_index, key, country_alpha2);
    if (ranked.empty()) {
        result.candidates = nearMisses(name, country_alpha2, kMaxCandidates);
        return result;
    }
    // The leader against its rivals (same tier and class; sections never rival a proper place, which
    // ranks before them) and against the places of its country that the name shortens.
    const GazetteerIndex& index = *m_index;
    const Ranked& leader = ranked.front();
    const bool leader_is_section = isSection(index, leader.place);
    std::vector<Ranked> contenders = {leader};
    bool outranks_rivals = true;
    long long largest_rival = 0;
    long long largest_short_form = 0;
    for (auto it = ranked.begin() + 1; it != ranked.end(); ++it) {
        if (isSection(index, it->place) != leader_is_section) continue;
        const long long population = index.population(it->place);
        if (it->tier == leader.tier) {
            outranks_rivals =
                outranks_rivals && index.feature(leader.place).importance > index.feature(it->place).importance;
            largest_rival = std::max(largest_rival, population);
        } else if (it->short_form && index.country(it->place) == index.country(leader.place)) {
            largest_short_form = std::max(largest_short_form, population);
        } else {
            continue;
        }
        contenders.push_back(*it);
    }
    const long long population = index.population(leader.place);
    const long long factor = outranks_rivals ? kImportantDominanceFactor : kDominanceFactor;
    if (contenders.size() == 1 || (population > 0 && population >= factor * largest_rival &&
                                   population >= kShortFormFactor * largest_short_form)) {
        result.outcome = GeocodeResult::Outcome::Found;
        result.match = index.entry(leader.place);
        return result;
    }
    result.outcome = GeocodeResult::Outcome::Ambiguous;
    result.candidates = toEntries(contenders, index, kMaxCandidates);
    return result;
}

LazyGazetteer::LazyGazetteer(std::filesystem::path file) : m_file(std::move(file)) {}

const Gazetteer& LazyGazetteer::get() const {
    const std::lock_guard lock(m_mutex);
    if (!m_gazetteer) m_gazetteer = Gazetteer::load(m_file);
    return *m_gazetteer;
}

bool LazyGazetteer::loaded() const {
    const std::lock_guard lock(m_mutex);
    return m_gazetteer.has_value();
}

GeocodeResult LazyGazetteer::geocode(std::string_view name, std::string_view country_alpha2) const {
    return get().geocode(name, country_alpha2);
}

}  // namespace pm
