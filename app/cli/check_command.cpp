// `interleave check FILE`: load, parse and validate a script without running it. Prints every
// diagnostic to stderr and exits 1, or prints nothing and exits 0.

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "app/cli/commands.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace il::cli {

namespace {

int runCheck(const std::string& path) {
    script::LoadResult loaded = script::loadSource(path);
    if (!loaded.ok()) {
        std::cerr << "interleave: " << loaded.error << "\n";
        return 1;
    }
    script::ParseResult parsed = script::parseModule(*loaded.source);
    for (const auto& d : parsed.diagnostics) std::cerr << script::formatDiagnostic(*loaded.source, d);
    return parsed.ok() ? 0 : 1;
}

}  // namespace

void addCheckCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("check", "check a scenario script for errors without running it");
    // The option value must outlive this function: CLI11 stores a pointer and fills it at parse time.
    auto file = std::make_shared<std::string>();
    cmd->add_option("file", *file, "the script to check")->required();
    cmd->callback([&exitCode, file] { exitCode = runCheck(*file); });
}

}  // namespace il::cli
