// multiprocessing.Condition in a native run: threading.Condition over a shared Lock / RLock
// (shm_locks.cpp) is one of these, so a child's notify() really wakes its parent's wait().
// condition.cpp's constructor makes one when handed a shared lock; the Python-visible API and
// messages are condition.cpp's (wait, notify, notify_all, _is_owned, _lock, _waiters).
//
// The waiters' bookkeeping lives in shared memory under a shared mutex: how many wait, how many
// notifications are pending, and a generation bumped by every notify. A waiter may only take a
// pending notification from a generation later than the one it started waiting in, so notify(n)
// wakes n of the threads waiting at that moment (never one that arrives afterwards) and a waiter
// whose timeout races a notify either takes the notification or leaves it for another.
//
// wait() registers, releases the user lock entirely, then its OS thread (without the runtime
// lock: Runtime::blockExternal) waits for a notification or the timeout and takes the user lock
// back before the retried call restores the RLock's owner and depth.

#include <algorithm>

#include "engine/runtime/natives/shm_lock_cell.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::WaitResult;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct CondCell {
    native::Mutex mutex;
    native::Condition changed;
    uint32_t waiting;     // threads inside wait(), in every process
    uint32_t pending;     // notifications not yet taken
    uint32_t generation;  // bumped by every notify that hands notifications out
};

struct SharedCond : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset cell = 0;
    ResourceId lock = kNoId;
    bool reentrant = false;
    [[nodiscard]] CondCell& at() const { return *arena->at<CondCell>(cell); }
};

// What the external wait answers (SimTask::externalResult).
enum Outcome : int { kNotified = 0, kTimedOut = 1, kCancelled = 2 };
// opPhase while a wait() is blocked; distinct from condition.cpp's phases.
constexpr int kSharedWaiting = 0x53430;

Value wait(CallContext& ctx, ArgView a);
Value notify(CallContext& ctx, ArgView a);
Value notifyAll(CallContext& ctx, ArgView a);
Value isOwned(CallContext& ctx, ArgView a);
Value lockOf(CallContext& ctx, ArgView a);
Value waiters(CallContext& ctx, ArgView a);

vm::ClassObject* condClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Condition", "_interleave");
        vm::addNative(k, "wait", wait);
        vm::addNative(k, "notify", notify);
        vm::addNative(k, "notify_all", notifyAll);
        vm::addNative(k, "_is_owned", isOwned);
        vm::addNative(k, "_lock", lockOf);
        vm::addNative(k, "_waiters", waiters);
        return k;
    }();
    return cls;
}

SharedCond& stateOf(CallContext& ctx, const vm::HandleObject* h) {
    return static_cast<SharedCond&>(*Runtime::of(ctx).resource(h->id).state);
}
SharedLockCell& lockCell(CallContext& ctx, const SharedCond& st) { return sharedLockState(Runtime::of(ctx), st.lock).at(); }

bool owned(CallContext& ctx, const SharedCond& st) {
    const SharedLockCell& c = lockCell(ctx, st);
    // CPython's Condition._is_owned for a plain Lock only asks whether it is locked.
    return st.reentrant ? ownedBy(c, Runtime::current(ctx)) : c.sem.get() == 0;
}

// waitForNotify() runs on the waiter's OS thread, without the runtime lock: sleep until a
// notification of a later generation than `gen` is pending, or the deadline.
int waitForNotify(CondCell* c, uint32_t gen, const WaitSpec& w) {
    if (c->mutex.lock(WaitSpec{native::Clock::time_point::max(), w.cancel}) == WaitResult::Cancelled) return kCancelled;
    int outcome = kTimedOut;
    for (;;) {
        if (c->pending > 0 && c->generation != gen) {
            --c->pending;
            outcome = kNotified;
            break;
        }
        WaitResult r = c->changed.wait(c->mutex, w);
        if (r == WaitResult::Cancelled) return kCancelled;  // the mutex is not held
        if (r == WaitResult::Timeout) {
            if (c->pending > 0 && c->generation != gen) {  // a notify came with the timeout: take it
                --c->pending;
                outcome = kNotified;
            }
            break;
        }
    }
    --c->waiting;
    c->mutex.unlock();
    return outcome;
}

// wait(timeout=None) -> True if notified, False on timeout.
Value wait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedConditionTag, "wait");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    const SharedCond& st = stateOf(ctx, h);
    SharedLockCell* lock = &lockCell(ctx, st);
    if (rt.takeWake(me) != Wake::None && me.opPhase == kSharedWaiting) {
        // Back from the wait, which took the lock back (unless the run is ending).
        int64_t saved = me.opSaved;
        me.opPhase = 0;
        me.opSaved = 0;
        if (me.externalResult == kCancelled) return Value::boolean(false);
        if (st.reentrant) setOwner(*lock, me, saved);
        rt.recordAcquire(me, st.lock, uint64_t(saved));
        return Value::boolean(me.externalResult == kNotified);
    }
    me.opPhase = 0;
    double timeout;
    if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
    if (!owned(ctx, st)) return ctx.raise(ctx.types().RuntimeError, "cannot wait on un-acquired lock");
    // wait(0) cannot be notified: releasing and re-taking the lock is invisible, so just answer.
    if (timeout == 0) return Value::boolean(false);
    // Register before the lock goes: a notify right after the release must count this waiter.
    CondCell* c = &st.at();
    (void)c->mutex.lock();
    uint32_t gen = c->generation;
    ++c->waiting;
    c->mutex.unlock();
    int64_t saved = 1;
    if (st.reentrant) {
        saved = lock->count.load(std::memory_order_relaxed);
        clearOwner(*lock);
    }
    (void)lock->sem.release(1);
    rt.resource(st.lock).holders.clear();  // a plain Lock may have been taken by another thread
    rt.recordRelease(me, st.lock, 0);
    Value r = rt.blockExternal(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), kTimedOut,
                               [c, gen, lock](const WaitSpec& w) {
                                   int outcome = waitForNotify(c, gen, w);
                                   if (outcome == kCancelled) return outcome;
                                   // The lock's own wait has no deadline (the run's cancel still ends it).
                                   WaitSpec forever{native::Clock::time_point::max(), w.cancel};
                                   return lock->sem.acquire(forever) == WaitResult::Cancelled ? int(kCancelled) : outcome;
                               });
    if (r.isError()) return r;  // cannot block here: RuntimeError pending
    me.opPhase = kSharedWaiting;
    me.opSaved = saved;
    return r;
}

Value notifyN(CallContext& ctx, ArgView a, const char* method, int64_t n) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedConditionTag, method);
    if (!h) return Value::error();
    const SharedCond& st = stateOf(ctx, h);
    if (!owned(ctx, st)) return ctx.raise(ctx.types().RuntimeError, "cannot notify on un-acquired lock");
    CondCell& c = st.at();
    (void)c.mutex.lock();
    int64_t k = std::min<int64_t>(n, int64_t(c.waiting) - int64_t(c.pending));
    if (k > 0) {
        c.pending += uint32_t(k);
        ++c.generation;
        c.changed.notifyAll();  // the waiters sort out which k of them take one
    }
    c.mutex.unlock();
    return Value();
}

// notify(n=1)
Value notify(CallContext& ctx, ArgView a) {
    const Value* nv = vm::lib::kwOrPos(a, 1, "n");
    int64_t n = 1;
    if (nv) {
        if (!nv->isInt()) return ctx.typeError("notify() n must be an int");
        n = nv->asInt();
    }
    return notifyN(ctx, a, "notify", n);
}

Value notifyAll(CallContext& ctx, ArgView a) { return notifyN(ctx, a, "notify_all", INT64_MAX); }

Value isOwned(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedConditionTag, "_is_owned");
    if (!h) return Value::error();
    return Value::boolean(owned(ctx, stateOf(ctx, h)));
}

Value lockOf(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedConditionTag, "_lock");
    if (!h) return Value::error();
    const SharedCond& st = stateOf(ctx, h);
    return newSharedLockHandle(ctx, st.lock, st.reentrant);
}

// _waiters() -> how many threads of any process wait to be notified.
Value waiters(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedConditionTag, "_waiters");
    if (!h) return Value::error();
    CondCell& c = stateOf(ctx, h).at();
    (void)c.mutex.lock();
    int64_t n = int64_t(c.waiting) - int64_t(c.pending);
    c.mutex.unlock();
    return Value::integer(n);
}

}  // namespace

Value newSharedCondition(CallContext& ctx, vm::HandleObject* lock, std::string name) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) return ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
    native::Offset cell = arena->allocate(sizeof(CondCell), &error);
    if (!cell) return ctx.raise(ctx.types().MemoryError, error);
    CondCell& c = *arena->at<CondCell>(cell);
    if (!c.mutex.init()) return ctx.raise(ctx.types().OSError, "cannot make a process-shared mutex");
    c.changed.init();
    c.waiting = c.pending = c.generation = 0;
    ResourceId id = rt.newResource(trace::ResourceKind::Condition, std::move(name));
    rt.resource(id).unshareable = false;  // shared for real
    auto st = std::make_unique<SharedCond>();
    st->arena = arena;
    st->cell = cell;
    st->lock = lock->id;
    st->reentrant = lock->tag == kSharedRLockTag;
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, condClass(), id, kSharedConditionTag);
}

}  // namespace il::rt::natives
