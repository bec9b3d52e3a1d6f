#pragma once
// The task table: every task in timeline order with its kind, state and current line at the
// viewed moment, its relation to its process's GIL, where its time went (CPU, ready, blocked)
// and how often it was switched in. A second tab is the GIL view: per process, who holds the
// GIL, how often it changed hands, how long threads waited for it and its false alarms.
// In step mode a click on a task's row asks that task to take the next step.

#include "app/gui/panel.hpp"
#include "app/gui/session_follower.hpp"
#include "app/viewmodel/gil_stats.hpp"

namespace il::gui {

class TasksPanel : public Panel {
public:
    explicit TasksPanel(AppState& state);

protected:
    void drawContent() override;

private:
    void drawTaskTable(uint64_t ns);
    void drawGilTable(uint64_t ns);
    // timeIn() is the time task `t` spent in state `s` up to `ns`.
    [[nodiscard]] uint64_t timeIn(trace::TaskId t, trace::TaskState s, uint64_t ns);

    SessionFollower m_follower;
    viewmodel::GilStats m_gil;
};

}  // namespace il::gui
