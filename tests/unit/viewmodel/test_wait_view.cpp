// The Locks & waits view-model: holders and waiters at a past moment (not the current ones), the
// deadlock cycle with each task's line, which Coffman conditions hold, and a layout of the graph
// that keeps nodes inside the box and apart.
#include <doctest/doctest.h>

#include <cmath>
#include <numbers>

#include "app/viewmodel/coffman.hpp"
#include "app/viewmodel/holder_history.hpp"
#include "app/viewmodel/message_format.hpp"
#include "app/viewmodel/wait_view.hpp"
#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel;
using namespace il::trace;
using il::viewmodel::testing::ViewTrace;

namespace {

// deadlock_two_locks.py in miniature: T1 takes a at 10, T2 takes b at 11, T1 waits for b from
// 20 (line 30), T2 waits for a from 21 (line 37).
struct TwoLocks {
    ViewTrace t;
    HolderHistory history;
    TaskId proc = 0, t1 = 0, t2 = 0;
    ResourceId a = 0, b = 0;
    TwoLocks() {
        proc = t.task("MainProcess", TaskKind::Process, kNoId);
        t1 = t.task("T1", TaskKind::Thread, proc);
        t2 = t.task("T2", TaskKind::Thread, proc);
        a = t.resource("lock_a", ResourceKind::Lock);
        b = t.resource("lock_b", ResourceKind::Lock);
        t.state(t1, TaskState::Running, 0);
        t.state(t2, TaskState::Running, 0);
        t.event(EventKind::LockAcquired, t1, a, 1, 10);
        t.event(EventKind::LockAcquired, t2, b, 1, 11);
        t.state(t1, TaskState::Blocked, 20, b, kNoId, 30);
        t.state(t2, TaskState::Blocked, 21, a, kNoId, 37);
        refresh();
    }
    void refresh() {
        t.refresh();
        history.update(t.log);
    }
    [[nodiscard]] WaitView at(uint64_t ns) const { return buildWaitView(t.model, history, ns, 400, 300); }
};

const ResourceRow& rowOf(const WaitView& v, ResourceId r) {
    for (const ResourceRow& row : v.resources)
        if (row.id == r) return row;
    FAIL("no row for resource ", r);
    return v.resources.front();
}

// A ring of n tasks and n locks: task i holds lock i and waits for lock i+1 (the dining
// philosophers deadlocked).
struct Ring {
    ViewTrace t;
    HolderHistory history;
    explicit Ring(size_t n) {
        const TaskId proc = t.task("P", TaskKind::Process, kNoId);
        std::vector<TaskId> tasks;
        std::vector<ResourceId> locks;
        for (size_t i = 0; i < n; ++i) tasks.push_back(t.task("philosopher-" + std::to_string(i), TaskKind::Thread, proc));
        for (size_t i = 0; i < n; ++i) locks.push_back(t.resource("fork-" + std::to_string(i), ResourceKind::Lock));
        for (size_t i = 0; i < n; ++i) t.event(EventKind::LockAcquired, tasks[i], locks[i], 1, 1);
        for (size_t i = 0; i < n; ++i) t.state(tasks[i], TaskState::Blocked, 2, locks[(i + 1) % n], kNoId, 9);
        t.refresh();
        history.update(t.log);
    }
};

}  // namespace

TEST_CASE("viewmodel.locks a deadlock shows as a cycle naming each task, its line, the lock and its holder") {
    TwoLocks s;
    const WaitView v = s.at(25);
    REQUIRE(v.cycle.size() == 2);
    CHECK(v.cycle[0].task == s.t1);
    CHECK(v.cycle[0].line == 30);
    CHECK(v.cycle[0].resource == s.b);
    CHECK(v.cycle[0].holder == s.t2);
    CHECK(v.cycle[1].task == s.t2);
    CHECK(v.cycle[1].line == 37);
    CHECK(v.cycle[1].resource == s.a);
    CHECK(v.cycle[1].holder == s.t1);
    // Four nodes, four arrows, all of them on the cycle, read as a ring: T1, lock_b, T2, lock_a.
    REQUIRE(v.nodes.size() == 4);
    CHECK(v.nodes[0].kind == NodeKind::Task);
    CHECK(v.nodes[0].id == s.t1);
    CHECK(v.nodes[1].kind == NodeKind::Resource);
    CHECK(v.nodes[1].id == s.b);
    // Names go outside the ring: left of T1, above lock_b, right of T2, below lock_a.
    CHECK(v.nodes[0].label == LabelSide::Left);
    CHECK(v.nodes[1].label == LabelSide::Above);
    CHECK(v.nodes[2].label == LabelSide::Right);
    CHECK(v.nodes[3].label == LabelSide::Below);
    CHECK(v.nodes[0].x < v.nodes[2].x);
    CHECK(v.nodes[1].y < v.nodes[3].y);
    REQUIRE(v.edges.size() == 4);
    for (const WaitEdge& e : v.edges) CHECK(e.inCycle);
    for (const WaitNode& n : v.nodes) CHECK(n.inCycle);
    CHECK(rowOf(v, s.a).holders == std::vector<TaskId>{s.t1});
    CHECK(rowOf(v, s.a).waiters == std::vector<TaskId>{s.t2});
}

TEST_CASE("viewmodel.locks a past moment shows the holders and waiters of that moment") {
    TwoLocks s;
    // Later, T2 gives up and releases b; T1 gets it. The current state has no cycle...
    s.t.event(EventKind::LockReleased, s.t2, s.b, 0, 40);
    s.t.state(s.t1, TaskState::Running, 41, kNoId, s.t2, 30);
    s.t.event(EventKind::LockAcquired, s.t1, s.b, 1, 41);
    s.refresh();
    CHECK(s.at(50).cycle.empty());
    CHECK(rowOf(s.at(50), s.b).holders == std::vector<TaskId>{s.t1});
    // ... but scrubbing back to 25 shows the cycle, and to 15 the first locks only.
    CHECK(s.at(25).cycle.size() == 2);
    const WaitView early = s.at(15);
    CHECK(early.cycle.empty());
    CHECK(rowOf(early, s.a).holders == std::vector<TaskId>{s.t1});
    CHECK(rowOf(early, s.b).holders == std::vector<TaskId>{s.t2});
    CHECK(rowOf(early, s.a).waiters.empty());
    CHECK(rowOf(s.at(5), s.a).holders.empty());
}

TEST_CASE("viewmodel.locks an RLock stays held until its last release") {
    ViewTrace t;
    HolderHistory h;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId th = t.task("T", TaskKind::Thread, p);
    const ResourceId r = t.resource("r", ResourceKind::RLock);
    t.event(EventKind::LockAcquired, th, r, 1, 10);
    t.event(EventKind::LockAcquired, th, r, 2, 20);
    t.event(EventKind::LockReleased, th, r, 1, 30);
    t.event(EventKind::LockReleased, th, r, 0, 40);
    h.update(t.log);
    CHECK(h.holdersAt(r, 35) == std::vector<TaskId>{th});
    CHECK(h.holdersAt(r, 40).empty());
    CHECK(h.holdings(r).size() == 1);
}

TEST_CASE("viewmodel.locks all four Coffman conditions hold in the deadlock, none before anyone waits") {
    TwoLocks s;
    const auto yes = checkCoffman(s.at(25), s.t.model);
    for (const CoffmanCondition& c : yes) CHECK_MESSAGE(c.holds, "condition ", int(c.which));
    CHECK(yes[1].why == CoffmanWhy::HoldsWhileWaiting);
    CHECK(yes[1].task == s.t1);
    CHECK(yes[1].resource == s.a);       // holds a ...
    CHECK(yes[1].otherResource == s.b);  // ... while waiting for b
    CHECK(yes[3].why == CoffmanWhy::Cycle);
    const auto no = checkCoffman(s.at(15), s.t.model);
    for (const CoffmanCondition& c : no) CHECK_FALSE(c.holds);
    CHECK(no[3].why == CoffmanWhy::NoCycle);
}

TEST_CASE("viewmodel.locks without a cycle three conditions can hold and circular wait does not") {
    TwoLocks s;
    // Only T1 waits (for b, held by a running T2): at 20.5 T2 has not asked for a yet.
    const auto c = checkCoffman(s.at(20), s.t.model);
    CHECK(c[0].holds);
    CHECK(c[0].resource == s.b);
    CHECK(c[0].task == s.t2);
    CHECK(c[1].holds);
    CHECK(c[2].holds);
    CHECK_FALSE(c[3].holds);
}

TEST_CASE("viewmodel.locks the graph layout keeps 2..10-task rings inside the box with no overlaps") {
    for (size_t n = 2; n <= 10; ++n) {
        Ring ring(n);
        for (auto [w, h] : {std::pair{400.0f, 300.0f}, std::pair{800.0f, 240.0f}, std::pair{250.0f, 500.0f}}) {
            CAPTURE(n);
            CAPTURE(w);
            const WaitView v = buildWaitView(ring.t.model, ring.history, 5, w, h);
            REQUIRE(v.cycle.size() == n);
            REQUIRE(v.nodes.size() == 2 * n);
            CHECK(v.edges.size() == 2 * n);
            const float r = v.nodeRadius;
            CHECK(r >= 6.0f);  // still big enough to see and click
            const float reach = r * std::numbers::sqrt2_v<float>;  // a box's corner
            for (size_t i = 0; i < v.nodes.size(); ++i) {
                const WaitNode& a = v.nodes[i];
                CHECK(a.x - reach >= 0.0f);
                CHECK(a.x + reach <= w);
                CHECK(a.y - reach >= 0.0f);
                CHECK(a.y + reach <= h);
                for (size_t j = i + 1; j < v.nodes.size(); ++j)
                    CHECK(std::hypot(a.x - v.nodes[j].x, a.y - v.nodes[j].y) >= 2.0f * reach);
            }
        }
    }
}

TEST_CASE("viewmodel.locks the same trace and moment always give the same layout") {
    Ring one(5), two(5);
    const WaitView a = buildWaitView(one.t.model, one.history, 5, 400, 300);
    const WaitView b = buildWaitView(two.t.model, two.history, 5, 400, 300);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].id == b.nodes[i].id);
        CHECK(a.nodes[i].x == b.nodes[i].x);
        CHECK(a.nodes[i].y == b.nodes[i].y);
    }
}

TEST_CASE("viewmodel.locks translated sentences take their names in any order") {
    CHECK(fillIn("{0} waits for {1} held by {2}", {"T1", "lock_b", "T2"}) == "T1 waits for lock_b held by T2");
    CHECK(fillIn("{2} 持有的 {1} 正被 {0} 等待", {"T1", "lock_b", "T2"}) == "T2 持有的 lock_b 正被 T1 等待");
    CHECK(fillIn("{3} and {x} stay", {"a"}) == "{3} and {x} stay");
}

TEST_CASE("viewmodel.locks a join is listed while somebody waits for it, held by the task it waits to end") {
    // jd.py: MainThread holds `lock` (10), starts T (11) and joins it at 20 (line 9); T, holding its
    // join from then (as the runtime records it), waits for `lock` from 21 (line 4).
    ViewTrace t;
    HolderHistory history;
    const TaskId proc = t.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId main = t.task("MainThread", TaskKind::Thread, proc);
    const TaskId worker = t.task("T", TaskKind::Thread, proc, 11);
    const ResourceId lock = t.resource("lock", ResourceKind::Lock);
    const ResourceId join = t.resource("join T", ResourceKind::Join);
    const ResourceId other = t.resource("join nobody waits for", ResourceKind::Join);
    t.state(main, TaskState::Running, 0);
    t.event(EventKind::LockAcquired, main, lock, 1, 10);
    t.state(worker, TaskState::Running, 11);
    t.event(EventKind::LockAcquired, worker, join, 1, 20);
    t.event(EventKind::LockAcquired, worker, other, 1, 20);
    t.state(main, TaskState::Blocked, 20, join, kNoId, 9);
    t.state(worker, TaskState::Blocked, 21, lock, kNoId, 4);
    t.refresh();
    history.update(t.log);
    const WaitView v = buildWaitView(t.model, history, 25, 400, 300);
    const ResourceRow& row = rowOf(v, join);
    CHECK(row.kind == ResourceKind::Join);
    CHECK(row.holders == std::vector<TaskId>{worker});
    CHECK(row.waiters == std::vector<TaskId>{main});
    for (const ResourceRow& r : v.resources) CHECK(r.id != other);
    CHECK(v.resources.front().id == lock);  // the locks first
    REQUIRE(v.cycle.size() == 2);
    CHECK(v.cycle[0].task == main);
    CHECK(v.cycle[0].resource == join);
    CHECK(v.cycle[0].holder == worker);
    // Hold and wait names the lock MainThread holds, never a join T "holds".
    const auto c = checkCoffman(v, t.model);
    CHECK(c[1].holds);
    CHECK(c[1].task == main);
    CHECK(c[1].resource == lock);
    CHECK(c[1].otherResource == join);
    CHECK(c[3].holds);
    // Before the join, no join row.
    for (const ResourceRow& r : buildWaitView(t.model, history, 15, 400, 300).resources) CHECK(r.kind != ResourceKind::Join);
}
