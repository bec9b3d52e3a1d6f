// File > Save schedule… offers the user's data folder for a bundled lesson, beside the script
// otherwise.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/viewmodel/schedule_path.hpp"

using namespace il::viewmodel;

TEST_CASE("viewmodel.schedule_path finds the user's schedule folder from XDG_DATA_HOME or HOME") {
    CHECK(userScheduleDir("/x/data", "/home/me") == "/x/data/interleave/schedules");
    CHECK(userScheduleDir("", "/home/me") == "/home/me/.local/share/interleave/schedules");
    CHECK(userScheduleDir("relative", "/home/me") == "/home/me/.local/share/interleave/schedules");
    CHECK(userScheduleDir("", "").empty());
}

TEST_CASE("viewmodel.schedule_path puts a lesson's schedule in the user's folder, another's beside it") {
    const std::vector<std::string> bundled = {"/opt/interleave/scenarios"};
    const std::string user = "/x/data/interleave/schedules";
    CHECK(defaultSchedulePath("/opt/interleave/scenarios/deadlock_two_locks.py", bundled, user) ==
          "/x/data/interleave/schedules/deadlock_two_locks.schedule.json");
    CHECK(defaultSchedulePath("/home/me/work/mine.py", bundled, user) == "/home/me/work/mine.schedule.json");
    // No user folder to go to: beside the lesson, as before (the save then says why it failed).
    CHECK(defaultSchedulePath("/opt/interleave/scenarios/race_counter.py", bundled, "") ==
          "/opt/interleave/scenarios/race_counter.schedule.json");
}
