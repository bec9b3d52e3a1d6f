// The modules the runtime provides: `_interleave` (natives) and the Python halves of
// threading, queue, multiprocessing and concurrent.futures (engine/runtime/prelude/*.py,
// embedded at build time), compiled once per run and executed in each process that imports them.

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/prelude/prelude_sources.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::rt {

namespace {

vm::ModuleObject* makeNativeModule(vm::CallContext& ctx) {
    vm::ModuleObject* m = vm::newModule(ctx, "_interleave");
    natives::installThreadFunctions(ctx, m);
    natives::installLocks(ctx, m);
    natives::installPrimitives(ctx, m);
    return m;
}

}  // namespace

std::shared_ptr<const vm::Program> Runtime::preludeProgram(std::string_view name, std::string& error) {
    for (auto& [n, p] : m_preludePrograms)
        if (n == name) return p;
    const PreludeSource* src = findPreludeSource(name);
    if (!src) return nullptr;
    auto file = std::make_shared<const script::SourceFile>("<interleave>/" + std::string(src->file), src->text);
    script::ParseResult parsed = script::parseModule(*file);
    if (!parsed.ok()) {
        error = script::formatDiagnostic(*file, parsed.diagnostics.front());
        return nullptr;
    }
    compiler::CompileResult compiled = compiler::compileModule(*parsed.module, file);
    if (!compiled.program) {
        error = compiled.diagnostics.empty() ? "compile error" : script::formatDiagnostic(*file, compiled.diagnostics.front());
        return nullptr;
    }
    m_preludePrograms.emplace_back(std::string(name), compiled.program);
    return compiled.program;
}

vm::ModuleObject* Runtime::createModule(vm::CallContext& ctx, std::string_view name) {
    if (name == "_interleave") return makeNativeModule(ctx);
    std::string error;
    std::shared_ptr<const vm::Program> program = preludeProgram(name, error);
    if (!program) {
        if (!error.empty()) ctx.raise(ctx.types().ImportError, "the runtime's " + std::string(name) + " failed to build: " + error);
        return nullptr;
    }
    vm::ModuleObject* m = vm::newModule(ctx, name);
    vm::Vm& machine = ctx.vm();
    m->dict->setStr(machine.intern("__builtins__"), vm::Value::object(machine.types().builtins));
    // Registered before its body runs, as Python does (modules of the prelude import each other).
    machine.modules()->setStr(m->name, vm::Value::object(m));
    if (!vm::execModule(ctx, program->module, m)) {
        machine.modules()->removeStr(m->name);
        return nullptr;
    }
    return m;
}

}  // namespace il::rt
