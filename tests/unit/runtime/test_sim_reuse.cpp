// Runs on one OS thread share what the performance work made per thread: the object pool's free
// lists (object_pool.hpp), the native modules' templates (newFilledModule), the prelude cache and
// the trace's spare chunk. None of it may show: a run gives the same output and trace on a
// thread that already ran others as on a fresh one, and what a script changes in a module
// (monkeypatching) stays in its own run.

#include <doctest/doctest.h>

#include <sstream>
#include <thread>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

const char* kDining = R"(import threading
import time

forks = [threading.Lock() for _ in range(3)]
meals = [0, 0, 0]

def philosopher(seat):
    first, second = seat, (seat + 1) % 3
    if seat == 2:
        first, second = second, first
    forks[first].acquire()
    forks[second].acquire()
    meals[seat] += 1
    forks[second].release()
    forks[first].release()

diners = [threading.Thread(target=philosopher, args=(s,), name=f"P{s}") for s in range(3)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("meals:", meals, time.monotonic() > 0)
)";

// What a run shows: its output and every trace event with its strings, as text.
std::string runAndDescribe(bool systematic) {
    Settings s = settings();
    s.policy = "random";
    s.seed = 7;
    s.systematic = systematic;
    Sim sim(kDining, s);
    REQUIRE(sim.run() == Verdict::Ok);
    std::ostringstream text;
    text << sim.out << sim.err;
    const il::trace::TraceLog& log = sim.rt->log();
    for (size_t i = 0; i < log.size(); ++i) {
        const il::trace::Event& e = log.at(i);
        text << e.timeNs << ' ' << e.value << ' ' << e.task << ' ' << e.object << ' ' << log.strings().get(e.aux)
             << ' ' << e.line << ' ' << int(e.kind) << ' ' << int(e.state) << '\n';
    }
    return text.str();
}

std::string onFreshThread(bool systematic) {
    std::string out;
    std::thread t([&] { out = runAndDescribe(systematic); });
    t.join();
    return out;
}

}  // namespace

TEST_CASE("sim: a run gives the same output and trace on a fresh thread and after other runs") {
    for (bool systematic : {false, true}) {
        CAPTURE(systematic);
        const std::string fresh = onFreshThread(systematic);
        REQUIRE(fresh.find("meals: [1, 1, 1] True") != std::string::npos);
        // This thread has run others (the pool holds their freed objects, the templates exist).
        CHECK(runAndDescribe(systematic) == fresh);
        CHECK(runAndDescribe(systematic) == fresh);
    }
}

TEST_CASE("sim: a module a run changed is built afresh for the next run") {
    // _interleave, time and random come from per-thread templates, threading from the prelude
    // cache; each run must start from the pristine modules whatever the run before did.
    const char* patch = R"(import _interleave
import random
import threading
import time

time.monotonic = lambda: 42.0
time.extra = 1
random.seed = None
_interleave.get_ident = None
threading.Lock = None
threading.extra = 2
print(time.monotonic(), random.seed, threading.Lock)
)";
    const char* check = R"(import threading
import time
import random
import _interleave

print(hasattr(time, "extra"), time.monotonic() == 42.0, random.seed is None)
print(_interleave.get_ident is None, threading.Lock is None, hasattr(threading, "extra"))
print(threading.current_thread().name, threading.get_ident() > 0)
)";
    for (int round = 0; round < 2; ++round) {
        Sim a(patch);
        REQUIRE(a.run() == Verdict::Ok);
        CHECK(a.out == "42.0 None None\n");
        Sim b(check);
        REQUIRE(b.run() == Verdict::Ok);
        CHECK(b.err == "");
        CHECK(b.out == "False False False\nFalse False False\nMainThread True\n");
    }
}
