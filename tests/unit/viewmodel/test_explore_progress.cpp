// The explore progress bar's figures: fraction, rate and ETA from counts and elapsed time, and
// how they are written.
#include <doctest/doctest.h>

#include "app/viewmodel/explore_progress.hpp"

using namespace il::viewmodel;

TEST_CASE("explore progress: fraction, rate and ETA from runs done and elapsed time") {
    const ExploreProgress p = exploreProgress(2'500, 10'000, 0.5);
    CHECK(p.fraction == doctest::Approx(0.25));
    CHECK(p.runsPerSecond == doctest::Approx(5'000));
    REQUIRE(p.etaSeconds);
    CHECK(*p.etaSeconds == doctest::Approx(1.5));  // 7,500 runs left at 5,000 runs/s
}

TEST_CASE("explore progress: nothing known before the first runs, done when all ran") {
    const ExploreProgress start = exploreProgress(0, 1'000, 0.0);
    CHECK(start.fraction == 0.0f);
    CHECK(start.runsPerSecond == 0.0);
    CHECK_FALSE(start.etaSeconds);
    const ExploreProgress end = exploreProgress(1'070, 1'000, 2.0);  // jobs may run a few past
    CHECK(end.fraction == 1.0f);
    REQUIRE(end.etaSeconds);
    CHECK(*end.etaSeconds == 0.0);
    CHECK(exploreProgress(0, 0, 0).fraction == 1.0f);  // nothing to do is done
}

TEST_CASE("explore progress: ETA is written in whole units, rounded up") {
    CHECK(formatEta(std::nullopt) == "?");
    CHECK(formatEta(-1.0) == "?");
    CHECK(formatEta(0.2) == "<1 s");
    CHECK(formatEta(41.2) == "42 s");
    CHECK(formatEta(185.0) == "3 min 05 s");
    CHECK(formatEta(2 * 3600 + 10 * 60.0) == "2 h 10 min");
}

TEST_CASE("explore progress: counts are written with three significant digits") {
    CHECK(formatCount(950) == "950");
    CHECK(formatCount(1'234) == "1.23k");
    CHECK(formatCount(12'345) == "12.3k");
    CHECK(formatCount(123'456) == "123k");
    CHECK(formatCount(4'560'000) == "4.56M");
    CHECK(formatCount(-3) == "?");
}
