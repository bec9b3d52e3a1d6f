// A native run's grandchildren (processes its children start, and theirs) have records of
// their own in the parent's model: their threads are theirs, not the child's, so the summary
// names their process and pid, and a child's end neither ends nor fails them. (Not under TSan,
// as test_native_processes.cpp says.)

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::TaskState;

namespace {

// The record of the process named `name`.
const SimProcess* processNamed(const Sim& sim, const std::string& name) {
    for (const auto& p : sim.rt->processes())
        if (p->name == name) return p.get();
    return nullptr;
}

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
    const SimProcess* c = processNamed(sim, "C");
    const SimProcess* g = processNamed(sim, "G");
    const SimProcess* h = processNamed(sim, "H");
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

TEST_CASE("native processes: a grandchild outlives its terminated parent, its threads not failed") {
    Sim sim(R"(import multiprocessing as mp, time
def g():
    time.sleep(0.6)
def c():
    p = mp.Process(target=g, name="G")
    p.start()
    time.sleep(30)
p = mp.Process(target=c, name="C")
p.start()
time.sleep(0.3)
p.terminate()
p.join()
print(p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "-15\n");
    const SimTask* cMain = threadOf(sim, "C", "MainThread");
    const SimTask* gMain = threadOf(sim, "G", "MainThread");
    REQUIRE(cMain);
    REQUIRE(gMain);
    CHECK(cMain->state == TaskState::Failed);
    CHECK(gMain->state != TaskState::Failed);  // it was sleeping when its parent died
    CHECK(processNamed(sim, "G")->ppid == 1);  // init adopted it
}
