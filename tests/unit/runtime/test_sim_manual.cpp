// The manual policy: the learner (the GUI) says which task takes the next step; with no choice
// queued the run pauses instead of ending.

#include "tests/unit/runtime/sim_test_util.hpp"

namespace il::rt::test {

namespace {
const char* kTwoWriters =
    "import threading\n"
    "def a():\n"
    "    print('a1')\n"
    "    print('a2')\n"
    "def b():\n"
    "    print('b1')\n"
    "    print('b2')\n"
    "ta = threading.Thread(target=a, name='A')\n"
    "tb = threading.Thread(target=b, name='B')\n"
    "ta.start()\n"
    "tb.start()\n"
    "ta.join()\n"
    "tb.join()\n";

Settings manual() {
    Settings s = settings(4, GilMode::New);
    s.policy = "manual";
    return s;
}

// stepWith() queues `task` and steps until the choice has been used (the run pauses again).
void stepAll(Runtime& rt, TaskId task) {
    auto& policy = static_cast<sched::ManualPolicy&>(rt.policy());
    policy.choose(task);
    while (rt.step()) {
    }
}
}  // namespace

TEST_CASE("sim: the manual policy pauses until a task is chosen, one instruction per choice") {
    Sim sim(kTwoWriters, manual());
    CHECK_FALSE(sim.rt->step());  // nothing chosen yet: paused, not ended
    CHECK(sim.rt->verdict() == Verdict::Running);
    TaskId main = sim.task("MainThread");
    REQUIRE(main != kNoId);
    // Run the main thread until both threads exist and it blocks in join().
    for (int i = 0; i < 5000 && sim.task("B") == kNoId; ++i) stepAll(*sim.rt, main);
    for (int i = 0; i < 5000 && sim.rt->task(main).state != trace::TaskState::Blocked; ++i) stepAll(*sim.rt, main);
    REQUIRE(sim.task("B") != kNoId);
    TaskId a = sim.task("A"), b = sim.task("B");
    uint64_t before = sim.rt->instructions();
    stepAll(*sim.rt, b);
    CHECK(sim.rt->instructions() == before + 1);  // exactly one instruction per choice
    // B first to its end, then A: the output follows the learner's choices, not a timer.
    for (int i = 0; i < 5000 && sim.rt->task(b).state != trace::TaskState::Done; ++i) stepAll(*sim.rt, b);
    CHECK(sim.out == "b1\nb2\n");
    for (int i = 0; i < 5000 && sim.rt->task(a).state != trace::TaskState::Done; ++i) stepAll(*sim.rt, a);
    CHECK(sim.out == "b1\nb2\na1\na2\n");
    for (int i = 0; i < 5000 && sim.rt->verdict() == Verdict::Running; ++i) stepAll(*sim.rt, main);
    CHECK(sim.rt->verdict() == Verdict::Ok);
}

}  // namespace il::rt::test

namespace il::rt::test {

TEST_CASE("sim: under the manual policy time waits for the learner while a task is ready") {
    Sim sim("import threading, time\n"
            "def sleeper():\n"
            "    time.sleep(1)\n"
            "t = threading.Thread(target=sleeper, name='S')\n"
            "t.start()\n"
            "t.join()\n",
            manual());
    TaskId main = sim.task("MainThread");
    for (int i = 0; i < 5000 && sim.task("S") == kNoId; ++i) stepAll(*sim.rt, main);
    TaskId s = sim.task("S");
    REQUIRE(s != kNoId);
    // Run S into its sleep; the main thread is still ready (it has not reached join()).
    for (int i = 0; i < 5000 && sim.rt->task(s).state != trace::TaskState::Sleeping; ++i) stepAll(*sim.rt, s);
    REQUIRE(sim.rt->task(s).state == trace::TaskState::Sleeping);
    int64_t before = sim.rt->nowNs();
    CHECK_FALSE(sim.rt->step());  // no choice: the sleeper's timer must not fire yet
    CHECK(sim.rt->nowNs() == before);
    CHECK(sim.rt->task(s).state == trace::TaskState::Sleeping);
    // Once nothing is ready (main blocked in join), time runs on to the timer by itself.
    for (int i = 0; i < 5000 && sim.rt->task(main).state != trace::TaskState::Blocked; ++i) stepAll(*sim.rt, main);
    CHECK_FALSE(sim.rt->step());
    CHECK(sim.rt->nowNs() >= 1'000'000'000);
    CHECK(sim.rt->task(s).state == trace::TaskState::Ready);
}

}  // namespace il::rt::test
