// The `_interleave` functions behind asyncio (prelude/asyncio*.py) and greenlet/gevent
// (prelude/greenlet.py, gevent*.py): coroutine records for the trace, the event loop's ready
// queue and idle wait, and greenlet stack switches.
//   coro_new(name) -> id                   a Coroutine task hosted by the calling thread (Ready)
//   coro_state(id, state, resource=-1)     state: "ready" | "running" | "suspended" | "done" |
//                                          "failed"; a suspended coroutine names what it awaits
//   coro_resource(kind, fallback) -> id    a resource ("Lock", "Event", "Semaphore", "Queue",
//                                          "Timer") named after the script's variable
//   loop_new() -> id                       an event loop's ready queue (a Queue-like series)
//   loop_ready(id, length, grew)           its new length
//   loop_idle(id, seconds)                 the loop has nothing ready: the thread sleeps that
//                                          long (virtual time), or with seconds < 0 waits on
//                                          the loop for ever (a global deadlock if nothing else)
//   greenlet_current() -> id               the greenlet the thread runs (main made on demand)
//   greenlet_new(bootstrap, g, name) -> id its frames will run bootstrap(g)
//   greenlet_switch(id, finish=0)          switch the thread to greenlet id; returns when
//                                          switched back (finish 1/2: the caller ended ok/failed)

#include <cmath>

#include "engine/runtime/natives/natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

bool intArgAt(CallContext& ctx, ArgView a, size_t i, int64_t& out, const char* fn) {
    if (i >= a.count || !a[i].isInt()) {
        ctx.typeError(std::string(fn) + "() expects an int argument");
        return false;
    }
    out = a[i].asInt();
    return true;
}

SimTask* coroutineArg(CallContext& ctx, ArgView a, const char* fn) {
    int64_t id = 0;
    if (!intArgAt(ctx, a, 0, id, fn)) return nullptr;
    Runtime& rt = Runtime::of(ctx);
    if (id < 0 || size_t(id) >= rt.tasks().size() || rt.task(TaskId(id)).kind != trace::TaskKind::Coroutine) {
        ctx.valueError(std::string(fn) + "(): not a coroutine id");
        return nullptr;
    }
    return &rt.task(TaskId(id));
}

Value coroNew(CallContext& ctx, ArgView a) {
    std::string_view name;
    if (a.count != 1 || !vm::lib::strArg(ctx, a[0], "name must be str", name)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    return Value::integer(rt.newCoroutine(Runtime::current(ctx), std::string(name)).id);
}

Value coroState(CallContext& ctx, ArgView a) {
    SimTask* c = coroutineArg(ctx, a, "coro_state");
    if (!c) return Value::error();
    std::string_view s;
    if (a.count < 2 || !vm::lib::strArg(ctx, a[1], "state must be str", s)) return Value::error();
    int64_t res = -1;
    if (a.count > 2 && !intArgAt(ctx, a, 2, res, "coro_state")) return Value::error();
    using trace::TaskState;
    TaskState st;
    if (s == "ready") st = TaskState::Ready;
    else if (s == "running") st = TaskState::Running;
    else if (s == "suspended") st = TaskState::Suspended;
    else if (s == "done") st = TaskState::Done;
    else if (s == "failed") st = TaskState::Failed;
    else return ctx.valueError("coro_state(): unknown state");
    Runtime::of(ctx).setCoroutineState(*c, st, res < 0 ? kNoId : ResourceId(res));
    return Value();
}

Value coroResource(CallContext& ctx, ArgView a) {
    std::string_view kind, fallback;
    if (a.count != 2 || !vm::lib::strArg(ctx, a[0], "kind must be str", kind) ||
        !vm::lib::strArg(ctx, a[1], "fallback must be str", fallback))
        return Value::error();
    using trace::ResourceKind;
    ResourceKind k = kind == "Lock" ? ResourceKind::Lock
                   : kind == "Event" ? ResourceKind::Event
                   : kind == "Semaphore" ? ResourceKind::Semaphore
                   : kind == "Queue" ? ResourceKind::Queue
                   : kind == "Timer" ? ResourceKind::Timer
                   : kind == "Join" ? ResourceKind::Join
                                     : ResourceKind::Other;
    std::string name = kind == "Timer" ? std::string(fallback) : creationName(ctx, fallback);
    return Value::integer(Runtime::of(ctx).newResource(k, std::move(name)));
}

Value loopNew(CallContext& ctx, ArgView a) {
    Runtime& rt = Runtime::of(ctx);
    std::string name = "ready queue (" + Runtime::current(ctx).name + ")";
    return Value::integer(rt.newResource(trace::ResourceKind::Queue, std::move(name)));
}

Value loopReady(CallContext& ctx, ArgView a) {
    int64_t res = 0, length = 0;
    if (!intArgAt(ctx, a, 0, res, "loop_ready") || !intArgAt(ctx, a, 1, length, "loop_ready")) return Value::error();
    bool grew = a.count > 2 && a[2].isBool() && a[2].asBool();
    Runtime::of(ctx).recordReadyLength(Runtime::current(ctx), ResourceId(res), uint32_t(length), grew);
    return Value();
}

Value loopIdle(CallContext& ctx, ArgView a) {
    int64_t res = 0;
    double seconds = 0;
    if (!intArgAt(ctx, a, 0, res, "loop_idle") || a.count < 2 || !vm::numberArg(ctx, a[1], seconds, "loop_idle"))
        return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& t = Runtime::current(ctx);
    if (rt.takeWake(t) != Wake::None) return Value();
    if (seconds < 0) return rt.block(t, ResourceId(res), -1);
    int64_t ns = int64_t(std::llround(seconds * 1e9));
    if (ns <= 0) return Value();
    return rt.sleepUntil(t, rt.liveNs(t) + ns);
}

Value greenletCurrent(CallContext& ctx, ArgView) { return Value::integer(Runtime::of(ctx).greenletOf(ctx)); }

Value greenletNew(CallContext& ctx, ArgView a) {
    std::string_view name;
    if (a.count != 3 || !vm::lib::strArg(ctx, a[2], "name must be str", name)) return ctx.typeError("greenlet_new(bootstrap, g, name)");
    int64_t id = Runtime::of(ctx).newGreenlet(ctx, a[0], a[1], std::string(name));
    if (id < 0) return Value::error();
    return Value::integer(id);
}

Value greenletTaskId(CallContext& ctx, ArgView a) {
    int64_t id = 0;
    if (!intArgAt(ctx, a, 0, id, "greenlet_task")) return Value::error();
    return Value::integer(int64_t(Runtime::of(ctx).greenletTask(id)));
}

Value greenletSwitch(CallContext& ctx, ArgView a) {
    int64_t id = 0, finish = 0;
    if (!intArgAt(ctx, a, 0, id, "greenlet_switch")) return Value::error();
    if (a.count > 1 && !intArgAt(ctx, a, 1, finish, "greenlet_switch")) return Value::error();
    return Runtime::of(ctx).requestSwitch(ctx, id, int(finish));
}

}  // namespace

void installCoroutines(CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleFunction(ctx, m, "coro_new", coroNew);
    vm::addModuleFunction(ctx, m, "coro_state", coroState);
    vm::addModuleFunction(ctx, m, "coro_resource", coroResource);
    vm::addModuleFunction(ctx, m, "loop_new", loopNew);
    vm::addModuleFunction(ctx, m, "loop_ready", loopReady);
    vm::addModuleFunction(ctx, m, "loop_idle", loopIdle);
    vm::addModuleFunction(ctx, m, "greenlet_current", greenletCurrent);
    vm::addModuleFunction(ctx, m, "greenlet_new", greenletNew);
    vm::addModuleFunction(ctx, m, "greenlet_task", greenletTaskId);
    vm::addModuleFunction(ctx, m, "greenlet_switch", greenletSwitch);
}

}  // namespace il::rt::natives
