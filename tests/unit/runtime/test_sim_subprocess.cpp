// subprocess in the sim executor: a child is a process task of its own, named after its
// command, whose ppid is its parent's pid; `sleep` sleeps in virtual time while the parent is
// blocked waiting; a captured child's output reaches the parent through a pipe resource.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

TEST_CASE("sim: subprocess.run(['sleep', '0.3']) is a child process sleeping 300 ms of virtual time") {
    Sim sim(R"PY(import subprocess
r = subprocess.run(["sleep", "0.3"])
print(r.returncode)
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "0\n");
    CHECK(sim.err.empty());
    const SimProcess* child = sim.process("sleep");
    REQUIRE(child);
    const SimProcess& parent = *sim.rt->processes()[0];
    CHECK(child->ppid == parent.pid);
    CHECK(child->pid != parent.pid);
    CHECK(child->exitCode == 0);
    CHECK(sim.rt->task(child->task).kind == il::trace::TaskKind::Process);
    // The child's main thread sleeps; the parent's waits, blocked, all that time.
    const SimTask& childMain = sim.rt->task(child->mainThread);
    CHECK(near(childMain.sleepingNs, 300));
    CHECK(near(sim.rt->task(parent.mainThread).blockedNs, 300));
    CHECK(near(sim.rt->nowNs(), 300));
}

TEST_CASE("sim: a timeout kills the child with SIGKILL after the timeout of virtual time") {
    Sim sim(R"PY(import subprocess
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timed out", e.cmd)
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "timed out ['sleep', '5']\n");
    const SimProcess* child = sim.process("sleep");
    REQUIRE(child);
    CHECK(child->exitCode == -9);
    CHECK(near(sim.rt->nowNs(), 100));
}

TEST_CASE("sim: a captured child's print goes into its stdout pipe, not the run's stdout") {
    Sim sim(R"PY(import subprocess
r = subprocess.run(["python3", "-c", "print('from the child')\nprint(1/0)"], capture_output=True, text=True)
print(repr(r.stdout), r.returncode, r.stderr.splitlines()[-1])
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "'from the child\\n' 1 ZeroDivisionError: division by zero\n");
    CHECK(sim.err.empty());  // the child's traceback went into its stderr pipe
    CHECK(sim.resource(il::trace::ResourceKind::Pipe, "python3 stdout") != kNoId);
    const SimProcess* child = sim.process("python3");
    REQUIRE(child);
    CHECK(child->exitCode == 1);
    CHECK(child->ppid == sim.rt->processes()[0]->pid);
}

TEST_CASE("sim: a child's uncaptured output and traceback go to the run's stdout and stderr") {
    Sim sim(R"PY(import subprocess
subprocess.run(["echo", "hi"])
subprocess.run(["python3", "-c", "raise ValueError('boom')"])
print("parent done")
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "hi\nparent done\n");
    CHECK(sim.err.find("ValueError: boom") != std::string::npos);
}

TEST_CASE("sim: cat waiting on a stdin nobody closes is reported as a deadlock") {
    Sim sim(R"PY(import subprocess
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
p.wait()
)PY");
    CHECK(sim.run() == Verdict::Deadlock);
}
