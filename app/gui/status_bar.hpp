#pragma once
// The status bar (the run's verdict and figures) and the windows about the script itself:
// its compile errors, and what it printed.

#include <string>

namespace il::gui {

struct TraceSession;
class LiveRun;

// drawStatusBar() fills the bottom line: running / paused / the verdict and its message, then
// the scenario, virtual time and trace size. `run` is null when no scenario is open.
void drawStatusBar(const TraceSession& session, const std::string& label, const LiveRun* run, bool paused);

// drawScriptWindows() shows compile errors (over the timeline: there is nothing else to see
// then) and, when `showOutput` (View menu), what the script printed.
void drawScriptWindows(const TraceSession& session, const std::string& label, bool& showOutput);

}  // namespace il::gui
