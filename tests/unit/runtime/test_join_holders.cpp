// A join waits for a task to end: the trace records that task as the join's holder (as a lock's
// holders are recorded), from the join until the task ends. The Locks & waits panel builds its
// wait-for graph from the trace alone, so without those events it drew a join's wait with no
// arrow onward and missed a deadlock through a join, which the runtime itself reported.

#include <doctest/doctest.h>

#include <algorithm>

#include "engine/trace/wait_graph.hpp"
#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::EventKind;
using il::trace::ResourceKind;

namespace {

// The classic: the main thread joins a thread that waits for a lock the main thread holds.
const char* kJoinWhileHolding = R"PY(import threading
lock = threading.Lock()
def worker():
    with lock:
        print("worker got the lock")
lock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
lock.release()
)PY";

// The events of resource `r` that name a holder: (kind, task), in log order.
std::vector<std::pair<EventKind, TaskId>> holderEvents(const Sim& sim, ResourceId r) {
    std::vector<std::pair<EventKind, TaskId>> out;
    const auto& log = sim.rt->log();
    for (size_t i = 0; i < log.size(); ++i) {
        const auto& e = log.at(i);
        if (e.object == r && (e.kind == EventKind::LockAcquired || e.kind == EventKind::LockReleased))
            out.emplace_back(e.kind, e.task);
    }
    return out;
}

}  // namespace

TEST_CASE("trace: a deadlock through a join is a cycle of the wait-for graph built from the trace alone") {
    Sim sim(kJoinWhileHolding);
    REQUIRE(sim.run() == Verdict::Deadlock);
    const TaskId main = sim.task("MainThread"), worker = sim.task("Thread-1 (worker)");
    const ResourceId join = sim.resource(ResourceKind::Join, "join Thread-1 (worker)");
    const ResourceId lock = sim.resource(ResourceKind::Lock, "lock");
    REQUIRE(join != kNoId);
    CHECK(sim.model.resources()[join].holders == std::vector<TaskId>{worker});
    const auto cycle = il::trace::WaitGraph::fromModel(sim.model).findCycle();
    REQUIRE(cycle);
    CHECK(cycle->tasks == std::vector<TaskId>{main, worker});
    CHECK(cycle->resources == std::vector<ResourceId>{join, lock});
}

TEST_CASE("trace: a joined thread holds its join from the join until it ends") {
    Sim sim(R"PY(import threading, time
def worker():
    time.sleep(0.01)
t = threading.Thread(target=worker)
t.start()
t.join()
t.join()
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    const TaskId worker = sim.task("Thread-1 (worker)");
    const ResourceId join = sim.resource(ResourceKind::Join, "join Thread-1 (worker)");
    REQUIRE(join != kNoId);
    // Once: the second join finds the thread ended and waits for nothing.
    CHECK(holderEvents(sim, join) == std::vector<std::pair<EventKind, TaskId>>{{EventKind::LockAcquired, worker},
                                                                                 {EventKind::LockReleased, worker}});
    CHECK(sim.model.resources()[join].holders.empty());
}

TEST_CASE("trace: a joined process's main thread holds the process's join until it ends (sim and native)") {
    for (const Settings& s : {settings(), nativeSettings()}) {
        CAPTURE(s.executor == Executor::Native);
        Sim sim(R"PY(import multiprocessing as mp, time
def f():
    time.sleep(0.05)
if __name__ == "__main__":
    p = mp.Process(target=f)
    p.start()
    p.join()
)PY",
                s);
        REQUIRE(sim.run() == Verdict::Ok);
        const SimProcess* child = sim.process("Process-1");
        REQUIRE(child);
        CHECK(holderEvents(sim, child->joinRes) ==
              std::vector<std::pair<EventKind, TaskId>>{{EventKind::LockAcquired, child->mainThread},
                                                        {EventKind::LockReleased, child->mainThread}});
        CHECK(sim.model.resources()[child->joinRes].holders.empty());
    }
}

TEST_CASE("trace: os.wait() is held by every running child, each until it ends") {
    Sim sim(R"PY(import os, time
for i in range(2):
    if os.fork() == 0:
        time.sleep(0.01 * (i + 1))
        os._exit(0)
os.wait()
os.wait()
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    const SimProcess *first = sim.process("Fork-1"), *second = sim.process("Fork-2");
    REQUIRE(first);
    REQUIRE(second);
    const ResourceId wait = sim.resource(ResourceKind::Join, "wait MainProcess");
    REQUIRE(wait != kNoId);
    // Both hold it from the first wait; each lets go as it ends, the first child first.
    const auto events = holderEvents(sim, wait);
    REQUIRE(events.size() == 4);
    CHECK(std::count(events.begin(), events.begin() + 2, std::pair{EventKind::LockAcquired, first->mainThread}) == 1);
    CHECK(std::count(events.begin(), events.begin() + 2, std::pair{EventKind::LockAcquired, second->mainThread}) == 1);
    CHECK(events[2] == std::pair{EventKind::LockReleased, first->mainThread});
    CHECK(events[3] == std::pair{EventKind::LockReleased, second->mainThread});
    CHECK(sim.model.resources()[wait].holders.empty());
}
