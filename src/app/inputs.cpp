#include "app/inputs.hpp"

#include "core/resources.hpp"

namespace pm::app {

Inputs::Inputs() : m_countries(CountryTable::load(CountryTable::defaultPath())) {}

Inputs::~Inputs() = default;

DataSet Inputs::loadData(const std::vector<std::string>& files, std::vector<Problem>& warnings) const {
    ImportContext context{&m_gazetteer, &m_countries, &warnings};
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
