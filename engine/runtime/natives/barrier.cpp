// threading.Barrier (and multiprocessing's): CPython's state machine (filling, draining,
// resetting, broken) kept in the runtime. The condition and lock CPython uses are not needed:
// a native runs without interruption. The barrier's action is Python code, so the last thread
// to arrive gets kLast back, runs the action in threading.py, then calls _release() (or _fail()
// if the action raised); meanwhile the barrier is in the extra state kAction, where newcomers
// wait as they would for CPython's lock.
//
//   Barrier(parties)   wait(timeout=None) -> index | kBroken | kLast,  _release(), _fail(),
//                      reset(), abort(), n_waiting(), broken(), parties()

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

// What wait() returns besides an arrival index.
constexpr int64_t kBroken = -1;  // raise BrokenBarrierError
constexpr int64_t kLast = -2;    // run the action, then call _release()

enum State : int { kFilling = 0, kDraining = 1, kResetting = -1, kBrokenState = -2, kAction = 2 };
// opPhase while blocked in wait(): waiting for a drain or reset to end, or for the release.
enum Phase : int { kEntering = 0x42520, kWaiting };

struct BarrierState : PrimitiveState {
    int64_t parties = 0;
    int state = kFilling;
    int64_t count = 0;  // threads inside wait()
    [[nodiscard]] std::unique_ptr<PrimitiveState> forkCopy(const std::function<ResourceId(ResourceId)>& /*resourceFor*/) const override {
        return std::make_unique<BarrierState>(*this);
    }
};

Value barrierNew(CallContext& ctx, ArgView a);
Value barrierWait(CallContext& ctx, ArgView a);
Value barrierRelease(CallContext& ctx, ArgView a);
Value barrierFail(CallContext& ctx, ArgView a);
Value barrierReset(CallContext& ctx, ArgView a);
Value barrierAbort(CallContext& ctx, ArgView a);
Value barrierNWaiting(CallContext& ctx, ArgView a);
Value barrierBroken(CallContext& ctx, ArgView a);
Value barrierParties(CallContext& ctx, ArgView a);

vm::ClassObject* barrierClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Barrier", "_interleave");
        vm::setConstructor(k, barrierNew);
        vm::addNative(k, "wait", barrierWait);
        vm::addNative(k, "_release", barrierRelease);
        vm::addNative(k, "_fail", barrierFail);
        vm::addNative(k, "reset", barrierReset);
        vm::addNative(k, "abort", barrierAbort);
        vm::addNative(k, "n_waiting", barrierNWaiting);
        vm::addNative(k, "broken", barrierBroken);
        vm::addNative(k, "parties", barrierParties);
        return k;
    }();
    return cls;
}

BarrierState& stateOf(Runtime& rt, vm::HandleObject* h) {
    return static_cast<BarrierState&>(*rt.resource(h->id).state);
}

Value barrierNew(CallContext& ctx, ArgView a) {
    const Value* pv = vm::lib::kwOrPos(a, 1, "parties");
    if (!pv || !pv->isInt()) return ctx.typeError("Barrier() needs an int number of parties");
    Runtime& rt = Runtime::of(ctx);
    int64_t parties = pv->asInt();
    // A native run's multiprocessing.Barrier: in shared memory (shm_barrier.cpp).
    if (rt.sharedAcrossProcesses()) return newSharedBarrier(ctx, parties);
    ResourceId id = rt.newResource(trace::ResourceKind::Barrier, creationName(ctx, "Barrier"),
                                   parties > 0 && parties < int64_t(UINT32_MAX) ? uint32_t(parties) : 0);
    rt.threadingPrimitive(id);
    auto st = std::make_unique<BarrierState>();
    st->parties = parties;
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, barrierClass(), id, kBarrierTag);
}

// changed() wakes everybody blocked on the barrier (CPython's notify_all).
void changed(Runtime& rt, vm::HandleObject* h, SimTask& me) { rt.wakeAll(h->id, me.id); }

// leave() is CPython's `finally: self._count -= 1; self._exit()`.
void leave(Runtime& rt, vm::HandleObject* h, SimTask& me) {
    BarrierState& b = stateOf(rt, h);
    --b.count;
    rt.resource(h->id).count = b.count;
    if (b.count == 0 && (b.state == kResetting || b.state == kDraining)) {
        b.state = kFilling;
        changed(rt, h, me);
    }
}

void breakBarrier(Runtime& rt, vm::HandleObject* h, SimTask& me) {
    stateOf(rt, h).state = kBrokenState;
    changed(rt, h, me);
}

Value finish(SimTask& me, int64_t result) {
    me.opPhase = 0;
    me.opSaved = 0;
    return Value::integer(result);
}

Value barrierWait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "wait");
    if (!h) return Value::error();
    double timeout;
    if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    BarrierState& b = stateOf(rt, h);
    Wake w = rt.takeWake(me);
    if (w == Wake::None || (me.opPhase != kEntering && me.opPhase != kWaiting)) me.opPhase = kEntering;
    if (me.opPhase == kEntering) {
        // CPython's _enter(): wait while the barrier drains, resets or runs its action.
        if (b.state == kDraining || b.state == kResetting || b.state == kAction) return rt.block(me, h->id, -1);
        if (b.state == kBrokenState) return finish(me, kBroken);
        int64_t index = b.count++;
        rt.resource(h->id).count = b.count;
        if (index + 1 == b.parties) {
            b.state = kAction;
            return finish(me, kLast);
        }
        if (timeout == 0) {  // wait_for() with no time left breaks the barrier at once
            breakBarrier(rt, h, me);
            leave(rt, h, me);
            return finish(me, kBroken);
        }
        me.opPhase = kWaiting;
        me.opSaved = index;
        me.deadlineNs = -1;  // the wait's own deadline starts now, not at the entrance
        return rt.block(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
    }
    // kWaiting: CPython's _wait(), woken by a change of state or by the timeout.
    if (b.state == kDraining) {
        int64_t index = me.opSaved;
        leave(rt, h, me);
        return finish(me, index);
    }
    if (b.state == kResetting || b.state == kBrokenState) {
        leave(rt, h, me);
        return finish(me, kBroken);
    }
    if (w == Wake::TimedOut) {
        if (b.state == kFilling) {
            breakBarrier(rt, h, me);
            leave(rt, h, me);
            return finish(me, kBroken);
        }
        // The action runs: CPython's waiter would be stuck on the lock until it ends, then
        // find the barrier released.
        me.deadlineNs = -1;
        return rt.block(me, h->id, -1);
    }
    return rt.block(me, h->id, -1);  // keeps the deadline it had
}

// _release(): the action ran; release everybody (the last thread's own exit included).
Value barrierRelease(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "_release");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    BarrierState& b = stateOf(rt, h);
    if (b.state == kAction) b.state = kDraining;  // the action may have aborted it
    changed(rt, h, me);
    leave(rt, h, me);
    return Value();
}

// _fail(): the action raised; the barrier is broken for everybody.
Value barrierFail(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "_fail");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    breakBarrier(rt, h, me);
    leave(rt, h, me);
    return Value();
}

Value barrierReset(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "reset");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    BarrierState& b = stateOf(rt, h);
    if (b.count > 0) {
        if (b.state == kFilling || b.state == kBrokenState) b.state = kResetting;
    } else {
        b.state = kFilling;
    }
    changed(rt, h, Runtime::current(ctx));
    return Value();
}

Value barrierAbort(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "abort");
    if (!h) return Value::error();
    breakBarrier(Runtime::of(ctx), h, Runtime::current(ctx));
    return Value();
}

Value barrierNWaiting(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "n_waiting");
    if (!h) return Value::error();
    const BarrierState& b = stateOf(Runtime::of(ctx), h);
    return Value::integer(b.state == kFilling || b.state == kAction ? b.count : 0);
}

Value barrierBroken(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "broken");
    if (!h) return Value::error();
    return Value::boolean(stateOf(Runtime::of(ctx), h).state == kBrokenState);
}

Value barrierParties(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kBarrierTag, "parties");
    if (!h) return Value::error();
    return Value::integer(stateOf(Runtime::of(ctx), h).parties);
}

}  // namespace

void installBarrier(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "Barrier", Value::object(barrierClass()));
}

}  // namespace il::rt::natives
