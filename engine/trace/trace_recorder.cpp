#include "engine/trace/trace_recorder.hpp"

#include <algorithm>

namespace il::trace {

TaskId TraceRecorder::taskCreated(uint64_t ns, std::string_view name, TaskKind kind, TaskId owner, uint64_t osId,
                                  bool forked) {
    Event e;
    e.line = forked ? 1 : 0;
    e.kind = EventKind::TaskCreated;
    e.timeNs = ns;
    e.task = m_nextTask;
    e.object = owner;
    e.value = static_cast<uint64_t>(kind) | osId << 8;
    e.aux = m_log.strings().intern(name);
    m_log.append(e);
    return m_nextTask++;
}

ResourceId TraceRecorder::resourceCreated(uint64_t ns, std::string_view name, ResourceKind kind,
                                          uint32_t capacity) {
    Event e;
    e.kind = EventKind::ResourceCreated;
    e.timeNs = ns;
    e.object = m_nextResource;
    e.value = static_cast<uint64_t>(kind);
    e.aux = m_log.strings().intern(name);
    e.line = static_cast<uint16_t>(std::min<uint32_t>(capacity, UINT16_MAX));
    m_log.append(e);
    return m_nextResource++;
}

}  // namespace il::trace
