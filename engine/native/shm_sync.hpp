#pragma once
// Process-shared synchronisation for the native executor's multiprocessing objects. Every type
// here is a plain struct that may live anywhere in memory shared between forked processes (the
// ShmArena); none holds a pointer, so it means the same thing in every process.
//
// Every blocking call takes a WaitSpec: an absolute steady-clock deadline and an optional
// cancel flag (a shared atomic the run sets on teardown). Waits sleep in short slices and look at
// the flag between them, so a torn-down run never leaves a thread blocked forever even though
// teardown does not know which futex each waiter sleeps on.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <pthread.h>

namespace il::native {

using Clock = std::chrono::steady_clock;

// How long a waiter sleeps before it looks at the cancel flag again: the worst-case delay
// between a teardown and every waiter returning Cancelled.
inline constexpr std::chrono::milliseconds kCancelSlice{20};

struct WaitSpec {
    Clock::time_point deadline = Clock::time_point::max();  // max(): wait without a timeout
    const std::atomic<uint32_t>* cancel = nullptr;           // nonzero: give up
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_acquire) != 0; }
    [[nodiscard]] static WaitSpec within(Clock::duration d, const std::atomic<uint32_t>* c = nullptr) {
        return WaitSpec{Clock::now() + d, c};
    }
    [[nodiscard]] static WaitSpec poll() { return WaitSpec{Clock::time_point::min(), nullptr}; }
};

enum class WaitResult : uint8_t {
    Ok,         // acquired / woken / done
    Timeout,    // the deadline passed first
    Cancelled,  // the cancel flag was set
    OwnerDead,  // Mutex only: acquired, but its previous owner died holding it (state may be torn)
    Error,      // misuse (e.g. a release beyond the semaphore's maximum)
};

[[nodiscard]] const char* statusName(WaitResult r);

// Mutex: a robust, process-shared pthread mutex. When a process dies holding it, the next
// locker gets OwnerDead *and the lock*; the mutex is marked consistent again at once, so the
// caller only has to repair the data the mutex guards (or report the death).
struct Mutex {
    pthread_mutex_t m;
    // init() must run once, in shared memory, before any process uses the mutex. A recursive
    // mutex (multiprocessing.RLock, a Value's get_lock()) may be relocked by its owner thread.
    [[nodiscard]] bool init(bool recursive = false);
    void destroy();
    [[nodiscard]] WaitResult lock(const WaitSpec& w = {});
    [[nodiscard]] bool tryLock();  // true if acquired (an owner-dead acquisition counts)
    void unlock();
};

// Semaphore: a counting semaphore on a futex word, bounded by `max` (BoundedSemaphore and the
// "released too many times" error; max = UINT32_MAX for an unbounded one).
struct Semaphore {
    std::atomic<uint32_t> value;
    std::atomic<uint32_t> waiters;
    uint32_t max;
    void init(uint32_t initial, uint32_t maximum = UINT32_MAX);
    [[nodiscard]] WaitResult acquire(const WaitSpec& w = {});
    [[nodiscard]] bool tryAcquire();
    // release() adds n; Error (and no change) if that would exceed max.
    [[nodiscard]] WaitResult release(uint32_t n = 1);
    [[nodiscard]] uint32_t get() const { return value.load(std::memory_order_acquire); }
};

// Condition: a futex sequence word used with a Mutex, as a condition variable. notify bumps the
// sequence, so a waiter that read it before unlocking never misses a notification.
struct Condition {
    std::atomic<uint32_t> seq;
    std::atomic<uint32_t> waiters;
    void init();
    // wait() unlocks `m`, sleeps until notified, the deadline, or cancel, then relocks `m`
    // (the relock waits without a deadline but still honours cancel). Spurious wakeups happen:
    // callers re-check their predicate. Returns OwnerDead if the relock found the previous owner
    // dead, else Ok / Timeout for the sleep, all three with `m` held; Cancelled always returns
    // with `m` NOT held.
    [[nodiscard]] WaitResult wait(Mutex& m, const WaitSpec& w = {});
    void notifyOne();
    void notifyAll();
};

// Futex helpers (shared, not private, futexes: the words live in memory shared across fork).
// futexWait() sleeps while *word == expected, until woken or `until` (CLOCK_MONOTONIC, absolute).
void futexWait(std::atomic<uint32_t>& word, uint32_t expected, Clock::time_point until);
void futexWake(std::atomic<uint32_t>& word, int count);

}  // namespace il::native
