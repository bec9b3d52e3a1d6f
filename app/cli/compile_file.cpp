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

}  // namespace

DeclaredLimits readDeclaredLimits(const script::SourceFile& src) {
    DeclaredLimits limits;
    const std::string_view tag = "# interleave:";
    for (uint32_t n = 1; n <= src.lineCount() && n <= 20; ++n) {
        std::string_view line = src.line(n);
        if (line.substr(0, tag.size()) != tag) continue;
        std::string rest(line.substr(tag.size()));
        size_t pos = 0;
        while (pos < rest.size()) {
            size_t end = rest.find(' ', pos);
            if (end == std::string::npos) end = rest.size();
            std::string item = rest.substr(pos, end - pos);
            pos = end + 1;
            size_t eq = item.find('=');
            if (eq == std::string::npos) continue;
            std::string key = item.substr(0, eq);
            uint64_t value = std::strtoull(item.c_str() + eq + 1, nullptr, 10);
            if (key == "max-instructions") limits.maxInstructions = value;
            if (key == "max-heap-mb") limits.maxHeapMb = value;
            if (key == "max-recursion" && value > 0) limits.maxRecursion = int(value);
        }
    }
    return limits;
}

namespace {

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
