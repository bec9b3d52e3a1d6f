#pragma once
// Where the toolbar's scenario picker finds scenarios, and which one the window opens on.

#include <string>
#include <vector>

namespace il::gui {

inline constexpr const char* kDefaultScenario = "producer_consumer.py";

// findScenarioDir() is the folder of bundled scenarios, the first that exists of: the folder
// of `given` (the file named on the command line), ./scenarios, $INTERLEAVE_SCENARIOS, and the
// source tree's scenarios/ this executable was built from. Empty when none exists.
[[nodiscard]] std::string findScenarioDir(const std::string& given);

// listScenarios() is every *.py of `dir` except the CPython shim interleave.py, sorted by name,
// with `given` added when it lives elsewhere (so the picker always shows what is open).
[[nodiscard]] std::vector<std::string> listScenarios(const std::string& dir, const std::string& given);

}  // namespace il::gui
