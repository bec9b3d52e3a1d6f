#pragma once
// The menu bar's Limits menu: every limit of a run (instructions, virtual time, heap, tasks,
// recursion depth, output, trace events) as a number field, in the units of the CLI's options.
// A script's own `# interleave:` limits win over these, as they win over the defaults in `run`.

#include "engine/runtime/settings.hpp"

namespace il::gui {

// drawLimitsMenu() draws the menu inside the main menu bar, editing `settings` in place. True
// when a limit changed: the caller restarts the run with it (as for the toolbar's settings).
[[nodiscard]] bool drawLimitsMenu(rt::Settings& settings);

}  // namespace il::gui
