#pragma once
// Where each panel goes when the window is tiled (first start, window resized, View > Reset
// layout). Without docking in ImGui 1.86 the panels are plain windows; this tiles them so none
// covers another: the code and what to read on the left, the timeline across the top right
// (the picture the lesson is about), and the tables and graphs under it.

#include <string>
#include <vector>

namespace il::viewmodel {

struct PanelRect {
    std::string id;  // the panel's stable ImGui id (the English title after "###")
    float x = 0, y = 0, w = 0, h = 0;
};

// tilePanels() splits the work area (origin x, y; size w, h) among the known panels: Code,
// Parameters, Lesson, Timeline, Tasks, Locks & waits, Queues, Console.
[[nodiscard]] std::vector<PanelRect> tilePanels(float x, float y, float w, float h);

}  // namespace il::viewmodel
