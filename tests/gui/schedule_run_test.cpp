// The window's schedule features without a window: "Find a failing schedule" (ExploreJob, pct,
// systematic runs whatever the toolbar says) finds the lost update and cancels promptly; a
// schedule walked through in LiveRun's schedule mode is exact forwards and backwards and stops
// at its last step; a saved run replays to the same trace; a schedule is refused on an edited
// script.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "app/cli/schedule_file.hpp"
#include "app/gui/app_state.hpp"
#include "app/gui/explore_job.hpp"
#include "app/gui/live_run.hpp"
#include "app/gui/schedule_controls.hpp"

using namespace il;
using namespace il::gui;
using Clock = std::chrono::steady_clock;

namespace {

std::string source(const char* relative) { return std::string(INTERLEAVE_SOURCE_DIR) + "/" + relative; }

std::string readText(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

bool waitFinished(const ExploreJob& job, std::chrono::seconds limit) {
    const auto deadline = Clock::now() + limit;
    while (!job.finished() && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return job.finished();
}

// syncUntilIdle() calls sync() the way frames do until the run is idle (or 60 s passed).
bool syncUntilIdle(LiveRun& run, TraceSession& session) {
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (Clock::now() < deadline) {
        run.sync(session);
        if (run.idle()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

// Every event of a session, strings spelled out (each log interns its own), to compare runs.
std::vector<std::string> events(const TraceSession& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.log.size(); ++i) {
        const trace::Event e = s.log.at(i);
        char head[160];
        std::snprintf(head, sizeof head, "%llu %llu %u %u %u %d %d ", static_cast<unsigned long long>(e.timeNs),
                      static_cast<unsigned long long>(e.value), e.task, e.object, unsigned(e.line), int(e.kind),
                      int(e.state));
        out.push_back(head + std::string(e.aux ? s.log.strings().get(e.aux) : ""));
    }
    return out;
}

// A run in schedule mode, paused after `step` choices, and what it showed.
struct Walk {
    TraceSession session;
    std::unique_ptr<LiveRun> run;
    Walk(const std::string& path, const cli::Schedule& s, uint64_t step)
        : run(std::make_unique<LiveRun>(path, ScheduleReplay{s, step})) {
        REQUIRE(syncUntilIdle(*run, session));
    }
    void forward() {
        run->stepForward();
        run->sync(session);  // the request is pending now: idle() waits for it to be carried out
        REQUIRE(syncUntilIdle(*run, session));
    }
};

// The window's own search of the lost update, with the toolbar's default settings (a GIL).
ExploreRequest lostUpdate(uint64_t runs) {
    const std::string path = source("tests/explore/lost_update.py");
    ExploreRequest r = windowSearch(path, readText(path), rt::Settings{});
    r.runs = runs;
    return r;
}

}  // namespace

TEST_CASE("an explore job finds the lost update in the background") {
    const auto start = Clock::now();
    ExploreJob job(lostUpdate(20'000));
    REQUIRE(waitFinished(job, std::chrono::seconds(120)));
    MESSAGE("strategy ", job.request().strategy, ": found after ", job.result().tried, " runs in ",
            std::chrono::duration<double>(Clock::now() - start).count(), " s");
    CHECK(job.error().empty());
    REQUIRE(job.result().found);
    CHECK_FALSE(job.result().cancelled);
    CHECK(job.result().outcome.failed());
    CHECK(job.result().failing.scriptHash == cli::scriptHash(job.request().text));
    CHECK(job.result().failing.settings.policy == "replay");  // minimised: its choices alone replay it
    CHECK(job.done() >= job.result().tried);
}

TEST_CASE("the window searches with pct, and the toolbar's cores and GIL change nothing") {
    ExploreRequest r = lostUpdate(20'000);
    CHECK(r.strategy == "pct");
    ExploreJob withGil(r);
    r.settings.gil = rt::GilMode::Off;
    r.settings.cores = 4;
    ExploreJob freeCores(r);
    REQUIRE(waitFinished(withGil, std::chrono::seconds(120)));
    REQUIRE(waitFinished(freeCores, std::chrono::seconds(120)));
    REQUIRE(withGil.result().found);
    REQUIRE(freeCores.result().found);
    // Systematic runs: one task at a time, so the same search finds the same schedule.
    CHECK(withGil.result().tried == freeCores.result().tried);
    CHECK(withGil.result().failing.choices == freeCores.result().failing.choices);
}

TEST_CASE("a dfs search of a race-free script says its bounded space is exhausted") {
    ExploreRequest r = lostUpdate(100'000);
    r.path = source("tests/explore/lost_update_locked.py");
    r.text = readText(r.path);
    r.strategy = "dfs";
    r.preemptions = 1;
    ExploreJob job(std::move(r));
    REQUIRE(waitFinished(job, std::chrono::seconds(120)));
    MESSAGE("dfs, 1 preemption: ", job.result().tried, " schedules, exhausted ", job.result().exhausted);
    CHECK_FALSE(job.result().found);
    CHECK(job.result().exhausted);
    CHECK(job.result().tried < 100'000);
}

TEST_CASE("an explore job cancelled at once stops promptly and says so") {
    ExploreRequest r = lostUpdate(1'000'000'000);
    r.path = source("tests/explore/lost_update_locked.py");  // never fails: only Cancel ends it
    r.text = readText(r.path);
    ExploreJob job(std::move(r));
    job.cancel();
    const auto start = Clock::now();
    REQUIRE(waitFinished(job, std::chrono::seconds(30)));
    CHECK(std::chrono::duration<double>(Clock::now() - start).count() < 5.0);
    CHECK(job.result().cancelled);
    CHECK_FALSE(job.result().found);
    CHECK(job.result().made < 1'000'000'000);
}

TEST_CASE("an explore job on a script that does not compile reports it") {
    ExploreRequest r = lostUpdate(10);
    r.text = "def broken(:\n";
    ExploreJob job(std::move(r));
    REQUIRE(waitFinished(job, std::chrono::seconds(30)));
    CHECK_FALSE(job.error().empty());
    CHECK_FALSE(job.result().found);
}

TEST_CASE("the found schedule starts at step 0 and its last step is the failure") {
    ExploreJob job(lostUpdate(20'000));
    REQUIRE(waitFinished(job, std::chrono::seconds(120)));
    REQUIRE(job.result().found);
    const cli::Schedule& s = job.result().failing;
    Walk walk(job.request().path, s, 0);
    const RunStatus& st = walk.run->status();
    CHECK(st.schedule);
    CHECK(st.scheduleStep == 0);
    CHECK(st.scheduleSteps == s.choices.size());
    CHECK(st.scheduleVerdict == job.result().outcome.verdict);
    CHECK_FALSE(st.ended);  // paused before its first choice
    const auto start = Clock::now();
    for (uint64_t k = 1; k <= st.scheduleSteps; ++k) {
        walk.forward();
        CHECK(walk.run->status().scheduleStep == k);
    }
    MESSAGE(st.scheduleSteps, " steps forward in ", std::chrono::duration<double>(Clock::now() - start).count(), " s");
    CHECK(walk.run->status().ended);
    CHECK(walk.session.output.find("lost an update") != std::string::npos);
    // Step forward at "N of N" takes nothing: there is no choice of the schedule left.
    walk.run->stepForward();
    REQUIRE(syncUntilIdle(*walk.run, walk.session));
    CHECK(walk.run->status().scheduleStep == st.scheduleSteps);
    // What the window shows beside "step k of N": the minimised schedule's figures.
    // Minimising drops preemptions; it may take a step more (24 -> 25 here, 3 preemptions both).
    CHECK(job.result().steps == st.scheduleSteps);
    CHECK(job.result().preemptions <= job.result().originalPreemptions);
}

// A re-run (Ctrl+Enter, new parameter values) restarts at the step shown, not the one the
// schedule was opened at.
TEST_CASE("the schedule's step follows the walk, so a restart comes back to it") {
    ExploreJob job(lostUpdate(20'000));
    REQUIRE(waitFinished(job, std::chrono::seconds(120)));
    REQUIRE(job.result().found);
    RunConfig config;
    config.scenarioPath = job.request().path;
    config.schedule = ScheduleReplay{job.result().failing, 0};
    TraceSession session;
    std::unique_ptr<LiveRun> run = startLiveRun(config, job.request().text, 0);
    REQUIRE(syncUntilIdle(*run, session));
    for (int i = 0; i < 3; ++i) {
        run->stepForward();
        run->sync(session);
        REQUIRE(syncUntilIdle(*run, session));
    }
    REQUIRE(run->status().scheduleStep == 3);
    ScheduleControls controls;
    int restarts = 0;
    controls.apply(config, run.get(), [&] { ++restarts; });
    CHECK(restarts == 0);
    REQUIRE(config.schedule);
    CHECK(config.schedule->step == 3);
    TraceSession again;
    std::unique_ptr<LiveRun> rerun = startLiveRun(config, job.request().text, 0);
    REQUIRE(syncUntilIdle(*rerun, again));
    CHECK(rerun->status().scheduleStep == 3);
}

// Step back is a fresh run at k - 1; it must be the very run that stepping forward passed
// through, event for event: pausing never changes what runs.
TEST_CASE("walking a schedule forward k times and back once is the run paused at k - 1") {
    // A recorded random run of dining philosophers: several choices to walk through.
    const std::string path = source("scenarios/dining_philosophers.py");
    rt::Settings settings;
    settings.policy = "random";
    settings.seed = 3;
    settings.cores = 2;  // fewer cores than philosophers, and no GIL to queue them on: choices
    settings.gil = rt::GilMode::Off;
    TraceSession freeSession;
    LiveRun freeRun(path, settings, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(freeRun, freeSession));
    const std::optional<cli::Schedule> s = freeRun.schedule();
    REQUIRE(s);
    const uint64_t n = s->choices.size();
    MESSAGE("dining philosophers, random seed 3: ", n, " choices");
    REQUIRE(n >= 3);
    const uint64_t k = n / 2 + 1;

    Walk walk(path, *s, 0);
    std::vector<std::vector<std::string>> passed{events(walk.session)};
    for (uint64_t i = 1; i <= k; ++i) {
        walk.forward();
        passed.push_back(events(walk.session));
    }
    REQUIRE(walk.run->status().scheduleStep == k);
    // Back: what the window does on Step back.
    const auto start = Clock::now();
    Walk back(path, *s, walk.run->status().scheduleStep - 1);
    MESSAGE("a step back (compile, headless run, replay to step ", k - 1, ") took ",
            std::chrono::duration<double>(Clock::now() - start).count() * 1e3, " ms");
    CHECK(back.run->status().scheduleStep == k - 1);
    CHECK(events(back.session) == passed[k - 1]);
    Walk fresh(path, *s, k - 1);
    CHECK(events(fresh.session) == events(back.session));
    CHECK(fresh.session.output == back.session.output);
    CHECK(events(back.session) != passed[k]);  // a step moves something
}

TEST_CASE("a run's saved schedule replays to the same trace, output and verdict") {
    const std::string path = source("scenarios/deadlock_two_locks.py");
    rt::Settings settings;
    settings.policy = "pct";
    settings.seed = 11;
    settings.cores = 1;
    settings.gil = rt::GilMode::Off;  // with a GIL only its holder is ever ready: no choices
    TraceSession freeSession;
    LiveRun freeRun(path, settings, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(freeRun, freeSession));
    std::optional<cli::Schedule> s = freeRun.schedule();
    REQUIRE(s);
    CHECK(s->choices.size() > 0);
    const std::string file = std::string(INTERLEAVE_BINARY_DIR) + "/saved.schedule.json";
    std::string error;
    REQUIRE(cli::writeSchedule(file, *s, error));
    std::optional<cli::Schedule> loaded = readScheduleFor(file, readText(path), error);
    REQUIRE_MESSAGE(loaded, error);
    Walk replay(path, *loaded, s->choices.size());
    CHECK(replay.run->status().ended);
    CHECK(replay.run->status().verdict == freeRun.status().verdict);
    CHECK(replay.session.output == freeSession.output);
    CHECK(events(replay.session) == events(freeSession));
}

TEST_CASE("a schedule recorded on another version of the script is refused") {
    const std::string path = source("tests/explore/lost_update.py");
    TraceSession freeSession;
    LiveRun freeRun(path, rt::Settings{}, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(freeRun, freeSession));
    const std::optional<cli::Schedule> s = freeRun.schedule();
    REQUIRE(s);
    const std::string file = std::string(INTERLEAVE_BINARY_DIR) + "/edited.schedule.json";
    std::string error;
    REQUIRE(cli::writeSchedule(file, *s, error));
    const std::string edited = readText(path) + "\nprint('edited')\n";
    CHECK_FALSE(readScheduleFor(file, edited, error));
    CHECK(error == "schedule.other_script");  // no language loaded: tr() gives the key
    // And a schedule already loaded is dropped when the window runs another text.
    RunConfig config;
    config.scenarioPath = path;
    config.schedule = ScheduleReplay{*s, 0};
    const std::unique_ptr<LiveRun> run = startLiveRun(config, edited, 0);
    CHECK_FALSE(config.schedule);
    CHECK_FALSE(run->scheduleMode());
}

TEST_CASE("a run stepped by hand has no schedule to save") {
    rt::Settings settings;
    settings.policy = "manual";
    TraceSession session;
    LiveRun run(source("tests/explore/lost_update.py"), settings, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(run, session));
    CHECK_FALSE(run.schedule());
}
