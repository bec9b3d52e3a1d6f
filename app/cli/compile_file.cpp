#include "app/cli/compile_file.hpp"

#include <cstdio>

#include "engine/script/compiler/compiler.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace il::cli {
namespace {

void printDiagnostics(const script::SourceFile& source, const std::vector<script::Diagnostic>& ds) {
    for (const auto& d : ds) std::fputs(script::formatDiagnostic(source, d).c_str(), stderr);
}

}  // namespace

CompiledFile compileFile(const std::string& path,
                         const std::function<void(const script::SourceFile&)>& beforeParse) {
    CompiledFile result;
    script::LoadResult loaded = script::loadSource(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "interleave: %s\n", loaded.error.c_str());
        return result;
    }
    result.source = loaded.source;
    if (beforeParse) beforeParse(*loaded.source);
    script::ParseResult parsed = script::parseModule(*loaded.source);
    if (!parsed.ok()) {
        printDiagnostics(*loaded.source, parsed.diagnostics);
        return result;
    }
    compiler::CompileResult compiled = compiler::compileModule(*parsed.module, loaded.source);
    if (!compiled.program) printDiagnostics(*loaded.source, compiled.diagnostics);
    result.program = std::move(compiled.program);
    return result;
}

}  // namespace il::cli
