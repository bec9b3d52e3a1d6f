// `interleave dis FILE`: the bytecode of every code object, laid out like Python's dis.

#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/cli/commands.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace il::cli {

namespace {

int disScript(const std::string& file) {
    script::LoadResult loaded = script::loadSource(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "interleave: %s\n", loaded.error.c_str());
        return 1;
    }
    script::ParseResult parsed = script::parseModule(*loaded.source);
    if (!parsed.ok()) {
        for (const auto& d : parsed.diagnostics)
            std::fputs(script::formatDiagnostic(*loaded.source, d).c_str(), stderr);
        return 1;
    }
    compiler::CompileResult compiled = compiler::compileModule(*parsed.module, loaded.source);
    if (!compiled.program) {
        for (const auto& d : compiled.diagnostics)
            std::fputs(script::formatDiagnostic(*loaded.source, d).c_str(), stderr);
        return 1;
    }
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
