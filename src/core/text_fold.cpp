#include "core/text_fold.hpp"

#include <cctype>

namespace pm {

// Placeholder until the generated Unicode fold table lands: ASCII lower-casing only.
std::string foldKey(std::string_view utf8) {
    std::string key;
    key.reserve(utf8.size());
    for (char c : utf8) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

}  // namespace pm
