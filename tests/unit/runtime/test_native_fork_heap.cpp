// What a native run's fork gives a child and what it costs the parent: the child runs on a copy
// of its parent's whole heap, as a forked CPython does, and the parent keeps nothing of a child
// it has reaped (no pipe, no thread). (Not under TSan, as test_native_processes.cpp says.)

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

size_t entriesIn(const char* dir) {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
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
    Runtime rt(nativeSettings(), compile(R"(import multiprocessing as mp
def f():
    pass
for i in range(25):
    p = mp.Process(target=f)
    p.start()
    p.join()
print("ready")
)"),
               [&](std::string_view t) {
                   // Called in the run. join() returns at a child's exit message and the reader
                   // closes its pipe when it reaps it, without the lock this call holds: the
                   // last children may still be exiting, give them a moment (a pipe kept per
                   // child never goes).
                   if (t.substr(0, 5) != "ready") return;
                   for (int i = 0; i < 300 && entriesIn("/proc/self/fd") > fdsBefore + 5; ++i)
                       std::this_thread::sleep_for(std::chrono::milliseconds(10));
                   fdsAfter25 = entriesIn("/proc/self/fd");
                   threadsAfter25 = entriesIn("/proc/self/task");
               },
               [](std::string_view) {});
    REQUIRE(rt.run() == Verdict::Ok);
    REQUIRE(fdsAfter25 > 0);
    // The control pipe, the reader's epoll set and its wake-up pipe: 5, whatever the number of
    // children (a pipe kept per child would be 25 more).
    CHECK(fdsAfter25 <= fdsBefore + 5);
    // The script's main thread, the trace's chunk helper and the one reader of every child.
    CHECK(threadsAfter25 <= threadsBefore + 3);
    CHECK(entriesIn("/proc/self/fd") == fdsBefore);
    CHECK(entriesIn("/proc/self/task") == threadsBefore);
}
