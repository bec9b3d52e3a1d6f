// The `_interleave` functions behind threading.Thread and multiprocessing.Process: start,
// join, liveness, exit codes, and the error reports Python prints for failing threads.

#include <unistd.h>

#include <algorithm>

#include "engine/runtime/natives/natives.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

bool intArg(CallContext& ctx, ArgView a, size_t i, int64_t& out, const char* fn) {
    if (i >= a.count || !a[i].isInt()) {
        ctx.typeError(std::string(fn) + "() needs an int argument");
        return false;
    }
    out = a[i].asInt();
    return true;
}

// start_thread(callable, name, daemon) -> ident
Value startThread(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    if (a.count != 3 || !isKind(a[1], vm::ObjKind::Str)) return ctx.typeError("start_thread(callable, name, daemon)");
    int d = ctx.truthy(a[2]);
    if (d < 0) return Value::error();
    SimTask* t = Runtime::of(ctx).startThread(ctx, a[0], std::string(vm::as<vm::StrObject>(a[1])->view()), d != 0);
    if (!t) return Value::error();
    return Value::integer(t->ident);
}

Value getIdent(CallContext& ctx, ArgView a) { return Value::integer(Runtime::current(ctx).ident); }
// A native run's thread is a real OS thread: its id is the kernel's, as in CPython (a forked
// child's main thread is the one that forked, so it is the child's pid). The sim makes one up.
Value getNativeId(CallContext& ctx, ArgView a) {
    if (Runtime::of(ctx).isNative()) return Value::integer(int64_t(::gettid()));
    SimTask& me = Runtime::current(ctx);
    return Value::integer(me.proc->pid * 100 + int64_t(me.id));
}

// join_thread(ident, timeout=None) -> True once the thread has ended, False on timeout.
Value joinThread(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    int64_t ident;
    if (!intArg(ctx, a, 0, ident, "join_thread")) return Value::error();
    double timeout;
    if (!timeoutArg(ctx, a.count > 1 ? &a.pos[1] : nullptr, timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    SimTask* t = rt.threadByIdent(*me.proc, ident);
    Wake w = rt.takeWake(me);
    if (!t || t->state == trace::TaskState::Done || t->state == trace::TaskState::Failed) return Value::boolean(true);
    if (w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    if (t->joinRes == kNoId) {
        t->joinRes = rt.newResource(trace::ResourceKind::Join, "join " + t->name);
        rt.setWaitHolders(t->joinRes, {t->id}, rt.liveNs(me));
    }
    return rt.block(me, t->joinRes, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

Value threadAlive(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    int64_t ident;
    if (!intArg(ctx, a, 0, ident, "thread_alive")) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask* t = rt.threadByIdent(*Runtime::current(ctx).proc, ident);
    return Value::boolean(t && t->state != trace::TaskState::Done && t->state != trace::TaskState::Failed);
}

// mark_failed(): the calling thread ends as Failed on the timeline (its target raised).
Value markFailed(CallContext& ctx, ArgView a) {
    Runtime::current(ctx).failed = true;
    return Value();
}

// format_exception(exc) -> the traceback text Python's excepthook would print.
Value formatException(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("format_exception(exc)");
    std::string text = vm::formatTraceback(ctx, a[0]);
    Runtime::of(ctx).recordException(Runtime::current(ctx), text);
    return ctx.makeStr(text);
}

Value writeStderr(CallContext& ctx, ArgView a) {
    if (a.count != 1 || !isKind(a[0], vm::ObjKind::Str)) return ctx.typeError("write_stderr(text)");
    Runtime::of(ctx).writeErr(Runtime::current(ctx), vm::as<vm::StrObject>(a[0])->view());
    return Value();
}

// start_process(process_object, name, daemon) -> pid
Value startProcess(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    if (a.count != 3 || !isKind(a[1], vm::ObjKind::Str)) return ctx.typeError("start_process(obj, name, daemon)");
    int d = ctx.truthy(a[2]);
    if (d < 0) return Value::error();
    SimProcess* p = Runtime::of(ctx).startProcess(ctx, a[0], std::string(vm::as<vm::StrObject>(a[1])->view()), d != 0);
    if (!p) return Value::error();
    return Value::integer(p->pid);
}

SimProcess* processArg(CallContext& ctx, ArgView a, const char* fn) {
    int64_t pid;
    if (!intArg(ctx, a, 0, pid, fn)) return nullptr;
    SimProcess* p = Runtime::of(ctx).processByPid(pid);
    if (!p) ctx.valueError(std::string(fn) + "(): no such process");
    return p;
}

// join_process(pid, timeout=None) -> True once it has ended.
Value joinProcess(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    SimProcess* p = processArg(ctx, a, "join_process");
    if (!p) return Value::error();
    double timeout;
    if (!timeoutArg(ctx, a.count > 1 ? &a.pos[1] : nullptr, timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Wake w = rt.takeWake(me);
    if (p->ended) return Value::boolean(true);
    if (w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    rt.setWaitHolders(p->joinRes, {p->mainThread}, rt.liveNs(me));
    const int64_t deadline = timeout < 0 ? -1 : rt.deadlineAfter(me, timeout);
    return rt.isNative() ? rt.nativeJoinChild(me, *p, deadline) : rt.block(me, p->joinRes, deadline);
}

Value processAlive(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    SimProcess* p = processArg(ctx, a, "process_alive");
    if (!p) return Value::error();
    return Value::boolean(!p->ended);
}

Value processExitcode(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    SimProcess* p = processArg(ctx, a, "process_exitcode");
    if (!p) return Value::error();
    return p->ended ? Value::integer(p->exitCode) : Value();
}

// terminate_process(pid, signal): SIGTERM (15) or SIGKILL (9); its children live on.
Value terminateProcess(CallContext& ctx, ArgView a) {
    ctx.vm().stepWatch.everything();  // a thread or process op: a step of its own
    SimProcess* p = processArg(ctx, a, "terminate_process");
    if (!p) return Value::error();
    int64_t sig = 15;
    if (a.count > 1 && a[1].isInt()) sig = a[1].asInt();
    Runtime::of(ctx).terminate(p->index, int(sig), Runtime::current(ctx).id);
    return Value();
}

// pool_created(kind_name, workers) -> pool id (a Pool resource on the timeline)
Value poolCreated(CallContext& ctx, ArgView a) {
    if (a.count != 2 || !isKind(a[0], vm::ObjKind::Str) || !a[1].isInt()) return ctx.typeError("pool_created(name, workers)");
    Runtime& rt = Runtime::of(ctx);
    PoolStats p;
    p.name = creationName(ctx, vm::as<vm::StrObject>(a[0])->view());
    p.workers = uint32_t(a[1].asInt());
    p.res = rt.newResource(trace::ResourceKind::Pool, p.name, p.workers);
    // Pending jobs get a queue of their own, so the timeline can plot busy against pending.
    p.jobs = rt.newResource(trace::ResourceKind::Queue, p.name + " jobs");
    rt.pools.push_back(p);
    return Value::integer(int64_t(rt.pools.size() - 1));
}

// pool_update(pool id, busy workers, pending tasks)
Value poolUpdate(CallContext& ctx, ArgView a) {
    if (a.count != 3 || !a[0].isInt() || !a[1].isInt() || !a[2].isInt()) return ctx.typeError("pool_update(id, busy, pending)");
    Runtime& rt = Runtime::of(ctx);
    size_t id = size_t(a[0].asInt());
    if (id >= rt.pools.size()) return ctx.valueError("pool_update(): no such pool");
    PoolStats& p = rt.pools[id];
    p.busy = uint32_t(a[1].asInt());
    const uint32_t pendingBefore = p.pending;
    p.pending = uint32_t(a[2].asInt());
    p.maxBusy = std::max(p.maxBusy, p.busy);
    p.maxPending = std::max(p.maxPending, p.pending);
    rt.recordQueue(Runtime::current(ctx), p.res, true, p.busy);
    // Recorded only when it changes: a rise as a put, a fall as a get.
    if (p.pending != pendingBefore) rt.recordQueue(Runtime::current(ctx), p.jobs, p.pending > pendingBefore, p.pending);
    return Value();
}

}  // namespace

void installThreadFunctions(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleFunction(ctx, m, "start_thread", startThread);
    vm::addModuleFunction(ctx, m, "get_ident", getIdent);
    vm::addModuleFunction(ctx, m, "get_native_id", getNativeId);
    vm::addModuleFunction(ctx, m, "join_thread", joinThread);
    vm::addModuleFunction(ctx, m, "thread_alive", threadAlive);
    vm::addModuleFunction(ctx, m, "mark_failed", markFailed);
    vm::addModuleFunction(ctx, m, "format_exception", formatException);
    vm::addModuleFunction(ctx, m, "write_stderr", writeStderr);
    vm::addModuleFunction(ctx, m, "start_process", startProcess);
    vm::addModuleFunction(ctx, m, "join_process", joinProcess);
    vm::addModuleFunction(ctx, m, "process_alive", processAlive);
    vm::addModuleFunction(ctx, m, "process_exitcode", processExitcode);
    vm::addModuleFunction(ctx, m, "terminate_process", terminateProcess);
    vm::addModuleFunction(ctx, m, "pool_created", poolCreated);
    vm::addModuleFunction(ctx, m, "pool_update", poolUpdate);
}

}  // namespace il::rt::natives
