#pragma once
// The one place that lists every panel and where it sits in the window.

#include <memory>
#include <vector>

#include "app/gui/panel.hpp"

namespace il::gui {

// createPanels() returns every panel, in the order they are drawn.
[[nodiscard]] std::vector<std::unique_ptr<Panel>> createPanels(AppState& state);
// layoutPanels() tiles the panels into the area below the menu bar and above the status bar.
void layoutPanels(std::vector<std::unique_ptr<Panel>>& panels, ImVec2 origin, ImVec2 size);

}  // namespace il::gui
