// threading.Semaphore / BoundedSemaphore (and multiprocessing's): a Resource whose `count` is
// the semaphore's value. threading.py wraps this handle in CPython's Python classes.

#include <algorithm>

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct SemState : PrimitiveState {
    int64_t initial = 0;
    bool bounded = false;
    // A semaphore that starts at 1 is used as a mutex: its acquirers are recorded as holders so
    // the wait-for graph sees lock cycles through it. A counting semaphore may be released by
    // any of several holders (or by a thread that never acquired it), so a wait on one is not a
    // wait on a particular task: no holders, only the global check can call it a deadlock.
    bool mutexLike = false;
    [[nodiscard]] std::unique_ptr<PrimitiveState> forkCopy(const std::function<ResourceId(ResourceId)>& /*resourceFor*/) const override {
        return std::make_unique<SemState>(*this);
    }
};

Value semNew(CallContext& ctx, ArgView a);
Value semAcquire(CallContext& ctx, ArgView a);
Value semRelease(CallContext& ctx, ArgView a);
Value semExit(CallContext& ctx, ArgView a);
Value semGetValue(CallContext& ctx, ArgView a);

vm::ClassObject* semClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Semaphore", "_interleave");
        vm::setConstructor(k, semNew);
        vm::addNative(k, "acquire", semAcquire);
        vm::addNative(k, "__enter__", semAcquire);
        vm::addNative(k, "release", semRelease);
        vm::addNative(k, "__exit__", semExit);
        vm::addNative(k, "get_value", semGetValue);
        return k;
    }();
    return cls;
}

SemState& stateOf(Resource& r) { return static_cast<SemState&>(*r.state); }

// Semaphore(value=1, bounded=False)
Value semNew(CallContext& ctx, ArgView a) {
    const Value* v = vm::lib::kwOrPos(a, 1, "value");
    int64_t value = 1;
    if (v) {
        if (!v->isInt()) return ctx.typeError("Semaphore() value must be an int");
        value = v->asInt();
    }
    if (value < 0) return ctx.valueError("semaphore initial value must be >= 0");
    bool bounded;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 2, "bounded"), false, bounded)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    // A native run's multiprocessing semaphore: in shared memory (shm_semaphore.cpp).
    if (rt.sharedAcrossProcesses()) return newSharedSemaphore(ctx, value, bounded);
    ResourceId id = rt.newResource(trace::ResourceKind::Semaphore, creationName(ctx, "Semaphore"),
                                   bounded ? uint32_t(std::min<int64_t>(value, UINT32_MAX)) : 0);
    rt.threadingPrimitive(id);
    Resource& r = rt.resource(id);
    r.count = value;
    auto st = std::make_unique<SemState>();
    st->initial = value;
    st->bounded = bounded;
    st->mutexLike = value == 1;
    r.state = std::move(st);
    return newHandle(ctx, semClass(), id, kSemaphoreTag);
}

// acquire(blocking=True, timeout=None) -> bool
Value semAcquire(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSemaphoreTag, "acquire");
    if (!h) return Value::error();
    bool blocking;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 1, "blocking"), true, blocking)) return Value::error();
    const Value* tv = vm::lib::kwOrPos(a, 2, "timeout");
    double timeout;
    if (!waitTimeoutArg(ctx, tv, timeout)) return Value::error();
    if (!blocking && tv && !tv->isNone()) return ctx.valueError("can't specify timeout for non-blocking acquire");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Resource& r = rt.resource(h->id);
    Wake w = rt.takeWake(me);
    if (r.count > 0) {
        --r.count;
        rt.recordAcquire(me, h->id, 1);
        if (!stateOf(r).mutexLike || r.holders.size() > 1) r.holders.clear();
        return Value::boolean(true);
    }
    if (!blocking || w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    if (w == Wake::None) ++r.contended;
    return rt.block(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

bool release(CallContext& ctx, vm::HandleObject* h, int64_t n) {
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Resource& r = rt.resource(h->id);
    const SemState& st = stateOf(r);
    if (st.bounded && r.count + n > st.initial) {
        ctx.valueError("Semaphore released too many times");
        return false;
    }
    r.count += n;
    // Whoever acquired it, nobody holds it once it is released (see SemState::mutexLike).
    r.holders.clear();
    rt.recordRelease(me, h->id, 0);
    for (int64_t i = 0; i < n; ++i)
        if (!rt.wakeOne(h->id, me.id)) break;
    return true;
}

// release(n=1)
Value semRelease(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSemaphoreTag, "release");
    if (!h) return Value::error();
    const Value* nv = vm::lib::kwOrPos(a, 1, "n");
    int64_t n = 1;
    if (nv) {
        if (!nv->isInt()) return ctx.typeError("release() n must be an int");
        n = nv->asInt();
    }
    if (n < 1) return ctx.valueError("n must be one or more");
    return release(ctx, h, n) ? Value() : Value::error();
}

Value semExit(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSemaphoreTag, "__exit__");
    if (!h) return Value::error();
    return release(ctx, h, 1) ? Value() : Value::error();
}

Value semGetValue(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSemaphoreTag, "get_value");
    if (!h) return Value::error();
    return Value::integer(Runtime::of(ctx).resource(h->id).count);
}

}  // namespace

void installSemaphore(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "Semaphore", Value::object(semClass()));
}

}  // namespace il::rt::natives
