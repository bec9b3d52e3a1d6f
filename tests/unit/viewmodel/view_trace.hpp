#pragma once
// Builds traces for the view-model tests with nanosecond times, coroutines, GIL and notes
// (the trace layer's TraceBuilder counts in milliseconds and knows processes and threads only).

#include <string>

#include "app/viewmodel/timeline_view.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel::testing {

using namespace il::trace;

struct ViewTrace {
    TraceLog log;
    TraceModel model;
    TimelineView view;

    TaskId task(const std::string& name, TaskKind kind, TaskId owner, uint64_t ns = 0) {
        Event e;
        e.kind = EventKind::TaskCreated;
        e.timeNs = ns;
        e.task = m_nextTask;
        e.object = owner;
        e.value = static_cast<uint64_t>(kind);
        e.aux = log.strings().intern(name);
        log.append(e);
        return m_nextTask++;
    }
    ResourceId resource(const std::string& name, ResourceKind kind, uint16_t capacity = 0) {
        Event e;
        e.kind = EventKind::ResourceCreated;
        e.object = m_nextResource;
        e.value = static_cast<uint64_t>(kind);
        e.aux = log.strings().intern(name);
        e.line = capacity;
        log.append(e);
        return m_nextResource++;
    }
    void state(TaskId t, TaskState s, uint64_t ns, uint32_t object = kNoId, TaskId waker = kNoId,
               uint16_t line = 0) {
        Event e;
        e.kind = EventKind::TaskState;
        e.timeNs = ns;
        e.task = t;
        e.state = s;
        e.object = object;
        e.value = waker == kNoId ? 0 : waker + 1;
        e.line = line;
        log.append(e);
    }
    void event(EventKind k, TaskId t, uint32_t object, uint64_t value, uint64_t ns, const std::string& text = "") {
        Event e;
        e.kind = k;
        e.timeNs = ns;
        e.task = t;
        e.object = object;
        e.value = value;
        e.aux = log.strings().intern(text);
        log.append(e);
    }
    // refresh() brings the model and the view up to date, as the GUI does once per frame.
    void refresh() {
        model.update(log);
        view.update(log, model);
    }
    TimelineFrame frame(uint64_t t0, uint64_t t1, float width) {
        TimelineFrame f;
        view.buildFrame(model, TimelineContext::make(TimeRange{t0, t1}, width), f);
        return f;
    }

private:
    TaskId m_nextTask = 0;
    ResourceId m_nextResource = 0;
};

}  // namespace il::viewmodel::testing
