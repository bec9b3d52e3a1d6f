#pragma once
// The status bar (the run's verdict and figures, step mode's choices, the moment being viewed)
// and the windows about the script itself: its compile errors, and what it printed.

#include <string>

#include "engine/runtime/settings.hpp"

namespace il::gui {

struct AppState;
struct TraceSession;
class LiveRun;

// drawStatusBar() fills the bottom line: running / paused / the verdict and its message (in
// step mode: who can step and who is next), then the scenario, virtual time and trace size,
// and "viewing t = ..." while the timeline cursor shows a past moment. `run` is null when no
// scenario is open.
void drawStatusBar(const AppState& state, const LiveRun* run, bool paused);
// verdictText() is a run's verdict as the window words it ("Deadlock", …).
[[nodiscard]] const char* verdictText(rt::Verdict v);


}  // namespace il::gui
