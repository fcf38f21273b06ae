#include "app/render_options.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <ctime>

#include "app/usage_error.hpp"
#include "core/problem.hpp"
#include "core/projection.hpp"
#include "core/projection_catalog.hpp"
#include "core/text_util.hpp"

namespace pm::app {

void addRenderOptions(CLI::App& command, RenderOptions& options) {
    command.add_option("files", options.files, "data files; default: the bundled data");
    command.add_option("-o,--output", options.output, "OUT.svg or OUT.png")->required();
    command.add_option("--size", options.size, "WxH in pixels (default 1920x1080)");
    std::vector<std::string> ids;
    for (const ProjectionInfo& info : projectionCatalog()) ids.emplace_back(info.id);
    command.add_option("--projection", options.projection, "projection id (default equal-earth)")
        ->check(CLI::IsMember(ids));
    command.add_option("--proj", options.proj, "PROJ string for --projection custom, e.g. '+proj=wag7 +lon_0=10'");
    command.add_option("--center", options.center, "centre as LAT,LON (default: the selected home city, or 10°E)");
    addFilterOptions(command, options.filters);
    command.add_option("--title", options.title, "title text (default: the home cities)")
        ->each([&options](const std::string&) { options.title_given = true; });
    command.add_option("--lang", options.lang, "de or en")->check(CLI::IsMember({"de", "en"}));
    command.add_option("--theme", options.theme, "light, dark or print")
        ->check(CLI::IsMember({"light", "dark", "print"}));
    command.add_option("--labels", options.labels, "city labels on|off")->check(CLI::IsMember({"on", "off"}));
    command.add_option("--distance-labels", options.distance_labels, "distance labels on links on|off")
        ->check(CLI::IsMember({"on", "off"}));
    command.add_option("--rings", options.rings, "distance rings in km around the home city, e.g. 1000,2500,5000")
        ->delimiter(',');
    command.add_option("--detail", options.detail, "basemap detail 110m, 50m or 10m (default: by size)")
        ->check(CLI::IsMember({"110m", "50m", "10m"}));
    command.add_option("--hide", options.hide, "switch off: title, summary, legend, attribution, projection, date")
        ->delimiter(',')
        ->check(CLI::IsMember({"title", "summary", "legend", "attribution", "projection", "date"}));
    command.add_option("--date", options.date, "the date in the footer (default: today)");
    command.add_option("--graticule", options.graticule, "graticule step in degrees (default 30, 0 for none)");
    command
        .add_option("--inset", options.inset,
                    "auto: the crowded part around the home cities again, larger (default); off")
        ->check(CLI::IsMember({"auto", "off"}));
}

std::pair<int, int> parseSize(const std::string& text) {
    const size_t x = text.find_first_of("xX");
    int width = 0, height = 0;
    const auto parse = [](std::string_view part, int& value) {
        const auto result = std::from_chars(part.data(), part.data() + part.size(), value);
        return result.ec == std::errc() && result.ptr == part.data() + part.size();
    };
    if (x == std::string::npos || !parse(std::string_view(text).substr(0, x), width) ||
        !parse(std::string_view(text).substr(x + 1), height) || width < 16 || height < 16 || width > 65536 ||
        height > 65536)
        throw UsageError("--size: '" + text +
                         "' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1920x1080 (16 to 65536)");
    return {width, height};
}

std::string todayText(std::string_view lang) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (lang == "en")
        std::snprintf(text, sizeof text, "%d %s %d", local.tm_mday, kMonths[local.tm_mon], local.tm_year + 1900);
    else
        std::snprintf(text, sizeof text, "%02d.%02d.%d", local.tm_mday, local.tm_mon + 1, local.tm_year + 1900);
    return text;
}

namespace {

GeoPoint parseCentre(const std::string& text) {
    const size_t comma = text.find(',');
    double lat = 0, lon = 0;
    const auto parse = [](std::string_view part, double& value) {
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        const auto result = std::from_chars(part.data(), part.data() + part.size(), value);
        return result.ec == std::errc() && result.ptr == part.data() + part.size();
    };
    if (comma == std::string::npos || !parse(std::string_view(text).substr(0, comma), lat) ||
        !parse(std::string_view(text).substr(comma + 1), lon) || std::abs(lat) > 90 || std::abs(lon) > 180)
        throw UsageError("--center: '" + text + "' is not a position; write LAT,LON in degrees, e.g. 49.45,11.08");
    return {.lat = lat, .lon = lon};
}

bool hidden(const RenderOptions& options, std::string_view what) {
    return std::find(options.hide.begin(), options.hide.end(), what) != options.hide.end();
}

}  // namespace

MapView resolveMapView(const RenderOptions& options, const DataSet& data, const CountryTable& countries) {
    MapView view;
    std::tie(view.width, view.height) = parseSize(options.size);
    view.filter = resolveFilter(options.filters, data, countries);
    view.countries = &countries;
    view.projection.id = options.projection;
    if (options.projection == kCustomProjectionId) {
        if (options.proj.empty())
            throw UsageError("--projection custom needs --proj with a PROJ string, e.g. '+proj=wag7'");
        view.projection.custom_proj = options.proj;
        try {
            const Projection check(view.projection);  // PROJ's own message for a string it rejects
        } catch (const DataError& error) {
            throw UsageError(std::string("--proj: ") + error.problems().front().message);
        }
    } else if (!options.proj.empty()) {
        throw UsageError("--proj is only for --projection custom");
    }
    if (!options.center.empty()) {
        view.projection.centre = parseCentre(options.center);
        view.centre_given = true;
    }
    for (double radius : options.rings)
        if (!(radius > 0 && radius < 20000))
            throw UsageError("--rings: " + formatShortest(radius) + " km is not a ring radius; use 1 to 19999 km");
    view.rings_km = options.rings;
    view.inset = options.inset == "auto";
    if (options.detail == "110m") view.detail = BasemapDetail::Coarse110m;
    if (options.detail == "50m") view.detail = BasemapDetail::Medium50m;
    if (options.detail == "10m") view.detail = BasemapDetail::Fine10m;
    view.theme = *parseThemeId(options.theme);
    if (!(options.graticule >= 0 && options.graticule <= 90))
        throw UsageError("--graticule: use a step between 1 and 90 degrees, or 0 for none");
    view.graticule_step_deg = options.graticule;
    OverlayOptions& overlay = view.overlay;
    overlay.lang = options.lang;
    overlay.scale = 0;  // from the output size
    overlay.city_labels = options.labels == "on";
    overlay.distance_labels = options.distance_labels == "on";
    overlay.title = !hidden(options, "title");
    overlay.summary = !hidden(options, "summary");
    overlay.legend = !hidden(options, "legend");
    overlay.attribution = !hidden(options, "attribution");
    overlay.projection_name = !hidden(options, "projection");
    overlay.date = !hidden(options, "date");
    overlay.date_text = options.date.empty() ? todayText(options.lang) : options.date;
    view.auto_title = !options.title_given;
    if (options.title_given) overlay.title_text = options.title;
    return view;
}

}  // namespace pm::app
