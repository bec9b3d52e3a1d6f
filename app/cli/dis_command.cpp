// `interleave dis FILE`: the bytecode of every code object, laid out like Python's dis.

#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/cli/commands.hpp"
#include "app/cli/compile_file.hpp"
#include "engine/script/compiler/compiler.hpp"

namespace il::cli {

namespace {

int disScript(const std::string& file) {
    CompiledFile compiled = compileFile(file);
    if (!compiled.program) return 1;
    std::string text = compiler::disassemble(*compiled.program);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace

void addDisCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("dis", "print a script's bytecode like Python's dis");
    auto file = std::make_shared<std::string>();
    cmd->add_option("file", *file, "the script")->required();
    cmd->callback([file, &exitCode] { exitCode = disScript(*file); });
}

}  // namespace il::cli
