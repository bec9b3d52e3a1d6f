// The native executor runs script threads on real OS threads in real time. These tests check
// what must hold however the OS schedules them: results, verdicts, and what the trace may and
// may not show (two holders of one lock, a queue past its maxsize, two GIL holders). Times are
// checked only from below (a sleep cannot end early; serialised work cannot finish sooner than
// its sum), never from above: the machine may be loaded.

#include <doctest/doctest.h>

#include <chrono>
#include <map>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::EventKind;
using il::trace::TaskState;

namespace {

int64_t wallMs(const std::function<void()>& f) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
}

// mostAtOnce() is the largest number of tasks (among `tasks`) in state `s` at the same moment.
int mostAtOnce(const il::trace::TraceLog& log, const std::vector<TaskId>& tasks, TaskState s) {
    std::map<TaskId, bool> in;
    int now = 0, most = 0;
    for (size_t i = 0; i < log.size(); ++i) {
        const auto& e = log.at(i);
        if (e.kind != EventKind::TaskState || std::find(tasks.begin(), tasks.end(), e.task) == tasks.end()) continue;
        bool was = in[e.task], is = e.state == s;
        now += int(is) - int(was);
        in[e.task] = is;
        most = std::max(most, now);
    }
    return most;
}

}  // namespace

TEST_CASE("native: threads share a locked counter; the trace never shows two holders of the lock") {
    Sim sim(R"(import threading
lock = threading.Lock()
count = 0
def worker():
    global count
    for i in range(2000):
        with lock:
            count += 1
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(count)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "8000\n");
    ResourceId lock = sim.resource(il::trace::ResourceKind::Lock, "lock");
    REQUIRE(lock != kNoId);
    int held = 0, acquisitions = 0;
    for (size_t i = 0; i < sim.rt->log().size(); ++i) {
        const auto& e = sim.rt->log().at(i);
        if (e.object != lock) continue;
        if (e.kind == EventKind::LockAcquired) {
            ++acquisitions;
            CHECK(++held == 1);
        }
        if (e.kind == EventKind::LockReleased) --held;
    }
    CHECK(acquisitions == 8000);
    // Real time: every event after the first has a positive, non-decreasing stamp.
    CHECK(sim.rt->log().endTimeNs() > 0);
}

TEST_CASE("native: the two-lock deadlock is reported with its cycle, and the run is torn down") {
    Sim sim(R"(import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.02)
        with b: pass
def two():
    with b:
        time.sleep(0.02)
        with a: pass
t1 = threading.Thread(target=one, name="T1")
t2 = threading.Thread(target=two, name="T2")
t1.start(); t2.start(); t1.join(); t2.join()
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Deadlock);
    CHECK(sim.rt->deadlock().cycle);
    CHECK(sim.rt->deadlock().tasks.size() == 2);
    CHECK(sim.rt->task(sim.task("T1")).state == TaskState::Blocked);
}

TEST_CASE("native: every thread blocked for the grace period is a global deadlock") {
    Sim sim(R"(import queue
q = queue.Queue()
q.get()
)",
            nativeSettings());
    int64_t ms = wallMs([&] { REQUIRE(sim.run() == Verdict::Deadlock); });
    CHECK_FALSE(sim.rt->deadlock().cycle);
    CHECK(ms >= 50);  // not before the grace period
}

TEST_CASE("native: sleeps and timeouts take real time") {
    Sim sim(R"(import threading, time
t0 = time.monotonic()
time.sleep(0.05)
slept = time.monotonic() - t0
lock = threading.Lock()
lock.acquire()
t0 = time.monotonic()
got = lock.acquire(timeout=0.05)
waited = time.monotonic() - t0
print(slept >= 0.05, got, waited >= 0.05)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "True False True\n");
}

TEST_CASE("native: with the GIL one thread runs at a time and work() is serialised; without it both run") {
    const char* script = R"(import threading
from interleave import work
ts = [threading.Thread(target=work, args=(100,), name=n) for n in ("A", "B")]
for t in ts: t.start()
for t in ts: t.join()
)";
    Sim gil(script, nativeSettings(GilMode::New));
    int64_t ms = wallMs([&] { REQUIRE(gil.run() == Verdict::Ok); });
    CHECK(ms >= 200);  // 2 x 100 ms, one at a time
    std::vector<TaskId> ab{gil.task("A"), gil.task("B")};
    CHECK(mostAtOnce(gil.rt->log(), ab, TaskState::Running) == 1);
    CHECK(gil.gil().switches >= 4);  // forced hand-overs every switch interval (5 ms)

    Sim off(script, nativeSettings(GilMode::Off));
    REQUIRE(off.run() == Verdict::Ok);
    CHECK(mostAtOnce(off.rt->log(), {off.task("A"), off.task("B")}, TaskState::Running) == 2);
}

TEST_CASE("native: without the GIL, threads take turns at bytecode a millisecond at a time, not a chunk") {
    // Two threads counting down in Python with no GIL: they still take turns at the lock that
    // guards the interpreter's heaps. A turn per chunk of 1000 instructions (~6000 hand-overs
    // here, each a wake-up of the other core) made four threads 2.5x slower than one.
    Sim off(R"(import threading
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(1000000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
)",
            nativeSettings(GilMode::Off));
    const int64_t ms = wallMs([&] { REQUIRE(off.run() == Verdict::Ok); });
    CAPTURE(ms);
    CHECK(off.rt->lockTakes() <= uint64_t(50 + 3 * ms));
}

TEST_CASE("native: a bounded queue never holds more than maxsize items") {
    Sim sim(R"(import threading, queue
q = queue.Queue(maxsize=3)
def producer():
    for i in range(300): q.put(i)
    q.put(None)
def consumer():
    total = 0
    while True:
        item = q.get()
        if item is None: break
        total += item
    print(total)
threading.Thread(target=producer).start()
c = threading.Thread(target=consumer)
c.start(); c.join()
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "44850\n");
    uint64_t most = 0, puts = 0;
    for (size_t i = 0; i < sim.rt->log().size(); ++i) {
        const auto& e = sim.rt->log().at(i);
        if (e.kind == EventKind::QueuePut) {
            ++puts;
            most = std::max(most, e.value);
        }
    }
    CHECK(puts >= 301);
    CHECK(most <= 3);
}

TEST_CASE("native: the time between making a run and running it is not on the timeline") {
    // The window makes a run, then starts it: the main thread must not show ready all that while.
    Sim sim("print('hi')\n", nativeSettings());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "hi\n");
    const il::trace::TaskInfo& main = sim.model.tasks()[sim.rt->processes()[0]->mainThread];
    uint64_t firstRun = UINT64_MAX;
    for (const auto& s : main.spans)
        if (s.state == TaskState::Running) firstRun = std::min(firstRun, s.startNs);
    // A thread's start-up, even on a loaded machine; the sleep before the run was 300 ms.
    CHECK(firstRun < 250 * uint64_t(kMs));
    CHECK(sim.rt->log().endTimeNs() < 250 * uint64_t(kMs));
}
