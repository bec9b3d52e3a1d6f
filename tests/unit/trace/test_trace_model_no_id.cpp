// kNoId is "none" in an event's id fields. The model must not index its tables with it: a
// TaskCreated or TaskState naming no task, or a lock event naming no resource, changes nothing
// (tests/fuzz/fuzz_trace found task(kNoId) resizing to kNoId + 1 == 0 and indexing past the end;
// regressions/trace/task_created_for_no_task.bin).
#include <doctest/doctest.h>

#include "engine/trace/trace_model.hpp"

using namespace il::trace;

TEST_CASE("TraceModel: events naming no task or no resource change nothing") {
    TraceLog log;
    Event created;
    created.kind = EventKind::TaskCreated;
    created.task = 0;
    log.append(created);
    for (EventKind k : {EventKind::TaskCreated, EventKind::TaskState}) {
        Event e;
        e.kind = k;
        e.task = kNoId;
        e.timeNs = 10;
        log.append(e);
    }
    for (EventKind k : {EventKind::LockAcquired, EventKind::QueuePut, EventKind::ResourceCreated, EventKind::GilTaken}) {
        Event e;
        e.kind = k;
        e.task = 0;
        e.object = kNoId;
        e.timeNs = 20;
        log.append(e);
    }
    TraceModel model;
    model.update(log);
    CHECK(model.tasks().size() == 1);
    CHECK(model.tasks()[0].spans.size() == 1);
    CHECK(model.resources().empty());
    CHECK(model.nowNs() == 20);
}
