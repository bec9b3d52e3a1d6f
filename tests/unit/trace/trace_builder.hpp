#pragma once
// Builds small traces by hand for the trace-layer tests: one call per event, times in ms,
// recorded through the engine's TraceRecorder.

#include <string>

#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_recorder.hpp"

namespace il::trace::testing {

class TraceBuilder {
public:
    TraceLog log;

    TaskId process(const std::string& name, uint64_t ms, TaskId owner = kNoId) {
        return m_rec.taskCreated(ms * kMs, name, TaskKind::Process, owner);
    }
    TaskId thread(const std::string& name, TaskId process, uint64_t ms) {
        return m_rec.taskCreated(ms * kMs, name, TaskKind::Thread, process);
    }
    ResourceId resource(const std::string& name, ResourceKind kind, uint32_t capacity = 0) {
        return m_rec.resourceCreated(0, name, kind, capacity);
    }
    void state(TaskId t, TaskState s, uint64_t ms, uint32_t object = kNoId, TaskId waker = kNoId,
               uint16_t line = 0) {
        m_rec.taskState(ms * kMs, t, s, object, waker, line);
    }
    void simple(EventKind k, TaskId t, uint32_t object, uint64_t value, uint64_t ms,
                const std::string& text = "") {
        m_rec.record(ms * kMs, k, t, object, value, text);
    }

private:
    static constexpr uint64_t kMs = 1'000'000;
    TraceRecorder m_rec{log};
};

}  // namespace il::trace::testing
