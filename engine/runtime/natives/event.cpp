// threading.Event (and multiprocessing's): a Resource whose `count` is the flag. Waiters block
// on the event itself, so the timeline and the wait-for graph name it.

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

Value eventNew(CallContext& ctx, ArgView a);
Value eventSet(CallContext& ctx, ArgView a);
Value eventClear(CallContext& ctx, ArgView a);
Value eventIsSet(CallContext& ctx, ArgView a);
Value eventWait(CallContext& ctx, ArgView a);

vm::ClassObject* eventClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Event", "_interleave");
        vm::setConstructor(k, eventNew);
        vm::addNative(k, "set", eventSet);
        vm::addNative(k, "clear", eventClear);
        vm::addNative(k, "is_set", eventIsSet);
        vm::addNative(k, "wait", eventWait);
        return k;
    }();
    return cls;
}

Value eventNew(CallContext& ctx, ArgView a) {
    if (a.count > 1 || a.kwCount) return ctx.typeError("Event() takes no arguments");
    Runtime& rt = Runtime::of(ctx);
    // A native run's multiprocessing.Event: in shared memory (shm_event.cpp).
    if (rt.sharedAcrossProcesses()) return newSharedEvent(ctx);
    ResourceId id = rt.newResource(trace::ResourceKind::Event, creationName(ctx, "Event"));
    rt.threadingPrimitive(id);
    return newHandle(ctx, eventClass(), id, kEventTag);
}

Value eventSet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kEventTag, "set");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    rt.resource(h->id).count = 1;
    rt.wakeAll(h->id, Runtime::current(ctx).id);
    return Value();
}

Value eventClear(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kEventTag, "clear");
    if (!h) return Value::error();
    Runtime::of(ctx).resource(h->id).count = 0;
    return Value();
}

Value eventIsSet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kEventTag, "is_set");
    if (!h) return Value::error();
    return Value::boolean(Runtime::of(ctx).resource(h->id).count != 0);
}

// wait(timeout=None) -> bool. As in CPython, a waiter woken by set() returns True even if the
// flag was cleared again before it ran.
Value eventWait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kEventTag, "wait");
    if (!h) return Value::error();
    double timeout;
    if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Wake w = rt.takeWake(me);
    if (rt.resource(h->id).count != 0 || w == Wake::Signalled) return Value::boolean(true);
    if (w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    return rt.block(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

}  // namespace

void installEvent(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "Event", Value::object(eventClass()));
}

}  // namespace il::rt::natives
