#include "core/timeline.hpp"

#include <algorithm>
#include <cmath>

namespace pm {

TimelineRange timelineRange(const DataSet& data, const std::vector<size_t>& indices, int last_year) {
    int first = last_year;
    for (size_t index : indices)
        if (const auto& since = data.partnerships.at(index).since) first = std::min(first, *since);
    return {first, last_year};
}

std::vector<size_t> partnershipsExistingIn(const DataSet& data, const std::vector<size_t>& indices, int year,
                                           int last_year) {
    std::vector<size_t> existing;
    for (size_t index : indices) {
        const Partnership& partnership = data.partnerships.at(index);
        const bool established = partnership.since ? *partnership.since <= year : year >= last_year;
        const bool not_ended = !partnership.until || *partnership.until >= year;
        if (established && not_ended) existing.push_back(index);
    }
    return existing;
}

namespace {

double smoothstep(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

}  // namespace

std::unordered_map<size_t, LinkAppearance> timelineAppearance(const DataSet& data, const std::vector<size_t>& indices,
                                                              double position, int last_year) {
    std::unordered_map<size_t, LinkAppearance> appearance;
    const int year = static_cast<int>(std::floor(position));
    const double within_year = position - year;
    for (size_t index : indices) {
        const Partnership& partnership = data.partnerships.at(index);
        const int start = partnership.since.value_or(last_year);
        if (start > year) continue;
        LinkAppearance look;
        if (start == year) look.growth = static_cast<float>(smoothstep(within_year / kGrowthShareOfYear));
        if (partnership.until && *partnership.until < year) {
            // Gone after the year following its end; fading during that year.
            if (*partnership.until + 1 < year) continue;
            look.opacity = static_cast<float>(1.0 - smoothstep(within_year));
            if (look.opacity <= 0.0f) continue;
        }
        if (partnership.status == PartnershipStatus::Suspended)
            look.dashed = year >= partnership.suspended_since.value_or(last_year);
        appearance[index] = look;
    }
    return appearance;
}

}  // namespace pm
