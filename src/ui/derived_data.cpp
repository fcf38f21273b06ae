#include "ui/derived_data.hpp"

#include <numeric>

#include "core/facts.hpp"
#include "core/filter.hpp"
#include "ui/timeline_model.hpp"

namespace pm::ui {

DerivedData& DerivedDataCache::update(const AppState& state, const CountryTable& countries, int current_year) {
    Key key{state.data.data, state.filter, state.ui_lang, current_year};
    if (m_key && *m_key == key) return m_derived;
    const DataSet& data = *state.data.data;
    const std::string& lang = state.ui_lang;
    DerivedData derived;
    derived.visible = filterPartnerships(data, state.filter);
    derived.counts = facetCounts(data, state.filter);
    derived.partner_countries = partnerCountryCodes(data);
    derived.rows = partnershipRows(data, derived.visible, countries, lang);
    std::vector<size_t> all(data.partnerships.size());
    std::iota(all.begin(), all.end(), size_t{0});
    derived.years = timelineRange(data, all, current_year);
    PartnershipFilter without_as_of = state.filter;
    without_as_of.as_of.reset();
    derived.timeline_indices = filterPartnerships(data, without_as_of);
    derived.timeline = timelineRange(data, derived.timeline_indices, current_year);
    const PartnershipFacts facts = computeFacts(data, derived.visible, &countries, current_year);
    derived.fact_lines = factLines(data, facts, lang, &countries);
    derived.anniversary_lines = anniversaryLines(data, derived.visible, current_year, lang);
    m_derived = std::move(derived);
    m_key = std::move(key);
    return m_derived;
}

}  // namespace pm::ui
