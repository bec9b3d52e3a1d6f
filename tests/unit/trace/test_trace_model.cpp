#include <doctest/doctest.h>

#include "engine/trace/trace_model.hpp"
#include "tests/unit/trace/trace_builder.hpp"

using namespace il::trace;
using il::trace::testing::TraceBuilder;

namespace {
constexpr uint64_t kMs = 1'000'000;
}

TEST_CASE("trace.event is 32 bytes") { CHECK(sizeof(Event) == 32); }

TEST_CASE("trace.string table interns each text once") {
    StringTable t;
    const StringId a = t.intern("Thread-1");
    CHECK(t.intern("Thread-1") == a);
    CHECK(t.intern("") == 0);
    CHECK(t.intern("Thread-2") != a);
    CHECK(t.get(a) == "Thread-1");
}

TEST_CASE("trace.log keeps events across chunk boundaries") {
    TraceLog log;
    const size_t n = TraceLog::kChunkEvents * 2 + 5;
    for (size_t i = 0; i < n; ++i) {
        Event e;
        e.timeNs = i;
        e.value = i * 3;
        log.append(e);
    }
    REQUIRE(log.size() == n);
    CHECK(log.at(0).value == 0);
    CHECK(log.at(TraceLog::kChunkEvents).value == TraceLog::kChunkEvents * 3);
    CHECK(log.at(n - 1).timeNs == n - 1);
    CHECK(log.endTimeNs() == n - 1);
    // Memory stays close to the 32-byte budget once chunks are full.
    CHECK(static_cast<double>(log.byteSize()) / static_cast<double>(n) < 48.0);
}

TEST_CASE("trace.model turns state changes into spans with times per state") {
    TraceBuilder b;
    const TaskId p = b.process("MainProcess", 0);
    const TaskId t = b.thread("Thread-1", p, 0);
    const ResourceId lock = b.resource("lock_a", ResourceKind::Lock);
    b.state(t, TaskState::Ready, 0);
    b.state(t, TaskState::Running, 1);
    b.state(t, TaskState::Blocked, 5, lock, kNoId, 12);
    b.state(t, TaskState::Running, 9, kNoId, p);
    b.state(t, TaskState::Done, 10);

    TraceModel m;
    m.update(b.log);
    REQUIRE(m.tasks().size() == 2);
    const TaskInfo& info = m.tasks()[t];
    CHECK(info.name == "Thread-1");
    CHECK(info.parent == p);
    CHECK(info.kind == TaskKind::Thread);
    CHECK(info.state == TaskState::Done);
    REQUIRE(info.spans.size() == 6);  // new, ready, running, blocked, running, done
    CHECK(info.spans[3].state == TaskState::Blocked);
    CHECK(info.spans[3].object == lock);
    CHECK(info.spans[3].line == 12);
    CHECK(info.spans[3].startNs == 5 * kMs);
    CHECK(info.spans[3].endNs == 9 * kMs);
    CHECK(info.spans[4].waker == p);  // whoever released the lock woke it
    CHECK(m.timeIn(t, TaskState::Running) == 5 * kMs);
    CHECK(m.timeIn(t, TaskState::Blocked) == 4 * kMs);
    CHECK(info.switches == 2);
    CHECK(m.spanAt(t, 6 * kMs)->state == TaskState::Blocked);
    CHECK(m.spanAt(t, 9 * kMs)->state == TaskState::Running);
}

TEST_CASE("trace.model is incremental: a second update only reads new events") {
    TraceBuilder b;
    const TaskId p = b.process("MainProcess", 0);
    const TaskId t = b.thread("MainThread", p, 0);
    b.state(t, TaskState::Running, 0);
    TraceModel m;
    m.update(b.log);
    CHECK(m.eventsSeen() == b.log.size());
    CHECK(m.timeIn(t, TaskState::Running) == 0);
    b.state(t, TaskState::Sleeping, 3);
    b.state(t, TaskState::Running, 7);
    m.update(b.log);
    CHECK(m.eventsSeen() == b.log.size());
    CHECK(m.timeIn(t, TaskState::Running) == 3 * kMs);  // open span counts up to now (7 ms)
    CHECK(m.timeIn(t, TaskState::Sleeping) == 4 * kMs);
}

TEST_CASE("trace.model takes a task's OS id learnt after it was created, even after an update read the task") {
    TraceBuilder b;
    const TaskId p = b.process("MainProcess", 0);
    const TaskId t = b.thread("Thread-1", p, 0);
    TraceModel m;
    m.update(b.log);
    CHECK(m.tasks()[t].osId == 0);
    b.simple(EventKind::TaskOsId, t, kNoId, 4242, 1);
    m.update(b.log);
    CHECK(m.tasks()[t].osId == 4242);
    CHECK(m.tasks()[t].spans.size() == 1);  // no new span: the task was not created again
}

TEST_CASE("trace.model tracks queue lengths, maxima and lock holders") {
    TraceBuilder b;
    const TaskId p = b.process("MainProcess", 0);
    const TaskId t = b.thread("MainThread", p, 0);
    const ResourceId q = b.resource("queue", ResourceKind::Queue, 4);
    const ResourceId lock = b.resource("lock", ResourceKind::RLock);
    b.simple(EventKind::QueuePut, t, q, 1, 1);
    b.simple(EventKind::QueuePut, t, q, 2, 2);
    b.simple(EventKind::QueuePut, t, q, 3, 2);  // same instant: one point, the latest length
    b.simple(EventKind::QueueGet, t, q, 2, 4);
    b.simple(EventKind::LockAcquired, t, lock, 1, 5);
    b.simple(EventKind::LockAcquired, t, lock, 2, 5);
    b.simple(EventKind::LockReleased, t, lock, 1, 6);  // still held once
    TraceModel m;
    m.update(b.log);
    const ResourceInfo& qi = m.resources()[q];
    CHECK(qi.capacity == 4);
    CHECK(qi.maxValue == 3);
    CHECK(qi.puts == 3);
    CHECK(qi.gets == 1);
    REQUIRE(qi.series.size() == 3);
    CHECK(qi.series[1].value == 3);
    CHECK(m.resources()[lock].holders == std::vector<TaskId>{t});
    b.simple(EventKind::LockReleased, t, lock, 0, 7);
    m.update(b.log);
    CHECK(m.resources()[lock].holders.empty());
}
