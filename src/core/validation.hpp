#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/problem.hpp"

namespace pm {

// Lets a format place a validation problem on the line of the exact field and skip checks of
// fields it has already reported as unusable (so that a missing "id" is not reported twice).
// Fields are named by pointers into the model: "/cities/3/lat", "/partnerships/0/until",
// "/types/1/id"; "/cities/3" is the whole city.
class FieldLocator {
public:
    virtual ~FieldLocator() = default;
    // The line of the field, or 0 if the format does not know (then the entity's line is used).
    virtual int line(const std::string& model_pointer) const = 0;
    virtual bool reported(const std::string& model_pointer) const = 0;
};

// validateDataSet (declared in dataset_files.hpp) with a locator; `locator` may be null.
std::vector<Problem> validateDataSet(const DataSet& data, const std::string& file_label, const FieldLocator* locator);

// Ids of cities and types: lower-case ASCII letters, digits, '-' and '_'.
bool isValidId(std::string_view id);

// Two upper-case ASCII letters.
bool looksLikeAlpha2(std::string_view country);

inline constexpr int kFirstPlausibleYear = 1900;
inline constexpr int kLastPlausibleYear = 2100;

// Problems in file order: by line, stable (whole-file problems first).
void sortProblems(std::vector<Problem>& problems);

}  // namespace pm
