#pragma once
// The wait-for graph: tasks point at the resource they wait for, resources point at the tasks
// holding them. A cycle task → resource → task → ... is a deadlock. The sim executor keeps one
// up to date as it runs; the GUI derives one from the trace (fromModel).

#include <optional>
#include <vector>

#include "engine/trace/event.hpp"

namespace il::trace {

class TraceModel;

struct WaitCycle {
    std::vector<TaskId> tasks;          // in cycle order: tasks[i] waits for resources[i]
    std::vector<ResourceId> resources;  // resources[i] is held by tasks[(i + 1) % n]
};

class WaitGraph {
public:
    // setWaiting() records that `task` waits for `resource` (kNoId: waits for nothing).
    void setWaiting(TaskId task, ResourceId resource);
    void addHolder(ResourceId resource, TaskId task);
    void removeHolder(ResourceId resource, TaskId task);
    [[nodiscard]] ResourceId waitingFor(TaskId task) const;
    [[nodiscard]] const std::vector<TaskId>& holders(ResourceId resource) const;
    // findCycle() returns one wait-for cycle (the one reached first from the lowest task id),
    // or nothing when there is none.
    [[nodiscard]] std::optional<WaitCycle> findCycle() const;

    // fromModel() builds the graph of the model's current moment: Blocked tasks wait for their
    // span's resource; holders come from lock/GIL events.
    [[nodiscard]] static WaitGraph fromModel(const TraceModel& model);

private:
    std::vector<ResourceId> m_waitsFor;           // by task
    std::vector<std::vector<TaskId>> m_holders;   // by resource
};

}  // namespace il::trace
