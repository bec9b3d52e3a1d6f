// What the natives of a native run's multiprocessing objects (natives/shm_*.cpp) need of the
// runtime: the shared memory they live in, and a way to block on them. A task blocked on one is
// Blocked on its resource in the model, as on any primitive; its OS thread waits on the shared
// primitive itself (a futex in the arena, a socket), not on its condition variable, since the
// wake-up may come from another process.

#include "engine/native/shm_sync.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

native::ShmArena* Runtime::sharedArena(std::string& error) {
    if (!m_native) return nullptr;
    if (!m_native->arena) m_native->arena = native::ShmArena::create(native::ShmArena::kDefaultBytes, &error);
    return m_native->arena.get();
}

vm::Value Runtime::blockExternal(SimTask& t, ResourceId res, int64_t deadlineNs, int timedOut,
                                 std::function<int(const native::WaitSpec&)> wait) {
    vm::Value v = block(t, res, deadlineNs);
    if (!v.isSuspend()) return v;  // cannot block here (RuntimeError pending)
    // A wait that receives (a queue's get, a pipe's recv) fills externalBytes outside the lock:
    // room made here, under it, keeps that wait off the allocator for items of up to 4 KiB
    // (Runtime::settleThreadsForFork says why).
    t.externalBytes.reserve(4096);
    t.externalWait = std::move(wait);
    t.externalTimedOut = timedOut;
    return v;
}

}  // namespace il::rt
