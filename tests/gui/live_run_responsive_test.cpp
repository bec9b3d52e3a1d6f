// An endless loop leaves the window responsive: the engine thread runs `while True: pass` and
// the GUI thread's sync(), Pause and Reset (destroying the run and starting another) each get
// the engine's mutex within one batch (LiveRun's kBatch, 4 ms) rather than when the loop ends.
// The figures are printed; the bounds checked are generous (1 s) so a loaded or sanitized
// machine cannot fail them, yet a regression that held the mutex for the whole run (or until a
// limit) would, since the loop here never ends.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "app/gui/app_state.hpp"
#include "app/gui/live_run.hpp"

using namespace il;
using namespace il::gui;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kEndless = "n = 0\nwhile True:\n    n += 1\n";

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// startedLoop() is a run of kEndless at full speed, once it has taken its first steps.
std::unique_ptr<LiveRun> startedLoop(TraceSession& session) {
    auto run =
        std::make_unique<LiveRun>("endless.py", rt::Settings{}, kUnlimitedSpeed, false, 0, std::string(kEndless));
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    do {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        run->sync(session);
    } while (run->status().steps < 100 && Clock::now() < deadline);
    return run;
}

}  // namespace

TEST_CASE("an endless loop: frames, Pause and Reset get through within a batch") {
    TraceSession session;
    std::unique_ptr<LiveRun> run = startedLoop(session);
    REQUIRE(run->status().steps >= 100);
    REQUIRE_FALSE(run->status().ended);

    double worstSync = 0;
    for (int frame = 0; frame < 30; ++frame) {
        const auto t = Clock::now();
        run->sync(session);
        worstSync = std::max(worstSync, msSince(t));
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }

    auto t = Clock::now();
    run->setPaused(true);
    const double pauseMs = msSince(t);
    run->sync(session);
    const uint64_t stepsAtPause = run->status().steps;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    run->sync(session);
    CHECK(run->status().steps == stepsAtPause);  // paused means no step is taken
    run->setPaused(false);

    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    t = Clock::now();
    run.reset();  // Reset: the old run's engine thread is stopped and joined ...
    run = std::make_unique<LiveRun>("endless.py", rt::Settings{}, kUnlimitedSpeed, false, 0, std::string(kEndless));
    const double resetMs = msSince(t);  // ... and the new one started

    MESSAGE("worst sync ", worstSync, " ms, pause ", pauseMs, " ms, reset ", resetMs, " ms");
    CHECK(worstSync < 1000.0);
    CHECK(pauseMs < 1000.0);
    CHECK(resetMs < 1000.0);
}
