// time: a per-process virtual clock. sleep() advances it; every instruction costs 20 ns of
// virtual CPU time, so perf_counter() differences are deterministic.

#include "engine/vm/host.hpp"
#include "engine/vm/modules/modules.hpp"

namespace il::vm {

namespace {
constexpr double kEpoch = 1700000000.0;
constexpr double kInstructionCost = 20e-9;

double now(CallContext& ctx) {
    if (Host* host = ctx.vm().host) return host->now(ctx);
    return ctx.vm().virtualTime + double(ctx.vm().instructionsExecuted) * kInstructionCost;
}

Value tTime(CallContext& ctx, ArgView a) { return Value::real(kEpoch + now(ctx)); }
Value tMonotonic(CallContext& ctx, ArgView a) { return Value::real(now(ctx)); }
Value tTimeNs(CallContext& ctx, ArgView a) { return Value::integer(int64_t((kEpoch + now(ctx)) * 1e9)); }
Value tSleep(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("sleep() takes exactly one argument (" + std::to_string(a.count) + " given)");
    double s;
    if (!numberArg(ctx, a[0], s, "sleep")) return Value::error();
    if (s < 0) return ctx.valueError("sleep length must be non-negative");
    if (Host* host = ctx.vm().host) return host->sleep(ctx, s);
    ctx.vm().virtualTime += s;
    return Value();
}
}  // namespace

void fillTimeModule(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "time", tTime);
    addModuleFunction(ctx, m, "time_ns", tTimeNs);
    addModuleFunction(ctx, m, "perf_counter", tMonotonic);
    addModuleFunction(ctx, m, "monotonic", tMonotonic);
    addModuleFunction(ctx, m, "process_time", tMonotonic);
    addModuleFunction(ctx, m, "sleep", tSleep);
}

}  // namespace il::vm
