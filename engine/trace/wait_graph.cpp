#include "engine/trace/wait_graph.hpp"

#include <algorithm>

#include "engine/trace/trace_model.hpp"

namespace il::trace {

void WaitGraph::setWaiting(TaskId task, ResourceId resource) {
    if (task >= m_waitsFor.size()) m_waitsFor.resize(task + 1, kNoId);
    m_waitsFor[task] = resource;
}

void WaitGraph::addHolder(ResourceId resource, TaskId task) {
    if (resource >= m_holders.size()) m_holders.resize(resource + 1);
    auto& h = m_holders[resource];
    if (std::find(h.begin(), h.end(), task) == h.end()) h.push_back(task);
}

void WaitGraph::removeHolder(ResourceId resource, TaskId task) {
    if (resource < m_holders.size()) std::erase(m_holders[resource], task);
}

ResourceId WaitGraph::waitingFor(TaskId task) const {
    return task < m_waitsFor.size() ? m_waitsFor[task] : kNoId;
}

const std::vector<TaskId>& WaitGraph::holders(ResourceId resource) const {
    static const std::vector<TaskId> kNone;  // immutable empty result
    return resource < m_holders.size() ? m_holders[resource] : kNone;
}

std::optional<WaitCycle> WaitGraph::findCycle() const {
    // Iterative DFS over tasks; a task's successors are the holders of the resource it waits
    // for. Colours: 0 unvisited, 1 on the current path, 2 finished.
    const size_t n = m_waitsFor.size();
    std::vector<uint8_t> colour(n, 0);
    struct Frame {
        TaskId task;
        size_t next;  // index into holders of the awaited resource
    };
    for (TaskId start = 0; start < n; ++start) {
        if (colour[start] != 0 || m_waitsFor[start] == kNoId) continue;
        std::vector<Frame> path{{start, 0}};
        colour[start] = 1;
        while (!path.empty()) {
            Frame& f = path.back();
            const auto& hs = holders(waitingFor(f.task));
            if (f.next >= hs.size()) {
                colour[f.task] = 2;
                path.pop_back();
                continue;
            }
            const TaskId succ = hs[f.next++];
            // A task waiting for a (non-reentrant) lock it holds itself is a cycle of one.
            if (succ < n && colour[succ] == 1) {
                WaitCycle cycle;
                auto it = std::find_if(path.begin(), path.end(),
                                       [succ](const Frame& p) { return p.task == succ; });
                for (; it != path.end(); ++it) {
                    cycle.tasks.push_back(it->task);
                    cycle.resources.push_back(waitingFor(it->task));
                }
                return cycle;
            }
            if (succ < n && colour[succ] == 0 && waitingFor(succ) != kNoId) {
                colour[succ] = 1;
                path.push_back(Frame{succ, 0});
            }
        }
    }
    return std::nullopt;
}

WaitGraph WaitGraph::fromModel(const TraceModel& model) {
    WaitGraph g;
    for (const TaskInfo& t : model.tasks()) {
        if (t.id == kNoId || t.spans.empty()) continue;
        const StateSpan& s = t.spans.back();
        if (s.state == TaskState::Blocked) g.setWaiting(t.id, s.object);
    }
    for (const ResourceInfo& r : model.resources())
        for (TaskId h : r.holders) g.addHolder(r.id, h);
    return g;
}

}  // namespace il::trace
