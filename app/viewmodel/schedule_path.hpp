#pragma once
// Where File > Save schedule… offers to write. A schedule of the user's own script goes beside
// it ("NAME.schedule.json"); one of a bundled lesson goes to the user's data folder
// ($XDG_DATA_HOME/interleave/schedules, else ~/.local/share/interleave/schedules), as edited
// lessons do (user_copy.hpp): the installed scenarios folder may be read-only, and a schedule
// left there would be lost with the next install.

#include <string>
#include <vector>

namespace il::viewmodel {

// userScheduleDir() is the user's schedule folder for these variables (either may be empty);
// empty when neither is set.
[[nodiscard]] std::string userScheduleDir(const std::string& xdgDataHome, const std::string& home);

// defaultSchedulePath() is the file offered for a schedule of `scenario`: in `userDir` when it
// is a bundled scenario (and userDir is not empty), else beside the scenario.
[[nodiscard]] std::string defaultSchedulePath(const std::string& scenario, const std::vector<std::string>& bundledDirs,
                                              const std::string& userDir);

}  // namespace il::viewmodel
