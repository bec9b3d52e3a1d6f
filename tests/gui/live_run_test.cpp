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
