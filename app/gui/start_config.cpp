#include "app/gui/start_config.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "app/cli/schedule_file.hpp"
#include "app/gui/live_run.hpp"
#include "app/gui/scenario_list.hpp"
#include "app/gui/schedule_controls.hpp"

namespace il::gui {
namespace {

constexpr double kDefaultScreenshotRunFor = 2.0;  // virtual seconds, when --run-for is not given
// As `interleave run`: a forgotten `while True` ends with a message instead of running forever.
constexpr uint64_t kMaxInstructions = 5'000'000'000;

}  // namespace

bool startConfig(const GuiOptions& options, const std::string& scenarioDir, RunConfig& config, int64_t& stopAtNs,
                 std::string& error) {
    namespace fs = std::filesystem;
    if (!options.scenarioPath.empty())
        config.scenarioPath = fs::absolute(options.scenarioPath).lexically_normal().string();
    else if (!scenarioDir.empty() && fs::exists(fs::path(scenarioDir) / kDefaultScenario))
        config.scenarioPath = (fs::path(scenarioDir) / kDefaultScenario).string();
    config.settings.limits.maxInstructions = kMaxInstructions;
    config.setExecutor(options.executor == "native" ? rt::Executor::Native : rt::Executor::Sim);
    const bool screenshot = !options.screenshotPath.empty();
    // A screenshot shows the run at --run-for virtual seconds, reached as fast as possible.
    config.speed = screenshot ? kUnlimitedSpeed : std::clamp(options.speed, 0.01, kUnlimitedSpeed);
    const double runFor = options.runForSeconds > 0 ? options.runForSeconds : screenshot ? kDefaultScreenshotRunFor : 0;
    stopAtNs = static_cast<int64_t>(runFor * 1e9);
    if (options.schedulePath.empty()) return true;
    std::optional<cli::Schedule> schedule = cli::readSchedule(options.schedulePath, error);
    if (!schedule) return false;
    const std::string hash = cli::scriptHash(scriptText(config));
    if (config.scenarioPath.empty() || schedule->scriptHash != hash) {
        // Worded as `interleave replay` words it: the same refusal from the same command line.
        error = "the schedule was recorded for a different version of " + config.scenarioPath + " (hash " +
                schedule->scriptHash + ", the file now has " + hash + "); re-record it";
        return false;
    }
    config.schedule = ScheduleReplay{std::move(*schedule), options.scheduleStep};
    return true;
}

}  // namespace il::gui
