#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/timeline.hpp"
#include "ui/app_state.hpp"

namespace pm::ui {

// Moves the timeline to `year` (clamped to the range) and shows the network as of that year.
void setTimelineYear(PresenterState& presenter, PartnershipFilter& filter, const TimelineRange& range, double year);

// The Filter panel may have moved "as of" while the timeline stood: the timeline follows it (the
// fraction of a year it played stays while the years agree). Without "as of" a position outside the
// range goes to the range's last year.
void followAsOf(PresenterState& presenter, const PartnershipFilter& filter, const TimelineRange& range);

// Playback: while presenter.timeline_playing, advances by dt × years_per_second and stops at the
// range's last year. The app calls this once per frame (whether or not the window is open).
void advanceTimeline(PresenterState& presenter, PartnershipFilter& filter, const TimelineRange& range,
                     double dt_seconds);

// "2029: 75 Jahre Nürnberg–Nizza" for each round anniversary in `year` among `indices`, oldest first.
std::vector<std::string> anniversaryLines(const DataSet& data, const std::vector<size_t>& indices, int year,
                                          std::string_view lang);

}  // namespace pm::ui
