#pragma once
// The views derived from a TraceLog, built incrementally: update() consumes only the events
// appended since the last call, so a caller that refreshes every frame never rescans the log.
//
//   tasks      who exists, their kind, parent and name
//   resources  locks, queues, pipes, GILs... with their kind, name and capacity
//   spans      per task, the sequence of state intervals [start, end) the timeline draws
//   series     per queue, its length after every put/get (a step function over time)
//   holders    per resource, the tasks holding it now (what the wait-for graph needs)

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/trace/event.hpp"
#include "engine/trace/trace_log.hpp"

namespace il::trace {

inline constexpr uint64_t kOpenEnd = UINT64_MAX;  // end of a span that has not ended yet

struct StateSpan {
    uint64_t startNs = 0;
    uint64_t endNs = kOpenEnd;
    TaskState state = TaskState::New;
    uint32_t object = kNoId;  // resource waited on (Blocked; Suspended: what a coroutine awaits)
    TaskId waker = kNoId;     // task whose action ended the previous Blocked span (if any)
    uint16_t line = 0;        // source line when the span began
};

struct TaskInfo {
    TaskId id = kNoId;
    TaskId parent = kNoId;
    TaskKind kind = TaskKind::Thread;
    uint64_t osId = 0;  // pid of a process, native id of a thread (threading.get_native_id()), 0: none
    std::string name;
    TaskState state = TaskState::New;
    std::vector<StateSpan> spans;
    // Nanoseconds spent in each state, over closed spans (open spans count up to `now`).
    std::array<uint64_t, kTaskStateCount> timeInState{};
    uint32_t switches = 0;  // times the task started running
};

struct SeriesPoint {
    uint64_t timeNs;
    uint32_t value;
};

struct ResourceInfo {
    ResourceId id = kNoId;
    ResourceKind kind = ResourceKind::Other;
    std::string name;
    uint32_t capacity = 0;            // 0: unbounded
    std::vector<SeriesPoint> series;  // Queue/Pipe lengths after each change
    uint32_t maxValue = 0;
    uint32_t puts = 0, gets = 0, acquisitions = 0;
    std::vector<TaskId> holders;      // who holds it now (locks, GIL)
};

class TraceModel {
public:
    // update() consumes the events of `log` not seen yet. Precondition: always the same log.
    void update(const TraceLog& log);

    [[nodiscard]] const std::vector<TaskInfo>& tasks() const { return m_tasks; }
    [[nodiscard]] const std::vector<ResourceInfo>& resources() const { return m_resources; }
    [[nodiscard]] uint64_t nowNs() const { return m_nowNs; }
    [[nodiscard]] size_t eventsSeen() const { return m_seen; }
    // Time task `t` has spent in state `s`, counting its open span up to now().
    [[nodiscard]] uint64_t timeIn(TaskId t, TaskState s) const;
    // The span of task `t` covering time `ns`, or null if none (binary search).
    [[nodiscard]] const StateSpan* spanAt(TaskId t, uint64_t ns) const;

private:
    void apply(const TraceLog& log, const Event& e);
    void setState(const Event& e);
    TaskInfo& task(TaskId id);
    ResourceInfo& resource(ResourceId id);

    std::vector<TaskInfo> m_tasks;
    std::vector<ResourceInfo> m_resources;
    size_t m_seen = 0;
    uint64_t m_nowNs = 0;
};

}  // namespace il::trace
