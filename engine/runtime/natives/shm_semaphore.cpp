// multiprocessing.Semaphore / BoundedSemaphore in a native run: a native::Semaphore in shared
// memory (shm_lock_cell.hpp), so forked processes really count down the same value. Its
// Python-visible API, messages included, is semaphore.cpp's, whose constructor makes one of these
// instead when the run is native and the multiprocessing module asks. A bounded semaphore's
// maximum is its initial value, enforced by the shared semaphore itself (so two processes that
// release at once cannot both slip past the bound).

#include <string>

#include "engine/runtime/natives/shm_lock_cell.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::WaitResult;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

Value acquire(CallContext& ctx, ArgView a);
Value release(CallContext& ctx, ArgView a);
Value exitSem(CallContext& ctx, ArgView a);
Value getValue(CallContext& ctx, ArgView a);

vm::ClassObject* semClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Semaphore", "_interleave");
        vm::addNative(k, "acquire", acquire);
        vm::addNative(k, "__enter__", acquire);
        vm::addNative(k, "release", release);
        vm::addNative(k, "__exit__", exitSem);
        vm::addNative(k, "get_value", getValue);
        return k;
    }();
    return cls;
}

SharedLock& stateOf(CallContext& ctx, const vm::HandleObject* h) { return sharedLockState(Runtime::of(ctx), h->id); }

// taken() records the acquisition as semaphore.cpp does (holders only for a Semaphore(1)).
Value taken(CallContext& ctx, const vm::HandleObject* h) {
    Runtime& rt = Runtime::of(ctx);
    rt.recordAcquire(Runtime::current(ctx), h->id, 1);
    Resource& r = rt.resource(h->id);
    if (!stateOf(ctx, h).mutexLike || r.holders.size() > 1) r.holders.clear();
    return Value::boolean(true);
}

// acquire(blocking=True, timeout=None) -> bool
Value acquire(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedSemaphoreTag, "acquire");
    if (!h) return Value::error();
    bool blocking;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 1, "blocking"), true, blocking)) return Value::error();
    const Value* tv = vm::lib::kwOrPos(a, 2, "timeout");
    double timeout;
    if (!waitTimeoutArg(ctx, tv, timeout)) return Value::error();
    if (!blocking && tv && !tv->isNone()) return ctx.valueError("can't specify timeout for non-blocking acquire");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    SharedLockCell* c = &stateOf(ctx, h).at();
    if (rt.takeWake(me) != Wake::None)  // back from waiting: the wait took a unit, or gave up
        return me.externalResult == int(WaitResult::Ok) ? taken(ctx, h) : Value::boolean(false);
    if (c->sem.tryAcquire()) return taken(ctx, h);
    if (!blocking || timeout == 0) return Value::boolean(false);
    ++rt.resource(h->id).contended;
    return rt.blockExternal(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(WaitResult::Timeout),
                            [c](const WaitSpec& w) { return int(c->sem.acquire(w)); });
}

bool releaseN(CallContext& ctx, const vm::HandleObject* h, int64_t n) {
    SharedLock& st = stateOf(ctx, h);
    if (n > int64_t(UINT32_MAX) || st.at().sem.release(uint32_t(n)) != WaitResult::Ok) {
        if (st.bounded) ctx.valueError("Semaphore released too many times");
        else ctx.overflowError("semaphore value too large for a shared semaphore");
        return false;
    }
    Runtime& rt = Runtime::of(ctx);
    // Whoever acquired it, nobody holds it once it is released (see semaphore.cpp's SemState).
    rt.resource(h->id).holders.clear();
    rt.recordRelease(Runtime::current(ctx), h->id, 0);
    return true;
}

// release(n=1)
Value release(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedSemaphoreTag, "release");
    if (!h) return Value::error();
    const Value* nv = vm::lib::kwOrPos(a, 1, "n");
    int64_t n = 1;
    if (nv) {
        if (!nv->isInt()) return ctx.typeError("release() n must be an int");
        n = nv->asInt();
    }
    if (n < 1) return ctx.valueError("n must be one or more");
    return releaseN(ctx, h, n) ? Value() : Value::error();
}

Value exitSem(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedSemaphoreTag, "__exit__");
    if (!h) return Value::error();
    return releaseN(ctx, h, 1) ? Value() : Value::error();
}

Value getValue(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedSemaphoreTag, "get_value");
    if (!h) return Value::error();
    return Value::integer(int64_t(stateOf(ctx, h).at().sem.get()));
}

}  // namespace

Value newSharedSemaphore(CallContext& ctx, int64_t value, bool bounded) {
    // The shared semaphore counts in 32 bits (UINT32_MAX is an unbounded one's ceiling).
    if (value >= int64_t(UINT32_MAX)) return ctx.overflowError("semaphore value too large for a shared semaphore");
    auto st = std::make_unique<SharedLock>();
    st->initial = value;
    st->bounded = bounded;
    st->mutexLike = value == 1;
    ResourceId id = newSharedLockResource(ctx, trace::ResourceKind::Semaphore, creationName(ctx, "Semaphore"),
                                          bounded ? uint32_t(value) : 0, std::move(st), uint32_t(value),
                                          bounded ? uint32_t(value) : UINT32_MAX);
    return id == kNoId ? Value::error() : newHandle(ctx, semClass(), id, kSharedSemaphoreTag);
}

}  // namespace il::rt::natives
