#include "app/inputs.hpp"

#include "app/lazy_gazetteer.hpp"
#include "core/resources.hpp"

namespace pm::app {

Inputs::Inputs()
    : m_countries(CountryTable::load(assetPath("countries/countries.tsv"))),
      m_geocoder(std::make_unique<LazyGazetteer>(assetPath("gazetteer/gazetteer.tsv"))) {}

Inputs::~Inputs() = default;

const Geocoder& Inputs::geocoder() const {
    return *m_geocoder;
}

DataSet Inputs::loadData(const std::vector<std::string>& files, std::vector<Problem>& warnings) const {
    ImportContext context{m_geocoder.get(), &m_countries, &warnings};
    if (files.empty()) return loadDataSetFile(bundledDataPath(), context);
    DataSet merged;
    std::vector<Problem> problems;
    for (const std::string& file : files) {
        try {
            std::vector<Problem> merge_problems = mergeDataSet(merged, loadDataSetFile(file, context));
            problems.insert(problems.end(), merge_problems.begin(), merge_problems.end());
        } catch (const DataError& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }
    if (!problems.empty()) throw DataError(std::move(problems));
    return merged;
}

}  // namespace pm::app
