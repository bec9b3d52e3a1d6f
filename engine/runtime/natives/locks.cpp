// threading.Lock (`_thread.lock`) and threading.RLock (`_thread.RLock`), shared by
// multiprocessing.Lock / RLock: a lock is a Resource whose owner and count live in the runtime.
// (In a native run, multiprocessing's are shm_locks.cpp's, in shared memory.)

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct LockClasses {
    vm::ClassObject* lock;
    vm::ClassObject* rlock;
};

Value lockNew(CallContext& ctx, ArgView a);
Value rlockNew(CallContext& ctx, ArgView a);
Value lockAcquire(CallContext& ctx, ArgView a);
Value lockRelease(CallContext& ctx, ArgView a);
Value lockLocked(CallContext& ctx, ArgView a);
Value lockExit(CallContext& ctx, ArgView a);
Value lockRepr(CallContext& ctx, ArgView a);
Value rlockIsOwned(CallContext& ctx, ArgView a);
Value rlockReleaseSave(CallContext& ctx, ArgView a);
Value rlockAcquireRestore(CallContext& ctx, ArgView a);

const LockClasses& classes() {
    static const LockClasses c = [] {
        LockClasses k{};
        k.lock = vm::makeBuiltinClass("lock", "_thread");
        k.rlock = vm::makeBuiltinClass("RLock", "_thread");
        vm::setConstructor(k.lock, lockNew);
        vm::setConstructor(k.rlock, rlockNew);
        for (vm::ClassObject* cls : {k.lock, k.rlock}) {
            vm::addNative(cls, "acquire", lockAcquire);
            vm::addNative(cls, "__enter__", lockAcquire);
            vm::addNative(cls, "release", lockRelease);
            vm::addNative(cls, "__exit__", lockExit);
            vm::addNative(cls, "__repr__", lockRepr);
        }
        vm::addNative(k.lock, "locked", lockLocked);
        vm::addNative(k.lock, "acquire_lock", lockAcquire);
        vm::addNative(k.lock, "release_lock", lockRelease);
        vm::addNative(k.rlock, "_is_owned", rlockIsOwned);
        vm::addNative(k.rlock, "_release_save", rlockReleaseSave);
        vm::addNative(k.rlock, "_acquire_restore", rlockAcquireRestore);
        return k;
    }();
    return c;
}

Value makeLock(CallContext& ctx, vm::ClassObject* cls, trace::ResourceKind kind, uint32_t tag, const char* fallback) {
    Runtime& rt = Runtime::of(ctx);
    ResourceId id = rt.newResource(kind, creationName(ctx, fallback));
    rt.threadingPrimitive(id);
    return newHandle(ctx, cls, id, tag);
}

Value lockNew(CallContext& ctx, ArgView a) {
    if (a.count > 1 || a.kwCount) return ctx.typeError("lock() takes no arguments");
    // A native run's multiprocessing.Lock: in shared memory, for real processes (shm_locks.cpp).
    if (Runtime::of(ctx).sharedAcrossProcesses()) return newSharedLock(ctx, false);
    return makeLock(ctx, classes().lock, trace::ResourceKind::Lock, kLockTag, "Lock");
}
Value rlockNew(CallContext& ctx, ArgView a) {
    if (Runtime::of(ctx).sharedAcrossProcesses()) return newSharedLock(ctx, true);
    return makeLock(ctx, classes().rlock, trace::ResourceKind::RLock, kRLockTag, "RLock");
}

vm::HandleObject* anyLock(CallContext& ctx, ArgView a, const char* m) {
    if (a.count > 0 && vm::isKind(a[0], vm::ObjKind::Native)) {
        auto* h = dynamic_cast<vm::HandleObject*>(vm::as<vm::NativeObject>(a[0]));
        if (h && (h->tag == kLockTag || h->tag == kRLockTag)) {
            if (Runtime::of(ctx).notSharedHere(ctx, h->id)) return nullptr;
            ctx.vm().stepWatch.primitive(uint64_t(h->id) << 8 | h->tag);  // as handleOf() does
            return h;
        }
    }
    ctx.typeError(std::string("descriptor '") + m + "' requires a lock");
    return nullptr;
}

Value lockAcquire(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "acquire");
    if (!h) return Value::error();
    bool blocking;
    double timeout;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 1, "blocking"), true, blocking)) return Value::error();
    const Value* tv = vm::lib::kwOrPos(a, 2, "timeout");
    if (!timeoutArg(ctx, tv, timeout)) return Value::error();
    if (tv && tv->isNone()) return ctx.typeError("'NoneType' object cannot be interpreted as an integer");
    if (!blocking && tv && timeout != -1) return ctx.valueError("can't specify a timeout for a non-blocking call");
    if (tv && !tv->isNone() && vm::isKind(*tv, vm::ObjKind::Str)) return ctx.typeError("timeout must be a number");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Resource& r = rt.resource(h->id);
    Wake w = rt.takeWake(me);
    bool reentrant = h->tag == kRLockTag;
    if (r.owner == kNoId || (reentrant && r.owner == me.id)) {
        r.owner = me.id;
        ++r.count;
        rt.recordAcquire(me, h->id, uint64_t(r.count));
        return Value::boolean(true);
    }
    if (!blocking || w == Wake::TimedOut) return Value::boolean(false);
    if (w == Wake::None) ++r.contended;
    return rt.block(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

// releaseLock(): gives the lock up entirely or by one level; wakes one waiter when it is free.
bool releaseLock(CallContext& ctx, vm::HandleObject* h, bool all, int64_t* released = nullptr) {
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Resource& r = rt.resource(h->id);
    if (h->tag == kRLockTag) {
        if (r.owner != me.id) {
            ctx.raise(ctx.types().RuntimeError, "cannot release un-acquired lock");
            return false;
        }
    } else if (r.owner == kNoId) {
        ctx.raise(ctx.types().RuntimeError, "release unlocked lock");
        return false;
    }
    if (released) *released = r.count;
    r.count = all ? 0 : r.count - 1;
    if (r.count == 0) {
        r.owner = kNoId;
        r.holders.clear();  // another thread may release a Lock: nobody holds it now
    }
    rt.recordRelease(me, h->id, uint64_t(r.count));
    if (r.count == 0) rt.wakeOne(h->id, me.id);
    return true;
}

Value lockRelease(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "release");
    if (!h) return Value::error();
    return releaseLock(ctx, h, false) ? Value() : Value::error();
}

Value lockExit(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "__exit__");
    if (!h) return Value::error();
    return releaseLock(ctx, h, false) ? Value() : Value::error();
}

Value lockLocked(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kLockTag, "locked");
    if (!h) return Value::error();
    return Value::boolean(Runtime::of(ctx).resource(h->id).owner != kNoId);
}

Value lockRepr(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "__repr__");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    Resource& r = rt.resource(h->id);
    std::string state = r.owner != kNoId ? "locked" : "unlocked";
    if (h->tag == kLockTag) return ctx.makeStr("<" + state + " _thread.lock object" + reprAt(h) + ">");
    int64_t owner = r.owner != kNoId ? rt.task(r.owner).ident : 0;
    return ctx.makeStr("<" + state + " _thread.RLock object owner=" + std::to_string(owner) +
                       " count=" + std::to_string(r.count) + reprAt(h) + ">");
}

Value rlockIsOwned(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kRLockTag, "_is_owned");
    if (!h) return Value::error();
    return Value::boolean(Runtime::of(ctx).resource(h->id).owner == Runtime::current(ctx).id);
}

Value rlockReleaseSave(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kRLockTag, "_release_save");
    if (!h) return Value::error();
    int64_t count = 0;
    if (Runtime::of(ctx).resource(h->id).count == 0) {
        return ctx.raise(ctx.types().RuntimeError, "cannot release un-acquired lock");
    }
    if (!releaseLock(ctx, h, true, &count)) return Value::error();
    return Value::integer(count);
}

Value rlockAcquireRestore(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kRLockTag, "_acquire_restore");
    if (!h) return Value::error();
    int64_t count = 1;
    if (a.count > 1 && a[1].isInt()) count = a[1].asInt();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Resource& r = rt.resource(h->id);
    rt.takeWake(me);
    if (r.owner == kNoId) {
        r.owner = me.id;
        r.count = count;
        rt.recordAcquire(me, h->id, uint64_t(count));
        return Value();
    }
    return rt.block(me, h->id, -1);
}

}  // namespace

void installLocks(vm::CallContext& ctx, vm::ModuleObject* m) {
    const LockClasses& k = classes();
    vm::addModuleValue(ctx, m, "Lock", Value::object(k.lock));
    vm::addModuleValue(ctx, m, "RLock", Value::object(k.rlock));
}

}  // namespace il::rt::natives
