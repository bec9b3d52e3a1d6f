// A thread joining a child process of its own reads the child's pipe itself, and the reader
// thread reaps the child later (native_join.cpp): what the child sends still all arrives,
// whoever reads it, and no child is left unreaped. (Not under TSan, as
// test_native_processes.cpp says.)

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "tests/unit/runtime/native_test_util.hpp"
#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::TaskState;

TEST_CASE("native joins: a join reads its child's exit itself, and the child's events and output arrive") {
    // Each child sleeps first, so that its parent is in join() before it sends anything.
    Sim sim(R"(import multiprocessing as mp, threading, time
def child(n):
    time.sleep(0.1)
    t = threading.Thread(target=print, args=("thread of", n), name="t%d" % n)
    t.start(); t.join()
    print("child", n)
for n in range(5):
    p = mp.Process(target=child, args=(n,))
    p.start()
    p.join()
    print("joined", n, p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    std::string expected;
    for (int n = 0; n < 5; ++n) {
        const std::string s = std::to_string(n);
        expected += "thread of " + s + "\nchild " + s + "\njoined " + s + " 0\n";
    }
    CHECK(sim.out == expected);
    CHECK(sim.rt->exitsReadByJoins() == 5);  // a build whose reader read them counts 0
    for (int n = 0; n < 5; ++n) {
        const TaskId t = sim.task("t" + std::to_string(n));
        REQUIRE(t != kNoId);
        CHECK(sim.rt->task(t).state == TaskState::Done);
    }
    CHECK(zombieChildren() == 0);
}

TEST_CASE("native joins: a join that times out gives the pipe back, and the child's later output and exit arrive") {
    // python3 prints the same.
    Sim sim(R"(import multiprocessing as mp, time
def child():
    time.sleep(0.2)
    print("late", flush=True)
p = mp.Process(target=child)
p.start()
print("alive after join(0.05):", p.join(0.05), p.is_alive(), p.exitcode)
time.sleep(0.6)
print("after sleep:", p.is_alive(), p.exitcode)
p.join()
print("joined", p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "alive after join(0.05): None True None\nlate\nafter sleep: False 0\njoined 0\n");
    CHECK(sim.rt->exitsReadByJoins() == 0);  // nobody joined it when it exited: the reader read it
    CHECK(zombieChildren() == 0);
}

TEST_CASE("native joins: two threads join one child, and both see it terminated by a third") {
    const auto t0 = std::chrono::steady_clock::now();
    Sim sim(R"(import multiprocessing as mp, threading, time
def child():
    time.sleep(30)
p = mp.Process(target=child)
p.start()
def joiner(n):
    p.join()
    print("joiner", n, "saw", p.exitcode)
ts = [threading.Thread(target=joiner, args=(n,)) for n in range(2)]
for t in ts: t.start()
time.sleep(0.2)
p.terminate()
for t in ts: t.join()
print("done", p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(10));
    // The joiners' order is the OS's.
    const bool inOrder = sim.out == "joiner 0 saw -15\njoiner 1 saw -15\ndone -15\n";
    const bool swapped = sim.out == "joiner 1 saw -15\njoiner 0 saw -15\ndone -15\n";
    INFO(sim.out);
    CHECK((inOrder || swapped));
    CHECK(zombieChildren() == 0);
}

TEST_CASE("native joins: a run stopped while its thread joins a child ends at once, the child killed and reaped") {
    Settings s = nativeSettings();
    s.untilNs = 300 * kMs;
    const auto t0 = std::chrono::steady_clock::now();
    Sim sim(R"(import multiprocessing as mp, time
def child():
    print("child sleeps", flush=True)
    time.sleep(30)
p = mp.Process(target=child)
p.start()
p.join()
print("never")
)",
            s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    CHECK(sim.out == "child sleeps\n");
    CHECK(zombieChildren() == 0);
}
