// os.fork(), os.wait() and os._exit() in the sim and in a native run: the child is a process of
// its own on the timeline (Fork-N, its main thread named after the thread that forked), a
// parent in os.wait() is blocked on a wait resource until a child ends, an orphan keeps the run
// going, and what cannot be copied is refused with a message that says why.

#include <doctest/doctest.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

const char* kWaitForSleeper = R"PY(import os, time
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os._exit(3)
got, status = os.wait()
print(got == pid, os.WEXITSTATUS(status))
)PY";

}  // namespace

TEST_CASE("sim: os.fork() makes a process Fork-1 whose main thread goes on from the call; os.wait() blocks until it ends") {
    Sim sim(kWaitForSleeper);
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "True 3\n");
    const SimProcess* child = sim.process("Fork-1");
    REQUIRE(child);
    const SimProcess& parent = *sim.rt->processes()[0];
    CHECK(child->ppid == parent.pid);
    CHECK(child->forked);
    CHECK(child->waited);
    CHECK(child->exitCode == 3);
    const SimTask& childMain = sim.rt->task(child->mainThread);
    CHECK(childMain.name == "MainThread");
    // os._exit() ended it holding its GIL: the GIL lane shows it dropped, not held for ever.
    CHECK(sim.model.resources()[child->gil.res].holders.empty());
    CHECK(near(childMain.sleepingNs, 200));
    // The parent's main thread waits the child's 200 ms, blocked on the wait resource.
    const ResourceId wait = sim.resource(il::trace::ResourceKind::Join, "wait " + parent.name);
    REQUIRE(wait != kNoId);
    const il::trace::TaskInfo& main = sim.model.tasks()[parent.mainThread];
    bool blockedOnWait = false;
    for (const auto& s : main.spans)
        blockedOnWait = blockedOnWait || (s.state == il::trace::TaskState::Blocked && s.object == wait &&
                                          s.endNs - s.startNs >= 190 * uint64_t(kMs));
    CHECK(blockedOnWait);
}

TEST_CASE("sim: the same seed gives the same trace with os.fork()") {
    auto events = [] {
        Sim sim(kWaitForSleeper);
        REQUIRE(sim.run() == Verdict::Ok);
        std::vector<std::tuple<uint64_t, int, uint32_t>> out;
        for (size_t i = 0; i < sim.rt->log().size(); ++i) {
            const auto& e = sim.rt->log().at(i);
            out.emplace_back(e.timeNs, int(e.kind), e.task);
        }
        return out;
    };
    CHECK(events() == events());
}

TEST_CASE("sim and native: an orphan of os.fork() keeps the run going after its parent ends, adopted by init") {
    // In a native run the run's OS process lives on after its script's first process ended:
    // the kernel does not make the child an orphan, the run's model does.
    for (const Settings& s : {settings(), nativeSettings()}) {
        Sim sim(R"PY(import os, time
parent = os.getpid()
if os.fork() == 0:
    print("parent before", os.getppid() == parent, flush=True)
    time.sleep(0.3)
    print("adopted", os.getppid() == 1)
    os._exit(0)
time.sleep(0.1)
print("parent ends")
)PY", s);
        REQUIRE(sim.run() == Verdict::Ok);
        CHECK(sim.out == "parent before True\nparent ends\nadopted True\n");
        CHECK(sim.rt->nowNs() >= 300 * kMs);
        if (s.executor == Executor::Sim) CHECK(near(sim.rt->nowNs(), 300));
    }
}

TEST_CASE("sim and native: orphans at any depth keep the run going; nothing is left to reap after it") {
    // Nobody waits: each process forks in turn and ends; the deepest ones sleep past their
    // parents' ends. A native child used to kill its forked children as it exited, and the run
    // waited only for its first process's: their lines were lost.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);  // an orphan no process of the run reaped would land here
    for (const Settings& s : {settings(), nativeSettings()}) {
        CAPTURE(s.executor == Executor::Native);
        Sim sim(R"PY(import os, time
depth = 0
for level in range(3):
    if os.fork() == 0:
        depth = level + 1
if depth == 3:
    time.sleep(0.2)
print("x", end="", flush=True)
)PY", s);
        REQUIRE(sim.run() == Verdict::Ok);
        CHECK(sim.out == "xxxxxxxx");
        CHECK(sim.rt->processes().size() == 8);
        for (const auto& p : sim.rt->processes()) CHECK(p->ended);
        CHECK(sim.rt->nowNs() >= 200 * kMs);
        CHECK(::waitpid(-1, nullptr, WNOHANG) == -1);  // no child left, not even a zombie
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 0);
}

TEST_CASE("sim and native: an orphan blocked for ever is a deadlock, not a hang") {
    for (const Settings& s : {settings(), nativeSettings()}) {
        CAPTURE(s.executor == Executor::Native);
        Sim sim(R"PY(import multiprocessing as mp, os
q = mp.Queue()
if os.fork() == 0:
    if os.fork() == 0:
        q.get()
    os._exit(0)
print("main done", flush=True)
)PY", s);
        CHECK(sim.run() == Verdict::Deadlock);
        CHECK(sim.out == "main done\n");
    }
}

TEST_CASE("sim: os.fork() inside a generator is refused with the reason") {
    Sim sim(R"PY(import os
def gen():
    yield os.fork()
try:
    next(gen())
except RuntimeError as e:
    print(e)
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out.find("os.fork() inside a generator or a coroutine is not supported") == 0);
    CHECK(sim.rt->processes().size() == 1);
}

TEST_CASE("sim: os.waitpid() of a pid that is not a child raises ChildProcessError, as on Linux") {
    Sim sim(R"PY(import os
try:
    os.waitpid(os.getpid(), 0)
except ChildProcessError as e:
    print(e)
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "[Errno 10] No child processes\n");
}

TEST_CASE("native: os.fork() is a real fork; the parent's model has the child, which ended with its code") {
    Sim sim(kWaitForSleeper, nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "True 3\n");
    const SimProcess* child = sim.process("Fork-1");
    REQUIRE(child);
    CHECK(child->remote);
    CHECK(child->pid != sim.rt->processes()[0]->pid);
    CHECK(child->exitCode == 3);
    // A non-zero exit, as with sys.exit(3): the process and its main thread end Failed.
    CHECK(sim.model.tasks()[child->task].state == il::trace::TaskState::Failed);
    CHECK(sim.model.tasks()[child->mainThread].state == il::trace::TaskState::Failed);
}
