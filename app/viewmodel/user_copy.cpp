#include "app/viewmodel/user_copy.hpp"

#include <cstdlib>
#include <filesystem>

namespace il::viewmodel {
namespace {

namespace fs = std::filesystem;

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v == nullptr ? std::string() : std::string(v);
}

fs::path normalised(const fs::path& p) {
    std::error_code ec;
    fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? fs::absolute(p).lexically_normal() : r;
}

}  // namespace

std::string userScenarioDir(const std::string& xdgDataHome, const std::string& home) {
    // The XDG spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
    if (!xdgDataHome.empty() && fs::path(xdgDataHome).is_absolute())
        return (fs::path(xdgDataHome) / "interleave" / "scenarios").string();
    if (!home.empty()) return (fs::path(home) / ".local" / "share" / "interleave" / "scenarios").string();
    return {};
}

std::string userScenarioDir() { return userScenarioDir(env("XDG_DATA_HOME"), env("HOME")); }

bool isBundledScenario(const std::string& path, const std::vector<std::string>& bundledDirs) {
    if (path.empty()) return false;
    const fs::path folder = normalised(path).parent_path();
    for (const std::string& dir : bundledDirs)
        if (!dir.empty() && normalised(dir) == folder) return true;
    return false;
}

std::string userCopyPath(const std::string& original, const std::string& userDir) {
    const fs::path name = fs::path(original).filename();
    const std::string stem = name.stem().string();
    const std::string ext = name.has_extension() ? name.extension().string() : std::string(".py");
    std::error_code ec;
    fs::path candidate = fs::path(userDir) / (stem + ext);
    for (int n = 2; fs::exists(candidate, ec); ++n)
        candidate = fs::path(userDir) / std::string(stem).append("-").append(std::to_string(n)).append(ext);
    return candidate.string();
}

std::string saveTarget(const std::string& path, const std::vector<std::string>& bundledDirs, const std::string& userDir) {
    if (!isBundledScenario(path, bundledDirs)) return path;
    return userDir.empty() ? std::string() : userCopyPath(path, userDir);
}

}  // namespace il::viewmodel
