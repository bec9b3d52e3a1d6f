// The sim executor's blocking: what the trace records for a contended lock, the deadlock
// verdicts (wait-for cycles and global deadlock) with their DeadlockInfo, and the GIL's
// statistics under the new and old models.

#include <doctest/doctest.h>

#include <algorithm>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::StateSpan;
using il::trace::TaskState;

namespace {

bool contains(const std::vector<uint32_t>& v, uint32_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// "holder" takes the lock and works 20 ms inside it; "waiter" wants it after a 1 ms sleep. With
// a GIL the waiter gets to try only when the holder is forced to drop the GIL (after the 5 ms
// switch interval), so the holder works long enough for that to happen with the lock held.
constexpr const char* kContended = R"(import threading
import time
import interleave

lock = threading.Lock()

def holder():
    with lock:
        interleave.work(20)

def waiter():
    time.sleep(0.001)
    with lock:
        interleave.work(1)

a = threading.Thread(target=holder, name="holder")
b = threading.Thread(target=waiter, name="waiter")
a.start()
b.start()
a.join()
b.join()
)";

// Two threads take two locks in opposite orders, each sleeping between the two acquisitions
// (a sleep releases the GIL, so both hold their first lock before either wants its second).
constexpr const char* kTwoLockCycle = R"(import threading
import time

a = threading.Lock()
b = threading.Lock()

def one():
    with a:
        time.sleep(0.001)
        with b:
            pass

def two():
    with b:
        time.sleep(0.001)
        with a:
            pass

t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start()
t2.start()
t1.join()
t2.join()
)";

}  // namespace

TEST_CASE("sim: a thread blocked on a lock has a Blocked span on the lock, woken by its holder") {
    for (GilMode gil : {GilMode::Off, GilMode::New}) {
        CAPTURE(nameOf(gil));
        Sim sim(kContended, settings(4, gil));
        REQUIRE(sim.run() == Verdict::Ok);
        TaskId holder = sim.task("holder"), waiter = sim.task("waiter");
        ResourceId lock = sim.resource(il::trace::ResourceKind::Lock, "lock");
        REQUIRE(holder != kNoId);
        REQUIRE(waiter != kNoId);
        REQUIRE(lock != kNoId);
        const std::vector<StateSpan>& spans = sim.model.tasks()[waiter].spans;
        auto blocked = std::find_if(spans.begin(), spans.end(), [&](const StateSpan& s) {
            return s.state == TaskState::Blocked && s.object == lock;
        });
        REQUIRE(blocked != spans.end());
        // Blocked from 1 ms at the earliest (after its sleep) until the release at ~20 ms.
        CHECK(blocked->startNs >= uint64_t(1 * kMs));
        CHECK(blocked->endNs >= uint64_t(20 * kMs));
        CHECK(blocked->endNs < uint64_t(21 * kMs));
        REQUIRE(blocked + 1 != spans.end());
        const StateSpan& next = *(blocked + 1);
        CHECK(next.waker == holder);
        // Without a GIL it is simply ready; with one it then waits for the GIL the holder has.
        if (gil == GilMode::Off) {
            CHECK(next.state == TaskState::Ready);
        } else {
            CHECK(next.state == TaskState::Blocked);
            CHECK(next.object == sim.gil().res);
        }
        CHECK(sim.rt->resource(lock).contended == 1);
        CHECK(sim.rt->resource(lock).acquisitions == 2);
        CHECK(near(sim.rt->nowNs(), 21));
    }
}

TEST_CASE("sim: two threads taking two locks in opposite orders deadlock in a cycle") {
    for (GilMode gil : {GilMode::New, GilMode::Old, GilMode::Off}) {
        CAPTURE(nameOf(gil));
        Sim sim(kTwoLockCycle, settings(4, gil));
        CHECK(sim.run() == Verdict::Deadlock);
        const DeadlockInfo& d = sim.rt->deadlock();
        CHECK(d.cycle);
        TaskId one = sim.task("one"), two = sim.task("two");
        ResourceId a = sim.resource(il::trace::ResourceKind::Lock, "a");
        ResourceId b = sim.resource(il::trace::ResourceKind::Lock, "b");
        CHECK(d.tasks.size() == 2);
        CHECK(contains(d.tasks, one));
        CHECK(contains(d.tasks, two));
        CHECK(d.resources.size() == 2);
        CHECK(contains(d.resources, a));
        CHECK(contains(d.resources, b));
        CHECK(sim.rt->verdictMessage().find("cycle") != std::string::npos);
        // Each is recorded as blocked on the lock the other holds.
        CHECK(sim.rt->task(one).state == TaskState::Blocked);
        CHECK(sim.rt->task(one).waitingOn == b);
        CHECK(sim.rt->task(two).waitingOn == a);
    }
}

TEST_CASE("sim: a thread acquiring a Lock it already holds is a cycle of one") {
    Sim sim("import threading\n"
            "lock = threading.Lock()\n"
            "def again():\n"
            "    with lock:\n"
            "        lock.acquire()\n"
            "t = threading.Thread(target=again, name='again')\n"
            "t.start()\n"
            "t.join()\n");
    CHECK(sim.run() == Verdict::Deadlock);
    const DeadlockInfo& d = sim.rt->deadlock();
    CHECK(d.cycle);
    REQUIRE(d.tasks.size() == 1);
    CHECK(d.tasks[0] == sim.task("again"));
    REQUIRE(d.resources.size() == 1);
    CHECK(d.resources[0] == sim.resource(il::trace::ResourceKind::Lock, "lock"));
}

TEST_CASE("sim: the main thread waiting on a Lock nobody will release is a global deadlock") {
    // The thread that took the lock has ended: no cycle, but nothing can ever wake main.
    Sim sim("import threading\n"
            "lock = threading.Lock()\n"
            "def take():\n"
            "    lock.acquire()\n"
            "t = threading.Thread(target=take)\n"
            "t.start()\n"
            "t.join()\n"
            "lock.acquire()\n"
            "print('unreachable')\n");
    CHECK(sim.run() == Verdict::Deadlock);
    CHECK(sim.out.empty());
    const DeadlockInfo& d = sim.rt->deadlock();
    CHECK_FALSE(d.cycle);
    REQUIRE(d.tasks.size() == 1);
    CHECK(d.tasks[0] == sim.task("MainThread"));
    REQUIRE(d.resources.size() == 1);
    CHECK(d.resources[0] == sim.resource(il::trace::ResourceKind::Lock, "lock"));
}

// A timed wait ends by itself: acquiring a held Lock with a timeout returns False (CPython).
TEST_CASE("sim: a lock acquire with a timeout is not a deadlock") {
    Sim sim("import threading\n"
            "lock = threading.Lock()\n"
            "lock.acquire()\n"
            "print(lock.acquire(timeout=0.05))\n");
    CHECK(sim.run() == Verdict::Ok);
    CHECK(sim.out == "False\n");
    CHECK(near(sim.rt->nowNs(), 50));
}

TEST_CASE("sim: two CPU-bound threads switch the new GIL every switch interval") {
    Sim sim("import threading\n"
            "def spin():\n"
            "    x = 0\n"
            "    for i in range(100000):\n"
            "        x += i\n"
            "ts = [threading.Thread(target=spin) for _ in range(2)]\n"
            "for t in ts:\n"
            "    t.start()\n"
            "for t in ts:\n"
            "    t.join()\n",
            settings(4, GilMode::New));
    REQUIRE(sim.run() == Verdict::Ok);
    const Gil& g = sim.gil();
    CHECK(g.switches > 2);
    CHECK(g.waitNs > 0);
    CHECK(g.falseAlarms == 0);  // the new GIL hands over to the waiter: no failed wake-ups
    // A forced drop is recorded as GilDropped with value 1.
    size_t forced = 0;
    for (size_t i = 0; i < sim.rt->log().size(); ++i) {
        const il::trace::Event& e = sim.rt->log().at(i);
        if (e.kind == il::trace::EventKind::GilDropped && e.value == 1) ++forced;
    }
    CHECK(forced > 0);
}

TEST_CASE("sim: the old GIL's convoy: an I/O-bound thread meets false alarms a CPU-bound one causes") {
    constexpr const char* kConvoy = R"(import threading
import time

def cpu():
    x = 0
    for i in range(100000):
        x += i

def io():
    for i in range(20):
        time.sleep(0.0005)

a = threading.Thread(target=cpu)
b = threading.Thread(target=io)
a.start()
b.start()
a.join()
b.join()
)";
    Sim oldGil(kConvoy, settings(4, GilMode::Old));
    Sim newGil(kConvoy, settings(4, GilMode::New));
    REQUIRE(oldGil.run() == Verdict::Ok);
    REQUIRE(newGil.run() == Verdict::Ok);
    INFO("old: " << oldGil.gil().falseAlarms << " false alarms, new: " << newGil.gil().falseAlarms);
    CHECK(oldGil.gil().falseAlarms > newGil.gil().falseAlarms);
    CHECK(oldGil.gil().falseAlarms > 0);
    // The I/O thread waits longer for the GIL under the old model.
    CHECK(oldGil.gil().waitNs > newGil.gil().waitNs);
}

TEST_CASE("sim: a cycle closed by a timed acquire is no deadlock: the timeout breaks it") {
    Sim sim("import threading\n"
            "import time\n"
            "a = threading.Lock()\n"
            "b = threading.Lock()\n"
            "def one():\n"
            "    with a:\n"
            "        time.sleep(0.001)\n"
            "        with b:\n"
            "            pass\n"
            "def two():\n"
            "    with b:\n"
            "        time.sleep(0.001)\n"
            "        if a.acquire(timeout=0.01):\n"
            "            a.release()\n"
            "        else:\n"
            "            print('two gave up')\n"
            "t1 = threading.Thread(target=one)\n"
            "t2 = threading.Thread(target=two)\n"
            "t1.start()\n"
            "t2.start()\n"
            "t1.join()\n"
            "t2.join()\n",
            settings(4, GilMode::Off));
    CHECK(sim.run() == Verdict::Ok);
    CHECK(sim.out == "two gave up\n");
    CHECK(near(sim.rt->nowNs(), 11));
}

// A timer cancelled by an early wake-up neither advances the clock nor keeps the global
// deadlock check waiting: the deadlock at ~1 ms is reported at ~1 ms, not at the 100 s timeout.
TEST_CASE("sim: a global deadlock is found when it happens, not at a cancelled timeout") {
    Sim sim("import threading\n"
            "import time\n"
            "lock = threading.Lock()\n"
            "lock.acquire()\n"
            "def waiter():\n"
            "    lock.acquire(timeout=100)\n"  // succeeds at ~1 ms: its 100 s timer is cancelled
            "    lock.release()\n"
            "th = threading.Thread(target=waiter)\n"
            "th.start()\n"
            "time.sleep(0.001)\n"
            "lock.release()\n"
            "th.join()\n"
            "lock2 = threading.Lock()\n"
            "def taker():\n"
            "    lock2.acquire()\n"
            "th2 = threading.Thread(target=taker)\n"
            "th2.start()\n"
            "th2.join()\n"
            "lock2.acquire()\n",
            settings(4, GilMode::Off));
    CHECK(sim.run() == Verdict::Deadlock);
    CHECK(sim.rt->nowNs() < 10 * kMs);
}
