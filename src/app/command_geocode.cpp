#include <ostream>

#include "app/commands.hpp"
#include "app/csv_text.hpp"
#include "app/inputs.hpp"
#include "app/lazy_gazetteer.hpp"
#include "app/usage_error.hpp"
#include "core/gazetteer_index.hpp"
#include "core/number_format.hpp"

namespace pm::app {

int runGeocode(const GeocodeOptions& options, const Inputs& inputs, std::ostream& out, std::ostream&) {
    std::string country;
    if (!options.country.empty()) {
        const Country* match = inputs.countries().find(options.country);
        if (!match) throw UsageError("--country: unknown country '" + options.country + "'; use an ISO code like FR");
        country = match->alpha2;
    }
    if (options.limit < 1) throw UsageError("--limit: must be at least 1");
    const auto& lazy = dynamic_cast<const LazyGazetteer&>(inputs.geocoder());
    const std::vector<GazetteerEntry> entries =
        lazy.gazetteer().search(options.name, country, static_cast<size_t>(options.limit));
    out << "name,country,lat,lon,population,geonameid\n";
    for (const GazetteerEntry& entry : entries)
        out << csvField(entry.name) << ',' << entry.country << ',' << formatFixed(entry.position.lat, 5) << ','
            << formatFixed(entry.position.lon, 5) << ',' << entry.population << ',' << entry.geonames_id << '\n';
    return entries.empty() ? kExitBadData : kExitOk;
}

}  // namespace pm::app
