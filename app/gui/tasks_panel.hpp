#pragma once
// The task table: every task in timeline order with its kind, state and where its time went
// (CPU, ready, blocked) and how often it was switched in.

#include "app/gui/panel.hpp"

namespace il::gui {

class TasksPanel : public Panel {
public:
    explicit TasksPanel(AppState& state) : Panel("Tasks", state) {}

protected:
    void drawContent() override;
};

}  // namespace il::gui
