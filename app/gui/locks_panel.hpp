#pragma once
// Locks & waits: every lock, semaphore, condition, event and barrier with its holders and
// waiters at the viewed moment; the wait-for graph drawn as circles (tasks) and boxes
// (resources) with arrows; a deadlock cycle in red under a banner naming each wait and its
// source line; and which of Coffman's four conditions hold, with a one-line why each.

#include <string>

#include "app/gui/panel.hpp"
#include "app/gui/session_follower.hpp"
#include "app/viewmodel/coffman.hpp"
#include "app/viewmodel/holder_history.hpp"
#include "app/viewmodel/wait_view.hpp"

namespace il::gui {

class LocksPanel : public Panel {
public:
    explicit LocksPanel(AppState& state);

protected:
    void drawContent() override;

private:
    void drawBanner(const viewmodel::WaitView& v);
    void drawCoffman(const viewmodel::WaitView& v);
    void drawTable(const viewmodel::WaitView& v);
    void drawGraph(const viewmodel::WaitView& v, ImVec2 origin, ImVec2 size);
    [[nodiscard]] std::string taskName(trace::TaskId t);
    [[nodiscard]] std::string resourceName(trace::ResourceId r);
    [[nodiscard]] std::string whyText(const viewmodel::CoffmanCondition& c, const viewmodel::WaitView& v);

    SessionFollower m_follower;
    viewmodel::HolderHistory m_history;
    ImVec2 m_labelMargin{};  // around the graph's ring, for the node labels
};

}  // namespace il::gui
