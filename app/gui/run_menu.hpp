#pragma once
// The menu bar's Run menu: the run controls and their keys, for those who look in menus. It
// answers with the same actions the keyboard gives (shortcuts.hpp), carried out after Render.

#include "app/gui/toolbar.hpp"
#include "app/viewmodel/shortcut_map.hpp"

namespace il::gui {

// drawRunMenu() draws the Run menu (inside BeginMainMenuBar) and returns what was picked.
// `scrubbed`: the timeline shows a past moment, so "Back to live" applies.
[[nodiscard]] viewmodel::ShortcutAction drawRunMenu(const RunConfig& config, bool scrubbed);

}  // namespace il::gui
