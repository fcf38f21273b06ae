#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace pm {

// One thing wrong with an input, located as precisely as the format allows.
// line == 0 means the problem concerns the file as a whole.
struct Problem {
    std::string file;
    int line = 0;
    std::string message;

    // "FILE:LINE: message", or "FILE: message" when there is no line.
    std::string toString() const;
    friend bool operator==(const Problem&, const Problem&) = default;
};

// Thrown by loaders when an input cannot be used; carries every problem found, in file order.
class DataError : public std::runtime_error {
public:
    explicit DataError(std::vector<Problem> problems);
    explicit DataError(Problem problem);
    const std::vector<Problem>& problems() const { return m_problems; }

private:
    std::vector<Problem> m_problems;
};

}  // namespace pm
