#include "core/tour_from_view.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "core/geodesy.hpp"
#include "core/sphere_math.hpp"

namespace pm {

namespace fs = std::filesystem;

namespace {

constexpr double kViewHoldSeconds = 3.0;
constexpr double kOverviewZoomTolerance = 1.02;  // zoom within 2 % of 1 counts as the whole map
constexpr double kMinTourZoom = 0.5;             // the range parseTour accepts
constexpr double kMaxTourZoom = 64.0;

std::string tourPath(const std::string& file, const fs::path& tour_file) {
    if (tour_file.empty()) return file;
    const fs::path folder = fs::absolute(tour_file).lexically_normal().parent_path();
    const fs::path path = fs::absolute(fs::path(file)).lexically_normal();
    const fs::path relative = path.lexically_relative(folder);
    if (relative.empty() || *relative.begin() == "..") return path.string();
    return relative.string();
}

// A centre that parseTour accepts: latitude within ±90, longitude within ±180.
GeoPoint tourCentre(GeoPoint centre) {
    return {.lat = std::clamp(centre.lat, -90.0, 90.0), .lon = wrapDegrees(centre.lon)};
}

// The id of the city nearest to `focus` among the ends of the visible partnerships, else among all
// cities; empty when the data has none. Ties go to the first in data order.
std::string nearestCityId(const DataSet& data, const PartnershipFilter& filter, GeoPoint focus) {
    std::set<std::string> visible;
    for (size_t index : filterPartnerships(data, filter)) {
        visible.insert(data.partnerships[index].home_id);
        visible.insert(data.partnerships[index].partner_id);
    }
    std::string nearest;
    double best = std::numeric_limits<double>::infinity();
    for (const City& city : data.cities) {
        if (!visible.empty() && !visible.contains(city.id)) continue;
        const double distance = geodesicInverse(focus, city.position).distance_m;
        if (distance < best) {
            best = distance;
            nearest = city.id;
        }
    }
    return nearest;
}

// How many visible partnerships a stop at `partnership`'s partner with its home would match.
size_t stopMatches(const DataSet& data, const PartnershipFilter& filter, const Partnership& partnership) {
    size_t count = 0;
    for (size_t index : filterPartnerships(data, filter)) {
        const Partnership& other = data.partnerships[index];
        if (other.home_id == partnership.home_id && other.partner_id == partnership.partner_id) ++count;
    }
    return count;
}

TourStep makeStep(TourStep::Kind kind) {
    TourStep step;
    step.kind = kind;
    return step;
}

}  // namespace

FilterSpec filterSpecFromFilter(const PartnershipFilter& filter) {
    FilterSpec spec;
    spec.homes.assign(filter.home_ids.begin(), filter.home_ids.end());
    spec.countries.assign(filter.partner_countries.begin(), filter.partner_countries.end());
    spec.types.assign(filter.types.begin(), filter.types.end());
    for (const PartnershipStatus status : filter.statuses) spec.statuses.emplace_back(statusId(status));
    if (filter.since_from || filter.since_to)
        spec.years = (filter.since_from ? std::to_string(*filter.since_from) : "") + ":" +
                     (filter.since_to ? std::to_string(*filter.since_to) : "");
    spec.as_of = filter.as_of;
    spec.text = filter.text;
    return spec;
}

Tour tourFromView(const TourViewSnapshot& snapshot, const DataSet& data) {
    Tour tour;
    tour.title = snapshot.title;
    if (!snapshot.data_files.empty()) {
        TourStep step = makeStep(TourStep::Kind::Data);
        for (const std::string& file : snapshot.data_files) step.files.push_back(tourPath(file, snapshot.tour_file));
        tour.steps.push_back(std::move(step));
    }

    TourStep filter = makeStep(TourStep::Kind::Filter);
    filter.filter = filterSpecFromFilter(snapshot.filter);
    tour.steps.push_back(std::move(filter));

    const ProjectionInfo* info = findProjection(snapshot.projection.id);
    const bool azimuthal = info && info->kind == ProjectionKind::Azimuthal;
    if (info && info->id != kCustomProjectionId) {
        TourStep projection = makeStep(TourStep::Kind::Projection);
        projection.projection = std::string(info->id);
        // A globe turns to the camera: centred there, its overview is already the view.
        projection.centre = tourCentre(azimuthal ? snapshot.camera.focus : snapshot.projection.centre);
        tour.steps.push_back(std::move(projection));
    }

    TourStep theme = makeStep(TourStep::Kind::Theme);
    theme.theme = std::string(themeIdName(snapshot.theme));
    tour.steps.push_back(std::move(theme));
    TourStep lang = makeStep(TourStep::Kind::Language);
    lang.lang = snapshot.lang == "en" ? "en" : "de";
    tour.steps.push_back(std::move(lang));

    const double zoom = snapshot.camera.zoom;
    const bool whole_map = zoom <= kOverviewZoomTolerance && zoom >= 1.0 / kOverviewZoomTolerance;
    const std::string focus_city = whole_map ? "" : nearestCityId(data, snapshot.filter, snapshot.camera.focus);
    if (focus_city.empty()) {
        TourStep overview = makeStep(TourStep::Kind::Overview);
        overview.fly_seconds = 0.0;  // the projection step has just shown the whole map
        overview.hold_seconds = kViewHoldSeconds;
        tour.steps.push_back(std::move(overview));
    } else {
        TourStep fly = makeStep(TourStep::Kind::FlyTo);
        fly.city = focus_city;
        fly.zoom = std::clamp(zoom, kMinTourZoom, kMaxTourZoom);
        fly.hold_seconds = kViewHoldSeconds;
        tour.steps.push_back(std::move(fly));
    }

    if (snapshot.selected_partnership && *snapshot.selected_partnership < data.partnerships.size()) {
        const Partnership& partnership = data.partnerships[*snapshot.selected_partnership];
        // A stop names partner and home; a second visible partnership between the same two cities
        // (another type) would make it ambiguous, so then the tour only flies to the partner.
        if (matchesFilter(data, partnership, snapshot.filter)) {
            const bool unique = stopMatches(data, snapshot.filter, partnership) == 1;
            TourStep step = makeStep(unique ? TourStep::Kind::Stop : TourStep::Kind::FlyTo);
            step.city = partnership.partner_id;
            if (unique) {
                step.home = partnership.home_id;
                step.hold_seconds = 5.0;  // the default of a stop, as parseTour sets it
            } else {
                step.hold_seconds = kViewHoldSeconds;
            }
            tour.steps.push_back(std::move(step));
        }
    }
    return tour;
}

}  // namespace pm
