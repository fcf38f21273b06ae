#include "core/problem.hpp"

namespace pm {

std::string Problem::toString() const {
    if (line > 0) return file + ":" + std::to_string(line) + ": " + message;
    return file + ": " + message;
}

namespace {
std::string joinProblems(const std::vector<Problem>& problems) {
    std::string text;
    for (const Problem& problem : problems) {
        if (!text.empty()) text += '\n';
        text += problem.toString();
    }
    return text;
}
}  // namespace

DataError::DataError(std::vector<Problem> problems)
    : std::runtime_error(joinProblems(problems)), m_problems(std::move(problems)) {}

DataError::DataError(Problem problem) : DataError(std::vector<Problem>{std::move(problem)}) {}

}  // namespace pm
