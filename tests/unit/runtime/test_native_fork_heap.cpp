// What a native run's fork gives a child and what it costs the parent: the child runs on a copy
// of its parent's whole heap, as a forked CPython does, and the parent keeps nothing of a child
// it has reaped (no pipe, no thread). (Not under TSan, as test_native_processes.cpp says.)

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include "tests/unit/runtime/native_test_util.hpp"
#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

// A script that starts and joins `n` processes one after another, then runs `then`.
std::string startsAndJoins(int n, const std::string& then) {
    return "import multiprocessing as mp, time\ndef f():\n    pass\nfor i in range(" + std::to_string(n) +
           "):\n    p = mp.Process(target=f)\n    p.start()\n    p.join()\n" + then;
}

}  // namespace

TEST_CASE("native processes: a child runs on a copy of its parent's whole heap") {
    // A generator is no module-level data a deep copy could rebuild (the sim's child gets a
    // stand-in): fork copies it mid-iteration. What the child changes stays its own. The
    // expected text is what python3 prints.
    Sim sim(R"(import multiprocessing as mp
def counter():
    n = 0
    while True:
        n += 1
        yield n
gen = counter()
next(gen)
seen = []
def child():
    seen.append("child")
    print("child", next(gen), seen)
p = mp.Process(target=child)
p.start()
p.join()
print("parent", next(gen), seen, p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "child 2 ['child']\nparent 2 [] 0\n");
    CHECK(sim.err.empty());
}

TEST_CASE("native processes: the parent keeps no pipe and no thread of a child it has reaped") {
    const size_t fdsBefore = entriesIn("/proc/self/fd");
    const size_t threadsBefore = entriesIn("/proc/self/task");
    size_t fdsAfter25 = 0, threadsAfter25 = 0;
    Runtime rt(nativeSettings(), compile(startsAndJoins(25, "print(\"ready\")\n")),
               [&](std::string_view t) {
                   // Called in the run. join() returns at a child's exit message and the reader
                   // closes its pipe after that, without the lock this call holds: give the last
                   // ones a moment (a pipe kept per child never goes).
                   if (t.substr(0, 5) != "ready") return;
                   for (int i = 0; i < 300 && entriesIn("/proc/self/fd") > fdsBefore + 6; ++i)
                       std::this_thread::sleep_for(std::chrono::milliseconds(10));
                   fdsAfter25 = entriesIn("/proc/self/fd");
                   threadsAfter25 = entriesIn("/proc/self/task");
               },
               [](std::string_view) {});
    REQUIRE(rt.run() == Verdict::Ok);
    REQUIRE(fdsAfter25 > 0);
    // The control pipe, the reader's epoll set and its wake-up pipe, the socket orphans connect
    // to: 6, whatever the number of children (a pipe kept per child would be 25 more).
    CHECK(fdsAfter25 <= fdsBefore + 6);
    // The script's main thread, the trace's chunk helper and the one reader of every child.
    CHECK(threadsAfter25 <= threadsBefore + 3);
    CHECK(entriesIn("/proc/self/fd") == fdsBefore);
    CHECK(entriesIn("/proc/self/task") == threadsBefore);
}

TEST_CASE("native processes: children are reaped in batches while the run goes on, and soon once it is quiet") {
    // A child that said it exited is reaped later, not at its end of file (that woke the reader
    // a second time for every child, just as the joining thread ran), and the join that read
    // its exit leaves it to the reader: the zombies must not pile up meanwhile.
    size_t afterJoins = 999, quiet = 999;
    Runtime rt(nativeSettings(), compile(startsAndJoins(100, R"(print("joined")
for i in range(40):
    time.sleep(0.05)
    print("quiet")
)")),
               [&](std::string_view t) {  // in the run, its lock held: no reap meanwhile
                   if (t.substr(0, 6) == "joined") afterJoins = zombieChildren();
                   if (t.substr(0, 5) == "quiet" && quiet != 0) quiet = zombieChildren();
               },
               [](std::string_view) {});
    REQUIRE(rt.run() == Verdict::Ok);
    // The reader's batch of 32, the 16 joins may leave before a start wakes the reader, and the
    // last child.
    CHECK(afterJoins <= ExitedChildren::kCapacity + ExitedChildren::kCapacity / 2 + 1);
    CHECK(quiet == 0);        // reaped within a few ms of the reader's last wake-up
    CHECK(zombieChildren() == 0);
}
