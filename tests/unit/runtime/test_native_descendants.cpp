// A native run's grandchildren (processes its children start, and theirs) have records of
// their own in the parent's model: their threads are theirs, not the child's, so the summary
// names their process and pid, and a child's end neither ends nor fails them. An orphan (its
// parent terminated) goes on sending its events to the run. (Not under TSan, as
// test_native_processes.cpp says.)

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::TaskState;

namespace {

// The thread named `name` of the process named `process`.
const SimTask* threadOf(const Sim& sim, const std::string& process, const std::string& name) {
    for (const auto& t : sim.rt->tasks())
        if (t->kind == il::trace::TaskKind::Thread && t->name == name && t->proc && t->proc->name == process)
            return t.get();
    return nullptr;
}

}  // namespace

TEST_CASE("native processes: a grandchild's threads are its own, under its own pid") {
    Sim sim(R"(import multiprocessing as mp, os, sys
def h():
    print("H", os.getpid())
    sys.exit(3)
def g():
    p = mp.Process(target=h, name="H")
    p.start()
    p.join()
    print("G", os.getpid(), p.exitcode)
def c():
    p = mp.Process(target=g, name="G")
    p.start()
    p.join()
p = mp.Process(target=c, name="C")
p.start()
p.join()
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    std::istringstream out(sim.out);
    std::string tag;
    int64_t hPid = 0, gPid = 0, hExit = 0;
    out >> tag >> hPid >> tag >> gPid >> hExit;
    REQUIRE(hExit == 3);
    const SimProcess* c = sim.process("C");
    const SimProcess* g = sim.process("G");
    const SimProcess* h = sim.process("H");
    REQUIRE(c);
    REQUIRE(g);
    REQUIRE(h);
    CHECK(g->pid == gPid);
    CHECK(h->pid == hPid);
    CHECK(g->parent == c->index);
    CHECK(h->parent == g->index);
    CHECK(c->threads.size() == 1);  // its own main thread only
    const SimTask* hMain = threadOf(sim, "H", "MainThread");
    REQUIRE(hMain);
    CHECK(hMain->state == TaskState::Done);
    CHECK(h->ended);
    CHECK(h->exitCode == 3);
    CHECK(g->ended);
}

TEST_CASE("native processes: an orphan's later events still reach the run, its child's too") {
    // G's parent C is terminated while G sleeps; G then starts a thread, joins its own child H
    // and exits with code 5. Its events after C's death come to the run over its own
    // connection, H's through G (what python3 prints: C exit -15, H done, G done 0).
    Sim sim(R"(import multiprocessing as mp, threading, time, sys
def h():
    time.sleep(0.8)
    print("H done", flush=True)
def g():
    p = mp.Process(target=h, name="H")
    p.start()
    time.sleep(0.6)
    t = threading.Thread(target=time.sleep, args=(0.1,), name="late")
    t.start()
    t.join()
    p.join()
    print("G done", p.exitcode, flush=True)
    sys.exit(5)
def c():
    p = mp.Process(target=g, name="G")
    p.start()
    time.sleep(30)
p = mp.Process(target=c, name="C")
p.start()
time.sleep(0.3)
p.terminate()
p.join()
print("C exit", p.exitcode, flush=True)
time.sleep(1.5)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "C exit -15\nH done\nG done 0\n");
    const SimTask* cMain = threadOf(sim, "C", "MainThread");
    const SimTask* gMain = threadOf(sim, "G", "MainThread");
    const SimTask* late = threadOf(sim, "G", "late");
    const SimTask* hMain = threadOf(sim, "H", "MainThread");
    REQUIRE(cMain);
    REQUIRE(gMain);
    REQUIRE(hMain);
    CHECK(cMain->state == TaskState::Failed);
    CHECK(gMain->state == TaskState::Done);  // not failed with its parent, nor left asleep
    REQUIRE(late);                           // made after its parent died
    CHECK(late->state == TaskState::Done);
    CHECK(hMain->state == TaskState::Done);
    const SimProcess* g = sim.process("G");
    CHECK(g->ppid == 1);  // init adopted it
    CHECK(g->ended);
    CHECK(g->exitCode == 5);
    CHECK(sim.process("H")->ended);
}

TEST_CASE("native processes: what a grandchild sent reaches the run though its parent dies before its own tick") {
    // G starts and joins a thread T, sets `ready` and exits: its exit message carries all its
    // events (T's among them) to C. The run terminates C 0.2 s later, long before C's own tick
    // (10 s here). C passes a descendant's events on as they arrive, so T is in the run's
    // trace; before, they waited for C's tick and died with C. (python3 prints: C -15.)
    Settings s = nativeSettings();
    s.forkedTickNs = 10'000'000'000;
    Sim sim(R"(import multiprocessing as mp, threading, time
def g(ready):
    t = threading.Thread(target=time.sleep, args=(0.01,), name="T")
    t.start()
    t.join()
    ready.set()
def c(ready):
    p = mp.Process(target=g, args=(ready,), name="G")
    p.start()
    time.sleep(30)
ready = mp.Event()
p = mp.Process(target=c, args=(ready,), name="C")
p.start()
ready.wait()
time.sleep(0.2)
p.terminate()
p.join()
print("C", p.exitcode)
)",
            s);
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "C -15\n");
    const SimTask* t = threadOf(sim, "G", "T");
    REQUIRE(t);
    CHECK(t->state == TaskState::Done);
    const SimTask* gMain = threadOf(sim, "G", "MainThread");
    REQUIRE(gMain);
    CHECK(gMain->state == TaskState::Done);
}
