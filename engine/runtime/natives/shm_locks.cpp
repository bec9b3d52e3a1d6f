// multiprocessing.Lock / RLock in a native run: a semaphore of value 1 in shared memory
// (shm_lock_cell.hpp), so a forked child and its parent really exclude each other.
// _interleave.Lock() / RLock() make one of these instead of locks.cpp's when the run is native
// and the multiprocessing module asks; the Python-visible API, messages included, is locks.cpp's.
//
// An acquire that must wait blocks the task on the lock's resource while its OS thread waits on
// the semaphore itself (Runtime::blockExternal): the release may come from another process. The
// trace records acquisitions and releases of this process's tasks, so its timeline shows who
// holds the lock here.

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

struct Classes {
    vm::ClassObject* lock;
    vm::ClassObject* rlock;
};

Value acquire(CallContext& ctx, ArgView a);
Value release(CallContext& ctx, ArgView a);
Value exitLock(CallContext& ctx, ArgView a);
Value locked(CallContext& ctx, ArgView a);
Value repr(CallContext& ctx, ArgView a);
Value isOwned(CallContext& ctx, ArgView a);
Value releaseSave(CallContext& ctx, ArgView a);
Value acquireRestore(CallContext& ctx, ArgView a);

const Classes& classes() {
    static const Classes c = [] {
        // Named as locks.cpp's classes: type(lock) prints the same in a native run.
        Classes k{vm::makeBuiltinClass("lock", "_thread"), vm::makeBuiltinClass("RLock", "_thread")};
        for (vm::ClassObject* cls : {k.lock, k.rlock}) {
            vm::addNative(cls, "acquire", acquire);
            vm::addNative(cls, "__enter__", acquire);
            vm::addNative(cls, "release", release);
            vm::addNative(cls, "__exit__", exitLock);
            vm::addNative(cls, "__repr__", repr);
        }
        vm::addNative(k.lock, "locked", locked);
        vm::addNative(k.lock, "acquire_lock", acquire);
        vm::addNative(k.lock, "release_lock", release);
        vm::addNative(k.rlock, "_is_owned", isOwned);
        vm::addNative(k.rlock, "_release_save", releaseSave);
        vm::addNative(k.rlock, "_acquire_restore", acquireRestore);
        return k;
    }();
    return c;
}

vm::HandleObject* anyLock(CallContext& ctx, ArgView a, const char* m) {
    if (a.count > 0) {
        if (vm::HandleObject* h = sharedLockHandle(a[0])) {
            ctx.vm().stepWatch.primitive(uint64_t(h->id) << 8 | h->tag);  // as handleOf() does
            return h;
        }
    }
    ctx.typeError(std::string("descriptor '") + m + "' requires a lock");
    return nullptr;
}

SharedLockCell& cellOf(CallContext& ctx, const vm::HandleObject* h) {
    return sharedLockState(Runtime::of(ctx), h->id).at();
}

// taken() records that `me` holds the lock `count` deep (the owner is already set).
Value taken(CallContext& ctx, const vm::HandleObject* h, int64_t count) {
    Runtime::of(ctx).recordAcquire(Runtime::current(ctx), h->id, uint64_t(count));
    return Value::boolean(true);
}

// acquire(blocking=True, timeout=-1) -> bool, parsed as locks.cpp does.
Value acquire(CallContext& ctx, ArgView a) {
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
    SharedLockCell* c = &cellOf(ctx, h);
    bool reentrant = h->tag == kSharedRLockTag;
    auto first = [&] {
        if (reentrant) setOwner(*c, me, 1);
        return taken(ctx, h, 1);
    };
    if (rt.takeWake(me) != Wake::None)  // back from waiting: the wait took the lock, or gave up
        return me.externalResult == int(WaitResult::Ok) ? first() : Value::boolean(false);
    if (reentrant && ownedBy(*c, me)) {
        int64_t n = c->count.load(std::memory_order_relaxed) + 1;
        c->count.store(n, std::memory_order_relaxed);
        return taken(ctx, h, n);
    }
    if (c->sem.tryAcquire()) return first();
    if (!blocking || timeout == 0) return Value::boolean(false);
    ++rt.resource(h->id).contended;
    return rt.blockExternal(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(WaitResult::Timeout),
                            [c](const WaitSpec& w) { return int(c->sem.acquire(w)); });
}

// releaseLock(): gives the lock up entirely (`all`) or by one level. False with RuntimeError.
bool releaseLock(CallContext& ctx, const vm::HandleObject* h, bool all, int64_t* released = nullptr) {
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    SharedLockCell& c = cellOf(ctx, h);
    int64_t left = 0;
    if (h->tag == kSharedRLockTag) {
        if (!ownedBy(c, me)) {
            ctx.raise(ctx.types().RuntimeError, "cannot release un-acquired lock");
            return false;
        }
        int64_t count = c.count.load(std::memory_order_relaxed);
        if (released) *released = count;
        left = all ? 0 : count - 1;
        if (left == 0) {
            clearOwner(c);  // before the semaphore lets the next owner in
            (void)c.sem.release(1);
        } else {
            c.count.store(left, std::memory_order_relaxed);
        }
    } else {
        // A Lock may be released by any thread of any process; a second release finds it free.
        if (c.sem.get() != 0 || c.sem.release(1) != WaitResult::Ok) {
            ctx.raise(ctx.types().RuntimeError, "release unlocked lock");
            return false;
        }
        rt.resource(h->id).holders.clear();  // another thread may release a Lock: nobody holds it now
    }
    rt.recordRelease(me, h->id, uint64_t(left));
    return true;
}

Value release(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "release");
    if (!h) return Value::error();
    return releaseLock(ctx, h, false) ? Value() : Value::error();
}

Value exitLock(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "__exit__");
    if (!h) return Value::error();
    return releaseLock(ctx, h, false) ? Value() : Value::error();
}

Value locked(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedLockTag, "locked");
    if (!h) return Value::error();
    return Value::boolean(cellOf(ctx, h).sem.get() == 0);
}

Value repr(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = anyLock(ctx, a, "__repr__");
    if (!h) return Value::error();
    const SharedLockCell& c = cellOf(ctx, h);
    std::string state = c.sem.get() == 0 ? "locked" : "unlocked";
    if (h->tag == kSharedLockTag) return ctx.makeStr("<" + state + " _thread.lock object" + reprAt(h) + ">");
    bool held = c.ownerPid.load(std::memory_order_acquire) != 0;
    int64_t owner = held ? c.ownerIdent.load(std::memory_order_relaxed) : 0;
    int64_t count = held ? c.count.load(std::memory_order_relaxed) : 0;
    return ctx.makeStr("<" + state + " _thread.RLock object owner=" + std::to_string(owner) +
                       " count=" + std::to_string(count) + reprAt(h) + ">");
}

Value isOwned(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedRLockTag, "_is_owned");
    if (!h) return Value::error();
    return Value::boolean(ownedBy(cellOf(ctx, h), Runtime::current(ctx)));
}

Value releaseSave(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedRLockTag, "_release_save");
    if (!h) return Value::error();
    if (cellOf(ctx, h).ownerPid.load(std::memory_order_acquire) == 0)
        return ctx.raise(ctx.types().RuntimeError, "cannot release un-acquired lock");
    int64_t count = 0;
    if (!releaseLock(ctx, h, true, &count)) return Value::error();
    return Value::integer(count);
}

Value acquireRestore(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedRLockTag, "_acquire_restore");
    if (!h) return Value::error();
    int64_t count = 1;
    if (a.count > 1 && a[1].isInt()) count = a[1].asInt();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    SharedLockCell* c = &cellOf(ctx, h);
    bool back = rt.takeWake(me) != Wake::None;
    if ((back && me.externalResult == int(WaitResult::Ok)) || (!back && c->sem.tryAcquire())) {
        setOwner(*c, me, count);
        taken(ctx, h, count);
        return Value();
    }
    if (back) return Value();  // cancelled: the run is ending
    return rt.blockExternal(me, h->id, -1, int(WaitResult::Timeout),
                            [c](const WaitSpec& w) { return int(c->sem.acquire(w)); });
}

}  // namespace

vm::HandleObject* sharedLockHandle(Value v) {
    if (!vm::isKind(v, vm::ObjKind::Native)) return nullptr;
    auto* h = dynamic_cast<vm::HandleObject*>(vm::as<vm::NativeObject>(v));
    return h && (h->tag == kSharedLockTag || h->tag == kSharedRLockTag) ? h : nullptr;
}

Value newSharedLockHandle(CallContext& ctx, ResourceId id, bool reentrant) {
    return newHandle(ctx, reentrant ? classes().rlock : classes().lock, id,
                     reentrant ? kSharedRLockTag : kSharedLockTag);
}

ResourceId newSharedLockResource(CallContext& ctx, trace::ResourceKind kind, std::string name, uint32_t capacity,
                                 std::unique_ptr<SharedLock> st, uint32_t initial, uint32_t maximum) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) {
        ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
        return kNoId;
    }
    native::Offset cell = arena->allocate(sizeof(SharedLockCell), &error);
    if (!cell) {
        ctx.raise(ctx.types().MemoryError, error);
        return kNoId;
    }
    SharedLockCell& c = *arena->at<SharedLockCell>(cell);
    c.sem.init(initial, maximum);
    clearOwner(c);
    ResourceId id = rt.newResource(kind, std::move(name), capacity);
    rt.resource(id).unshareable = false;  // shared for real
    st->arena = arena;
    st->cell = cell;
    rt.resource(id).state = std::move(st);
    return id;
}

Value newSharedLock(CallContext& ctx, bool reentrant) {
    auto st = std::make_unique<SharedLock>();
    st->reentrant = reentrant;
    std::string name = creationName(ctx, reentrant ? "RLock" : "Lock");
    ResourceId id = newSharedLockResource(ctx, reentrant ? trace::ResourceKind::RLock : trace::ResourceKind::Lock,
                                          std::move(name), 0, std::move(st), 1, 1);
    return id == kNoId ? Value::error() : newSharedLockHandle(ctx, id, reentrant);
}

}  // namespace il::rt::natives
