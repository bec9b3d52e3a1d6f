#include <CLI/CLI.hpp>

#include "app/cli/commands.hpp"

namespace il::cli {

// Placeholder until the run command lands; it fails loudly rather than pretending to work.
void addRunCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("run", "run a scenario script (not implemented yet)");
    static std::string file;
    cmd->add_option("file", file)->required();
    cmd->callback([&exitCode] { exitCode = 2; });
}

}  // namespace il::cli
