// threading.Condition (and multiprocessing's): a Resource that waiters block on, bound to a
// Lock or RLock resource. wait() is a three-phase native (release the lock fully, block on the
// condition, re-acquire the lock, blocking on the lock if needed); it is re-entered after every
// wake, so its progress lives in SimTask::opPhase / opSaved (the saved recursion count).

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_lock_cell.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

bool waitTimeoutArg(vm::CallContext& ctx, const vm::Value* v, double& out) {
    out = -1;
    if (!v || v->isNone()) return true;
    if (!vm::numberArg(ctx, *v, out, "timeout")) return false;
    // CPython's Condition-based waits treat a negative timeout as "do not wait".
    if (!(out > 0)) out = 0;
    return true;
}

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

// opPhase values while a wait() is in progress (0: none). Distinct numbers, so a stale phase
// left by another native is never mistaken for ours.
enum Phase : int { kWaiting = 0x43440, kReacquireNotified, kReacquireTimedOut };

struct CondState : PrimitiveState {
    ResourceId lock = kNoId;
    bool reentrant = false;  // an RLock: only its owner may wait, and the count is restored
    [[nodiscard]] std::unique_ptr<PrimitiveState> forkCopy(const std::function<ResourceId(ResourceId)>& resourceFor) const override {
        auto copy = std::make_unique<CondState>(*this);
        copy->lock = resourceFor(lock);
        return copy;
    }
};

Value condNew(CallContext& ctx, ArgView a);
Value condWait(CallContext& ctx, ArgView a);
Value condNotify(CallContext& ctx, ArgView a);
Value condNotifyAll(CallContext& ctx, ArgView a);
Value condIsOwned(CallContext& ctx, ArgView a);
Value condLock(CallContext& ctx, ArgView a);
Value condWaiters(CallContext& ctx, ArgView a);

vm::ClassObject* condClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Condition", "_interleave");
        vm::setConstructor(k, condNew);
        vm::addNative(k, "wait", condWait);
        vm::addNative(k, "notify", condNotify);
        vm::addNative(k, "notify_all", condNotifyAll);
        vm::addNative(k, "_is_owned", condIsOwned);
        vm::addNative(k, "_lock", condLock);
        vm::addNative(k, "_waiters", condWaiters);
        return k;
    }();
    return cls;
}

const CondState& stateOf(Runtime& rt, vm::HandleObject* h) {
    return static_cast<const CondState&>(*rt.resource(h->id).state);
}

vm::HandleObject* lockHandle(Value v) {
    if (!vm::isKind(v, vm::ObjKind::Native)) return nullptr;
    auto* h = dynamic_cast<vm::HandleObject*>(vm::as<vm::NativeObject>(v));
    return h && (h->tag == kLockTag || h->tag == kRLockTag) ? h : nullptr;
}

// Condition(lock=None): `lock` is a Lock or RLock handle; None makes an RLock named after the
// condition ("cond.lock"), handed to the Python side by _lock().
Value condNew(CallContext& ctx, ArgView a) {
    const Value* lv = vm::lib::kwOrPos(a, 1, "lock");
    Runtime& rt = Runtime::of(ctx);
    auto st = std::make_unique<CondState>();
    std::string name = creationName(ctx, "Condition");
    if (lv && !lv->isNone()) {
        // multiprocessing.Condition over a lock in shared memory: one too (shm_condition.cpp).
        if (vm::HandleObject* shared = sharedLockHandle(*lv)) return newSharedCondition(ctx, shared, std::move(name));
        vm::HandleObject* lock = lockHandle(*lv);
        if (!lock) return ctx.typeError("Condition() needs a threading.Lock or RLock");
        st->lock = lock->id;
        st->reentrant = lock->tag == kRLockTag;
    } else {
        st->lock = rt.newResource(trace::ResourceKind::RLock, name + ".lock");
        rt.threadingPrimitive(st->lock);
        st->reentrant = true;
    }
    ResourceId id = rt.newResource(trace::ResourceKind::Condition, name);
    rt.threadingPrimitive(id);
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, condClass(), id, kConditionTag);
}

bool owned(Runtime& rt, const SimTask& me, const CondState& st) {
    TaskId owner = rt.resource(st.lock).owner;
    // CPython's Condition._is_owned for a plain Lock only asks whether it is locked.
    return st.reentrant ? owner == me.id : owner != kNoId;
}

Value condIsOwned(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kConditionTag, "_is_owned");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    return Value::boolean(owned(rt, Runtime::current(ctx), stateOf(rt, h)));
}

// tryTake() takes the free lock back with the saved recursion count.
bool tryTake(Runtime& rt, SimTask& me, ResourceId lock, int64_t count) {
    Resource& r = rt.resource(lock);
    if (r.owner != kNoId) return false;
    r.owner = me.id;
    r.count = count;
    rt.recordAcquire(me, lock, uint64_t(count));
    return true;
}

// wait(timeout=None) -> True if notified, False on timeout.
Value condWait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kConditionTag, "wait");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    const CondState& st = stateOf(rt, h);
    Wake w = rt.takeWake(me);
    bool resumed = w != Wake::None &&
                   (me.opPhase == kWaiting || me.opPhase == kReacquireNotified || me.opPhase == kReacquireTimedOut);
    if (!resumed) {
        // Phase 1: release the lock entirely and wait on the condition.
        me.opPhase = 0;
        double timeout;
        if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
        if (!owned(rt, me, st)) return ctx.raise(ctx.types().RuntimeError, "cannot wait on un-acquired lock");
        // wait(0) cannot be notified: CPython releases and re-takes the lock, which nobody can
        // observe, so just answer.
        if (timeout == 0) return Value::boolean(false);
        Resource& lock = rt.resource(st.lock);
        int64_t saved = lock.count;
        lock.owner = kNoId;
        lock.count = 0;
        lock.holders.clear();  // a plain Lock may have been taken by another thread
        rt.recordRelease(me, st.lock, 0);
        rt.wakeOne(st.lock, me.id);
        Value r = rt.block(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
        if (r.isError()) {
            tryTake(rt, me, st.lock, saved);  // it cannot block here: take the lock back at once
            return r;
        }
        me.opPhase = kWaiting;
        me.opSaved = saved;
        return r;
    }
    if (me.opPhase == kWaiting) {
        // Phase 2: notified or timed out; the lock's wait has no timeout of its own.
        me.opPhase = w == Wake::TimedOut ? kReacquireTimedOut : kReacquireNotified;
        me.deadlineNs = -1;
        if (rt.resource(st.lock).owner != kNoId) ++rt.resource(st.lock).contended;
    }
    // Phase 3: take the lock back.
    if (!tryTake(rt, me, st.lock, me.opSaved)) return rt.block(me, st.lock, -1);
    bool notified = me.opPhase == kReacquireNotified;
    me.opPhase = 0;
    me.opSaved = 0;
    return Value::boolean(notified);
}

Value notify(CallContext& ctx, ArgView a, const char* method, int64_t n) {
    vm::HandleObject* h = handleOf(ctx, a, kConditionTag, method);
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (!owned(rt, me, stateOf(rt, h))) return ctx.raise(ctx.types().RuntimeError, "cannot notify on un-acquired lock");
    for (int64_t i = 0; i < n; ++i)
        if (!rt.wakeOne(h->id, me.id)) break;
    return Value();
}

// notify(n=1)
Value condNotify(CallContext& ctx, ArgView a) {
    const Value* nv = vm::lib::kwOrPos(a, 1, "n");
    int64_t n = 1;
    if (nv) {
        if (!nv->isInt()) return ctx.typeError("notify() n must be an int");
        n = nv->asInt();
    }
    return notify(ctx, a, "notify", n);
}

Value condNotifyAll(CallContext& ctx, ArgView a) { return notify(ctx, a, "notify_all", INT64_MAX); }

// _lock() -> a handle on the condition's lock (the RLock Condition(None) made).
Value condLock(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kConditionTag, "_lock");
    if (!h) return Value::error();
    const CondState& st = stateOf(Runtime::of(ctx), h);
    Value module = ctx.vm().importModule(ctx, "_interleave");
    if (module.isError()) return module;
    Value cls = ctx.getAttr(module, st.reentrant ? "RLock" : "Lock");
    if (cls.isError()) return cls;
    return newHandle(ctx, vm::as<vm::ClassObject>(cls), st.lock, st.reentrant ? kRLockTag : kLockTag);
}

// _waiters() -> how many threads wait to be notified (Condition's repr shows it).
Value condWaiters(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kConditionTag, "_waiters");
    if (!h) return Value::error();
    return Value::integer(int64_t(Runtime::of(ctx).resource(h->id).waiters.size()));
}

}  // namespace

void installCondition(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "Condition", Value::object(condClass()));
}

}  // namespace il::rt::natives
