// subprocess in a native run: every child (python3 -c, and the modelled echo, cat, sleep...) is
// a real forked OS process with a real pid, its pipes are real sockets, kill() sends a real
// signal, and nothing of it is left once the run is over. (Not under TSan, as the other tests
// that fork: the names avoid the "native:" prefix make test-tsan selects.)

#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <sstream>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

// gone() is true when no process has this pid any more (reaped: not even a zombie).
bool gone(int64_t pid) { return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; }

}  // namespace

TEST_CASE("native subprocess: a python3 child is a real process, reaped by the end of the run") {
    Sim sim(R"PY(import os, subprocess
p = subprocess.Popen(["python3", "-c", "import os\nprint(os.getpid(), os.getppid())"],
                     stdout=subprocess.PIPE, text=True)
print(p.pid, p.stdout.read().strip(), p.wait(), os.getpid())
)PY",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    std::istringstream fields(sim.out);
    int64_t popenPid = 0, childPid = 0, childParent = 0, code = -1, parent = 0;
    fields >> popenPid >> childPid >> childParent >> code >> parent;
    INFO(sim.out);
    CHECK(code == 0);
    CHECK(parent == ::getpid());      // the process running the run
    CHECK(childParent == ::getpid()); // the OS's answer, in the child
    CHECK(childPid == popenPid);
    CHECK(childPid != parent);
    const auto& procs = sim.rt->processes();
    REQUIRE(procs.size() == 2);
    CHECK(procs[1]->pid == childPid);
    CHECK(procs[1]->remote);
    CHECK(gone(childPid));
}

TEST_CASE("native subprocess: kill() and a timeout end the real child with SIGKILL") {
    Sim sim(R"PY(import subprocess, time
p = subprocess.Popen(["sleep", "5"])
start = time.monotonic()
p.kill()
print("killed:", p.wait(), time.monotonic() - start < 2)
try:
    subprocess.run(["python3", "-c", "import time\ntime.sleep(5)"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timeout:", e.timeout)
print(p.pid)
)PY",
            nativeSettings());
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(4));
    CHECK(sim.out.rfind("killed: -9 True\ntimeout: 0.1\n", 0) == 0);
    int64_t pid = std::stoll(sim.out.substr(sim.out.rfind('\n', sim.out.size() - 2) + 1));
    CHECK(pid == sim.rt->processes()[1]->pid);
    CHECK(gone(pid));
    for (const auto& p : sim.rt->processes()) CHECK(p->ended);
}

TEST_CASE("native subprocess: cat waiting on a stdin nobody closes is a deadlock, and is torn down") {
    Sim sim(R"PY(import subprocess
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
print(p.pid, flush=True)
p.wait()
)PY",
            nativeSettings());
    CHECK(sim.run() == Verdict::Deadlock);
    const int64_t pid = std::stoll(sim.out);
    CHECK(pid == sim.rt->processes()[1]->pid);
    sim.rt.reset();  // the run's teardown: the child must not outlive it
    for (int i = 0; i < 200 && !gone(pid); ++i) ::usleep(10'000);
    CHECK(gone(pid));
}

TEST_CASE("native pipes: occupancy is the receiving end's, as in the sim, for Pipe and a child's stdout") {
    Sim sim(R"PY(import multiprocessing as mp, subprocess
a, b = mp.Pipe()
a.send(1)
a.send(2)
print(b.recv(), b.recv())
r = subprocess.run(["echo", "hi"], capture_output=True, text=True)
print(repr(r.stdout))
)PY",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "1 2\n'hi\\n'\n");
    // (kind, end, length) of every queue event on a pipe end, in order.
    auto events = [&](ResourceId end) {
        std::string seen;
        for (size_t i = 0; i < sim.rt->log().size(); ++i) {
            const auto& e = sim.rt->log().at(i);
            if ((e.kind == il::trace::EventKind::QueuePut || e.kind == il::trace::EventKind::QueueGet) && e.object == end)
                seen += (e.kind == il::trace::EventKind::QueuePut ? "put" : "get") + std::to_string(e.value) + " ";
        }
        return seen;
    };
    auto named = [&](const std::string& name) { return sim.resource(il::trace::ResourceKind::Pipe, name); };
    REQUIRE(named("b") != kNoId);
    CHECK(events(named("b")) == "put1 put1 get1 get0 ");  // the second recv empties it
    CHECK(events(named("a")).empty());
    REQUIRE(named("echo stdout") != kNoId);
    // Sent by the child, received here. The child's put reaches this trace when the child ships
    // its events, which may be after this process recorded its get (the log is in arrival
    // order): it counts, but must not leave the end looking non-empty.
    const std::string echo = events(named("echo stdout"));
    CHECK((echo == "put1 get0 " || echo == "get0 put0 "));
    CHECK(events(named("echo stdout (write end)")).empty());
}
