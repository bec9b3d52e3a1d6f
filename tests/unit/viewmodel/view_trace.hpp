#pragma once
// Builds traces for the view-model tests with nanosecond times, coroutines, GIL and notes,
// recorded through the engine's TraceRecorder, plus the model and view a frame is built from.

#include <string>

#include "app/viewmodel/timeline_view.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"
#include "engine/trace/trace_recorder.hpp"

namespace il::viewmodel::testing {

using namespace il::trace;

struct ViewTrace {
    TraceLog log;
    TraceModel model;
    TimelineView view;

    TaskId task(const std::string& name, TaskKind kind, TaskId owner, uint64_t ns = 0) {
        return m_rec.taskCreated(ns, name, kind, owner);
    }
    ResourceId resource(const std::string& name, ResourceKind kind, uint16_t capacity = 0) {
        return m_rec.resourceCreated(0, name, kind, capacity);
    }
    void state(TaskId t, TaskState s, uint64_t ns, uint32_t object = kNoId, TaskId waker = kNoId,
               uint16_t line = 0) {
        m_rec.taskState(ns, t, s, object, waker, line);
    }
    void event(EventKind k, TaskId t, uint32_t object, uint64_t value, uint64_t ns, const std::string& text = "") {
        m_rec.record(ns, k, t, object, value, text);
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
    TraceRecorder m_rec{log};
};

}  // namespace il::viewmodel::testing
