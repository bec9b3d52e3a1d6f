#pragma once
// Where an edited lesson goes. The bundled scenarios are the lessons every learner starts from:
// saving an edit of one writes a copy into the user's own folder
// ($XDG_DATA_HOME/interleave/scenarios, else ~/.local/share/interleave/scenarios) and never
// touches the original. Files anywhere else are the user's and are saved in place.

#include <string>
#include <vector>

namespace il::viewmodel {

// userScenarioDir() is the user's scenario folder for these variables (either may be empty);
// empty when neither is set.
[[nodiscard]] std::string userScenarioDir(const std::string& xdgDataHome, const std::string& home);
// userScenarioDir() reads $XDG_DATA_HOME and $HOME.
[[nodiscard]] std::string userScenarioDir();

// isBundledScenario() is true when `path` lives directly in one of `bundledDirs` (compared
// after resolving links and "..", so two spellings of one folder match).
[[nodiscard]] bool isBundledScenario(const std::string& path, const std::vector<std::string>& bundledDirs);

// userCopyPath() names the copy of `original` in `userDir`: NAME.py, or NAME-2.py, NAME-3.py...
// when that exists already, so an earlier copy (the user's own work) is never overwritten.
[[nodiscard]] std::string userCopyPath(const std::string& original, const std::string& userDir);

// saveTarget() is where saving `path` writes: `path` itself, or a new user copy when it is a
// bundled lesson. Empty when it is bundled and there is no user folder to copy it to.
[[nodiscard]] std::string saveTarget(const std::string& path, const std::vector<std::string>& bundledDirs,
                                     const std::string& userDir);

}  // namespace il::viewmodel
