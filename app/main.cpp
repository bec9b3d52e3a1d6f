// interleave: one executable, one subcommand per job. With no subcommand it opens the GUI when
// it is built in and a display is available; otherwise it prints help.

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"Interleave: watch processes, threads and coroutines run", "interleave"};
    app.require_subcommand(0, 1);
    int exitCode = 0;
    il::cli::addRunCommand(app, exitCode);
    il::cli::addReplayCommand(app, exitCode);
    il::cli::addExploreCommand(app, exitCode);
    il::cli::addCheckCommand(app, exitCode);
    il::cli::addDisCommand(app, exitCode);
    il::cli::addGuiCommand(app, exitCode);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;  // usage errors are exit code 2
    }
    if (app.get_subcommands().empty()) {
        if (il::cli::guiAvailable()) return il::cli::openGui();
        std::cout << app.help();
        return 0;
    }
    return exitCode;
}
