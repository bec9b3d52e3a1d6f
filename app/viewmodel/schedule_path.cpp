#include "app/viewmodel/schedule_path.hpp"

#include <filesystem>

#include "app/viewmodel/user_copy.hpp"

namespace il::viewmodel {

std::string userScheduleDir(const std::string& xdgDataHome, const std::string& home) {
    // The sibling of the user's scenario folder, so both follow the same XDG rules.
    const std::string scenarios = userScenarioDir(xdgDataHome, home);
    return scenarios.empty() ? std::string() : (std::filesystem::path(scenarios).parent_path() / "schedules").string();
}

std::string defaultSchedulePath(const std::string& scenario, const std::vector<std::string>& bundledDirs,
                                const std::string& userDir) {
    const std::filesystem::path p(scenario);
    const std::string name = p.stem().string() + ".schedule.json";
    if (!userDir.empty() && isBundledScenario(scenario, bundledDirs)) return (std::filesystem::path(userDir) / name).string();
    return (p.parent_path() / name).string();
}

}  // namespace il::viewmodel
