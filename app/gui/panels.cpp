#include "app/gui/panels.hpp"

#include "app/gui/queues_panel.hpp"
#include "app/gui/tasks_panel.hpp"
#include "app/gui/timeline_panel.hpp"

namespace il::gui {

std::vector<std::unique_ptr<Panel>> createPanels(AppState& state) {
    std::vector<std::unique_ptr<Panel>> panels;
    panels.push_back(std::make_unique<TimelinePanel>(state));
    panels.push_back(std::make_unique<TasksPanel>(state));
    panels.push_back(std::make_unique<QueuesPanel>(state));
    return panels;
}

void layoutPanels(std::vector<std::unique_ptr<Panel>>& panels, ImVec2 origin, ImVec2 size) {
    // Timeline across the top (the picture the lesson is about); table and queues below.
    const float topH = size.y * 0.62f;
    const float leftW = size.x * 0.55f;
    for (auto& p : panels) {
        if (p->title() == "Timeline") p->place(origin, ImVec2(size.x, topH));
        if (p->title() == "Tasks") p->place(ImVec2(origin.x, origin.y + topH), ImVec2(leftW, size.y - topH));
        if (p->title() == "Queues")
            p->place(ImVec2(origin.x + leftW, origin.y + topH), ImVec2(size.x - leftW, size.y - topH));
    }
}

}  // namespace il::gui
