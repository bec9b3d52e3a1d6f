// multiprocessing.Barrier in a native run: barrier.cpp's state machine (CPython's: filling,
// draining, resetting, broken, plus kAction while the last arrival runs the action in Python)
// kept in shared memory under a shared mutex, so a forked child's wait() counts towards its
// parent's barrier. barrier.cpp's constructor makes one of these instead when the run is native
// and the multiprocessing module asks; the API and what wait() answers are barrier.cpp's.
//
// Every wait() runs on the task's OS thread without the runtime lock (Runtime::blockExternal),
// even the last arrival's, which comes straight back: entering may already have to wait for a
// drain, and the whole of CPython's wait (enter, count, wait for a change of state) then runs
// under the one shared mutex as it does under CPython's condition.

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::WaitResult;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

constexpr int64_t kBroken = -1;  // raise BrokenBarrierError
constexpr int64_t kLast = -2;    // run the action, then call _release()
constexpr int kCancelled = -3;   // the run is ending
enum State : int { kFilling = 0, kDraining = 1, kResetting = -1, kBrokenState = -2, kAction = 2 };

struct BarrierCell {
    native::Mutex mutex;
    native::Condition changed;
    int64_t parties;
    int state;
    int64_t count;  // threads inside wait(), in every process
};

struct SharedBarrier : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset cell = 0;
    [[nodiscard]] BarrierCell& at() const { return *arena->at<BarrierCell>(cell); }
};

// Under the mutex: CPython's `finally: self._count -= 1; self._exit()`, and _break().
void leave(BarrierCell& b) {
    if (--b.count == 0 && (b.state == kResetting || b.state == kDraining)) {
        b.state = kFilling;
        b.changed.notifyAll();
    }
}
void breakIt(BarrierCell& b) {
    b.state = kBrokenState;
    b.changed.notifyAll();
}

// waitAll() is the whole of wait(), on the task's OS thread: an index, kBroken, kLast or
// kCancelled. A Cancelled condition wait returns without the mutex.
int waitAll(BarrierCell* b, const WaitSpec& w) {
    WaitSpec forever{native::Clock::time_point::max(), w.cancel};
    if (b->mutex.lock(forever) == WaitResult::Cancelled) return kCancelled;
    while (b->state == kDraining || b->state == kResetting || b->state == kAction)
        if (b->changed.wait(b->mutex, forever) == WaitResult::Cancelled) return kCancelled;
    int result = int(kBroken);
    if (b->state != kBrokenState) {
        int64_t index = b->count++;
        if (index + 1 == b->parties) {
            b->state = kAction;
            b->mutex.unlock();
            return int(kLast);
        }
        for (;;) {
            if (b->state == kDraining) {
                result = int(index);
                break;
            }
            if (b->state == kResetting || b->state == kBrokenState) break;
            bool acting = b->state == kAction;  // the action's end does not time out
            WaitResult r = b->changed.wait(b->mutex, acting ? forever : w);
            if (r == WaitResult::Cancelled) return kCancelled;
            if (r == WaitResult::Timeout && b->state == kFilling) {
                breakIt(*b);
                break;
            }
        }
        leave(*b);
    }
    b->mutex.unlock();
    return result;
}

BarrierCell* cellOf(CallContext& ctx, ArgView a, const char* method, vm::HandleObject** out = nullptr) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedBarrierTag, method);
    if (!h) return nullptr;
    if (out) *out = h;
    return &static_cast<SharedBarrier&>(*Runtime::of(ctx).resource(h->id).state).at();
}

Value wait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h;
    BarrierCell* b = cellOf(ctx, a, "wait", &h);
    if (!b) return Value::error();
    double timeout;
    if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None)
        return Value::integer(me.externalResult == kCancelled ? kBroken : int64_t(me.externalResult));
    return rt.blockExternal(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), kCancelled - 1,
                            [b](const WaitSpec& w) { return waitAll(b, w); });
}

// locked() runs `f` on the cell under its mutex (never held long: waiters sleep without it).
template <class F>
Value locked(CallContext& ctx, ArgView a, const char* method, F f) {
    BarrierCell* b = cellOf(ctx, a, method);
    if (!b) return Value::error();
    (void)b->mutex.lock();
    Value v = f(*b);
    b->mutex.unlock();
    return v;
}

Value release(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "_release", [](BarrierCell& b) {
        if (b.state == kAction) b.state = kDraining;  // the action may have aborted it
        b.changed.notifyAll();
        leave(b);
        return Value();
    });
}
Value fail(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "_fail", [](BarrierCell& b) {
        breakIt(b);
        leave(b);
        return Value();
    });
}
Value reset(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "reset", [](BarrierCell& b) {
        if (b.count > 0) {
            if (b.state == kFilling || b.state == kBrokenState) b.state = kResetting;
        } else {
            b.state = kFilling;
        }
        b.changed.notifyAll();
        return Value();
    });
}
Value abort(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "abort", [](BarrierCell& b) {
        breakIt(b);
        return Value();
    });
}
Value nWaiting(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "n_waiting", [](BarrierCell& b) {
        return Value::integer(b.state == kFilling || b.state == kAction ? b.count : 0);
    });
}
Value broken(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "broken", [](BarrierCell& b) { return Value::boolean(b.state == kBrokenState); });
}
Value parties(CallContext& ctx, ArgView a) {
    return locked(ctx, a, "parties", [](BarrierCell& b) { return Value::integer(b.parties); });
}

vm::ClassObject* barrierClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Barrier", "_interleave");
        vm::addNative(k, "wait", wait);
        vm::addNative(k, "_release", release);
        vm::addNative(k, "_fail", fail);
        vm::addNative(k, "reset", reset);
        vm::addNative(k, "abort", abort);
        vm::addNative(k, "n_waiting", nWaiting);
        vm::addNative(k, "broken", broken);
        vm::addNative(k, "parties", parties);
        return k;
    }();
    return cls;
}

}  // namespace

Value newSharedBarrier(CallContext& ctx, int64_t parties) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) return ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
    native::Offset cell = arena->allocate(sizeof(BarrierCell), &error);
    if (!cell) return ctx.raise(ctx.types().MemoryError, error);
    BarrierCell& b = *arena->at<BarrierCell>(cell);
    if (!b.mutex.init()) return ctx.raise(ctx.types().OSError, "cannot make a process-shared mutex");
    b.changed.init();
    b.parties = parties;
    b.state = kFilling;
    b.count = 0;
    ResourceId id = rt.newResource(trace::ResourceKind::Barrier, creationName(ctx, "Barrier"),
                                   parties > 0 && parties < int64_t(UINT32_MAX) ? uint32_t(parties) : 0);
    rt.resource(id).unshareable = false;  // shared for real
    auto st = std::make_unique<SharedBarrier>();
    st->arena = arena;
    st->cell = cell;
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, barrierClass(), id, kSharedBarrierTag);
}

}  // namespace il::rt::natives
