#include "app/gui/scenario_list.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace il::gui {
namespace fs = std::filesystem;

std::string findScenarioDir(const std::string& given) {
    std::vector<fs::path> candidates;
    if (!given.empty()) candidates.push_back(fs::absolute(given).parent_path());
    candidates.emplace_back("scenarios");
    if (const char* env = std::getenv("INTERLEAVE_SCENARIOS"); env != nullptr && *env != '\0') candidates.emplace_back(env);
#ifdef INTERLEAVE_SOURCE_SCENARIOS
    // Last resort, so `interleave` started from anywhere on the build machine still opens.
    candidates.emplace_back(INTERLEAVE_SOURCE_SCENARIOS);
#endif
    for (const fs::path& dir : candidates) {
        std::error_code ec;
        if (fs::is_directory(dir, ec)) return fs::absolute(dir, ec).lexically_normal().string();
    }
    return {};
}

std::vector<std::string> listScenarios(const std::string& dir, const std::string& given) {
    std::vector<std::string> files;
    std::error_code ec;
    if (!dir.empty()) {
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            const fs::path& p = entry.path();
            // interleave.py is the CPython stand-in for the built-in module, not a scenario.
            if (p.extension() == ".py" && p.filename() != "interleave.py" && entry.is_regular_file(ec))
                files.push_back(p.lexically_normal().string());
        }
    }
    std::sort(files.begin(), files.end());
    if (!given.empty()) {
        const std::string path = fs::absolute(given, ec).lexically_normal().string();
        if (std::find(files.begin(), files.end(), path) == files.end()) files.insert(files.begin(), path);
    }
    return files;
}

}  // namespace il::gui
