#pragma once
// The one place that turns "what happened" into Events: it assigns task and resource ids in
// creation order, interns names and texts, and knows how each EventKind packs its fields
// (a waker travels as id + 1, a capacity in `line`). Executors and test fixtures record through
// it, so the encoding documented in event.hpp is written down in code once.

#include <string_view>

#include "engine/trace/event.hpp"
#include "engine/trace/trace_log.hpp"

namespace il::trace {

class TraceRecorder {
public:
    explicit TraceRecorder(TraceLog& log) : m_log(log) {}
    // Not copyable: a copy would record into the same log with its own, clashing, id counters.
    TraceRecorder(const TraceRecorder&) = delete;
    TraceRecorder& operator=(const TraceRecorder&) = delete;

    // taskCreated() records a new task owned by `owner` (see EventKind::TaskCreated) and
    // returns its id. `osId` is what the OS would call it: a process's pid, a thread's native id;
    // `forked`: a process made by os.fork().
    TaskId taskCreated(uint64_t ns, std::string_view name, TaskKind kind, TaskId owner, uint64_t osId = 0,
                       bool forked = false);
    // nextTaskId() is the id the next taskCreated() will return.
    [[nodiscard]] TaskId nextTaskId() const { return m_nextTask; }
    // resourceCreated() records a new lock, queue, GIL... and returns its id; a capacity above
    // 65535 is stored as 65535.
    ResourceId resourceCreated(uint64_t ns, std::string_view name, ResourceKind kind,
                               uint32_t capacity = 0);
    // taskState() records that task `t` entered state `s`, waiting for `object` when blocked,
    // woken by `waker` (kNoId: by no task), at source line `line`.
    // Inline, as record() is: they are the hot path of every run (trace_log.hpp says why).
    void taskState(uint64_t ns, TaskId t, TaskState s, uint32_t object = kNoId,
                   TaskId waker = kNoId, uint16_t line = 0) {
        Event e;
        e.kind = EventKind::TaskState;
        e.timeNs = ns;
        e.task = t;
        e.state = s;
        e.object = object;
        e.value = waker == kNoId ? 0 : uint64_t{waker} + 1;
        e.line = line;
        m_log.append(e);
    }
    // record() appends any other event kind with its raw fields and an optional interned text.
    void record(uint64_t ns, EventKind kind, TaskId t, uint32_t object, uint64_t value,
                std::string_view text = {}) {
        Event e;
        e.kind = kind;
        e.timeNs = ns;
        e.task = t;
        e.object = object;
        e.value = value;
        e.aux = text.empty() ? 0 : m_log.strings().intern(text);  // 0 is the empty string
        m_log.append(e);
    }

private:
    TraceLog& m_log;
    TaskId m_nextTask = 0;
    ResourceId m_nextResource = 0;
};

}  // namespace il::trace
