#pragma once
// The shared-memory state behind a native run's multiprocessing Lock, RLock and Semaphore
// (shm_locks.cpp, shm_semaphore.cpp), which a shared Condition (shm_condition.cpp) also releases
// and takes back around its wait.
//
// All three are a native::Semaphore, as CPython's SemLock is a POSIX semaphore: a Lock (or an
// RLock) is one of value 1. A semaphore has no owner thread, which is what a Lock needs: any
// thread of any process may release it. The RLock keeps its owner and recursion depth beside it;
// only the owner writes them, others only read them (to answer "not mine").

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unistd.h>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"
#include "engine/runtime/natives/natives.hpp"

namespace il::rt::natives {

struct SharedLockCell {
    native::Semaphore sem;            // Lock, RLock: 1 when free; Semaphore: its value
    std::atomic<int64_t> ownerPid;    // RLock: the owner as (pid, thread ident); pid 0: nobody
    std::atomic<int64_t> ownerIdent;
    std::atomic<int64_t> count;       // RLock: recursion depth
};

// The Resource's state in every process (the arena is mapped at the same address in each).
struct SharedLock : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset cell = 0;
    bool reentrant = false;  // RLock
    bool bounded = false;    // BoundedSemaphore
    int64_t initial = 0;     // Semaphore: its initial value (a bounded one's maximum)
    bool mutexLike = false;  // Semaphore(1): recorded holders, as semaphore.cpp explains
    [[nodiscard]] SharedLockCell& at() const { return *arena->at<SharedLockCell>(cell); }
};

// An RLock's owner is a thread of a process: (real pid, threading ident).
inline bool ownedBy(const SharedLockCell& c, const SimTask& me) {
    return c.ownerPid.load(std::memory_order_acquire) == int64_t(::getpid()) &&
           c.ownerIdent.load(std::memory_order_acquire) == me.ident;
}
inline void setOwner(SharedLockCell& c, const SimTask& me, int64_t count) {
    c.count.store(count, std::memory_order_relaxed);
    c.ownerIdent.store(me.ident, std::memory_order_relaxed);
    c.ownerPid.store(int64_t(::getpid()), std::memory_order_release);
}
inline void clearOwner(SharedLockCell& c) {
    c.count.store(0, std::memory_order_relaxed);
    c.ownerPid.store(0, std::memory_order_release);
    c.ownerIdent.store(0, std::memory_order_relaxed);
}

// sharedLockHandle() is `v` as a shared Lock / RLock handle, or null if it is not one.
vm::HandleObject* sharedLockHandle(vm::Value v);
inline SharedLock& sharedLockState(Runtime& rt, ResourceId id) { return static_cast<SharedLock&>(*rt.resource(id).state); }
// newSharedLockHandle() is another handle on lock resource `id` (a Condition's _lock()).
vm::Value newSharedLockHandle(vm::CallContext& ctx, ResourceId id, bool reentrant);
// newSharedLockResource() registers a resource whose state is `st` on a new cell whose
// semaphore starts at `initial` (at most `maximum`); kNoId with OSError / MemoryError raised.
ResourceId newSharedLockResource(vm::CallContext& ctx, trace::ResourceKind kind, std::string name, uint32_t capacity,
                                 std::unique_ptr<SharedLock> st, uint32_t initial, uint32_t maximum);

}  // namespace il::rt::natives
