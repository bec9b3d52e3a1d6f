#include "app/cli/compile_file.hpp"

#include <cstdio>
#include <cstdlib>

#include "engine/script/compiler/compiler.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace il::cli {
namespace {

void report(const std::string& text, std::string* errors) {
    if (errors) *errors += text;
    else std::fputs(text.c_str(), stderr);
}

void reportDiagnostics(const script::SourceFile& source, const std::vector<script::Diagnostic>& ds,
                       std::string* errors) {
    for (const auto& d : ds) report(script::formatDiagnostic(source, d), errors);
}

CompiledFile compileLoaded(const script::LoadResult& loaded, std::string* errors) {
    CompiledFile result;
    if (!loaded.ok()) {
        report("interleave: " + loaded.error + "\n", errors);
        return result;
    }
    result.source = loaded.source;
    result.limits = readDeclaredLimits(*loaded.source);
    script::ParseResult parsed = script::parseModule(*loaded.source);
    if (!parsed.ok()) {
        reportDiagnostics(*loaded.source, parsed.diagnostics, errors);
        return result;
    }
    compiler::CompileResult compiled = compiler::compileModule(*parsed.module, loaded.source);
    if (!compiled.program) reportDiagnostics(*loaded.source, compiled.diagnostics, errors);
    result.program = std::move(compiled.program);
    return result;
}

}  // namespace

CompiledFile compileFile(const std::string& path, std::string* errors) {
    return compileLoaded(script::loadSource(path), errors);
}

CompiledFile compileText(const std::string& name, std::string text, std::string* errors) {
    return compileLoaded(script::loadSourceText(name, std::move(text)), errors);
}

}  // namespace il::cli
