#pragma once

#include <filesystem>
#include <string_view>

namespace pm {

// Finds the folder that holds data/, assets/ and shaders/: $PARTNERMAP_ROOT if set, else the
// first ancestor of the executable's folder that has them (build tree), else <prefix>/share/partnermap
// next to the executable, else the source tree the program was built from.
std::filesystem::path resourceRoot();

std::filesystem::path bundledDataPath();                      // data/partnerships.json
std::filesystem::path assetPath(std::string_view relative);   // assets/<relative>
std::filesystem::path shaderPath(std::string_view relative);  // shaders/<relative>

}  // namespace pm
