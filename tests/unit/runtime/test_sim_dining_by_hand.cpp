// Dining philosophers deadlock only under some interleavings: the default schedule lets them
// all eat, and a learner stepping them by hand (step mode: one instruction of each philosopher
// in turn) walks them into the cycle where every one holds a left fork and waits for the right.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

// step() makes `task` take one instruction, as a click in step mode does.
void step(Runtime& rt, TaskId task) {
    static_cast<il::sched::ManualPolicy&>(rt.policy()).choose(task);
    while (rt.step()) {
    }
}

}  // namespace

TEST_CASE("sim: the dining philosophers eat under the default schedule") {
    Sim sim(sourceText("scenarios/dining_philosophers.py"));
    CHECK(sim.run() == Verdict::Ok);
    CHECK(sim.out.find("meals eaten: [3, 3, 3, 3, 3]") != std::string::npos);
}

TEST_CASE("sim: stepping the philosophers one instruction each in turn reaches the deadlock") {
    Settings s = settings();
    s.policy = "manual";
    Sim sim(sourceText("scenarios/dining_philosophers.py"), s);
    const TaskId main = sim.task("MainThread");
    REQUIRE(main != kNoId);
    // The main thread starts all five and blocks in join().
    for (int i = 0; i < 100'000 && sim.rt->task(main).state != il::trace::TaskState::Blocked; ++i) step(*sim.rt, main);
    std::vector<TaskId> diners;
    for (int p = 0; p < 5; ++p) diners.push_back(sim.task("P" + std::to_string(p)));
    for (TaskId d : diners) REQUIRE(d != kNoId);
    for (int round = 0; round < 10'000 && sim.rt->verdict() == Verdict::Running; ++round)
        for (TaskId d : diners)
            if (sim.rt->task(d).state != il::trace::TaskState::Blocked) step(*sim.rt, d);
    CHECK(sim.rt->verdict() == Verdict::Deadlock);
    // Every philosopher is in the cycle, each waiting for the fork its neighbour holds.
    for (int p = 0; p < 5; ++p) CHECK(sim.rt->verdictMessage().find("P" + std::to_string(p)) != std::string::npos);
    CHECK(sim.out.find("meals eaten") == std::string::npos);
}
