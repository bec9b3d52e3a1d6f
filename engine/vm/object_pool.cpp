// Object pool: per-thread free lists of small blocks (see object_pool.hpp).

#include "engine/vm/object_pool.hpp"

#include <pthread.h>

#include <cstdint>
#include <mutex>
#include <new>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define IL_POOL_DISABLED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IL_POOL_DISABLED 1
#endif
#endif

namespace il::vm {

#ifdef IL_POOL_DISABLED

void* poolAllocate(size_t bytes) { return ::operator new(bytes); }
void poolFree(void* p, size_t) noexcept { ::operator delete(p); }

#else

namespace {

// Size classes: multiples of 16 bytes up to 512 (objects, frames of up to 26 slots), then of
// 256 bytes up to 4 KiB (the arrays of a module's or a class's dict: glibc's malloc for those
// sizes often consolidated its whole heap first).
constexpr size_t kGrain = 16;
constexpr size_t kSmallClasses = 32;               // 16 .. 512 bytes
constexpr size_t kBigGrain = 256;
constexpr size_t kSmallMax = kSmallClasses * kGrain;
constexpr size_t kMaxBytes = 4096;
constexpr size_t kClasses = kSmallClasses + (kMaxBytes - kSmallMax) / kBigGrain;
constexpr size_t kChunkBytes = 64 * 1024;

struct FreeBlock {
    FreeBlock* next;
};

// classOf(): the size class of a request of at most kMaxBytes (0 bytes, as from an empty
// container, counts as 1); classBytes(): the block size of a class.
size_t classOf(size_t bytes) {
    if (bytes <= kSmallMax) return bytes == 0 ? 0 : (bytes + kGrain - 1) / kGrain - 1;
    return kSmallClasses + (bytes - kSmallMax + kBigGrain - 1) / kBigGrain - 1;
}
size_t classBytes(size_t c) { return c < kSmallClasses ? (c + 1) * kGrain : kSmallMax + (c + 1 - kSmallClasses) * kBigGrain; }

// Free blocks left by threads that ended, per size class; taken by the next thread that needs
// one. Chunks are recorded here too so the memory stays reachable (leak checkers, and objects
// that outlive the thread that allocated them, e.g. immortal builtins).
struct Shared {
    std::mutex lock;
    FreeBlock* free[kClasses] = {};
    std::vector<void*> chunks;
};

Shared& shared() {
    // Never destroyed: blocks may be freed during exit. fork() (a native run's processes) must
    // not copy the lock while another thread holds it: the child could never take it again.
    static Shared* s = [] {
        auto* made = new Shared();
        ::pthread_atfork([] { shared().lock.lock(); }, [] { shared().lock.unlock(); },
                         [] { shared().lock.unlock(); });
        return made;
    }();
    return *s;
}

// A thread's lists. Trivially destructible, so it can still be used by objects freed during
// the thread's exit (by other thread_local destructors, e.g. the prelude cache) after
// ExitFlush below has handed the blocks over: those then go straight to the shared lists.
struct ThreadPool {
    FreeBlock* free[kClasses];
    char* bump;  // the rest of the current chunk
    char* end;
    bool exiting;  // ExitFlush ran: use the shared lists
};

thread_local constinit ThreadPool t_pool{};

void pushShared(size_t c, FreeBlock* b) {
    Shared& s = shared();
    std::lock_guard<std::mutex> guard(s.lock);
    b->next = s.free[c];
    s.free[c] = b;
}

// At thread exit, every free block goes to the shared lists: another thread may reuse them.
struct ExitFlush {
    bool armed = false;
    ~ExitFlush() {
        ThreadPool& t = t_pool;
        Shared& s = shared();
        std::lock_guard<std::mutex> guard(s.lock);
        for (size_t c = 0; c < kClasses; ++c) {
            while (FreeBlock* b = t.free[c]) {
                t.free[c] = b->next;
                b->next = s.free[c];
                s.free[c] = b;
            }
        }
        // The unused tail of the chunk goes too, cut into blocks of the smallest class.
        while (t.bump && size_t(t.end - t.bump) >= kGrain) {
            auto* b = reinterpret_cast<FreeBlock*>(t.bump);
            t.bump += kGrain;
            b->next = s.free[0];
            s.free[0] = b;
        }
        t.exiting = true;
    }
};

thread_local ExitFlush t_exitFlush;

// refill() is the slow path: a block from the shared lists, else a new chunk.
void* refill(size_t c) {
    ThreadPool& t = t_pool;
    const size_t size = classBytes(c);
    Shared& s = shared();
    std::lock_guard<std::mutex> guard(s.lock);
    if (FreeBlock* b = s.free[c]) {
        s.free[c] = b->next;
        return b;
    }
    if (t.exiting) return ::operator new(size);  // the thread is ending: no new chunk for it
    if (!t_exitFlush.armed) t_exitFlush.armed = true;  // registers the exit hand-over
    if (size_t(t.end - t.bump) < size) {
        // The old chunk's tail (smaller than `size`) joins the smallest class's list.
        while (t.bump && size_t(t.end - t.bump) >= kGrain) {
            auto* b = reinterpret_cast<FreeBlock*>(t.bump);
            t.bump += kGrain;
            b->next = s.free[0];
            s.free[0] = b;
        }
        t.bump = static_cast<char*>(::operator new(kChunkBytes));
        t.end = t.bump + kChunkBytes;
        s.chunks.push_back(t.bump);
    }
    void* p = t.bump;
    t.bump += size;
    return p;
}

}  // namespace

void* poolAllocate(size_t bytes) {
    if (bytes > kMaxBytes) return ::operator new(bytes);
    const size_t c = classOf(bytes);
    ThreadPool& t = t_pool;
    if (FreeBlock* b = t.free[c]) {
        t.free[c] = b->next;
        return b;
    }
    const size_t size = classBytes(c);
    if (size_t(t.end - t.bump) >= size) {
        void* p = t.bump;
        t.bump += size;
        return p;
    }
    return refill(c);
}

void poolFree(void* p, size_t bytes) noexcept {
    if (!p) return;
    if (bytes > kMaxBytes) {
        ::operator delete(p);
        return;
    }
    const size_t c = classOf(bytes);
    ThreadPool& t = t_pool;
    auto* b = static_cast<FreeBlock*>(p);
    if (t.exiting) {
        pushShared(c, b);
        return;
    }
    // A thread that frees without ever allocating a chunk (a GUI thread dropping a finished run)
    // must hand its blocks over at exit too; refill() arms that for the others.
    if (!t.end) t_exitFlush.armed = true;
    b->next = t.free[c];
    t.free[c] = b;
}

#endif

}  // namespace il::vm
