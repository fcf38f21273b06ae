#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/camera.hpp"
#include "core/filter.hpp"
#include "core/partnership_card.hpp"
#include "core/theme.hpp"
#include "core/timeline.hpp"
#include "core/tour.hpp"

namespace pm {

class CountryTable;

// Everything the screen shows at one moment of a tour. The app and the frame export draw this.
struct TourView {
    size_t step_index = 0;
    size_t data_index = 0;  // into TourPlayer::dataSets()
    PartnershipFilter filter;
    ProjectionSpec projection;  // already centred for the camera (cameraProjection)
    ProjectionKind kind = ProjectionKind::World;
    ThemeId theme = ThemeId::Light;
    std::string lang = "de";
    Camera camera;
    std::optional<size_t> highlighted_link;
    // Links drawn differently from normal (growing, faded, dashed); empty means all normal. With
    // `only_listed_links`, links not in the map are hidden (the timeline).
    std::unordered_map<size_t, LinkAppearance> link_appearance;
    bool only_listed_links = false;
    std::optional<PartnershipCard> card;
    std::string caption_title, caption_text;
    std::optional<double> timeline_position;  // fractional year, shown as a large counter
    bool show_facts = false;

    // Equal views compose equal frames: a player holding at a stop draws nothing new.
    friend bool operator==(const TourView&, const TourView&) = default;
};

// Where a tour starts: the view the user has, and the output it is drawn into.
struct TourStart {
    ProjectionSpec projection;
    ThemeId theme = ThemeId::Light;
    std::string lang = "de";
    PartnershipFilter filter;
    MapFrame frame;
    int current_year = 2026;
};

// Loads the files of a "data" step (paths as written, relative to the tour file's folder).
using TourDataLoader = std::function<DataSet(const std::vector<std::string>& files)>;

// A tour compiled against its data into timed segments: viewAt(t) is a pure function of time, so
// the app plays it at the display's rate and the frame export at any frame rate, with the same result.
class TourPlayer {
public:
    // Throws DataError with the step's line for cities, homes and filters that don't resolve.
    TourPlayer(const Tour& tour, std::shared_ptr<const DataSet> data, const TourStart& start,
               const CountryTable* countries, const std::string& file_label, TourDataLoader loader = {});

    double duration() const { return m_duration; }
    TourView viewAt(double seconds) const;
    const std::vector<std::shared_ptr<const DataSet>>& dataSets() const { return m_data; }
    const std::string& title() const { return m_title; }

    struct Screenshot {
        double time = 0;
        std::string file;
    };
    const std::vector<Screenshot>& screenshots() const { return m_screenshots; }

    // The start of the next step that shows something.
    double nextStopTime(double seconds) const;
    // For presentation clickers: where Next / Previous holds. A step is held at its end, where its view
    // is complete (a stop with its caption card), not at the next step's start, where the camera is
    // about to leave and the card is gone. Previous goes back to the step before the one shown.
    double nextHoldTime(double seconds) const;
    double previousHoldTime(double seconds) const;

private:
    struct Segment {
        double start = 0, end = 0;
        TourView view;  // at the start; the camera and the animated parts change within
        Camera camera_to;
        double fly_seconds = 0;  // the first part of the segment moves the camera
        std::optional<size_t> growing_link;
        std::optional<double> timeline_from, timeline_to;  // fractional years across the segment
        double timeline_years_per_second = 0;
    };

    std::vector<Segment> m_segments;
    std::vector<std::shared_ptr<const DataSet>> m_data;
    std::vector<Screenshot> m_screenshots;
    double m_duration = 0;
    std::string m_title;
    int m_current_year = 2026;
    friend class TourCompiler;
};

}  // namespace pm
