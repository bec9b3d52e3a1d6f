#pragma once
// Each `interleave` subcommand registers itself on the CLI11 app. A command's callback stores the
// process exit code in `exitCode` (0 ok, 1 script error, 2 usage, 3 deadlock, 4 limit reached).

namespace CLI {
class App;
}

namespace il::cli {

void addRunCommand(CLI::App& app, int& exitCode);
void addReplayCommand(CLI::App& app, int& exitCode);
void addExploreCommand(CLI::App& app, int& exitCode);
void addCheckCommand(CLI::App& app, int& exitCode);
void addDisCommand(CLI::App& app, int& exitCode);
void addGuiCommand(CLI::App& app, int& exitCode);  // no-op in a CLI-only build
// guiAvailable() says whether the GUI is built in and a display is there to open it on.
[[nodiscard]] bool guiAvailable();
// openGui() runs the GUI with default options; returns the exit code.
[[nodiscard]] int openGui();

}  // namespace il::cli
