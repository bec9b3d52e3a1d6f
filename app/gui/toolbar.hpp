#pragma once
// The toolbar under the menu bar: which scenario, Run/Pause, Reset, the executor (sim or native),
// step mode and its Step buttons, speed, and the run's settings (seed, policy, cores, GIL mode,
// switch interval). It
// edits a RunConfig and says what changed; GuiApp decides what that means for the live run.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/live_run.hpp"
#include "engine/runtime/settings.hpp"
#include "engine/trace/event.hpp"

namespace il::gui {

struct RunStatus;

inline constexpr const char* kManualPolicy = "manual";

// What the next run is started with, as the toolbar shows it.
struct RunConfig {
    std::string scenarioPath;
    // Run this text instead of the file's when set: the Code panel's unsaved edits, or the
    // script with the Parameters panel's values substituted.
    std::optional<std::string> sourceText;
    rt::Settings settings;
    double speed = 1.0;  // virtual seconds per real second; kUnlimitedSpeed: as fast as possible
    bool paused = false;
    // Step mode is settings.policy == "manual"; this is the policy to go back to when it ends.
    std::string freePolicy = "fifo";
    // Who the Step buttons move: a chosen task, or (nothing) the next task in turn.
    std::optional<trace::TaskId> stepTarget;
    // Schedule mode: walk through this schedule (found or opened) instead of a live run. Any
    // setting changed in the toolbar leaves it.
    std::optional<ScheduleReplay> schedule;

    [[nodiscard]] bool stepMode() const { return settings.policy == kManualPolicy; }
    // setStepMode() switches the policy to manual or back to the free one (the run restarts).
    void setStepMode(bool on);
    // Native: the next run goes on real OS threads and processes in real time; no step mode,
    // pause or speed then. A schedule is always walked through on the sim, whatever is chosen.
    [[nodiscard]] bool native() const { return settings.executor == rt::Executor::Native && !schedule; }
    // setExecutor() switches the executor; to native it also leaves step mode and un-pauses.
    void setExecutor(rt::Executor e);
};

struct ToolbarActions {
    bool settingsChanged = false;  // scenario or a run setting: the run restarts with it
    bool reset = false;            // Reset pressed: same settings, from the start
    bool pauseToggled = false;
    bool speedChanged = false;
    bool stepStatement = false;    // Step: one statement of config.stepTarget (or the next task)
    bool stepInstruction = false;  // Step instruction: one bytecode instruction of it
};

// drawToolbar() draws the toolbar window at the top of the work area (below `top` pixels) and
// returns its height. `status` is the live run's (null: no run); once it has ended, Run/Pause
// reads "Run again", and in step mode its tasks fill the "who steps" list. `more` draws further
// items at the toolbar's end (the schedule controls); may be empty.
[[nodiscard]] float drawToolbar(RunConfig& config, const std::vector<std::string>& scenarios, float top,
                                const RunStatus* status, ToolbarActions& actions,
                                const std::function<void()>& more = {});

}  // namespace il::gui
