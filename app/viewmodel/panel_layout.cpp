#include "app/viewmodel/panel_layout.hpp"

namespace il::viewmodel {
namespace {

// Fractions of the work area, chosen so a 1280x800 window still shows ~12 timeline rows and
// every table's header: left column 28%, timeline 56% of the height.
constexpr float kLeftW = 0.28f;
constexpr float kCodeH = 0.56f, kParamsH = 0.16f;  // the lesson takes the rest of the left
constexpr float kTimelineH = 0.56f;
// The row under the timeline, as fractions of the right-hand width.
constexpr float kTasksW = 0.31f, kLocksW = 0.27f, kQueuesW = 0.22f;  // the console the rest

}  // namespace

std::vector<PanelRect> tilePanels(float x, float y, float w, float h) {
    const float leftW = w * kLeftW, rightX = x + leftW, rightW = w - leftW;
    const float codeH = h * kCodeH, paramsH = h * kParamsH;
    const float timelineH = h * kTimelineH, rowY = y + timelineH, rowH = h - timelineH;
    const float tasksW = rightW * kTasksW, locksW = rightW * kLocksW, queuesW = rightW * kQueuesW;
    const float consoleW = rightW - tasksW - locksW - queuesW;
    return {
        {"Code", x, y, leftW, codeH},
        {"Parameters", x, y + codeH, leftW, paramsH},
        {"Lesson", x, y + codeH + paramsH, leftW, h - codeH - paramsH},
        {"Timeline", rightX, y, rightW, timelineH},
        {"Tasks", rightX, rowY, tasksW, rowH},
        {"Locks & waits", rightX + tasksW, rowY, locksW, rowH},
        {"Queues", rightX + tasksW + locksW, rowY, queuesW, rowH},
        {"Console", rightX + tasksW + locksW + queuesW, rowY, consoleW, rowH},
    };
}

}  // namespace il::viewmodel
