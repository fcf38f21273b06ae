#pragma once

#include <string>
#include <vector>

#include "core/countries.hpp"
#include "core/dataset_files.hpp"
#include "core/gazetteer.hpp"

namespace pm::app {

// What the commands share: the country table (small, always loaded) and the gazetteer (large,
// loaded only when a file needs geocoding or the user asks for it).
class Inputs {
public:
    Inputs();
    ~Inputs();

    const CountryTable& countries() const { return m_countries; }
    const LazyGazetteer& gazetteer() const { return m_gazetteer; }

    // The files given, merged in order, or the bundled data set when none is given.
    // Throws DataError with every problem of every file. Warnings go to `warnings`.
    DataSet loadData(const std::vector<std::string>& files, std::vector<Problem>& warnings) const;

private:
    CountryTable m_countries;
    LazyGazetteer m_gazetteer;
};

}  // namespace pm::app
