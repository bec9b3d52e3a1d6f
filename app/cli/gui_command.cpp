// `interleave gui [FILE]`: the window. Compiled into every build; it only registers the
// subcommand when the GUI is built in (INTERLEAVE_BUILD_APP), so a CLI-only build has no `gui`.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "app/cli/commands.hpp"

#ifdef INTERLEAVE_HAVE_GUI
#include "app/gui/gui_app.hpp"
#endif

namespace il::cli {

#ifdef INTERLEAVE_HAVE_GUI

namespace {

// parseSize() reads "WxH" (each 200..8192) into w and h.
bool parseSize(const std::string& text, int& w, int& h) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    try {
        size_t used = 0;
        w = std::stoi(text.substr(0, x), &used);
        if (used != x) return false;
        h = std::stoi(text.substr(x + 1), &used);
        if (used != text.size() - x - 1) return false;
    } catch (const std::exception&) {
        return false;
    }
    return w >= 200 && h >= 200 && w <= 8192 && h <= 8192;
}

}  // namespace

void addGuiCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("gui", "open the window and run a scenario live (default: producer_consumer.py)");
    auto options = std::make_shared<gui::GuiOptions>();
    auto size = std::make_shared<std::string>();
    cmd->add_option("file", options->scenarioPath, "scenario script to show")->check(CLI::ExistingFile);
    cmd->add_option("--screenshot", options->screenshotPath, "run the scenario, render the window, write this PNG and exit");
    cmd->add_option("--run-for", options->runForSeconds,
                    "run this many virtual seconds, then stop (with --screenshot: as fast as possible and write "
                    "the PNG; without: close the window and print the frame rate)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--speed", options->speed, "virtual seconds per real second (default 1; 1000: as fast as possible)")
        ->check(CLI::Range(0.01, 1000.0));
    cmd->add_option("--size", *size, "window size, WxH (default 1600x1000)")
        ->check([](const std::string& s) {
            int w = 0, h = 0;
            return parseSize(s, w, h) ? std::string() : std::string("expected WxH, e.g. 1280x800");
        });
    cmd->add_option("--executor", options->executor,
                    "sim (virtual time, deterministic) or native (real OS threads and processes, real time; "
                    "--run-for then counts real seconds). Default: the one last chosen in the window, else sim")
        ->check(CLI::IsMember({"sim", "native"}));
    auto* schedule = cmd->add_option("--schedule", options->schedulePath,
                                     "open with this schedule file walked through (schedule mode), at step 0")
                         ->check(CLI::ExistingFile);
    cmd->add_option("--schedule-step", options->scheduleStep,
                    "with --schedule: start paused after this many of its choices (e.g. at the deadlock, for a "
                    "screenshot)")
        ->needs(schedule);
    cmd->callback([&exitCode, options, size] {
        if (!size->empty()) parseSize(*size, options->width, options->height);
        exitCode = gui::runGui(*options);
    });
}

bool guiAvailable() { return gui::displayAvailable(); }

int openGui() { return gui::runGui(gui::GuiOptions{}); }

#else

void addGuiCommand(CLI::App&, int&) {}
bool guiAvailable() { return false; }
int openGui() { return 1; }

#endif

}  // namespace il::cli
