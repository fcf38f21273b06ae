#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/filter_spec.hpp"
#include "core/geo_point.hpp"

namespace pm {

// A tour: a sequence of steps that a presentation plays, and that `partnermap tour` renders to
// frames. Files are JSON (docs/tour.md); every problem is reported with its line.
struct TourStep {
    enum class Kind {
        Data,        // load data files (paths relative to the tour file)
        Filter,      // set the filters
        Projection,  // set the projection and optionally its centre
        Theme,       // light, dark, print
        Language,    // de, en
        Overview,    // fly back to the whole map
        FlyTo,       // fly to a city
        Stop,        // fly to a partner, draw its link and show its card
        Caption,     // show a caption
        Wait,        // hold the view
        Timeline,    // play the timeline
        Screenshot,  // save the current frame as a PNG
        Facts,       // show the facts overlay
    };
    Kind kind = Kind::Wait;
    int line = 0;
    std::vector<std::string> files;                 // Data
    FilterSpec filter;                              // Filter
    std::string projection;                         // Projection
    std::optional<GeoPoint> centre;                 // Projection
    std::string theme, lang;                        // Theme, Language
    std::string city;                               // FlyTo: a city; Stop: the partner
    std::string home;                               // Stop: the home city when the partner has several
    std::optional<double> zoom;                     // FlyTo
    double fly_seconds = 2.5;                       // Overview, FlyTo, Stop
    double hold_seconds = 0.0;                      // Overview, FlyTo, Stop, Caption, Wait, Facts
    std::string caption_title, caption_text;        // Caption
    std::optional<int> timeline_from, timeline_to;  // Timeline; default: first year to now
    double years_per_second = 2.0;                  // Timeline
    std::string screenshot;                         // Screenshot: file name (relative to the output folder)
};

struct Tour {
    std::string title;
    std::vector<TourStep> steps;
};

inline constexpr int kTourFormatVersion = 1;

// Throws DataError with every problem as FILE:LINE: message.
Tour parseTour(std::string_view text, const std::string& file_label);
Tour loadTourFile(const std::string& path);
// The documented JSON, stable key order; parseTour(writeTour(t)) == t up to line numbers.
std::string writeTour(const Tour& tour);

std::string_view tourStepName(TourStep::Kind kind);

enum class TourOrder { Year, Distance, Name };

// The default tour of a home city: an overview, then a stop at every partner in the given order,
// then the overview again. `partners` are partnership indices (e.g. the visible ones).
Tour defaultTour(const struct DataSet& data, const std::string& home_id, const std::vector<size_t>& partnerships,
                 TourOrder order, std::string_view lang);

}  // namespace pm
