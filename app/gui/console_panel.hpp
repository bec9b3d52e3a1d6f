#pragma once
// The Console: what each task printed, coloured by task (the same hue as its code marker and
// GIL lane), uncaught exceptions' tracebacks in red, notes dimmed, and the engine's own messages
// (compile errors, the run's verdict) set apart at the top. When the learner scrubs back it
// shows the output up to that moment; while the run is live it follows the newest line.

#include "app/gui/panel.hpp"
#include "app/gui/session_follower.hpp"
#include "app/viewmodel/console_lines.hpp"

namespace il::gui {

class ConsolePanel : public Panel {
public:
    explicit ConsolePanel(AppState& state);

protected:
    void drawContent() override;

private:
    void drawEngineMessages();

    SessionFollower m_follower;
    viewmodel::ConsoleLines m_lines;
    size_t m_shownBefore = 0;  // lines shown last frame: scroll to the bottom when it grows
    bool m_showTasks = true;   // prefix each line with its task's name
};

}  // namespace il::gui
