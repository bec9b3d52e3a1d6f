#include <doctest/doctest.h>

#include <algorithm>

#include "engine/trace/trace_model.hpp"
#include "engine/trace/wait_graph.hpp"
#include "tests/unit/trace/trace_builder.hpp"

using namespace il::trace;
using il::trace::testing::TraceBuilder;

TEST_CASE("wait graph.two threads taking two locks in opposite order form a cycle") {
    WaitGraph g;
    // Thread 1 holds lock 0 and waits for lock 1; thread 2 holds lock 1 and waits for lock 0.
    g.addHolder(0, 1);
    g.addHolder(1, 2);
    g.setWaiting(1, 1);
    g.setWaiting(2, 0);
    auto cycle = g.findCycle();
    REQUIRE(cycle.has_value());
    CHECK(cycle->tasks == std::vector<TaskId>{1, 2});
    CHECK(cycle->resources == std::vector<ResourceId>{1, 0});
}

TEST_CASE("wait graph.a chain without a cycle is not a deadlock") {
    WaitGraph g;
    g.addHolder(0, 1);
    g.setWaiting(2, 0);  // 2 waits for 1, which runs
    g.addHolder(1, 2);
    g.setWaiting(3, 1);  // 3 waits for 2
    CHECK_FALSE(g.findCycle().has_value());
    g.removeHolder(0, 1);
    CHECK(g.holders(0).empty());
    CHECK_FALSE(g.findCycle().has_value());
}

TEST_CASE("wait graph.a thread waiting for a lock it holds itself is a cycle of one") {
    WaitGraph g;
    g.addHolder(4, 0);
    g.setWaiting(0, 4);
    auto cycle = g.findCycle();
    REQUIRE(cycle.has_value());
    CHECK(cycle->tasks == std::vector<TaskId>{0});
}

TEST_CASE("wait graph.the dining philosophers' ring is found among bystanders") {
    WaitGraph g;
    const int n = 5;
    for (int i = 0; i < n; ++i) {
        g.addHolder(i, i + 10);             // philosopher i+10 holds fork i
        g.setWaiting(i + 10, (i + 1) % n);  // and waits for the next fork
    }
    g.setWaiting(3, 2);  // a bystander waiting on fork 2 is not part of the ring
    auto cycle = g.findCycle();
    REQUIRE(cycle.has_value());
    CHECK(cycle->tasks.size() == 5);
    for (size_t i = 0; i < cycle->tasks.size(); ++i) {
        const auto& hs = g.holders(cycle->resources[i]);
        const TaskId next = cycle->tasks[(i + 1) % cycle->tasks.size()];
        CHECK(std::find(hs.begin(), hs.end(), next) != hs.end());
    }
}

TEST_CASE("wait graph.derived from a trace shows who waits for whom now") {
    TraceBuilder b;
    const TaskId p = b.process("MainProcess", 0);
    const TaskId t1 = b.thread("Thread-1", p, 0);
    const TaskId t2 = b.thread("Thread-2", p, 0);
    const ResourceId a = b.resource("lock_a", ResourceKind::Lock);
    const ResourceId c = b.resource("lock_b", ResourceKind::Lock);
    b.simple(EventKind::LockAcquired, t1, a, 1, 1);
    b.simple(EventKind::LockAcquired, t2, c, 1, 1);
    b.state(t1, TaskState::Blocked, 2, c);
    b.state(t2, TaskState::Blocked, 2, a);
    TraceModel m;
    m.update(b.log);
    auto cycle = WaitGraph::fromModel(m).findCycle();
    REQUIRE(cycle.has_value());
    CHECK(cycle->tasks == std::vector<TaskId>{t1, t2});
    CHECK(cycle->resources == std::vector<ResourceId>{c, a});
}
