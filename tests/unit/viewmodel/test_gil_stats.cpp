// The GIL view: holder, changes of hands, wait time and false alarms of each process's GIL, at
// any moment of the trace.
#include <doctest/doctest.h>

#include "app/viewmodel/gil_stats.hpp"
#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel;
using namespace il::trace;
using il::viewmodel::testing::ViewTrace;

namespace {

// Threads A and B of one process share its GIL: A holds it from 0 while B waits; at 100 it is
// handed to B and A waits; at 150 A is woken but finds it taken (a false alarm, recorded as a
// second Blocked on the GIL); at 200 it goes back to A.
struct TwoThreads {
    ViewTrace t;
    GilStats stats;
    TaskId proc = 0, a = 0, b = 0;
    ResourceId gil = 0;
    TwoThreads() {
        proc = t.task("MainProcess", TaskKind::Process, kNoId);
        gil = t.resource("GIL MainProcess", ResourceKind::Gil);
        a = t.task("A", TaskKind::Thread, proc);
        b = t.task("B", TaskKind::Thread, proc);
        t.event(EventKind::GilTaken, a, gil, 0, 0);
        t.state(a, TaskState::Running, 0);
        t.state(b, TaskState::Blocked, 0, gil);
        t.event(EventKind::GilDropped, a, gil, 1, 100);
        t.event(EventKind::GilTaken, b, gil, 0, 100);
        t.state(b, TaskState::Ready, 100, kNoId, a);
        t.state(a, TaskState::Blocked, 100, gil);
        t.state(b, TaskState::Running, 110);
        t.state(a, TaskState::Blocked, 150, gil, b);  // woken, found the GIL taken by B
        t.event(EventKind::GilDropped, b, gil, 0, 200);
        t.event(EventKind::GilTaken, a, gil, 0, 200);
        t.state(b, TaskState::Sleeping, 200);
        t.state(a, TaskState::Ready, 200, kNoId, b);
        t.state(a, TaskState::Running, 210);
        refresh();
    }
    void refresh() {
        t.refresh();
        stats.update(t.log, t.model);
    }
};

}  // namespace

TEST_CASE("viewmodel.gil a false alarm leaves the timeline unchanged") {
    TwoThreads s;
    // A's spans: Running 0, Blocked 100, Ready 200, Running 210 (the second Blocked merged).
    CHECK(s.t.model.tasks()[s.a].spans.size() == 5);  // New + the four above
}

TEST_CASE("viewmodel.gil holder, changes of hands, waits and false alarms at three moments") {
    TwoThreads s;
    auto rows = s.stats.rowsAt(50);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].gil == s.gil);
    CHECK(rows[0].process == s.proc);
    CHECK(rows[0].holder == s.a);
    CHECK(rows[0].handoffs == 0);
    CHECK(rows[0].waitNs == 50);
    CHECK(rows[0].waiting == 1);
    CHECK(rows[0].falseAlarms == 0);

    rows = s.stats.rowsAt(160);
    CHECK(rows[0].holder == s.b);
    CHECK(rows[0].handoffs == 1);
    CHECK(rows[0].waitNs == 100 + 60);  // B's whole wait, A's so far
    CHECK(rows[0].waiting == 1);
    CHECK(rows[0].falseAlarms == 1);

    rows = s.stats.rowsAt(300);
    CHECK(rows[0].holder == s.a);
    CHECK(rows[0].handoffs == 2);
    CHECK(rows[0].waitNs == 200);
    CHECK(rows[0].waiting == 0);
    CHECK(rows[0].falseAlarms == 1);
}

TEST_CASE("viewmodel.gil per task: who holds, who waits, and each one's wait time") {
    TwoThreads s;
    CHECK(s.stats.relationAt(s.a, 50) == GilRelation::Holds);
    CHECK(s.stats.relationAt(s.b, 50) == GilRelation::Waits);
    CHECK(s.stats.relationAt(s.a, 160) == GilRelation::Waits);
    CHECK(s.stats.relationAt(s.b, 250) == GilRelation::Without);  // sleeping
    CHECK(s.stats.relationAt(s.proc, 50) == GilRelation::None);
    CHECK(s.stats.taskWaitNs(s.b, 300) == 100);
    CHECK(s.stats.taskWaitNs(s.a, 120) == 20);
    CHECK(s.stats.taskWaitNs(s.a, 300) == 100);
}

TEST_CASE("viewmodel.gil follows the trace as it grows") {
    TwoThreads s;
    s.t.event(EventKind::GilDropped, s.a, s.gil, 0, 400);
    s.t.event(EventKind::GilTaken, s.b, s.gil, 0, 400);
    s.refresh();
    const auto rows = s.stats.rowsAt(500);
    CHECK(rows[0].holder == s.b);
    CHECK(rows[0].handoffs == 3);
    // A holder that dropped it with nobody taking it leaves it free.
    s.t.event(EventKind::GilDropped, s.b, s.gil, 0, 600);
    s.refresh();
    CHECK(s.stats.rowsAt(700)[0].holder == kNoId);
    CHECK(s.stats.rowsAt(500)[0].holder == s.b);
}
