#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/timeline.hpp"
#include "ui/app_state.hpp"
#include "ui/filter_model.hpp"
#include "ui/table_model.hpp"

namespace pm {
class CountryTable;
}

namespace pm::ui {

// What the panels show that follows from the data, the filter, the language and the year alone.
// Computed once when one of those changes, not in every frame: with 10,000 partnerships the
// table's geodesics and the facet counts would otherwise take tens of milliseconds per frame.
struct DerivedData {
    std::vector<size_t> visible;  // filterPartnerships(data, filter)
    FacetCounts counts;
    std::vector<std::string> partner_countries;               // alpha-2 codes of every partner, sorted, once each
    std::vector<TableRow> rows;                               // of `visible`, in the order `rows_sorted_by` gives
    std::optional<std::vector<TableSortKey>> rows_sorted_by;  // nullopt: not sorted yet
    TimelineRange years;                                      // of all partnerships: the filter's year sliders
    std::vector<size_t> timeline_indices;                     // the filter without "as of": what the timeline plays
    TimelineRange timeline;                                   // of timeline_indices
    std::vector<std::string> fact_lines;                      // computeFacts of `visible` in the current year
    std::vector<std::string> anniversary_lines;               // of `visible` in the current year
};

// Keeps DerivedData up to date with an AppState.
class DerivedDataCache {
public:
    // Recomputes when the data set, the filter, the UI language or the year differ from the last
    // call; returns the (possibly unchanged) data.
    DerivedData& update(const AppState& state, const CountryTable& countries, int current_year);
    DerivedData& get() { return m_derived; }
    const DerivedData& get() const { return m_derived; }

private:
    struct Key {
        std::shared_ptr<const DataSet> data;  // held, so that its address is never reused meanwhile
        PartnershipFilter filter;
        std::string lang;
        int year = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    std::optional<Key> m_key;
    DerivedData m_derived;
};

}  // namespace pm::ui
