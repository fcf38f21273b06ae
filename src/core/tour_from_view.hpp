#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/filter.hpp"
#include "core/filter_spec.hpp"
#include "core/projection_catalog.hpp"
#include "core/theme.hpp"
#include "core/tour.hpp"

namespace pm {

// What the app shows when the user saves "the current view as a tour".
struct TourViewSnapshot {
    std::string title;                    // the tour's title; may be empty
    std::vector<std::string> data_files;  // the loaded files; empty: the tour plays on the data it is opened with
    std::filesystem::path tour_file;      // where the tour is saved; data files inside its folder are written
                                          // relative to it, others as absolute paths. Empty: paths as given.
    PartnershipFilter filter;
    ProjectionSpec projection;  // the base projection, before the camera re-centres a globe
    ThemeId theme = ThemeId::Light;
    std::string lang = "de";
    Camera camera;
    std::optional<size_t> selected_partnership;  // into DataSet::partnerships: ends the tour at its stop
};

// A tour that restores the view: data (if files are given), filter, projection, theme and
// language, then the camera, then a stop at the selected partnership (which flies to frame its link
// and shows the partner's card). Tours name cities, not points: a camera at the whole map becomes an
// "overview" step, any other a "fly_to" to the city of a visible partnership nearest to the focus,
// with the camera's zoom. A custom PROJ projection has no tour step; the tour then keeps the
// projection it is played with. Cities and homes are written as ids, which resolve exactly.
Tour tourFromView(const TourViewSnapshot& snapshot, const DataSet& data);

// The filter as a tour or the command line writes it: home city ids, ISO codes, type ids, status ids,
// years as "FROM:TO", "FROM:" or ":TO". resolveFilterSpec() on the same data gives `filter` back.
FilterSpec filterSpecFromFilter(const PartnershipFilter& filter);

}  // namespace pm
