#include "ui/timeline_model.hpp"

#include <algorithm>
#include <cmath>

#include "core/facts.hpp"
#include "core/filter.hpp"

namespace pm::ui {

void setTimelineYear(PresenterState& presenter, PartnershipFilter& filter, const TimelineRange& range, double year) {
    presenter.timeline_year =
        std::clamp(year, static_cast<double>(range.first_year), static_cast<double>(range.last_year));
    filter.as_of = static_cast<int>(std::floor(presenter.timeline_year));
}

void followAsOf(PresenterState& presenter, const PartnershipFilter& filter, const TimelineRange& range) {
    if (filter.as_of) {
        if (static_cast<int>(std::floor(presenter.timeline_year)) != *filter.as_of)
            presenter.timeline_year = *filter.as_of;
    } else if (presenter.timeline_year < range.first_year || presenter.timeline_year > range.last_year) {
        presenter.timeline_year = range.last_year;
    }
}

void advanceTimeline(PresenterState& presenter, PartnershipFilter& filter, const TimelineRange& range,
                     double dt_seconds) {
    if (!presenter.timeline_playing) return;
    const double year = presenter.timeline_year + std::max(dt_seconds, 0.0) * presenter.years_per_second;
    setTimelineYear(presenter, filter, range, year);
    if (presenter.timeline_year >= range.last_year) presenter.timeline_playing = false;
}

std::vector<std::string> anniversaryLines(const DataSet& data, const std::vector<size_t>& indices, int year,
                                          std::string_view lang) {
    std::vector<std::string> lines;
    for (const Anniversary& anniversary : anniversariesIn(data, indices, year))
        lines.push_back(std::to_string(year) + ": " + anniversaryText(data, anniversary, lang));
    return lines;
}

}  // namespace pm::ui
