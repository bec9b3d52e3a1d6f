#pragma once
// The run the window starts with, from the command line (`interleave gui`): the scenario, a
// --schedule to walk through from --schedule-step, the speed and --run-for's stop time. Kept out
// of gui_app.cpp so the window's set-up and the command line's meaning are read apart.

#include <cstdint>
#include <string>

#include "app/gui/gui_app.hpp"
#include "app/gui/toolbar.hpp"

namespace il::gui {

// startConfig() fills `config` from `options` (scenarioPath already resolved by the saved
// settings) and `scenarioDir` (the bundled scenarios, for the default one), and sets
// `stopAtNs`. With --schedule it loads the schedule in schedule mode at --schedule-step; false,
// with the message in `error`, when the file is not a schedule or was recorded on another
// version of the script (the same refusal as `interleave replay`).
[[nodiscard]] bool startConfig(const GuiOptions& options, const std::string& scenarioDir, RunConfig& config,
                               int64_t& stopAtNs, std::string& error);

}  // namespace il::gui
