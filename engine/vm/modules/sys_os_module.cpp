// sys, os and interleave: small modules over per-process state.

#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"
#include "engine/vm/modules/modules.hpp"
#include "engine/vm/modules/stdio_objects.hpp"

namespace il::vm {

namespace {

Value sSetRecursionLimit(CallContext& ctx, ArgView a) {
    int64_t n;
    if (a.count != 1 || !ctx.index(a[0], n)) return ctx.hasPending() ? Value::error() : ctx.typeError("setrecursionlimit() takes one argument");
    if (n < 1) return ctx.valueError("recursion limit must be greater or equal than 1");
    ctx.vm().limits().maxRecursion = int(n > 100000 ? 100000 : n);
    return Value();
}
Value sGetRecursionLimit(CallContext& ctx, ArgView a) { return Value::integer(ctx.vm().limits().maxRecursion); }
Value sSetSwitchInterval(CallContext& ctx, ArgView a) {
    double s;
    if (a.count != 1 || !numberArg(ctx, a[0], s, "setswitchinterval")) return Value::error();
    if (s <= 0) return ctx.valueError("switch interval must be strictly positive");
    ctx.vm().switchInterval = s;
    return Value();
}
Value sGetSwitchInterval(CallContext& ctx, ArgView a) { return Value::real(ctx.vm().switchInterval); }
Value sExit(CallContext& ctx, ArgView a) {
    if (a.count == 0) return ctx.raiseArgs(ctx.types().SystemExit, {});
    return ctx.raiseArgs(ctx.types().SystemExit, {a[0]});
}
Value sGetSizeOf(CallContext& ctx, ArgView a) {
    if (a.count < 1) return ctx.typeError("getsizeof() takes at least 1 argument");
    return Value::integer(a[0].isObj() ? int64_t(a[0].asObj()->byteSize()) : 28);
}

Value oGetPid(CallContext& ctx, ArgView a) { return Value::integer(ctx.vm().pid); }
Value oGetPPid(CallContext& ctx, ArgView a) {
    if (Host* host = ctx.vm().host) return Value::integer(host->parentPid(ctx));
    return Value::integer(ctx.vm().ppid);
}
Value oCpuCount(CallContext& ctx, ArgView a) { return Value::integer(ctx.vm().cpuCount); }

Value iWork(CallContext& ctx, ArgView a) {
    double ms;
    if (a.count != 1 || !numberArg(ctx, a[0], ms, "work"))
        return ctx.hasPending() ? Value::error() : ctx.typeError("work() takes exactly one argument");
    if (ms < 0) return ctx.valueError("work() duration must be non-negative");
    if (Host* host = ctx.vm().host) return host->work(ctx, ms);
    ctx.vm().virtualTime += ms / 1000.0;
    return Value();
}
Value iNote(CallContext& ctx, ArgView a) {
    std::string text;
    for (size_t i = 0; i < a.count; ++i) {
        if (i) text += ' ';
        if (!ctx.strInto(a[i], text)) return Value::error();
    }
    if (Host* host = ctx.vm().host) host->note(ctx, text);
    else ctx.vm().notes.push_back(text);
    return Value();
}

}  // namespace

void fillSysModule(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "setrecursionlimit", sSetRecursionLimit);
    addModuleFunction(ctx, m, "getrecursionlimit", sGetRecursionLimit);
    addModuleFunction(ctx, m, "setswitchinterval", sSetSwitchInterval);
    addModuleFunction(ctx, m, "getswitchinterval", sGetSwitchInterval);
    addModuleFunction(ctx, m, "exit", sExit);
    addModuleFunction(ctx, m, "getsizeof", sGetSizeOf);
    addModuleValue(ctx, m, "maxsize", Value::integer(INT64_MAX));
    addModuleValue(ctx, m, "platform", ctx.makeStr("linux"));
    addModuleValue(ctx, m, "version", ctx.makeStr("3.11.0 (Interleave)"));
    addModuleValue(ctx, m, "argv", Value::object(ctx.newList({ctx.makeStr("script.py")})));
    addModuleValue(ctx, m, "modules", Value::object(ctx.vm().modules()));
    addModuleValue(ctx, m, "stdout", stdStream(1));
    addModuleValue(ctx, m, "stderr", stdStream(2));
    addModuleValue(ctx, m, "__stdout__", stdStream(1));
    addModuleValue(ctx, m, "__stderr__", stdStream(2));
}

void fillOsModule(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "getpid", oGetPid);
    addModuleFunction(ctx, m, "getppid", oGetPPid);
    addModuleFunction(ctx, m, "cpu_count", oCpuCount);
    fillOsProcessFunctions(ctx, m);
    addModuleValue(ctx, m, "sep", ctx.makeStr("/"));
    addModuleValue(ctx, m, "linesep", ctx.makeStr("\n"));
    addModuleValue(ctx, m, "name", ctx.makeStr("posix"));
}

void fillInterleaveModule(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "work", iWork);
    addModuleFunction(ctx, m, "note", iNote);
}

}  // namespace il::vm
