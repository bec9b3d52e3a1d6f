// Multiprocessing locks, semaphores, events, conditions and values of a native run live in
// shared memory (engine/runtime/natives/shm_*.cpp): every check here needs a forked child and
// its parent to see the same object, and would fail on a copy. (Not under TSan: its runtime does
// not survive fork() of a multi-threaded process; the names avoid the "native:" prefix.)

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

std::string runNative(const char* source) {
    Sim sim(source, nativeSettings());
    Verdict v = sim.run();
    CHECK(v == Verdict::Ok);
    return sim.out;
}

}  // namespace

TEST_CASE("native mp: two processes x 2000 increments of a Value under its lock give exactly 4000") {
    CHECK(runNative(R"(import multiprocessing as mp
def add(total):
    for _ in range(2000):
        with total.get_lock():
            total.value += 1
total = mp.Value("i", 0)
ps = [mp.Process(target=add, args=(total,)) for _ in range(2)]
for p in ps: p.start()
for p in ps: p.join()
print(total.value, [p.exitcode for p in ps])
)") == "4000 [0, 0]\n");
}

TEST_CASE("native mp: a child's writes to a Value and an Array reach its parent") {
    CHECK(runNative(R"(import multiprocessing as mp
def child(v, a, c):
    v.value = 2.5
    a[1] = -7
    c.value = "z"
v = mp.Value("d", 0.0)
a = mp.Array("b", 3)
c = mp.Value("u", "a")
p = mp.Process(target=child, args=(v, a, c)); p.start(); p.join()
print(v.value, a[:], c.value)
)") == "2.5 [0, -7, 0] z\n");
}

TEST_CASE("native mp: a child sets an Event its parent waits on") {
    CHECK(runNative(R"(import multiprocessing as mp, time
def child(ev):
    time.sleep(0.05)
    ev.set()
ev = mp.Event()
p = mp.Process(target=child, args=(ev,)); p.start()
print(ev.wait(0.01), ev.wait(10), ev.is_set())
p.join()
)") == "False True True\n");
}

TEST_CASE("native mp: a Semaphore(0) released by a child wakes its parent") {
    CHECK(runNative(R"(import multiprocessing as mp, time
def child(s):
    time.sleep(0.05)
    s.release()
s = mp.Semaphore(0)
p = mp.Process(target=child, args=(s,)); p.start()
print(s.acquire(timeout=0.01), s.acquire(timeout=10), s.get_value())
p.join()
b = mp.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
)") == "False True 0\nValueError: semaphore or lock released too many times\n");
}

TEST_CASE("native mp: a Lock a child holds makes its parent's acquire time out, until released") {
    CHECK(runNative(R"(import multiprocessing as mp, time
def child(lock, held, r):
    with lock:
        with r:
            held.set()
            time.sleep(0.3)
lock = mp.Lock()
r = mp.RLock()
held = mp.Event()
p = mp.Process(target=child, args=(lock, held, r)); p.start()
held.wait()
print(lock.acquire(timeout=0.05), r.acquire(timeout=0.05))
print(lock.acquire(timeout=10), r.acquire(timeout=10), r.acquire())
p.join()
)") == "False False\nTrue True True\n");
}

TEST_CASE("native mp: a child's notify wakes a Condition wait in its parent") {
    CHECK(runNative(R"(import multiprocessing as mp, time
def child(cond, level):
    for _ in range(3):
        time.sleep(0.02)
        with cond:
            level.value += 1
            cond.notify_all()
cond = mp.Condition()
level = mp.Value("i", 0, lock=False)
p = mp.Process(target=child, args=(cond, level)); p.start()
with cond:
    print(cond.wait_for(lambda: level.value >= 3, timeout=10), level.value)
    print(cond.wait(0.01))
p.join()
)") == "True 3\nFalse\n");
}

TEST_CASE("native mp: a Barrier counts its parties across processes and runs the action once") {
    CHECK(runNative(R"(import multiprocessing as mp
def meet(barrier, q):
    q.put(barrier.wait())
runs = mp.Value("i", 0)
def action():
    runs.value += 1
barrier = mp.Barrier(3, action)
q = mp.Queue()
ps = [mp.Process(target=meet, args=(barrier, q)) for _ in range(2)]
for p in ps: p.start()
mine = barrier.wait()
print(sorted([q.get() for _ in ps] + [mine]), runs.value, barrier.n_waiting, barrier.broken)
for p in ps: p.join()
try:
    barrier.wait(timeout=0.01)
except Exception as e:
    print(type(e).__name__, barrier.broken)
)") == "[0, 1, 2] 1 0 False\nBrokenBarrierError True\n");
}

// Each child tells its parent when all its threads wait for good; the process running the run
// concludes only when the whole tree has been so for the grace period. The script is the one
// runtime_figures.deadlock_processes runs under both executors.
TEST_CASE("native mp: two processes each waiting for the other's lock are a deadlock, reported and torn down") {
    const std::string script = sourceText("tests/runtime_figures/scripts/two_processes_deadlock.py");
    REQUIRE(script.find("mp.Process(target=child") != std::string::npos);
    Sim sim(script, nativeSettings());
    REQUIRE(sim.run() == Verdict::Deadlock);
    CHECK(sim.out.empty());
    // The parent's main thread and the child's, each Blocked on the lock the other holds: a
    // wait-for cycle, found through the holders the child's events told the parent of.
    const DeadlockInfo& d = sim.rt->deadlock();
    CHECK(d.cycle);
    CHECK(sim.rt->verdictMessage().find("wait-for cycle") != std::string::npos);
    REQUIRE(d.tasks.size() == 2);
    CHECK(sim.rt->task(d.tasks[0]).proc != sim.rt->task(d.tasks[1]).proc);
    CHECK(d.resources.size() == 2);
    CHECK(sim.rt->processes()[1]->ended);  // torn down: the child was killed and reaped
    // What the report names: each waits on a different lock, the child at its a.acquire()
    // (line 7 of the script).
    REQUIRE(d.waits.size() == 2);
    CHECK(d.waits[0] != d.waits[1]);
    const SimTask& kid = sim.rt->task(d.tasks[0]).proc->index == 1 ? sim.rt->task(d.tasks[0]) : sim.rt->task(d.tasks[1]);
    CHECK(sim.rt->lineOf(kid) == 7);
}

TEST_CASE("native mp: a child waiting with a timeout, or for a parent that sleeps, is no deadlock") {
    CHECK(runNative(R"(import multiprocessing as mp, queue, time
def timed(q):
    try:
        q.get(timeout=0.4)
    except queue.Empty:
        print("timed out")
def patient(q):
    print("got", q.get())
q1, q2 = mp.Queue(), mp.Queue()
ps = [mp.Process(target=timed, args=(q1,)), mp.Process(target=patient, args=(q2,))]
for p in ps: p.start()
time.sleep(0.3)
q2.put("late")
for p in ps: p.join()
)") == "got late\ntimed out\n");
}

TEST_CASE("native mp: two children playing ping-pong while the parent joins them are no deadlock") {
    // Each child is blocked in recv() nearly all the time, so each looks stalled at nearly every
    // check; what it did in between must keep the parent from concluding.
    CHECK(runNative(R"(import multiprocessing as mp
def player(conn, serve):
    if serve:
        conn.send(0)
    while True:
        n = conn.recv()
        conn.send(n + 1)
        if n >= 20000:
            break
a, b = mp.Pipe()
ps = [mp.Process(target=player, args=(a, True)), mp.Process(target=player, args=(b, False))]
for p in ps: p.start()
for p in ps: p.join()
print([p.exitcode for p in ps])
)") == "[0, 0]\n");
}

TEST_CASE("native mp: a child's puts, gets and lock acquires count in the run's resources, as the sim's") {
    // The summary (`interleave run --summary`) and the queue panel's counts read these: a child's
    // traffic reaches them only through the events it ships. The parent gets nothing until the
    // child's seven puts are in, and holds the lock while the child waits for it.
    const char* source = R"(import multiprocessing as mp, time
def child(q, lock, ready):
    for i in range(7):
        q.put(i)
    ready.set()
    for _ in range(5):
        with lock:
            pass
    with lock:
        q.put("held")
q = mp.Queue()
lock = mp.Lock()
ready = mp.Event()
with lock:
    p = mp.Process(target=child, args=(q, lock, ready))
    p.start()
    ready.wait()
    time.sleep(0.3)
    got = [q.get() for _ in range(7)]
print(got, q.get())
p.join()
)";
    for (const Settings& s : {settings(), nativeSettings()}) {
        CAPTURE(s.executor == Executor::Native);
        Sim sim(source, s);
        REQUIRE(sim.run() == Verdict::Ok);
        CHECK(sim.out == "[0, 1, 2, 3, 4, 5, 6] held\n");
        const Resource& q = sim.rt->resource(sim.resource(il::trace::ResourceKind::Queue, "q"));
        CHECK(q.puts == 8);
        CHECK(q.gets == 8);
        CHECK(q.maxLength == 7);
        const Resource& lock = sim.rt->resource(sim.resource(il::trace::ResourceKind::Lock, "lock"));
        CHECK(lock.acquisitions == 7);
        CHECK(lock.contended >= 1);  // the child's first acquire, while the parent sleeps holding it
    }
}
