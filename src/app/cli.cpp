#include "app/cli.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/app.hpp"
#include "app/commands.hpp"
#include "app/inputs.hpp"
#include "app/render_options.hpp"
#include "app/usage_error.hpp"
#include "core/problem.hpp"

namespace pm::app {

int runCli(int argc, char** argv) {
    return runCli(argc, argv, std::cout, std::cerr);
}

namespace {

struct CommandLine {
    AppOptions app;
    bool bench = false;
    BenchOptions bench_options;
    DistancesOptions distances;
    std::vector<std::string> validate_files;
    std::string convert_in, convert_out;
    GeocodeOptions geocode;
    RenderOptions render;
    TourCommandOptions tour;
    TimelineCommandOptions timeline;
};

void describeCommands(CLI::App& app, CommandLine& line, std::map<std::string, CLI::App*>& commands) {
    app.add_option("files", line.app.files, "data files (.json, .csv, .geojson); default: the bundled data");
    app.add_flag("--present", line.app.present, "start in presenter mode (full screen; F11 toggles, Esc leaves)");
    app.add_option("--tour", line.app.tour_file, "play this tour file in presenter mode");
    app.add_flag("--kiosk", line.app.kiosk,
                 "unattended screen: loop the tour, touch pauses, idle returns; Ctrl+Alt+Q quits");
    app.add_option("--kiosk-idle", line.app.kiosk_idle_seconds,
                   "seconds without input before the kiosk loops again (60)");
    app.add_option("--size", line.app.size, "window size WxH (default: the last one)");
    app.add_option("--screenshot", line.app.screenshot, "with --quit-after-frames: save the last frame as PNG");
    app.add_option("--quit-after-frames", line.app.quit_after_frames, "close after N frames (tests, screenshots)");
    app.add_flag("--windowed", line.app.windowed_presenter, "presenter mode in the window, not full screen");
    app.add_flag("--bench", line.bench, "print the app's timings (start-up, panning, projection switch, export)");
    app.add_option("--bench-synthetic", line.bench_options.synthetic, "partnerships of the synthetic --bench set");
    app.add_option("--bench-frames", line.bench_options.frames, "frames per --bench measurement (default 60)");

    CLI::App* validate = app.add_subcommand("validate", "check data files; exit 1 and list every problem");
    validate->add_option("files", line.validate_files, "data files")->required();
    commands["validate"] = validate;

    CLI::App* distances = app.add_subcommand("distances", "geodesic distance and direction of each partnership");
    distances->add_option("files", line.distances.files, "data files; default: the bundled data");
    addFilterOptions(*distances, line.distances.filters);
    distances->add_option("--format", line.distances.format, "csv or table")->check(CLI::IsMember({"csv", "table"}));
    commands["distances"] = distances;

    CLI::App* geocode = app.add_subcommand("geocode", "find a city in the offline gazetteer");
    geocode->add_option("name", line.geocode.name, "city name, any spelling")->required();
    geocode->add_option("--country", line.geocode.country, "ISO code or name of the country");
    geocode->add_option("--limit", line.geocode.limit, "at most N places (default 5)");
    commands["geocode"] = geocode;

    CLI::App* convert = app.add_subcommand("convert", "convert between .json, .csv and .geojson");
    convert->add_option("in", line.convert_in, "input file")->required();
    convert->add_option("out", line.convert_out, "output file; its extension picks the format")->required();
    commands["convert"] = convert;

    CLI::App* render = app.add_subcommand("render", "draw the map to an SVG or PNG file");
    addRenderOptions(*render, line.render);
    commands["render"] = render;

    CLI::App* tour = app.add_subcommand("tour", "render a tour (a file, or the default tour of --home) to PNG frames");
    tour->add_option("args", line.tour.args, "TOUR.json [FILE...], or with --home the data files");
    tour->add_option("--order", line.tour.order, "order of the default tour: year, distance or name")
        ->check(CLI::IsMember({"year", "distance", "name"}));
    addFrameOptions(*tour, line.tour.frames);
    commands["tour"] = tour;

    CLI::App* timeline = app.add_subcommand("timeline", "render the timeline (the network year by year) to PNG frames");
    timeline->add_option("files", line.timeline.files, "data files; default: the bundled data");
    timeline->add_option("--from", line.timeline.from, "first year (default: the first partnership's)");
    timeline->add_option("--to", line.timeline.to, "last year (default: this year)");
    timeline->add_option("--years-per-second", line.timeline.years_per_second, "speed (default 2)");
    addFrameOptions(*timeline, line.timeline.frames);
    commands["timeline"] = timeline;

    app.require_subcommand(0, 1);
}

int dispatch(const CommandLine& line, const std::map<std::string, CLI::App*>& commands, std::ostream& out,
             std::ostream& err) {
    const Inputs inputs;
    if (commands.at("validate")->parsed()) return runValidate(line.validate_files, inputs, out, err);
    if (commands.at("geocode")->parsed()) return runGeocode(line.geocode, inputs, out, err);
    if (commands.at("convert")->parsed()) return runConvert(line.convert_in, line.convert_out, inputs, out, err);
    if (commands.at("tour")->parsed()) return runTourFrames(line.tour, inputs, out, err);
    if (commands.at("timeline")->parsed()) return runTimelineFrames(line.timeline, inputs, out, err);
    if (commands.at("render")->parsed()) return runRender(line.render, inputs, out, err);
    if (commands.at("distances")->parsed()) return runDistances(line.distances, inputs, out, err);
    if (line.bench) return runAppBench(line.bench_options, inputs, out, err);
    if (!line.app.size.empty()) parseSize(line.app.size);  // a usage error before any window opens
    return runApp(line.app, inputs, out, err);
}

}  // namespace

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"PartnerMap: a city's international partnerships on a world map", "partnermap"};
    CommandLine line;
    std::map<std::string, CLI::App*> commands;
    describeCommands(app, line, commands);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& help) {
        return app.exit(help, out, err);  // --help of the command that was asked
    } catch (const CLI::ParseError& error) {
        err << "partnermap: " << error.what() << "\nRun 'partnermap --help' for the commands and options.\n";
        return kExitUsage;
    }
    try {
        return dispatch(line, commands, out, err);
    } catch (const UsageError& error) {
        err << "partnermap: " << error.what() << '\n';
        return kExitUsage;
    } catch (const DataError& error) {
        for (const Problem& problem : error.problems()) err << problem.toString() << '\n';
        return kExitBadData;
    } catch (const std::exception& error) {
        // Whatever else goes wrong (a full disk, memory), the user gets a message, not a crash.
        err << "partnermap: " << error.what() << '\n';
        return kExitBadData;
    }
}

}  // namespace pm::app
