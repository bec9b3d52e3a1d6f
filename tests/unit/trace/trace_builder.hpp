#pragma once
// Builds small traces by hand for the trace-layer tests: one call per event, times in ms.

#include <string>

#include "engine/trace/trace_log.hpp"

namespace il::trace::testing {

class TraceBuilder {
public:
    TraceLog log;

    TaskId process(const std::string& name, uint64_t ms, TaskId owner = kNoId) {
        return created(name, TaskKind::Process, ms, owner);
    }
    TaskId thread(const std::string& name, TaskId process, uint64_t ms) {
        return created(name, TaskKind::Thread, ms, process);
    }
    ResourceId resource(const std::string& name, ResourceKind kind, uint32_t capacity = 0) {
        Event e;
        e.kind = EventKind::ResourceCreated;
        e.object = m_nextResource;
        e.value = static_cast<uint64_t>(kind);
        e.aux = log.strings().intern(name);
        e.line = static_cast<uint16_t>(capacity);
        log.append(e);
        return m_nextResource++;
    }
    void state(TaskId t, TaskState s, uint64_t ms, uint32_t object = kNoId, TaskId waker = kNoId,
               uint16_t line = 0) {
        Event e;
        e.kind = EventKind::TaskState;
        e.timeNs = ms * 1'000'000;
        e.task = t;
        e.state = s;
        e.object = object;
        e.value = waker == kNoId ? 0 : waker + 1;
        e.line = line;
        log.append(e);
    }
    void simple(EventKind k, TaskId t, uint32_t object, uint64_t value, uint64_t ms,
                const std::string& text = "") {
        Event e;
        e.kind = k;
        e.timeNs = ms * 1'000'000;
        e.task = t;
        e.object = object;
        e.value = value;
        e.aux = log.strings().intern(text);
        log.append(e);
    }

private:
    TaskId created(const std::string& name, TaskKind kind, uint64_t ms, TaskId owner) {
        Event e;
        e.kind = EventKind::TaskCreated;
        e.timeNs = ms * 1'000'000;
        e.task = m_nextTask;
        e.object = owner;
        e.value = static_cast<uint64_t>(kind);
        e.aux = log.strings().intern(name);
        log.append(e);
        return m_nextTask++;
    }
    TaskId m_nextTask = 0;
    ResourceId m_nextResource = 0;
};

}  // namespace il::trace::testing
