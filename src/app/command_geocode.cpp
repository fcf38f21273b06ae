#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/csv_text.hpp"
#include "app/inputs.hpp"
#include "app/usage_error.hpp"
#include "core/gazetteer.hpp"
#include "core/number_format.hpp"

namespace pm::app {

int runGeocode(const GeocodeOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    std::string country;
    if (!options.country.empty()) {
        const Country* match = inputs.countries().find(options.country);
        if (!match) throw UsageError("--country: unknown country '" + options.country + "'; use an ISO code like FR");
        country = match->alpha2;
    }
    if (options.limit < 1) throw UsageError("--limit: must be at least 1");
    const Gazetteer& gazetteer = inputs.gazetteer().get();
    const std::vector<GazetteerEntry> entries =
        gazetteer.search(options.name, country, static_cast<size_t>(options.limit));
    if (entries.empty()) {
        err << "partnermap: no place named '" << options.name << "'" << (country.empty() ? "" : " in " + country);
        const std::vector<GazetteerEntry> near = gazetteer.nearMisses(options.name, country, 5);
        for (size_t i = 0; i < near.size(); ++i)
            err << (i == 0 ? "; did you mean " : ", ") << near[i].name << " (" << near[i].country << ")";
        err << '\n';
        return kExitBadData;
    }
    out << "name,country,lat,lon,population,geonameid\n";
    for (const GazetteerEntry& entry : entries)
        out << csvField(entry.name) << ',' << entry.country << ',' << formatFixed(entry.position.lat, 5) << ','
            << formatFixed(entry.position.lon, 5) << ',' << entry.population << ',' << entry.geonames_id << '\n';
    return kExitOk;
}

}  // namespace pm::app
