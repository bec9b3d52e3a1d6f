// Fuzz target: the whole front end on arbitrary bytes. Whatever a student types goes through
// loadSourceText (UTF-8 and NUL checks), the lexer, the parser, validation and the compiler; a
// compiled program is disassembled and every diagnostic rendered with its caret, as
// `interleave check` and `interleave dis` would. None of it may crash, hang or leak.

#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/script/compiler/compiler.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace {
volatile size_t g_sink;  // the renderings' sizes land here so they are not optimised away
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace il;
    std::string text(reinterpret_cast<const char*>(data), size);
    script::LoadResult loaded = script::loadSourceText("fuzz.py", std::move(text));
    if (!loaded.ok()) return 0;
    script::ParseResult parsed = script::parseModule(*loaded.source);
    size_t rendered = 0;  // keeps the renderings from being optimised away
    for (const auto& d : parsed.diagnostics) rendered += script::formatDiagnostic(*loaded.source, d).size();
    if (parsed.ok()) {
        compiler::CompileResult compiled = compiler::compileModule(*parsed.module, loaded.source);
        for (const auto& d : compiled.diagnostics) rendered += script::formatDiagnostic(*loaded.source, d).size();
        if (compiled.program) rendered += compiler::disassemble(*compiled.program).size();
    }
    g_sink = rendered;
    return 0;
}
