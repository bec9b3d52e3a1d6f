#include "app/gui/panels.hpp"

#include "app/gui/code_panel.hpp"
#include "app/gui/console_panel.hpp"
#include "app/gui/lesson_panel.hpp"
#include "app/gui/locks_panel.hpp"
#include "app/gui/queues_panel.hpp"
#include "app/gui/tasks_panel.hpp"
#include "app/gui/timeline_panel.hpp"
#include "app/viewmodel/panel_layout.hpp"

namespace il::gui {

std::vector<std::unique_ptr<Panel>> createPanels(AppState& state) {
    std::vector<std::unique_ptr<Panel>> panels;
    panels.push_back(std::make_unique<TimelinePanel>(state));
    panels.push_back(std::make_unique<TasksPanel>(state));
    panels.push_back(std::make_unique<QueuesPanel>(state));
    for (auto& p : createCodePanels(state)) panels.push_back(std::move(p));
    panels.push_back(std::make_unique<LessonPanel>(state));
    panels.push_back(std::make_unique<LocksPanel>(state));
    panels.push_back(std::make_unique<ConsolePanel>(state));
    return panels;
}

void layoutPanels(std::vector<std::unique_ptr<Panel>>& panels, ImVec2 origin, ImVec2 size) {
    for (const viewmodel::PanelRect& r : viewmodel::tilePanels(origin.x, origin.y, size.x, size.y))
        for (auto& p : panels)
            if (p->id() == r.id) p->place(ImVec2(r.x, r.y), ImVec2(r.w, r.h));
}

}  // namespace il::gui
