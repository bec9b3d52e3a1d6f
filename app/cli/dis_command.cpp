#include <CLI/CLI.hpp>

#include "app/cli/commands.hpp"

namespace il::cli {

// Placeholder until the dis command lands; it fails loudly rather than pretending to work.
void addDisCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("dis", "dis a scenario script (not implemented yet)");
    static std::string file;
    cmd->add_option("file", file)->required();
    cmd->callback([&exitCode] { exitCode = 2; });
}

}  // namespace il::cli
