// LiveRun without a window: the engine thread runs a real scenario, sync() brings its trace,
// output and verdict to the GUI side, and pause, pacing, stopping and destruction mid-run behave.
// Worth running under ThreadSanitizer (INTERLEAVE_TSAN): two threads share the Runtime.

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include "app/gui/app_state.hpp"
#include "app/gui/live_run.hpp"

using namespace il;
using namespace il::gui;
using Clock = std::chrono::steady_clock;

namespace {

std::string scenario(const char* name) { return std::string(INTERLEAVE_SOURCE_DIR) + "/scenarios/" + name; }

// syncUntilIdle() calls sync() the way frames do until the run is idle (or 60 s passed).
bool syncUntilIdle(LiveRun& run, TraceSession& session) {
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (Clock::now() < deadline) {
        run.sync(session);
        if (run.idle()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

}  // namespace

TEST_CASE("a live run of producer_consumer ends ok with its trace and output copied") {
    TraceSession session;
    LiveRun run(scenario("producer_consumer.py"), rt::Settings{}, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().ended);
    CHECK(run.status().verdict == rt::Verdict::Ok);
    CHECK(session.output.find("consumed 12 of 12 items") != std::string::npos);
    CHECK(session.log.size() > 100);
    CHECK(session.model.eventsSeen() == session.log.size());
    CHECK(session.model.tasks().size() > 5);
    CHECK(session.diagnostics.empty());
}

TEST_CASE("a live run of deadlock_two_locks ends in a deadlock with a message") {
    TraceSession session;
    LiveRun run(scenario("deadlock_two_locks.py"), rt::Settings{}, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().verdict == rt::Verdict::Deadlock);
    CHECK_FALSE(run.status().message.empty());
}

TEST_CASE("a paused run does not step until resumed") {
    TraceSession session;
    LiveRun run(scenario("producer_consumer.py"), rt::Settings{}, kUnlimitedSpeed, true);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    run.sync(session);
    CHECK(run.status().steps == 0);
    CHECK(run.status().nowNs == 0);  // the log may hold the main process's creation already
    run.setPaused(false);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().verdict == rt::Verdict::Ok);
}

TEST_CASE("slow motion paces virtual time by real time") {
    TraceSession session;
    // 0.01x: 200 ms of real time is 2 ms of virtual time; the run takes 160 ms of it. Only an
    // upper bound is checked, so a slow or loaded machine (sanitizers) cannot fail it.
    LiveRun run(scenario("producer_consumer.py"), rt::Settings{}, 0.01, false);
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    do {  // compiling takes a while under sanitizers
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        run.sync(session);
    } while (run.status().steps == 0 && Clock::now() < deadline);
    REQUIRE(run.status().steps > 0);
    const int64_t first = run.status().nowNs;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    run.sync(session);
    CHECK(run.status().nowNs - first < 20'000'000);
    CHECK_FALSE(run.idle());
    run.setSpeed(kUnlimitedSpeed);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().verdict == rt::Verdict::Ok);
}

TEST_CASE("a run stops at stopAtNs without ending") {
    TraceSession session;
    LiveRun run(scenario("producer_consumer.py"), rt::Settings{}, kUnlimitedSpeed, false, 50'000'000);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().stopReached);
    CHECK_FALSE(run.status().ended);
    CHECK(run.status().nowNs >= 50'000'000);
}

TEST_CASE("destroying a running run joins its engine thread promptly") {
    TraceSession session;
    const auto start = Clock::now();
    {
        rt::Settings s;
        s.gil = rt::GilMode::Old;  // more steps per virtual second: the engine is busy
        LiveRun run(scenario("gil_cpu_bound.py"), s, kUnlimitedSpeed, false);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        run.sync(session);
    }
    CHECK(Clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("a script that does not compile keeps its diagnostics") {
    TraceSession session;
    LiveRun run(scenario("does_not_exist.py"), rt::Settings{}, 1.0, false);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().compileFailed);
    CHECK(session.diagnostics.find("does_not_exist.py") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Step mode: the manual policy, driven by step requests as the toolbar and the panels send them.
// ---------------------------------------------------------------------------------------------

namespace {

rt::Settings manualSettings() {
    rt::Settings s;
    s.policy = "manual";
    return s;
}

// syncUntilStepped() syncs until every queued step is done (the run waits for a choice) or it ended.
bool syncUntilStepped(LiveRun& run, TraceSession& session) {
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (Clock::now() < deadline) {
        run.sync(session);
        if (run.status().waitingForChoice || run.status().ended) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

const TaskSnapshot* findTask(const RunStatus& st, const std::string& name) {
    for (const TaskSnapshot& t : st.tasks)
        if (t.name == name) return &t;
    return nullptr;
}

// stepMainUntil() steps the main thread, a statement at a time, until `done` holds (at most 200).
template <class Done>
void stepMainUntil(LiveRun& run, TraceSession& session, Done done) {
    for (int i = 0; i < 200 && !done(run.status()); ++i) {
        const TaskSnapshot* main = findTask(run.status(), "MainThread");
        REQUIRE(main != nullptr);
        run.stepStatement(main->id);
        REQUIRE(syncUntilStepped(run, session));
    }
    REQUIRE(done(run.status()));
}

// The trace as comparable text: every event's fields, strings resolved.
std::string traceText(const TraceSession& s) {
    std::string out;
    for (size_t i = 0; i < s.log.size(); ++i) {
        const trace::Event e = s.log.at(i);
        out += std::to_string(e.timeNs) + ' ' + std::to_string(e.value) + ' ' + std::to_string(e.task) + ' ' +
               std::to_string(e.object) + ' ' + std::string(s.log.strings().get(e.aux)) + ' ' + std::to_string(e.line) +
               ' ' + std::to_string(int(e.kind)) + ' ' + std::to_string(int(e.state)) + '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("in step mode nothing runs until a step is asked for") {
    TraceSession session;
    LiveRun run(scenario("deadlock_two_locks.py"), manualSettings(), kUnlimitedSpeed, false);
    REQUIRE(syncUntilStepped(run, session));
    CHECK(run.status().manual);
    CHECK(run.idle());  // waiting for the learner, not ended
    CHECK_FALSE(run.status().ended);
    CHECK(run.status().instructions == 0);
    REQUIRE(run.status().tasks.size() == 1);
    CHECK(run.status().tasks[0].name == "MainThread");
    CHECK(run.status().tasks[0].runnable);
    CHECK(run.status().nextInTurn == run.status().tasks[0].id);
    run.stepInstruction();
    REQUIRE(syncUntilStepped(run, session));
    CHECK(run.status().instructions == 1);
    CHECK(run.status().lastStepped == run.status().tasks[0].id);
}

TEST_CASE("stepping deadlock_two_locks by hand, a statement of each task in turn, reaches the deadlock") {
    TraceSession session;
    LiveRun run(scenario("deadlock_two_locks.py"), manualSettings(), kUnlimitedSpeed, false);
    REQUIRE(syncUntilStepped(run, session));
    int steps = 0;
    for (; steps < 2000 && !run.status().ended; ++steps) {
        run.stepStatement();
        REQUIRE(syncUntilStepped(run, session));
    }
    CHECK(run.status().ended);
    CHECK(run.status().verdict == rt::Verdict::Deadlock);
    CHECK(run.status().message.find("T1") != std::string::npos);
    CHECK(steps < 200);  // statements, not instructions: a learner can click through it
    MESSAGE("deadlock after ", steps, " statement steps, ", run.status().instructions, " instructions");
    // Once ended, further requests are dropped, never carried out.
    const uint64_t before = run.status().instructions;
    run.stepStatement();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(syncUntilStepped(run, session));
    CHECK(run.status().instructions == before);
}

TEST_CASE("a step of one task advances only that task") {
    TraceSession session;
    const rt::Settings settings = manualSettings();
    LiveRun run(scenario("deadlock_two_locks.py"), settings, kUnlimitedSpeed, false);
    REQUIRE(syncUntilStepped(run, session));
    // The main thread starts T1 and T2, then blocks in join().
    stepMainUntil(run, session, [](const RunStatus& st) {
        const TaskSnapshot* m = findTask(st, "MainThread");
        return findTask(st, "T2") != nullptr && m != nullptr && !m->runnable;
    });
    const RunStatus before = run.status();
    const TaskSnapshot t1 = *findTask(before, "T1"), t2 = *findTask(before, "T2");
    REQUIRE(t1.runnable);
    REQUIRE(t2.runnable);

    run.stepInstruction(t1.id);
    REQUIRE(syncUntilStepped(run, session));
    const RunStatus& st = run.status();
    CHECK(st.instructions == before.instructions + 1);
    CHECK(findTask(st, "T1")->cpuNs == t1.cpuNs + settings.instructionNs);
    CHECK(findTask(st, "T2")->cpuNs == t2.cpuNs);
    CHECK(findTask(st, "T2")->line == t2.line);
    CHECK(st.lastStepped == t1.id);

    // A statement of T2: its line moves on, T1 stays where it was.
    const TaskSnapshot t1Now = *findTask(st, "T1");
    run.stepStatement(t2.id);
    REQUIRE(syncUntilStepped(run, session));
    const TaskSnapshot* t2After = findTask(run.status(), "T2");
    CHECK(t2After->cpuNs > t2.cpuNs);
    CHECK((t2After->line != t2.line || !t2After->runnable));
    CHECK(findTask(run.status(), "T1")->cpuNs == t1Now.cpuNs);
    CHECK(findTask(run.status(), "T1")->line == t1Now.line);
}

TEST_CASE("the same choices give the same trace") {
    // A fixed script of choices: main until it blocks, then T2 ahead of T1, then turns.
    auto play = [](TraceSession& session) {
        LiveRun run(scenario("deadlock_two_locks.py"), manualSettings(), kUnlimitedSpeed, false);
        REQUIRE(syncUntilStepped(run, session));
        stepMainUntil(run, session, [](const RunStatus& st) {
            const TaskSnapshot* m = findTask(st, "MainThread");
            return findTask(st, "T2") != nullptr && m != nullptr && !m->runnable;
        });
        const trace::TaskId t2 = findTask(run.status(), "T2")->id;
        for (int i = 0; i < 3; ++i) run.stepStatement(t2);
        for (int i = 0; i < 5; ++i) run.stepInstruction();
        for (int i = 0; i < 300; ++i) run.stepStatement();
        REQUIRE(syncUntilStepped(run, session));
        return run.status().verdict;
    };
    TraceSession a, b;
    const rt::Verdict va = play(a), vb = play(b);
    CHECK(va == vb);
    CHECK(a.log.size() > 50);
    CHECK(a.log.size() == b.log.size());
    CHECK(traceText(a) == traceText(b));
    CHECK(a.output == b.output);
}

TEST_CASE("a run that is not in step mode ignores step requests") {
    TraceSession session;
    LiveRun run(scenario("producer_consumer.py"), rt::Settings{}, kUnlimitedSpeed, true);
    run.stepStatement();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    run.sync(session);
    CHECK_FALSE(run.status().manual);
    CHECK(run.status().stepsPending == 0);
    CHECK(run.status().steps == 0);
    CHECK(run.status().tasks.empty());
}
