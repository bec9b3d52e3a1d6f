#include <CLI/CLI.hpp>

#include "app/cli/commands.hpp"

namespace il::cli {

// Placeholder until the check command lands; it fails loudly rather than pretending to work.
void addCheckCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("check", "check a scenario script (not implemented yet)");
    static std::string file;
    cmd->add_option("file", file)->required();
    cmd->callback([&exitCode] { exitCode = 2; });
}

}  // namespace il::cli
