// The `_interleave` functions behind subprocess.Popen (prelude/subprocess.py): starting a child
// process that runs a command, and the child's view of its command line and stdin.
//
// Python-visible API:
//   spawn(kind, payload, argv, stdin, stdout, stderr) -> pid
//       kind "command": a modelled command (echo, cat, true, false, sleep), run by the prelude's
//           subprocess._run_command() in the child; payload is ignored.
//       kind "code": `python3 -c CODE`: payload is the source, compiled as "<string>".
//       kind "file": `python3 FILE`: payload is the path, read from disk now.
//       A child that cannot start (a syntax error, a missing file) still starts and runs the
//       prelude's error path: it writes what python3 would print to its stderr and exits 2 (no
//       file) or 1 (syntax error).
//       stdin:  None (empty), -3 (DEVNULL: empty) or the read end of a stdio_pipe.
//       stdout: None (the parent's stdout), -3 (DEVNULL) or the write end of a stdio_pipe.
//       stderr: the same, or -2 (STDOUT: wherever stdout goes).
//   child_argv() -> list of str: the calling process's command line ([] if not a subprocess)
//   stdin_read() -> str | None: the next chunk of the calling process's stdin; None at EOF
//       (blocks until the writer sends or closes)

#include <filesystem>

#include "engine/runtime/natives/natives.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/load.hpp"
#include "engine/script/parser.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

constexpr int64_t kStdout = -2;   // subprocess.STDOUT
constexpr int64_t kDevNull = -3;  // subprocess.DEVNULL

std::string strOf(Value v) { return std::string(vm::as<vm::StrObject>(v)->view()); }

// route() reads a stdout/stderr argument into `out`; false with TypeError pending.
bool route(CallContext& ctx, Value v, const OutputRoute& inherited, const OutputRoute* stdoutRoute, OutputRoute& out) {
    if (v.isNone()) {
        out = inherited;
        return true;
    }
    if (v.isInt() && v.asInt() == kDevNull) {
        out = OutputRoute{OutputRoute::To::Null, kNoId};
        return true;
    }
    if (v.isInt() && v.asInt() == kStdout && stdoutRoute) {
        out = *stdoutRoute;
        return true;
    }
    ResourceId end = pipeEndOf(ctx, v);
    if (end == kNoId) {
        ctx.typeError("spawn(): a stream is None, DEVNULL, STDOUT or a pipe end");
        return false;
    }
    out = OutputRoute{OutputRoute::To::Pipe, end};
    return true;
}

// compileChild() compiles a `python3` child's program. On failure `error` is what python3
// prints and `code` its exit status.
std::shared_ptr<const vm::Program> compileChild(const std::string& kind, const std::string& payload,
                                                std::string& error, int& code) {
    script::LoadResult loaded = kind == "code" ? script::loadSourceText("<string>", payload) : script::loadSource(payload);
    if (!loaded.ok()) {
        code = 2;
        std::string path = std::filesystem::absolute(payload).lexically_normal().string();
        error = "python3: can't open file '" + path + "': [Errno 2] No such file or directory\n";
        return nullptr;
    }
    code = 1;
    script::ParseResult parsed = script::parseModule(*loaded.source);
    if (!parsed.ok()) {
        error = script::formatDiagnostic(*loaded.source, parsed.diagnostics.front());
        return nullptr;
    }
    compiler::CompileResult compiled = compiler::compileModule(*parsed.module, loaded.source);
    if (!compiled.program) {
        error = compiled.diagnostics.empty() ? "SyntaxError\n"
                                             : script::formatDiagnostic(*loaded.source, compiled.diagnostics.front());
        return nullptr;
    }
    return compiled.program;
}

Value spawn(CallContext& ctx, ArgView a) {
    if (a.count != 6 || !isKind(a[0], vm::ObjKind::Str) || !isKind(a[1], vm::ObjKind::Str) ||
        !isKind(a[2], vm::ObjKind::List))
        return ctx.typeError("spawn(kind, payload, argv, stdin, stdout, stderr)");
    Runtime& rt = Runtime::of(ctx);
    SimProcess& parent = *Runtime::current(ctx).proc;
    Runtime::CommandSpec spec;
    for (Value item : vm::as<vm::ListObject>(a[2])->items) {
        if (!isKind(item, vm::ObjKind::Str)) return ctx.typeError("spawn(): argv holds str only");
        spec.argv.push_back(strOf(item));
    }
    if (spec.argv.empty()) return ctx.valueError("spawn(): empty argv");
    std::string kind = strOf(a[0]);
    if (a[3].isNone() || (a[3].isInt() && a[3].asInt() == kDevNull)) {
        spec.stdinPipe = kNoId;
    } else {
        spec.stdinPipe = pipeEndOf(ctx, a[3]);
        if (spec.stdinPipe == kNoId) return ctx.typeError("spawn(): stdin is None, DEVNULL or a pipe end");
    }
    if (!route(ctx, a[4], parent.out, nullptr, spec.out)) return Value::error();
    if (!route(ctx, a[5], parent.err, &spec.out, spec.err)) return Value::error();
    std::string name = spec.argv[0].substr(spec.argv[0].rfind('/') + 1);
    spec.name = name;
    std::string error;
    if (kind == "command") {
        spec.program = rt.commandStub(error);
        if (!spec.program) return ctx.raise(ctx.types().RuntimeError, "the runtime's subprocess failed to build: " + error);
    } else if (kind == "code" || kind == "file") {
        int code = 1;
        spec.program = compileChild(kind, strOf(a[1]), error, code);
        if (!spec.program) {
            // The child still starts and reports the error as python3 would.
            std::string stubError;
            spec.program = rt.commandStub(stubError);
            spec.argv = {"__fail__", std::to_string(code), error};
            if (!spec.program) return ctx.raise(ctx.types().RuntimeError, "the runtime's subprocess failed to build");
        }
    } else {
        return ctx.valueError("spawn(): unknown kind '" + kind + "'");
    }
    SimProcess* child = rt.startCommand(ctx, std::move(spec));
    if (!child) return Value::error();
    return Value::integer(child->pid);
}

Value childArgv(CallContext& ctx, ArgView) {
    std::vector<Value> items;
    for (const std::string& s : Runtime::current(ctx).proc->argv) items.push_back(ctx.makeStr(s));
    return Value::object(ctx.newList(items));
}

Value stdinRead(CallContext& ctx, ArgView) {
    ResourceId in = Runtime::current(ctx).proc->stdinPipe;
    if (in == kNoId) return Value();
    return pipeReadChunk(ctx, in);
}

}  // namespace

void installSubprocess(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleFunction(ctx, m, "spawn", spawn);
    vm::addModuleFunction(ctx, m, "child_argv", childArgv);
    vm::addModuleFunction(ctx, m, "stdin_read", stdinRead);
}

}  // namespace il::rt::natives
