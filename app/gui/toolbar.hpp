#pragma once
// The toolbar under the menu bar: which scenario, Run/Pause, Reset, speed, and the run's
// settings (seed, policy, cores, GIL mode, switch interval). It edits a RunConfig and says
// what changed; GuiApp decides what that means for the live run.

#include <optional>
#include <string>
#include <vector>

#include "engine/runtime/settings.hpp"

namespace il::gui {

// What the next run is started with, as the toolbar shows it.
struct RunConfig {
    std::string scenarioPath;
    // Run this text instead of the file's when set: the Code panel's unsaved edits, or the
    // script with the Parameters panel's values substituted.
    std::optional<std::string> sourceText;
    rt::Settings settings;
    double speed = 1.0;  // virtual seconds per real second; kUnlimitedSpeed: as fast as possible
    bool paused = false;
};

struct ToolbarActions {
    bool settingsChanged = false;  // scenario or a run setting: the run restarts with it
    bool reset = false;            // Reset pressed: same settings, from the start
    bool pauseToggled = false;
    bool speedChanged = false;
};

// drawToolbar() draws the toolbar window at the top of the work area (below `top` pixels) and
// returns its height. `ended` changes Run/Pause into Run again once the run is over.
[[nodiscard]] float drawToolbar(RunConfig& config, const std::vector<std::string>& scenarios, float top,
                                bool ended, ToolbarActions& actions);

}  // namespace il::gui
