// os.fork(), os.wait(), os.waitpid(), os._exit() and the wait-status helpers. The processes are
// the host's (the runtime's); a plain Vm has none.

#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"
#include "engine/vm/modules/modules.hpp"

namespace il::vm {

namespace {

constexpr int64_t kWnohang = 1;  // os.WNOHANG on Linux

Host* hostFor(CallContext& ctx, const char* fn) {
    Host* host = ctx.vm().host;
    if (!host) ctx.raise(ctx.types().OSError, std::string(fn) + "() needs a run's processes");
    return host;
}

bool intArgs(CallContext& ctx, ArgView a, size_t n, int64_t* out, const char* fn) {
    if (a.count != n || a.kwCount != 0) {
        ctx.typeError(std::string(fn) + "() takes exactly " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                      " (" + std::to_string(a.count + a.kwCount) + " given)");
        return false;
    }
    for (size_t i = 0; i < n; ++i)
        if (!ctx.index(a[i], out[i])) return false;
    return true;
}

Value oFork(CallContext& ctx, ArgView a) {
    if (a.count || a.kwCount) return ctx.typeError("fork() takes no arguments");
    Host* host = hostFor(ctx, "fork");
    return host ? host->fork(ctx) : Value::error();
}
Value oWait(CallContext& ctx, ArgView a) {
    if (a.count || a.kwCount) return ctx.typeError("wait() takes no arguments");
    Host* host = hostFor(ctx, "wait");
    return host ? host->waitChild(ctx, -1, false) : Value::error();
}
Value oWaitPid(CallContext& ctx, ArgView a) {
    int64_t args[2];
    if (!intArgs(ctx, a, 2, args, "waitpid")) return Value::error();
    if (args[0] == 0 || args[0] < -1) return ctx.raise(ctx.types().OSError, "waitpid(): process groups are not modelled");
    if (args[1] & ~kWnohang) return ctx.raise(ctx.types().OSError, "waitpid(): only os.WNOHANG is modelled");
    Host* host = hostFor(ctx, "waitpid");
    return host ? host->waitChild(ctx, args[0], args[1] & kWnohang) : Value::error();
}
Value oExitNow(CallContext& ctx, ArgView a) {
    int64_t code;
    if (!intArgs(ctx, a, 1, &code, "_exit")) return Value::error();
    Host* host = hostFor(ctx, "_exit");
    return host ? host->exitProcess(ctx, code) : Value::error();
}

// A wait status as Linux makes it: an exit code in bits 8-15, or the signal that ended it.
Value oIfExited(CallContext& ctx, ArgView a) {
    int64_t s;
    return intArgs(ctx, a, 1, &s, "WIFEXITED") ? Value::boolean((s & 0x7f) == 0) : Value::error();
}
Value oExitStatus(CallContext& ctx, ArgView a) {
    int64_t s;
    return intArgs(ctx, a, 1, &s, "WEXITSTATUS") ? Value::integer((s >> 8) & 0xff) : Value::error();
}
Value oIfSignaled(CallContext& ctx, ArgView a) {
    int64_t s;
    return intArgs(ctx, a, 1, &s, "WIFSIGNALED") ? Value::boolean((s & 0x7f) != 0 && (s & 0x7f) != 0x7f) : Value::error();
}
Value oTermSig(CallContext& ctx, ArgView a) {
    int64_t s;
    return intArgs(ctx, a, 1, &s, "WTERMSIG") ? Value::integer(s & 0x7f) : Value::error();
}
Value oStatusToExitCode(CallContext& ctx, ArgView a) {
    int64_t s;
    if (!intArgs(ctx, a, 1, &s, "waitstatus_to_exitcode")) return Value::error();
    if ((s & 0x7f) == 0) return Value::integer((s >> 8) & 0xff);
    if ((s & 0x7f) != 0x7f) return Value::integer(-(s & 0x7f));
    return ctx.valueError("invalid wait status: " + std::to_string(s));
}

}  // namespace

void fillOsProcessFunctions(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "fork", oFork);
    addModuleFunction(ctx, m, "wait", oWait);
    addModuleFunction(ctx, m, "waitpid", oWaitPid);
    addModuleFunction(ctx, m, "_exit", oExitNow);
    addModuleFunction(ctx, m, "WIFEXITED", oIfExited);
    addModuleFunction(ctx, m, "WEXITSTATUS", oExitStatus);
    addModuleFunction(ctx, m, "WIFSIGNALED", oIfSignaled);
    addModuleFunction(ctx, m, "WTERMSIG", oTermSig);
    addModuleFunction(ctx, m, "waitstatus_to_exitcode", oStatusToExitCode);
    addModuleValue(ctx, m, "WNOHANG", Value::integer(kWnohang));
}

}  // namespace il::vm
