#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/frame_export.hpp"
#include "app/inputs.hpp"
#include "app/usage_error.hpp"
#include "core/partnership_card.hpp"
#include "core/presentation_frame.hpp"
#include "core/projection_catalog.hpp"

namespace pm::app {

void addFrameOptions(CLI::App& command, FrameOptions& options) {
    command.add_option("--frames", options.folder, "folder for frame-00001.png, frame-00002.png, ...")->required();
    command.add_option("--size", options.size, "WxH in pixels (default 1920x1080)");
    command.add_option("--fps", options.fps, "frames per second (default 30)");
    std::vector<std::string> ids;
    for (const ProjectionInfo& info : projectionCatalog())
        if (info.id != kCustomProjectionId) ids.emplace_back(info.id);
    command.add_option("--projection", options.projection, "projection id")->check(CLI::IsMember(ids));
    command.add_option("--theme", options.theme, "light, dark or print")
        ->check(CLI::IsMember({"light", "dark", "print"}));
    command.add_option("--lang", options.lang, "de or en")->check(CLI::IsMember({"de", "en"}));
    addFilterOptions(command, options.filters);
}

namespace {

FrameExportOptions exportOptions(const FrameOptions& options) {
    if (!(options.fps >= 1 && options.fps <= 120)) throw UsageError("--fps: use 1 to 120 frames per second");
    FrameExportOptions result;
    result.folder = options.folder;
    std::tie(result.width, result.height) = parseSize(options.size);
    result.fps = options.fps;
    return result;
}

TourStart startOf(const FrameOptions& options, const DataSet& data, const Inputs& inputs,
                  const FrameExportOptions& size, const std::string& default_projection) {
    TourStart start;
    start.projection.id = options.projection.empty() ? default_projection : options.projection;
    start.filter = resolveFilter(options.filters, data, inputs.countries());
    const ProjectionInfo* info = findProjection(start.projection.id);
    start.projection.centre = defaultCentre(data, start.filter, info ? info->kind : ProjectionKind::World);
    start.theme = *parseThemeId(options.theme);
    start.lang = options.lang;
    start.current_year = currentYear();
    start.frame = PresentationComposer::presentationMapFrame(size.width, size.height);
    return start;
}

TourOrder parseOrder(const std::string& order) {
    if (order == "distance") return TourOrder::Distance;
    if (order == "name") return TourOrder::Name;
    return TourOrder::Year;
}

}  // namespace

int runTourFrames(const TourCommandOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    const FrameExportOptions frames = exportOptions(options.frames);
    std::vector<Problem> warnings;
    std::vector<std::string> data_files = options.args;
    // With --home, the default tour of (the first) home city; else a tour file.
    const std::string home_name = options.frames.filters.homes.empty() ? "" : options.frames.filters.homes.front();
    std::optional<Tour> tour;
    std::filesystem::path tour_folder;
    if (home_name.empty()) {
        if (data_files.empty()) throw UsageError("tour: give a tour file (TOUR.json) or --home NAME");
        const std::string tour_file = data_files.front();
        data_files.erase(data_files.begin());
        tour = loadTourFile(tour_file);
        tour_folder = std::filesystem::path(tour_file).parent_path();
    }
    const auto data = std::make_shared<const DataSet>(inputs.loadData(data_files, warnings));
    printWarnings(warnings, err);
    if (!tour) {
        const std::optional<std::string> home = findHomeCityId(*data, home_name);
        if (!home) {
            std::string names;
            for (const std::string& id : homeCityIds(*data))
                names += (names.empty() ? "" : ", ") + data->findCity(id)->name;
            throw UsageError("--home: no home city '" + home_name + "' in the data; home cities: " + names);
        }
        const PartnershipFilter filter = resolveFilter(options.frames.filters, *data, inputs.countries());
        tour = defaultTour(*data, *home, filterPartnerships(*data, filter), parseOrder(options.order),
                           options.frames.lang);
    }
    TourStart start =
        startOf(options.frames, *data, inputs, frames, home_name.empty() ? "equal-earth" : "orthographic");
    if (!home_name.empty()) start.projection.centre = data->findCity(*findHomeCityId(*data, home_name))->position;
    const TourDataLoader loader = [&](const std::vector<std::string>& files) {
        std::vector<std::string> resolved;
        for (const std::string& file : files) resolved.push_back((tour_folder / file).string());
        std::vector<Problem> ignored;
        return inputs.loadData(resolved, ignored);
    };
    const TourPlayer player(*tour, data, start, &inputs.countries(),
                            options.args.empty() ? "tour" : options.args.front(), loader);
    exportTourFrames(player, frames, inputs.countries(), out);
    return kExitOk;
}

int runTimelineFrames(const TimelineCommandOptions& options, const Inputs& inputs, std::ostream& out,
                      std::ostream& err) {
    const FrameExportOptions frames = exportOptions(options.frames);
    if (options.from && options.to && *options.from > *options.to)
        throw UsageError("--from " + std::to_string(*options.from) + " is after --to " + std::to_string(*options.to));
    if (!(options.years_per_second > 0 && options.years_per_second <= 100))
        throw UsageError("--years-per-second: use a speed above 0 and at most 100");
    std::vector<Problem> warnings;
    const auto data = std::make_shared<const DataSet>(inputs.loadData(options.files, warnings));
    printWarnings(warnings, err);
    Tour tour;
    TourStep timeline;
    timeline.kind = TourStep::Kind::Timeline;
    timeline.timeline_from = options.from;
    timeline.timeline_to = options.to;
    timeline.years_per_second = options.years_per_second;
    tour.steps.push_back(timeline);
    const TourStart start = startOf(options.frames, *data, inputs, frames, "equal-earth");
    const TourPlayer player(tour, data, start, &inputs.countries(), "timeline");
    exportTourFrames(player, frames, inputs.countries(), out);
    return kExitOk;
}

}  // namespace pm::app
