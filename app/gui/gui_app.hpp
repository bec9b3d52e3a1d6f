#pragma once
// The GUI's entry point: a GLFW window with an OpenGL 3 context, Dear ImGui, the toolbar and the
// panels, showing a live run of a scenario (LiveRun).

#include <cstdint>
#include <string>

namespace il::gui {

struct GuiOptions {
    std::string scenarioPath;    // the scenario named on the command line (empty: the default one)
    std::string screenshotPath;  // non-empty: run, render, write this PNG and exit
    // > 0: run this many VIRTUAL seconds (as fast as possible with a screenshot), then stop;
    // without a screenshot the window then closes and prints its frame rate.
    double runForSeconds = 0;
    double speed = 1.0;          // virtual seconds per real second (>= 1000: as fast as possible)
    std::string executor;        // "sim" or "native" (--executor); empty: the saved one, else sim
    int width = 1600, height = 1000;
    // Non-empty: open with this schedule file walked through (schedule mode), paused after
    // `scheduleStep` of its choices; refused for another version of the script.
    std::string schedulePath;
    uint64_t scheduleStep = 0;
};

// runGui() opens the window and runs until it is closed; returns the process exit code
// (0 ok, 1 no display or screenshot failed, 2 a --schedule that cannot be replayed).
[[nodiscard]] int runGui(const GuiOptions& options);
// displayAvailable() says whether a window could be opened (an X11 or Wayland display is set).
[[nodiscard]] bool displayAvailable();

}  // namespace il::gui
