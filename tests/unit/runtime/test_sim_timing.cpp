// The sim executor's virtual time: makespans under each GIL model and core count, --until, the
// instruction limit, determinism, and the random/pct policies on a lock-protected counter.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

// Two threads each burn 100 ms of CPU with interleave.work().
constexpr const char* kTwoWorkers = R"(import threading
import interleave

def burn():
    interleave.work(100)

a = threading.Thread(target=burn)
b = threading.Thread(target=burn)
a.start()
b.start()
a.join()
b.join()
)";

// 4 threads add to a shared counter under a lock; prints the total.
constexpr const char* kLockedCounter = R"(import threading

counter = 0
lock = threading.Lock()

def add():
    global counter
    for i in range(500):
        with lock:
            counter += 1

threads = [threading.Thread(target=add) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
)";

int64_t makespan(const Settings& s) {
    Sim sim(kTwoWorkers, s);
    CHECK(sim.run() == Verdict::Ok);
    CHECK(sim.err.empty());
    return sim.rt->nowNs();
}

}  // namespace

TEST_CASE("sim: two work(100) threads take 200 ms with a GIL, 100 ms without one on 4 cores") {
    int64_t gilNew = makespan(settings(4, GilMode::New));
    int64_t gilOld = makespan(settings(4, GilMode::Old));
    int64_t gilOff = makespan(settings(4, GilMode::Off));
    int64_t oneCore = makespan(settings(1, GilMode::Off));
    INFO("new " << gilNew << " old " << gilOld << " off " << gilOff << " off/1 core " << oneCore);
    CHECK(near(gilNew, 200));
    CHECK(near(gilOld, 200));
    CHECK(near(gilOff, 100));
    CHECK(near(oneCore, 200));
}

TEST_CASE("sim: each thread's CPU time is the work it did") {
    Sim sim(kTwoWorkers, settings(4, GilMode::Off));
    REQUIRE(sim.run() == Verdict::Ok);
    for (const char* name : {"Thread-1 (burn)", "Thread-2 (burn)"}) {
        TaskId id = sim.task(name);
        REQUIRE(id != kNoId);
        CHECK(sim.rt->task(id).cpuNs >= 100 * kMs);
        CHECK(sim.rt->task(id).cpuNs < 101 * kMs);
        // The trace's times are clamped to never go backwards across cores (Runtime::stamp), so
        // the recorded spans may be off by a fraction of a chunk (Settings::chunkNs).
        CHECK(sim.model.timeIn(id, il::trace::TaskState::Running) >= uint64_t(100 * kMs - kChunkSlack));
    }
}

TEST_CASE("sim: --until stops the run with verdict Limit at the given virtual time") {
    Settings s = settings();
    s.untilNs = 50 * kMs;
    Sim sim(kTwoWorkers, s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->nowNs() == 50 * kMs);
    CHECK(sim.rt->verdictMessage().find("--until") != std::string::npos);
    CHECK(sim.rt->log().endTimeNs() <= uint64_t(50 * kMs));
    CHECK_FALSE(sim.rt->step());  // an ended run takes no more steps
}

TEST_CASE("sim: --until later than the end lets the run finish") {
    Settings s = settings();
    s.untilNs = 500 * kMs;
    Sim sim(kTwoWorkers, s);
    CHECK(sim.run() == Verdict::Ok);
    CHECK(near(sim.rt->nowNs(), 200));
}

TEST_CASE("sim: the instruction limit ends a runaway thread with verdict Limit") {
    Settings s = settings();
    s.limits.maxInstructions = 20'000;
    Sim sim("import threading\n"
            "def spin():\n"
            "    while True:\n"
            "        pass\n"
            "threading.Thread(target=spin).start()\n",
            s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK_FALSE(sim.rt->verdictMessage().empty());
    // The limit is checked when the interpreter's countdown runs out; a run() entered just below
    // the limit may overshoot it by at most its budget (one chunk: 1000 instructions).
    CHECK(sim.rt->instructions() <= 20'000 + 1'000);
    CHECK(sim.rt->instructions() >= 19'000);
}

TEST_CASE("sim: the same program and settings record the same trace, event for event") {
    for (const char* policy : {"fifo", "random", "pct"}) {
        CAPTURE(policy);
        Settings s = settings(2, GilMode::Off);
        s.policy = policy;
        s.seed = 7;
        Sim a(kLockedCounter, s), b(kLockedCounter, s);
        REQUIRE(a.run() == Verdict::Ok);
        REQUIRE(b.run() == Verdict::Ok);
        const il::trace::TraceLog& la = a.rt->log();
        const il::trace::TraceLog& lb = b.rt->log();
        REQUIRE(la.size() == lb.size());
        REQUIRE(la.size() > 100);
        size_t differing = 0;
        for (size_t i = 0; i < la.size(); ++i) {
            const il::trace::Event& x = la.at(i);
            const il::trace::Event& y = lb.at(i);
            bool same = x.timeNs == y.timeNs && x.value == y.value && x.task == y.task && x.object == y.object &&
                        x.line == y.line && x.kind == y.kind && x.state == y.state &&
                        la.strings().get(x.aux) == lb.strings().get(y.aux);
            if (!same && differing++ == 0) FAIL_CHECK("first difference at event " << i);
        }
        CHECK(differing == 0);
        CHECK(a.rt->steps() == b.rt->steps());
        CHECK(a.rt->nowNs() == b.rt->nowNs());
        CHECK(a.out == b.out);
    }
}

TEST_CASE("sim: random and pct schedules differ by seed but keep a locked counter right") {
    for (const char* policy : {"random", "pct"}) {
        CAPTURE(policy);
        std::vector<int64_t> ends;
        for (uint64_t seed : {1u, 2u, 3u, 42u}) {
            CAPTURE(seed);
            Settings s = settings(2, GilMode::Off);
            s.policy = policy;
            s.seed = seed;
            Sim sim(kLockedCounter, s);
            CHECK(sim.run() == Verdict::Ok);
            CHECK(sim.out == "2000\n");
            CHECK(sim.err.empty());
            ends.push_back(sim.rt->nowNs());
        }
        // Different seeds chose different schedules (the chunk lengths alone are random).
        bool anyDiffer = false;
        for (int64_t e : ends) anyDiffer = anyDiffer || e != ends[0];
        CHECK(anyDiffer);
    }
}
