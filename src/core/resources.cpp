#include "core/resources.hpp"

#include <cstdlib>
#include <system_error>

namespace pm {

namespace {

namespace fs = std::filesystem;

bool hasResources(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "data", ec) && fs::is_directory(dir / "assets", ec);
}

fs::path executableDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

fs::path findRoot() {
    if (const char* env = std::getenv("PARTNERMAP_ROOT"); env && *env) return fs::path(env);
    const fs::path exe_dir = executableDir();
    for (fs::path dir = exe_dir; !dir.empty(); dir = dir.parent_path()) {
        if (hasResources(dir)) return dir;
        if (dir == dir.parent_path()) break;
    }
    if (!exe_dir.empty() && hasResources(exe_dir.parent_path() / "share" / "partnermap"))
        return exe_dir.parent_path() / "share" / "partnermap";
    return fs::path(PARTNERMAP_SOURCE_ROOT);
}

}  // namespace

fs::path resourceRoot() {
    // The executable does not move while it runs: resolve once.
    static const fs::path root = findRoot();
    return root;
}

fs::path bundledDataPath() {
    return resourceRoot() / "data" / "partnerships.json";
}
fs::path assetPath(std::string_view relative) {
    return resourceRoot() / "assets" / relative;
}
fs::path shaderPath(std::string_view relative) {
    return resourceRoot() / "shaders" / relative;
}

}  // namespace pm
