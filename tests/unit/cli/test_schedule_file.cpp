// Schedule files: the script hash and the JSON round trip.
#include <doctest/doctest.h>

#include <string>

#include "app/cli/schedule_file.hpp"

using namespace il;
using namespace il::cli;

TEST_CASE("Schedule.hash: FNV-1a 64 of the text, changed by one character") {
    CHECK(scriptHash("") == "fnv1a64:cbf29ce484222325");  // the offset basis
    CHECK(scriptHash("a") == "fnv1a64:af63dc4c8601ec8c");  // the published test vector
    CHECK(scriptHash("counter = 0\n") != scriptHash("counter = 1\n"));
}

TEST_CASE("Schedule.json: a schedule survives writing and reading") {
    Schedule s;
    s.scriptHash = scriptHash("x = 1\n");
    s.settings.cores = 2;
    s.settings.gil = rt::GilMode::Off;
    s.settings.switchIntervalNs = 1234;
    s.settings.policy = "pct";
    s.settings.seed = s.policyOptions.seed = 77;
    s.policyOptions.pctExpectedSteps = 321;
    s.choices = {1, 2, 1, 3};
    std::string error;
    auto back = parseSchedule(scheduleJson(s), error);
    INFO(error);
    REQUIRE(back);
    CHECK(back->scriptHash == s.scriptHash);
    CHECK(back->settings.cores == 2);
    CHECK(back->settings.gil == rt::GilMode::Off);
    CHECK(back->settings.switchIntervalNs == 1234);
    CHECK(back->settings.policy == "pct");
    CHECK(back->policyOptions.seed == 77);
    CHECK(back->policyOptions.pctExpectedSteps == 321);
    CHECK(back->choices == s.choices);
    CHECK_FALSE(parseSchedule(R"({"version": 2})", error));
    CHECK(error.find("version") != std::string::npos);
    CHECK_FALSE(parseSchedule("[1, 2]", error));
}
