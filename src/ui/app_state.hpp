#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/basemap.hpp"
#include "core/filter.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/theme.hpp"

// The explicit state the ImGui panels draw and edit. Panels keep no state of their own (no statics):
// everything they remember lives here, everything they want done (files, GL, threads) goes into
// UiRequests for the app to carry out.
namespace pm::ui {

// How the map is drawn: what the "Map settings" panel edits. Changes of projection, centre, detail
// or rings rebuild the scene; the rest only re-lays out the overlay.
struct MapSettings {
    std::string projection_id = "equal-earth";
    std::string custom_proj;  // for projection_id == "custom"
    bool centre_auto = true;  // the selected home city, or 10°E
    double centre_lat = 0.0;
    double centre_lon = 10.0;
    std::optional<BasemapDetail> detail;  // nullopt: chosen by the zoom
    ThemeId theme = ThemeId::Light;
    bool labels = true;
    bool distance_labels = false;
    bool graticule = true;
    bool legend = true;
    bool title = true;
    bool attribution = true;
    std::vector<double> rings_km;  // empty: no rings
    std::string map_lang = "de";   // language of city names and overlay on the map
    friend bool operator==(const MapSettings&, const MapSettings&) = default;
};

// The loaded data and where it came from.
struct DataState {
    // Shared with the scene worker and exports; replaced as a whole, never edited in place.
    std::shared_ptr<const DataSet> data = std::make_shared<const DataSet>();
    std::vector<std::string> files;  // empty: the bundled data set
    std::vector<Problem> problems;   // of the last load attempt (errors and warnings)
    std::string last_error;          // one line when the last load failed; the data above was kept
    std::string open_path;           // the File menu's path field

    const DataSet& dataSet() const { return *data; }
};

// What is selected on the map, in the table or by a tour.
struct Selection {
    std::optional<size_t> partnership;  // index into DataSet::partnerships
    std::string city_id;
    friend bool operator==(const Selection&, const Selection&) = default;
};

enum class ExportKind { Png, Svg, Csv, GeoJson };

struct ExportRequest {
    ExportKind kind = ExportKind::Png;
    std::string path;
    int width = 0;  // PNG/SVG; 0: the window's size
    int height = 0;
    bool inset = true;  // PNG/SVG: an inset of the crowded part around the home cities, when it needs one
    friend bool operator==(const ExportRequest&, const ExportRequest&) = default;
};

// The export dialog's fields, and the progress of a running export.
struct ExportState {
    bool open = false;
    ExportKind kind = ExportKind::Png;
    std::string path = "partnermap.png";
    bool window_size = true;
    int width = 3840;
    int height = 2160;
    bool inset = true;
    bool running = false;
    double progress = 0.0;  // 0..1 while running
    std::string message;    // result of the last export ("Gespeichert: ..." or the error)
};

// What the panels ask the app to do; the app clears each request once handled.
struct UiRequests {
    std::vector<std::string> open_files;  // load these instead of the current data
    bool open_bundled = false;            // back to the bundled data set
    std::optional<ExportRequest> export_request;
    std::optional<size_t> fly_to_partnership;  // centre and zoom on this link
    bool fit_view = false;
    bool toggle_presenter = false;
    bool save_tour = false;  // save the current view as a tour (path in PresenterState::tour_path)
    bool quit = false;
};

// Presentation: presenter mode, timeline playback, tours, facts (issue 5).
struct PresenterState {
    bool active = false;  // full screen, panels hidden
    bool black_screen = false;
    bool show_facts = false;
    // Timeline playback of "as of year".
    bool timeline_playing = false;
    double timeline_year = 0.0;  // fractional while playing
    double years_per_second = 2.0;
    int anniversary_year = 0;  // 0: the current year
    std::string tour_path = "partnermap-tour.json";
};

struct WindowFlags {
    bool filters = true;
    bool table = true;
    bool settings = true;
    bool data = false;
    bool facts = false;
    bool timeline = false;
    bool about = false;
};

struct AppState {
    std::string ui_lang = "de";  // "de" or "en": the panels' language
    DataState data;
    PartnershipFilter filter;
    std::string country_search;  // the filter panel's search box over partner countries
    MapSettings map;
    std::string custom_proj_input;  // the settings panel's PROJ field; Enter/Apply copies it to map.custom_proj
    Selection selection;
    std::optional<size_t> hovered_partnership;
    std::string hovered_city;
    ExportState export_state;
    PresenterState presenter;
    WindowFlags windows;
    std::string status_line;  // bottom bar: last action, errors
    UiRequests requests;
};

}  // namespace pm::ui
