#pragma once
// The GUI's entry point: a GLFW window with an OpenGL 3 context, Dear ImGui, and the panels.

#include <string>

namespace il::gui {

struct GuiOptions {
    std::string scenarioPath;    // the scenario named on the command line (empty: none)
    std::string screenshotPath;  // non-empty: render, write this PNG and exit
    double runForSeconds = 0;    // > 0: quit after this long (with a screenshot: preview time)
    int width = 1600, height = 1000;
    bool largePreview = false;   // the preview with 50 threads instead of 5 (readability check)
};

// runGui() opens the window and runs until it is closed; returns the process exit code
// (0 ok, 1 no display or screenshot failed).
[[nodiscard]] int runGui(const GuiOptions& options);
// displayAvailable() says whether a window could be opened (an X11 or Wayland display is set).
[[nodiscard]] bool displayAvailable();

}  // namespace il::gui
