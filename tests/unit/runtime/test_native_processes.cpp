// Script processes of a native run are real forked OS processes: real pids, real exit codes,
// their events in the parent's trace, and none outlives the run, even when the process running
// the run is killed with SIGKILL. (Not under TSan: its runtime does not survive fork() of a
// multi-threaded process; the names avoid the "native:" prefix make test-tsan selects.)

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::EventKind;
using il::trace::TaskState;

TEST_CASE("native processes: children are real processes with their own pids and exit codes") {
    Sim sim(R"(import multiprocessing as mp, os, threading
def child(n):
    print("child", n, os.getppid() == PARENT, os.getpid() != PARENT)
    t = threading.Thread(target=print, args=("thread in child", n), name="helper-%d" % n)
    t.start(); t.join()
    raise SystemExit(n)
PARENT = os.getpid()
ps = [mp.Process(target=child, args=(i,)) for i in (1, 2)]
for p in ps:
    p.start()
    p.join()
print([p.exitcode for p in ps], len({p.pid for p in ps} | {PARENT}), ps[0].pid != PARENT)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out ==
          "child 1 True True\nthread in child 1\nchild 2 True True\nthread in child 2\n[1, 2] 3 True\n");
    // The children's own threads are tasks of the parent's trace, and ended there.
    TaskId helper = sim.task("helper-2");
    REQUIRE(helper != kNoId);
    CHECK(sim.rt->task(helper).state == TaskState::Done);
    const auto& procs = sim.rt->processes();
    REQUIRE(procs.size() == 3);
    CHECK(procs[1]->pid != procs[0]->pid);
    CHECK(procs[1]->ended);
    CHECK(procs[2]->exitCode == 2);
    // The child's main thread ran (its states came over from the child).
    CHECK(sim.rt->task(procs[1]->mainThread).cpuNs >= 0);
    bool childRan = false;
    for (size_t i = 0; i < sim.rt->log().size(); ++i) {
        const auto& e = sim.rt->log().at(i);
        if (e.kind == EventKind::TaskState && e.task == procs[1]->mainThread && e.state == TaskState::Running)
            childRan = true;
    }
    CHECK(childRan);
}

TEST_CASE("native processes: two processes run at the same time, each under its own GIL") {
    Sim sim(R"(import multiprocessing as mp
from interleave import work
ps = [mp.Process(target=work, args=(60,)) for _ in range(2)]
for p in ps: p.start()
for p in ps: p.join()
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    const auto& procs = sim.rt->processes();
    REQUIRE(procs.size() == 3);
    TaskId a = procs[1]->mainThread, b = procs[2]->mainThread;
    // Both children's main threads are Running at once somewhere in the trace.
    bool overlap = false;
    std::map<TaskId, bool> on;
    std::vector<const il::trace::Event*> evs;
    for (size_t i = 0; i < sim.rt->log().size(); ++i) evs.push_back(&sim.rt->log().at(i));
    std::stable_sort(evs.begin(), evs.end(), [](auto* x, auto* y) { return x->timeNs < y->timeNs; });
    for (auto* e : evs) {
        if (e->kind != EventKind::TaskState || (e->task != a && e->task != b)) continue;
        on[e->task] = e->state == TaskState::Running;
        if (on[a] && on[b]) overlap = true;
    }
    CHECK(overlap);
}

// fork() copies only the forking thread, and AddressSanitizer's allocator (GCC 12's) does not
// hold its locks across it: a child waits for ever on an allocator lock if any other thread of
// its parent was allocating at the fork (a thread that ends gives its allocator cache back under
// those locks). Here the parent forks while the children it forked earlier end (their readers
// end too), while its own threads start and end, and while a thread blocked on a queue receives.
// Before the runtime settled its threads for each fork (Runtime::settleThreadsForFork), 32
// trivial processes hung the ASan build in 3 runs of 8.
TEST_CASE("native processes: forking while other threads of the parent are busy never hangs a child") {
    Settings s = nativeSettings();
    s.untilNs = 30'000 * kMs;  // a hung child ends the run with a Limit verdict instead of hanging it
    Sim sim(R"(import multiprocessing as mp, threading
def chatty(n, q):
    print("child", n)
    q.put(n)
def churn():
    for _ in range(20):
        t = threading.Thread(target=len, args=("x",))
        t.start(); t.join()
q = mp.Queue()
got = []
def take():
    for _ in range(32):
        got.append(q.get())
taker = threading.Thread(target=take)
taker.start()
churner = threading.Thread(target=churn)
churner.start()
ps = [mp.Process(target=chatty, args=(n, q)) for n in range(32)]
for p in ps: p.start()
for p in ps: p.join()
churner.join(); taker.join()
print(sorted(got) == list(range(32)), {p.exitcode for p in ps})
)",
            s);
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(std::count(sim.out.begin(), sim.out.end(), '\n') == 32 + 1);
    CHECK(sim.out.substr(sim.out.size() - 9) == "True {0}\n");
}

TEST_CASE("native processes: none outlives the run when the process running it is killed with SIGKILL") {
    // Orphans are re-parented to this test process, which can then reap them and see them die.
    REQUIRE(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    // A child's main thread runs on the OS thread that forked it, and a ticker thread looks at
    // the run's control pipe: started when the main thread waits, or once it has run a tick.
    std::string body;
    SUBCASE("children that sleep") { body = "time.sleep(60)"; }
    SUBCASE("children that never wait") { body = "while time.monotonic() < t0 + 60: pass"; }
    int pids[2];
    REQUIRE(::pipe(pids) == 0);
    pid_t runner = ::fork();
    REQUIRE(runner >= 0);
    if (runner == 0) {
        ::close(pids[0]);
        Settings s = nativeSettings();
        Runtime rt(
            s, compile(R"(import multiprocessing as mp, os, time
def child():
    t0 = time.monotonic()
    print(os.getpid(), flush=True)
    )" + body + R"(
ps = [mp.Process(target=child) for _ in range(4)]
for p in ps: p.start()
for p in ps: p.join()
)"),
            [&](std::string_view t) { (void)!::write(pids[1], t.data(), t.size()); }, [](std::string_view) {});
        rt.run();
        ::_exit(0);
    }
    ::close(pids[1]);
    std::string text;  // four lines, a pid each
    char buf[256];
    while (std::count(text.begin(), text.end(), '\n') < 4) {
        ssize_t n = ::read(pids[0], buf, sizeof buf);
        if (n <= 0) break;
        text.append(buf, size_t(n));
    }
    ::close(pids[0]);
    std::set<pid_t> children;
    std::istringstream in(text);
    for (long p; in >> p;) children.insert(pid_t(p));
    REQUIRE(children.size() == 4);
    ::kill(runner, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(runner, &status, 0) == runner);
    // Every child must die (and be reaped here) within a few seconds, not sleep its 60 s.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::set<pid_t> left = children;
    while (!left.empty() && std::chrono::steady_clock::now() < deadline) {
        pid_t p = ::waitpid(-1, &status, WNOHANG);
        if (p > 0) left.erase(p);
        else std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(left.empty());
    for (pid_t p : left) ::kill(p, SIGKILL);
    ::prctl(PR_SET_CHILD_SUBREAPER, 0);
}

TEST_CASE("native processes: a trace of several chunks from a parent and its child is whole and in order") {
    // 2 events a lock pair: the child alone fills two 65,536-event chunks, the parent one more,
    // through the run's ChunkSupply (the child, forked with a copy of it, maps its own).
    Sim sim(R"(import multiprocessing as mp, threading
def pairs(n):
    lock = threading.Lock()
    for i in range(n):
        lock.acquire()
        lock.release()
p = mp.Process(target=pairs, args=(70000,), name="child")
p.start()
pairs(40000)
p.join()
print(p.exitcode)
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "0\n");
    const auto& log = sim.rt->log();
    CHECK(log.size() > 2 * il::trace::TraceLog::kChunkEvents);
    std::map<TaskId, int> acquired;
    std::map<TaskId, uint64_t> lastNs;
    // A join's holder events (the joined task "holds" the join) are the joiner's, stamped with its
    // time: not the child's own stream.
    const auto joinHolding = [&](const il::trace::Event& e) {
        return (e.kind == EventKind::LockAcquired || e.kind == EventKind::LockReleased) &&
               sim.rt->resources()[e.object].kind == il::trace::ResourceKind::Join;
    };
    for (size_t i = 0; i < log.size(); ++i) {
        const auto& e = log.at(i);
        if (joinHolding(e)) continue;
        if (e.kind == EventKind::LockAcquired) ++acquired[e.task];
        if (e.task == il::trace::kNoId) continue;
        CHECK(e.timeNs >= lastNs[e.task]);  // non-decreasing per task
        lastNs[e.task] = e.timeNs;
    }
    std::multiset<int> counts;
    for (auto [task, n] : acquired) counts.insert(n);
    CHECK(counts == std::multiset<int>{40000, 70000});
}
