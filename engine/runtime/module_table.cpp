// The modules the runtime provides: `_interleave` (natives) and the Python halves of
// threading, queue, multiprocessing and concurrent.futures (engine/runtime/prelude/*.py,
// embedded at build time), compiled once per run and executed in each process that imports them.
// Also the Python versions of builtins that consume a generator (builtinFallback, below).

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/prelude/prelude_sources.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/interpreter.hpp"
#include "engine/vm/modules/modules.hpp"
#include "engine/vm/vm.hpp"

namespace il::rt {

namespace {

void fillNativeModule(vm::CallContext& ctx, vm::ModuleObject* m) {
    natives::installThreadFunctions(ctx, m);
    natives::installLocks(ctx, m);
    natives::installPrimitives(ctx, m);
    natives::installCoroutines(ctx, m);
}

// Only immortal functions and classes: the namespace is the same in every process.
vm::ModuleObject* makeNativeModule(vm::CallContext& ctx) {
    return vm::newFilledModule(ctx, "_interleave", fillNativeModule, true);
}

// The builtins that have a Python version in prelude/_interleave_builtins.py, and the argument
// shapes it accepts (anything else is left to the builtin, so its error messages stay its own).
enum class Shape : uint8_t {
    One,       // f(gen)
    Sorted,    // sorted(gen, key=, reverse=)
    MinMax,    // min/max(gen, key=, default=)
    Sum,       // sum(gen), sum(gen, start), sum(gen, start=)
    Join,      // sep.join(gen): args are (sep, gen)
};

struct Fallback {
    const vm::Object* builtin;  // the immortal builtin function or class
    const char* function;       // its Python version in _interleave_builtins
    Shape shape;
};

const std::vector<Fallback>& fallbacks() {
    static const std::vector<Fallback> table = [] {
        const vm::BuiltinTypes& T = vm::builtinTypes();
        std::vector<Fallback> t;
        auto function = [&](vm::DictObject* ns, const char* name, const char* py, Shape shape) {
            if (vm::Value* v = ns->findStr(name); v && v->isObj()) t.push_back({v->asObj(), py, shape});
        };
        t.push_back({T.listType, "list_", Shape::One});
        t.push_back({T.tupleType, "tuple_", Shape::One});
        t.push_back({T.setType, "set_", Shape::One});
        t.push_back({T.frozensetType, "frozenset_", Shape::One});
        t.push_back({T.dictType, "dict_", Shape::One});
        function(T.builtins, "sorted", "sorted_", Shape::Sorted);
        function(T.builtins, "sum", "sum_", Shape::Sum);
        function(T.builtins, "min", "min_", Shape::MinMax);
        function(T.builtins, "max", "max_", Shape::MinMax);
        function(T.builtins, "any", "any_", Shape::One);
        function(T.builtins, "all", "all_", Shape::One);
        function(T.strType->dict, "join", "join_", Shape::Join);
        return t;
    }();
    return table;
}

bool isGenerator(vm::Value v) {
    return vm::isKind(v, vm::ObjKind::Generator) && !vm::as<vm::GeneratorObject>(v)->isCoroutine;
}

// keywordsIn(): every keyword argument is one of `a`, `b`.
bool keywordsIn(const vm::KeywordArg* kw, size_t nkw, std::string_view a, std::string_view b) {
    for (size_t i = 0; i < nkw; ++i)
        if (kw[i].name->data != a && kw[i].name->data != b) return false;
    return true;
}

bool accepts(vm::CallContext& ctx, Shape shape, const vm::Value* args, size_t nargs, const vm::KeywordArg* kw,
             size_t nkw) {
    switch (shape) {
    case Shape::One: return nargs == 1 && nkw == 0 && isGenerator(args[0]);
    case Shape::Sorted: return nargs == 1 && keywordsIn(kw, nkw, "key", "reverse") && isGenerator(args[0]);
    case Shape::MinMax: return nargs == 1 && keywordsIn(kw, nkw, "key", "default") && isGenerator(args[0]);
    case Shape::Sum:
        return ((nargs == 1 && keywordsIn(kw, nkw, "start", "start")) || (nargs == 2 && nkw == 0)) &&
               isGenerator(args[0]);
    case Shape::Join:
        return nargs == 2 && nkw == 0 && ctx.isInstance(args[0], ctx.types().strType) && isGenerator(args[1]);
    }
    return false;
}

}  // namespace

vm::Value Runtime::builtinFallback(vm::CallContext& ctx, vm::Value callable, const vm::Value* args, size_t nargs,
                                   const vm::KeywordArg* kw, size_t nkw) {
    for (const Fallback& f : fallbacks()) {
        if (f.builtin != callable.asObj()) continue;
        if (!accepts(ctx, f.shape, args, nargs, kw, nkw)) return vm::Value::none();
        vm::Value module = ctx.vm().importModule(ctx, "_interleave_builtins");
        if (module.isError()) return module;
        return ctx.getAttr(module, f.function);
    }
    return vm::Value::none();
}

namespace {

// compilePrelude() compiles runtime-provided Python text shown in tracebacks as FILE.
std::shared_ptr<const vm::Program> compilePrelude(const char* fileName, const char* text, std::string& error) {
    auto file = std::make_shared<const script::SourceFile>(std::string(kPreludePrefix) + fileName, text);
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
    return compiled.program;
}

// The prelude's compiled programs, shared by every run on this OS thread: a program is never
// changed by running it (a script's own program is shared the same way by the processes of a
// run and by the explorer's runs), and compiling the prelude was most of the cost of a short
// run (`interleave explore`: about 1.2 ms of 1.3 ms). Per thread, not global: a constant's
// cached str hash is written lazily, so programs are not shared across OS threads.
std::vector<std::pair<std::string, std::shared_ptr<const vm::Program>>>& preludeCache() {
    thread_local std::vector<std::pair<std::string, std::shared_ptr<const vm::Program>>> cache;
    return cache;
}

// cachedPrelude() is the cached program `key`, compiled from `text` (shown as `file`) on first use.
std::shared_ptr<const vm::Program> cachedPrelude(std::string_view key, const char* file, const char* text,
                                                 std::string& error) {
    for (auto& [n, p] : preludeCache())
        if (n == key) return p;
    std::shared_ptr<const vm::Program> program = compilePrelude(file, text, error);
    if (program) preludeCache().emplace_back(std::string(key), program);
    return program;
}

}  // namespace

std::shared_ptr<const vm::Program> Runtime::preludeProgram(std::string_view name, std::string& error) {
    for (auto& [n, p] : m_preludePrograms)
        if (n == name) return p;
    const PreludeSource* src = findPreludeSource(name);
    if (!src) return nullptr;
    std::shared_ptr<const vm::Program> program = cachedPrelude(name, src->file, src->text, error);
    if (program) m_preludePrograms.emplace_back(std::string(name), program);
    return program;
}

// The main program of a modelled command's child process (echo, cat, sleep...).
std::shared_ptr<const vm::Program> Runtime::commandStub(std::string& error) {
    constexpr std::string_view key = "<command>";
    for (auto& [n, p] : m_preludePrograms)
        if (n == key) return p;
    std::shared_ptr<const vm::Program> program =
        cachedPrelude(key, "command.py", "import subprocess\nsubprocess._run_command()\n", error);
    if (program) m_preludePrograms.emplace_back(std::string(key), program);
    return program;
}

// The native modules' names and functions are immortal, made on first use (internName,
// moduleFunction). They are all made here, before the first run of the process: a Vm interns a
// name as the immortal str when there is one and allocates a str otherwise, so a name that became
// immortal during a run would shift every later run's allocation numbers (Object::serial), which
// the explorer compares across runs (step footprints).
void Runtime::registerNativeNames() {
    static const bool done = [] {
        vm::Vm scratch(vm::Limits{}, [](vm::Task&, std::string_view) {});
        vm::Task task(scratch, "names");
        vm::CallContext ctx(scratch, task);
        fillNativeModule(ctx, vm::newModule(ctx, "_interleave"));
        for (const char* name : {"time", "random", "math", "sys", "os", "interleave"})
            (void)vm::createBuiltinModule(ctx, name);
        return true;
    }();
    (void)done;
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
