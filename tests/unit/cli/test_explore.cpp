// The explorer: a failing schedule is found for the lost-update counter and
// the two-lock deadlock, none for the locked counter, and a found schedule replays to the same run.
#include <doctest/doctest.h>

#include <string>

#include "app/cli/compile_file.hpp"
#include "app/cli/explorer.hpp"
#include "app/cli/schedule_file.hpp"
#include "engine/script/source.hpp"

using namespace il;
using namespace il::cli;

namespace {

CompiledFile load(const std::string& rel) {
    std::string errors;
    CompiledFile f = compileFile(std::string(INTERLEAVE_SOURCE_DIR) + "/" + rel, &errors);
    INFO(errors);
    REQUIRE(f.program);
    return f;
}

// The lost update needs a switch between a thread's load and its store: with the new GIL and its
// 5 ms interval no run of this 40-instruction script has one, so its tests run free-threaded.
ExploreResult exploreFile(const std::string& rel, const std::string& strategy, uint64_t runs, uint64_t seed = 0,
                          rt::GilMode gil = rt::GilMode::New, unsigned jobs = 1) {
    CompiledFile f = load(rel);
    ExploreOptions o;
    o.strategy = strategy;
    o.runs = runs;
    o.seed = seed;
    o.jobs = jobs;
    rt::Settings base;
    base.gil = gil;
    base.limits.maxInstructions = 50'000'000;
    const std::string path = std::string(INTERLEAVE_SOURCE_DIR) + "/" + rel;
    return explore([path] { return compileFile(path).program; }, scriptHash(f.source->text()), base, o);
}

}  // namespace

TEST_CASE("Explore.pct finds the lost update within 1000 runs, and its schedule replays") {
    ExploreResult r = exploreFile("tests/explore/lost_update.py", "pct", 1000, 0, rt::GilMode::Off);
    REQUIRE(r.found);
    CHECK(r.outcome.verdict == rt::Verdict::Error);  // the main thread's assert
    MESSAGE("lost update found after " << r.tried << " runs");
    CompiledFile f = load("tests/explore/lost_update.py");
    for (int again = 0; again < 2; ++again) {
        RunOutcome o = runHeadless(r.failing.settings, f.program, replayPolicy(r.failing));
        CHECK(o.verdict == r.outcome.verdict);
        CHECK(o.choices == r.failing.choices);
    }
}

TEST_CASE("Explore.random finds the lost update too, from several exploration seeds") {
    for (uint64_t seed : {1, 2, 3}) {
        ExploreResult r = exploreFile("tests/explore/lost_update.py", "random", 1000, seed, rt::GilMode::Off);
        INFO(seed);
        CHECK(r.found);
    }
}

TEST_CASE("Explore finds the two-lock deadlock") {
    for (const char* strategy : {"pct", "random"}) {
        ExploreResult r = exploreFile("scenarios/deadlock_two_locks.py", strategy, 1000);
        INFO(strategy);
        REQUIRE(r.found);
        CHECK(r.outcome.verdict == rt::Verdict::Deadlock);
    }
}

TEST_CASE("Explore: the locked counter has no failure in 200 runs") {
    for (const char* strategy : {"pct", "random"})
        for (rt::GilMode gil : {rt::GilMode::New, rt::GilMode::Off}) {
            ExploreResult r = exploreFile("tests/explore/lost_update_locked.py", strategy, 200, 0, gil);
            INFO(strategy << " gil " << rt::nameOf(gil));
            CHECK_FALSE(r.found);
            CHECK(r.tried == 200);
        }
}

TEST_CASE("Explore.jobs: two jobs find the same failing run as one") {
    ExploreResult one = exploreFile("tests/explore/lost_update.py", "pct", 1000, 5, rt::GilMode::Off, 1);
    ExploreResult two = exploreFile("tests/explore/lost_update.py", "pct", 1000, 5, rt::GilMode::Off, 2);
    REQUIRE(one.found);
    REQUIRE(two.found);
    CHECK(one.tried == two.tried);
    CHECK(one.failing.settings.seed == two.failing.settings.seed);
    CHECK(one.failing.choices == two.failing.choices);
    ExploreResult none = exploreFile("tests/explore/lost_update_locked.py", "pct", 300, 0, rt::GilMode::Off, 2);
    CHECK_FALSE(none.found);
    CHECK(none.made == 300);
}

TEST_CASE("Schedule.replay: a schedule whose policy is `replay` is driven by its choices alone") {
    CompiledFile f = load("tests/explore/lost_update_locked.py");
    rt::Settings s;
    s.policy = "fifo";
    RunOutcome recorded = runHeadless(s, f.program, makeRunPolicy("fifo", {}));
    Schedule schedule{scriptHash(f.source->text()), s, {}, recorded.choices};
    schedule.settings.policy = "replay";
    std::string error;
    auto back = parseSchedule(scheduleJson(schedule), error);
    INFO(error);
    REQUIRE(back);
    RunOutcome replayed = runHeadless(back->settings, f.program, replayPolicy(*back));
    CHECK(replayed.verdict == recorded.verdict);
    CHECK(replayed.choices == recorded.choices);
    CHECK(replayed.steps == recorded.steps);
}
